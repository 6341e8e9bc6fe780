"""`GET /markets`: get_markets.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_markets_mve_filter import GetMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...models.get_markets_status import GetMarketsStatus
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["series_ticker"] = series_ticker

    params["min_created_ts"] = min_created_ts

    params["max_created_ts"] = max_created_ts

    params["min_updated_ts"] = min_updated_ts

    params["max_updated_ts"] = max_updated_ts

    params["max_close_ts"] = max_close_ts

    params["min_close_ts"] = min_close_ts

    params["min_settled_ts"] = min_settled_ts

    params["max_settled_ts"] = max_settled_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tickers"] = tickers

    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = mve_filter.value

    params["mve_filter"] = json_mve_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/markets",
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
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> GetMarketsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> GetMarketsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_markets", {})
_BODY_RULES = BODY_RULES.get("get_markets", {})

OPERATION: OperationDescriptor[GetMarketsResponse] = OperationDescriptor(
    name="get_markets",
    method="GET",
    path="/markets",
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
            name="min_created_ts",
            wire_name="min_created_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_created_ts", {}),
        ),
        Parameter(
            name="max_created_ts",
            wire_name="max_created_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("max_created_ts", {}),
        ),
        Parameter(
            name="min_updated_ts",
            wire_name="min_updated_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_updated_ts", {}),
        ),
        Parameter(
            name="max_updated_ts",
            wire_name="max_updated_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("max_updated_ts", {}),
        ),
        Parameter(
            name="max_close_ts",
            wire_name="max_close_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("max_close_ts", {}),
        ),
        Parameter(
            name="min_close_ts",
            wire_name="min_close_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_close_ts", {}),
        ),
        Parameter(
            name="min_settled_ts",
            wire_name="min_settled_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_settled_ts", {}),
        ),
        Parameter(
            name="max_settled_ts",
            wire_name="max_settled_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("max_settled_ts", {}),
        ),
        Parameter(
            name="status",
            wire_name="status",
            location="query",
            type=GetMarketsStatus,
            required=False,
            rules=_PARAMETER_RULES.get("status", {}),
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
            name="mve_filter",
            wire_name="mve_filter",
            location="query",
            type=GetMarketsMveFilter,
            required=False,
            rules=_PARAMETER_RULES.get("mve_filter", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMarketsResponse,
    list_field=LIST_FIELDS.get("get_markets"),
    build_request=build_request,
    parse_response=parse_response,
)
