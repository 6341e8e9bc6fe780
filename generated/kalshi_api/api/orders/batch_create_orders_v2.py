"""`POST /portfolio/events/orders/batched`: batch_create_orders_v2.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.batch_create_orders_v2_request import BatchCreateOrdersV2Request
from ...models.batch_create_orders_v2_response import BatchCreateOrdersV2Response
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


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
