"""`GET /markets/{ticker}/orderbook`: get_market_orderbook.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_market_orderbook_response import GetMarketOrderbookResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    ticker: str,
    *,
    depth: int | Unset = 0,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["depth"] = depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/markets/{ticker}/orderbook".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMarketOrderbookResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMarketOrderbookResponse.from_dict(response.json())


def sync(
    ticker: str,
    *,
    client: Client,
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        depth=depth,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    ticker: str,
    *,
    client: Client,
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        depth=depth,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_market_orderbook", {})
_BODY_RULES = BODY_RULES.get("get_market_orderbook", {})

OPERATION: OperationDescriptor[GetMarketOrderbookResponse] = OperationDescriptor(
    name="get_market_orderbook",
    method="GET",
    path="/markets/{ticker}/orderbook",
    signed=False,
    parameters=(
        Parameter(
            name="ticker",
            wire_name="ticker",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("ticker", {}),
        ),
        Parameter(
            name="depth",
            wire_name="depth",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("depth", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMarketOrderbookResponse,
    list_field=LIST_FIELDS.get("get_market_orderbook"),
    build_request=build_request,
    parse_response=parse_response,
)
