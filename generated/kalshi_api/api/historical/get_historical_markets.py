"""`GET /historical/markets`: get_historical_markets.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_historical_markets_mve_filter import GetHistoricalMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

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
        "method": "GET",
        "url": "/historical/markets",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMarketsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMarketsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> GetMarketsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Unset = UNSET,
) -> GetMarketsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_historical_markets", {})
_BODY_RULES = BODY_RULES.get("get_historical_markets", {})

OPERATION: OperationDescriptor[GetMarketsResponse] = OperationDescriptor(
    name="get_historical_markets",
    method="GET",
    path="/historical/markets",
    signed=False,
    parameters=(
        Parameter(
            name="limit",
            wire_name="limit",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("limit", {}),
        ),
        Parameter(
            name="cursor",
            wire_name="cursor",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("cursor", {}),
        ),
        Parameter(
            name="tickers",
            wire_name="tickers",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("tickers", {}),
        ),
        Parameter(
            name="event_ticker",
            wire_name="event_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("event_ticker", {}),
        ),
        Parameter(
            name="series_ticker",
            wire_name="series_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("series_ticker", {}),
        ),
        Parameter(
            name="mve_filter",
            wire_name="mve_filter",
            location="query",
            type=GetHistoricalMarketsMveFilter,
            required=False,
            rules=_PARAMETER_RULES.get("mve_filter", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMarketsResponse,
    list_field=LIST_FIELDS.get("get_historical_markets"),
    build_request=build_request,
    parse_response=parse_response,
)
