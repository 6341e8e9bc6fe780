"""`GET /portfolio/positions`: get_positions.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_positions_response import GetPositionsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["count_filter"] = count_filter

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/positions",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetPositionsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetPositionsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_positions", {})
_BODY_RULES = BODY_RULES.get("get_positions", {})

OPERATION: OperationDescriptor[GetPositionsResponse] = OperationDescriptor(
    name="get_positions",
    method="GET",
    path="/portfolio/positions",
    signed=True,
    parameters=(
        Parameter(
            name="cursor",
            wire_name="cursor",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("cursor", {}),
        ),
        Parameter(
            name="limit",
            wire_name="limit",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("limit", {}),
        ),
        Parameter(
            name="count_filter",
            wire_name="count_filter",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("count_filter", {}),
        ),
        Parameter(
            name="ticker",
            wire_name="ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("ticker", {}),
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
            name="subaccount",
            wire_name="subaccount",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("subaccount", {}),
        ),
        Parameter(
            name="exchange_index",
            wire_name="exchange_index",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("exchange_index", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetPositionsResponse,
    list_field=LIST_FIELDS.get("get_positions"),
    build_request=build_request,
    parse_response=parse_response,
)
