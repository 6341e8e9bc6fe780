"""`DELETE /portfolio/events/orders/{order_id}`: cancel_order_v2.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.cancel_order_v2_response import CancelOrderV2Response
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    order_id: str,
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params["market_ticker"] = market_ticker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/portfolio/events/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CancelOrderV2Response:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CancelOrderV2Response.from_dict(response.json())


def sync(
    order_id: str,
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    order_id: str,
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("cancel_order_v2", {})
_BODY_RULES = BODY_RULES.get("cancel_order_v2", {})

OPERATION: OperationDescriptor[CancelOrderV2Response] = OperationDescriptor(
    name="cancel_order_v2",
    method="DELETE",
    path="/portfolio/events/orders/{order_id}",
    signed=True,
    parameters=(
        Parameter(
            name="order_id",
            wire_name="order_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("order_id", {}),
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
        Parameter(
            name="market_ticker",
            wire_name="market_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("market_ticker", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=CancelOrderV2Response,
    list_field=LIST_FIELDS.get("cancel_order_v2"),
    build_request=build_request,
    parse_response=parse_response,
)
