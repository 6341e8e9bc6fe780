"""`GET /markets/orderbooks`: get_market_orderbooks.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_market_orderbooks_response import GetMarketOrderbooksResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    tickers: list[str],
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    json_tickers = tickers

    params["tickers"] = json_tickers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/markets/orderbooks",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMarketOrderbooksResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMarketOrderbooksResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        tickers=tickers,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        tickers=tickers,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_market_orderbooks", {})
_BODY_RULES = BODY_RULES.get("get_market_orderbooks", {})

OPERATION: OperationDescriptor[GetMarketOrderbooksResponse] = OperationDescriptor(
    name="get_market_orderbooks",
    method="GET",
    path="/markets/orderbooks",
    signed=False,
    parameters=(
        Parameter(
            name="tickers",
            wire_name="tickers",
            location="query",
            type=list[str],
            required=True,
            rules=_PARAMETER_RULES.get("tickers", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMarketOrderbooksResponse,
    list_field=LIST_FIELDS.get("get_market_orderbooks"),
    build_request=build_request,
    parse_response=parse_response,
)
