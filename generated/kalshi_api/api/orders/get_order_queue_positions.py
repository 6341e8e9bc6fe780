"""`GET /portfolio/orders/queue_positions`: get_order_queue_positions.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_order_queue_positions_response import GetOrderQueuePositionsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["market_tickers"] = market_tickers

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/orders/queue_positions",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetOrderQueuePositionsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetOrderQueuePositionsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_order_queue_positions", {})
_BODY_RULES = BODY_RULES.get("get_order_queue_positions", {})

OPERATION: OperationDescriptor[GetOrderQueuePositionsResponse] = OperationDescriptor(
    name="get_order_queue_positions",
    method="GET",
    path="/portfolio/orders/queue_positions",
    signed=True,
    parameters=(
        Parameter(
            name="market_tickers",
            wire_name="market_tickers",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("market_tickers", {}),
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
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetOrderQueuePositionsResponse,
    list_field=LIST_FIELDS.get("get_order_queue_positions"),
    build_request=build_request,
    parse_response=parse_response,
)
