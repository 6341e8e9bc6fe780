"""`POST /communications/block-trade-proposals`: propose_block_trade.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.propose_block_trade_request import ProposeBlockTradeRequest
from ...models.propose_block_trade_response import ProposeBlockTradeResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: ProposeBlockTradeRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/communications/block-trade-proposals",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> ProposeBlockTradeResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return ProposeBlockTradeResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: ProposeBlockTradeRequest,
) -> ProposeBlockTradeResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: ProposeBlockTradeRequest,
) -> ProposeBlockTradeResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("propose_block_trade", {})
_BODY_RULES = BODY_RULES.get("propose_block_trade", {})

OPERATION: OperationDescriptor[ProposeBlockTradeResponse] = OperationDescriptor(
    name="propose_block_trade",
    method="POST",
    path="/communications/block-trade-proposals",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=ProposeBlockTradeRequest,
    body_fields=(
        BodyField(
            name="buyer_user_id",
            wire_name="buyer_user_id",
            required=True,
            rules=_BODY_RULES.get("buyer_user_id", {}),
        ),
        BodyField(
            name="seller_user_id",
            wire_name="seller_user_id",
            required=True,
            rules=_BODY_RULES.get("seller_user_id", {}),
        ),
        BodyField(
            name="market_ticker",
            wire_name="market_ticker",
            required=True,
            rules=_BODY_RULES.get("market_ticker", {}),
        ),
        BodyField(
            name="price_centi_cents",
            wire_name="price_centi_cents",
            required=True,
            rules=_BODY_RULES.get("price_centi_cents", {}),
        ),
        BodyField(
            name="centicount",
            wire_name="centicount",
            required=True,
            rules=_BODY_RULES.get("centicount", {}),
        ),
        BodyField(
            name="maker_side",
            wire_name="maker_side",
            required=True,
            rules=_BODY_RULES.get("maker_side", {}),
        ),
        BodyField(
            name="expiration_ts",
            wire_name="expiration_ts",
            required=True,
            rules=_BODY_RULES.get("expiration_ts", {}),
        ),
        BodyField(
            name="buyer_subtrader_id",
            wire_name="buyer_subtrader_id",
            required=False,
            rules=_BODY_RULES.get("buyer_subtrader_id", {}),
        ),
        BodyField(
            name="buyer_subaccount",
            wire_name="buyer_subaccount",
            required=False,
            rules=_BODY_RULES.get("buyer_subaccount", {}),
        ),
        BodyField(
            name="seller_subtrader_id",
            wire_name="seller_subtrader_id",
            required=False,
            rules=_BODY_RULES.get("seller_subtrader_id", {}),
        ),
        BodyField(
            name="seller_subaccount",
            wire_name="seller_subaccount",
            required=False,
            rules=_BODY_RULES.get("seller_subaccount", {}),
        ),
    ),
    response_model=ProposeBlockTradeResponse,
    list_field=LIST_FIELDS.get("propose_block_trade"),
    build_request=build_request,
    parse_response=parse_response,
)
