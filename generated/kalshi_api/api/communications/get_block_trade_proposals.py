"""`GET /communications/block-trade-proposals`: get_block_trade_proposals.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_block_trade_proposals_response import GetBlockTradeProposalsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["market_ticker"] = market_ticker

    params["limit"] = limit

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/communications/block-trade-proposals",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetBlockTradeProposalsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetBlockTradeProposalsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_block_trade_proposals", {})
_BODY_RULES = BODY_RULES.get("get_block_trade_proposals", {})

OPERATION: OperationDescriptor[GetBlockTradeProposalsResponse] = OperationDescriptor(
    name="get_block_trade_proposals",
    method="GET",
    path="/communications/block-trade-proposals",
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
            name="market_ticker",
            wire_name="market_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("market_ticker", {}),
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
            name="status",
            wire_name="status",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("status", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetBlockTradeProposalsResponse,
    list_field=LIST_FIELDS.get("get_block_trade_proposals"),
    build_request=build_request,
    parse_response=parse_response,
)
