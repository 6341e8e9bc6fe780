"""`GET /portfolio/orders/{order_id}/queue_position`: get_order_queue_position.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_order_queue_position_response import GetOrderQueuePositionResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    order_id: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/orders/{order_id}/queue_position".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetOrderQueuePositionResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetOrderQueuePositionResponse.from_dict(response.json())


def sync(
    order_id: str,
    *,
    client: Client,
) -> GetOrderQueuePositionResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        order_id=order_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    order_id: str,
    *,
    client: Client,
) -> GetOrderQueuePositionResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        order_id=order_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_order_queue_position", {})
_BODY_RULES = BODY_RULES.get("get_order_queue_position", {})

OPERATION: OperationDescriptor[GetOrderQueuePositionResponse] = OperationDescriptor(
    name="get_order_queue_position",
    method="GET",
    path="/portfolio/orders/{order_id}/queue_position",
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
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetOrderQueuePositionResponse,
    list_field=LIST_FIELDS.get("get_order_queue_position"),
    build_request=build_request,
    parse_response=parse_response,
)
