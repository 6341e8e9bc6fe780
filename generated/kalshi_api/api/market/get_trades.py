"""`GET /markets/trades`: get_trades.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_trades_response import GetTradesResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["is_block_trade"] = is_block_trade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/markets/trades",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetTradesResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetTradesResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        is_block_trade=is_block_trade,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        is_block_trade=is_block_trade,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_trades", {})
_BODY_RULES = BODY_RULES.get("get_trades", {})

OPERATION: OperationDescriptor[GetTradesResponse] = OperationDescriptor(
    name="get_trades",
    method="GET",
    path="/markets/trades",
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
            name="ticker",
            wire_name="ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("ticker", {}),
        ),
        Parameter(
            name="min_ts",
            wire_name="min_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_ts", {}),
        ),
        Parameter(
            name="max_ts",
            wire_name="max_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("max_ts", {}),
        ),
        Parameter(
            name="is_block_trade",
            wire_name="is_block_trade",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("is_block_trade", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetTradesResponse,
    list_field=LIST_FIELDS.get("get_trades"),
    build_request=build_request,
    parse_response=parse_response,
)
