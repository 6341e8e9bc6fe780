from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_get_market_candlesticks_response import BatchGetMarketCandlesticksResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_tickers"] = market_tickers

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params["period_interval"] = period_interval

    params["include_latest_before_start"] = include_latest_before_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/candlesticks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BatchGetMarketCandlesticksResponse | None:
    if response.status_code == 200:
        response_200 = BatchGetMarketCandlesticksResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BatchGetMarketCandlesticksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Response[Any | BatchGetMarketCandlesticksResponse]:
    """Batch Get Market Candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchGetMarketCandlesticksResponse]
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Any | BatchGetMarketCandlesticksResponse | None:
    """Batch Get Market Candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchGetMarketCandlesticksResponse
    """

    return sync_detailed(
        client=client,
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Response[Any | BatchGetMarketCandlesticksResponse]:
    """Batch Get Market Candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchGetMarketCandlesticksResponse]
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Any | BatchGetMarketCandlesticksResponse | None:
    """Batch Get Market Candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchGetMarketCandlesticksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        )
    ).parsed
