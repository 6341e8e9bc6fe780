"""`DELETE /portfolio/events/orders/batched`: batch_cancel_orders_v2.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any, TypedDict

import httpx

from ...client import Client
from ...models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
from ...models.batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


class BatchCancelOrdersV2RequestOrdersItemDict(TypedDict, total=False):
    """`BatchCancelOrdersV2RequestOrdersItem` as a dict, keyed by the spec's field names.

    No key is required by this type: the SDK checks the required ones at run time, before sending
    (and some of its methods fill in a default).
    """

    order_id: str
    subaccount: int
    exchange_index: int
    market_ticker: str


def build_request(
    *,
    body: BatchCancelOrdersV2Request,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/portfolio/events/orders/batched",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> BatchCancelOrdersV2Response:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return BatchCancelOrdersV2Response.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("batch_cancel_orders_v2", {})
_BODY_RULES = BODY_RULES.get("batch_cancel_orders_v2", {})

OPERATION: OperationDescriptor[BatchCancelOrdersV2Response] = OperationDescriptor(
    name="batch_cancel_orders_v2",
    method="DELETE",
    path="/portfolio/events/orders/batched",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=BatchCancelOrdersV2Request,
    body_fields=(
        BodyField(
            name="orders",
            wire_name="orders",
            required=True,
            rules=_BODY_RULES.get("orders", {}),
        ),
    ),
    response_model=BatchCancelOrdersV2Response,
    list_field=LIST_FIELDS.get("batch_cancel_orders_v2"),
    build_request=build_request,
    parse_response=parse_response,
)
