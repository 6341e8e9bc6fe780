"""`GET /events`: get_events.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_events_response import GetEventsResponse
from ...models.get_events_status import GetEventsStatus
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
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
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

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
        "method": "GET",
        "url": "/events",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetEventsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetEventsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
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
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
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
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_events", {})
_BODY_RULES = BODY_RULES.get("get_events", {})

OPERATION: OperationDescriptor[GetEventsResponse] = OperationDescriptor(
    name="get_events",
    method="GET",
    path="/events",
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
            name="with_nested_markets",
            wire_name="with_nested_markets",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("with_nested_markets", {}),
        ),
        Parameter(
            name="with_milestones",
            wire_name="with_milestones",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("with_milestones", {}),
        ),
        Parameter(
            name="status",
            wire_name="status",
            location="query",
            type=GetEventsStatus,
            required=False,
            rules=_PARAMETER_RULES.get("status", {}),
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
            name="tickers",
            wire_name="tickers",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("tickers", {}),
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
            name="min_updated_ts",
            wire_name="min_updated_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_updated_ts", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetEventsResponse,
    list_field=LIST_FIELDS.get("get_events"),
    build_request=build_request,
    parse_response=parse_response,
)
