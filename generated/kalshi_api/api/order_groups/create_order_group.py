"""`POST /portfolio/order_groups/create`: create_order_group.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.create_order_group_request import CreateOrderGroupRequest
from ...models.create_order_group_response import CreateOrderGroupResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: CreateOrderGroupRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/order_groups/create",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateOrderGroupResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateOrderGroupResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: CreateOrderGroupRequest,
) -> CreateOrderGroupResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: CreateOrderGroupRequest,
) -> CreateOrderGroupResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_order_group", {})
_BODY_RULES = BODY_RULES.get("create_order_group", {})

OPERATION: OperationDescriptor[CreateOrderGroupResponse] = OperationDescriptor(
    name="create_order_group",
    method="POST",
    path="/portfolio/order_groups/create",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=CreateOrderGroupRequest,
    body_fields=(
        BodyField(
            name="subaccount",
            wire_name="subaccount",
            required=False,
            rules=_BODY_RULES.get("subaccount", {}),
        ),
        BodyField(
            name="contracts_limit",
            wire_name="contracts_limit",
            required=False,
            rules=_BODY_RULES.get("contracts_limit", {}),
        ),
        BodyField(
            name="contracts_limit_fp",
            wire_name="contracts_limit_fp",
            required=False,
            rules=_BODY_RULES.get("contracts_limit_fp", {}),
        ),
        BodyField(
            name="exchange_index",
            wire_name="exchange_index",
            required=False,
            rules=_BODY_RULES.get("exchange_index", {}),
        ),
    ),
    response_model=CreateOrderGroupResponse,
    list_field=LIST_FIELDS.get("create_order_group"),
    build_request=build_request,
    parse_response=parse_response,
)
