"""`GET /portfolio/fills`: get_fills.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_fills_response import GetFillsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["order_id"] = order_id

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/fills",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetFillsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetFillsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetFillsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        order_id=order_id,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetFillsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        order_id=order_id,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_fills", {})
_BODY_RULES = BODY_RULES.get("get_fills", {})

OPERATION: OperationDescriptor[GetFillsResponse] = OperationDescriptor(
    name="get_fills",
    method="GET",
    path="/portfolio/fills",
    signed=True,
    parameters=(
        Parameter(
            name="ticker",
            wire_name="ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("ticker", {}),
        ),
        Parameter(
            name="order_id",
            wire_name="order_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("order_id", {}),
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
    response_model=GetFillsResponse,
    list_field=LIST_FIELDS.get("get_fills"),
    build_request=build_request,
    parse_response=parse_response,
)
