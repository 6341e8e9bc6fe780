from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_order_queue_positions_response import GetOrderQueuePositionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_tickers"] = market_tickers

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/orders/queue_positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetOrderQueuePositionsResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderQueuePositionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetOrderQueuePositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrderQueuePositionsResponse]:
    """Get Queue Positions for Orders

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderQueuePositionsResponse]
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderQueuePositionsResponse | None:
    """Get Queue Positions for Orders

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderQueuePositionsResponse
    """

    return sync_detailed(
        client=client,
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrderQueuePositionsResponse]:
    """Get Queue Positions for Orders

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderQueuePositionsResponse]
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderQueuePositionsResponse | None:
    """Get Queue Positions for Orders

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderQueuePositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        )
    ).parsed
