from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_orders_response import GetOrdersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["status"] = status

    params["limit"] = limit

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetOrdersResponse | None:
    if response.status_code == 200:
        response_200 = GetOrdersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrdersResponse]:
    """Get Orders

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        event_ticker=event_ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetOrdersResponse | None:
    """Get Orders

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrdersResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        event_ticker=event_ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrdersResponse]:
    """Get Orders

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        event_ticker=event_ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetOrdersResponse | None:
    """Get Orders

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
