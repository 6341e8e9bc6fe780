from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_historical_markets_mve_filter import GetHistoricalMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["tickers"] = tickers

    params["event_ticker"] = event_ticker

    params["series_ticker"] = series_ticker

    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = mve_filter.value

    params["mve_filter"] = json_mve_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarketsResponse | None:
    if response.status_code == 200:
        response_200 = GetMarketsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMarketsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetMarketsResponse]:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> ErrorResponse | GetMarketsResponse | None:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetMarketsResponse]:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> ErrorResponse | GetMarketsResponse | None:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            tickers=tickers,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
        )
    ).parsed
