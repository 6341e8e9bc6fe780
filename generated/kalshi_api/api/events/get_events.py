from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_events_response import GetEventsResponse
from ...models.get_events_status import GetEventsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["with_nested_markets"] = with_nested_markets

    params["with_milestones"] = with_milestones

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["series_ticker"] = series_ticker

    params["tickers"] = tickers

    params["min_close_ts"] = min_close_ts

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetEventsResponse | None:
    if response.status_code == 200:
        response_200 = GetEventsResponse.from_dict(response.json())

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
) -> Response[Any | GetEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[Any | GetEventsResponse]:
    """Get Events

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        with_nested_markets=with_nested_markets,
        with_milestones=with_milestones,
        status=status,
        series_ticker=series_ticker,
        tickers=tickers,
        min_close_ts=min_close_ts,
        min_updated_ts=min_updated_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Any | GetEventsResponse | None:
    """Get Events

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetEventsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        with_nested_markets=with_nested_markets,
        with_milestones=with_milestones,
        status=status,
        series_ticker=series_ticker,
        tickers=tickers,
        min_close_ts=min_close_ts,
        min_updated_ts=min_updated_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[Any | GetEventsResponse]:
    """Get Events

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        with_nested_markets=with_nested_markets,
        with_milestones=with_milestones,
        status=status,
        series_ticker=series_ticker,
        tickers=tickers,
        min_close_ts=min_close_ts,
        min_updated_ts=min_updated_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Any | GetEventsResponse | None:
    """Get Events

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=tickers,
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
        )
    ).parsed
