from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_market_candlesticks_historical_period_interval import GetMarketCandlesticksHistoricalPeriodInterval
from ...models.get_market_candlesticks_historical_response import GetMarketCandlesticksHistoricalResponse
from ...types import UNSET, Response


def _get_kwargs(
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = period_interval.value
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets/{ticker}/candlesticks".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMarketCandlesticksHistoricalResponse | None:
    if response.status_code == 200:
        response_200 = GetMarketCandlesticksHistoricalResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetMarketCandlesticksHistoricalResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Response[Any | GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketCandlesticksHistoricalResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Any | GetMarketCandlesticksHistoricalResponse | None:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketCandlesticksHistoricalResponse
    """

    return sync_detailed(
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Response[Any | GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketCandlesticksHistoricalResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Any | GetMarketCandlesticksHistoricalResponse | None:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketCandlesticksHistoricalResponse
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            client=client,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )
    ).parsed
