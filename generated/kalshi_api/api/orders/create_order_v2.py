"""`POST /portfolio/events/orders`: create_order_v2.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.create_order_v2_request import CreateOrderV2Request
from ...models.create_order_v2_response import CreateOrderV2Response
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: CreateOrderV2Request,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/events/orders",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateOrderV2Response:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateOrderV2Response.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_order_v2", {})
_BODY_RULES = BODY_RULES.get("create_order_v2", {})

OPERATION: OperationDescriptor[CreateOrderV2Response] = OperationDescriptor(
    name="create_order_v2",
    method="POST",
    path="/portfolio/events/orders",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=CreateOrderV2Request,
    body_fields=(
        BodyField(
            name="ticker",
            wire_name="ticker",
            required=True,
            rules=_BODY_RULES.get("ticker", {}),
        ),
        BodyField(
            name="side",
            wire_name="side",
            required=True,
            rules=_BODY_RULES.get("side", {}),
        ),
        BodyField(
            name="count",
            wire_name="count",
            required=True,
            rules=_BODY_RULES.get("count", {}),
        ),
        BodyField(
            name="price",
            wire_name="price",
            required=True,
            rules=_BODY_RULES.get("price", {}),
        ),
        BodyField(
            name="time_in_force",
            wire_name="time_in_force",
            required=True,
            rules=_BODY_RULES.get("time_in_force", {}),
        ),
        BodyField(
            name="self_trade_prevention_type",
            wire_name="self_trade_prevention_type",
            required=True,
            rules=_BODY_RULES.get("self_trade_prevention_type", {}),
        ),
        BodyField(
            name="client_order_id",
            wire_name="client_order_id",
            required=False,
            rules=_BODY_RULES.get("client_order_id", {}),
        ),
        BodyField(
            name="expiration_time",
            wire_name="expiration_time",
            required=False,
            rules=_BODY_RULES.get("expiration_time", {}),
        ),
        BodyField(
            name="post_only",
            wire_name="post_only",
            required=False,
            rules=_BODY_RULES.get("post_only", {}),
        ),
        BodyField(
            name="cancel_order_on_pause",
            wire_name="cancel_order_on_pause",
            required=False,
            rules=_BODY_RULES.get("cancel_order_on_pause", {}),
        ),
        BodyField(
            name="reduce_only",
            wire_name="reduce_only",
            required=False,
            rules=_BODY_RULES.get("reduce_only", {}),
        ),
        BodyField(
            name="subaccount",
            wire_name="subaccount",
            required=False,
            rules=_BODY_RULES.get("subaccount", {}),
        ),
        BodyField(
            name="order_group_id",
            wire_name="order_group_id",
            required=False,
            rules=_BODY_RULES.get("order_group_id", {}),
        ),
        BodyField(
            name="exchange_index",
            wire_name="exchange_index",
            required=False,
            rules=_BODY_RULES.get("exchange_index", {}),
        ),
    ),
    response_model=CreateOrderV2Response,
    list_field=LIST_FIELDS.get("create_order_v2"),
    build_request=build_request,
    parse_response=parse_response,
)
