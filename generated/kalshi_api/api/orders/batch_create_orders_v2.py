"""`POST /portfolio/events/orders/batched`: batch_create_orders_v2.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...client import Client
from ...models.batch_create_orders_v2_request import BatchCreateOrdersV2Request
from ...models.batch_create_orders_v2_response import BatchCreateOrdersV2Response
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success

if TYPE_CHECKING:
    from ...models.book_side import BookSideInput
    from ...models.create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForceInput
    from ...models.self_trade_prevention_type import SelfTradePreventionTypeInput


class CreateOrderV2RequestDict(TypedDict, total=False):
    """`CreateOrderV2Request` as a dict, keyed by the spec's field names.

    No key is required by this type: the SDK checks the required ones at run time, before sending
    (and some of its methods fill in a default).
    """

    ticker: str
    side: BookSideInput
    count: Decimal | str | int
    price: Decimal | str | int
    time_in_force: CreateOrderV2RequestTimeInForceInput
    self_trade_prevention_type: SelfTradePreventionTypeInput
    client_order_id: str
    expiration_time: int
    post_only: bool
    cancel_order_on_pause: bool
    reduce_only: bool
    subaccount: int
    order_group_id: str
    exchange_index: int


def build_request(
    *,
    body: BatchCreateOrdersV2Request,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/events/orders/batched",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> BatchCreateOrdersV2Response:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return BatchCreateOrdersV2Response.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("batch_create_orders_v2", {})
_BODY_RULES = BODY_RULES.get("batch_create_orders_v2", {})

OPERATION: OperationDescriptor[BatchCreateOrdersV2Response] = OperationDescriptor(
    name="batch_create_orders_v2",
    method="POST",
    path="/portfolio/events/orders/batched",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=BatchCreateOrdersV2Request,
    body_fields=(
        BodyField(
            name="orders",
            wire_name="orders",
            required=True,
            rules=_BODY_RULES.get("orders", {}),
        ),
    ),
    response_model=BatchCreateOrdersV2Response,
    list_field=LIST_FIELDS.get("batch_create_orders_v2"),
    build_request=build_request,
    parse_response=parse_response,
)
