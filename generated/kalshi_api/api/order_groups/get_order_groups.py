"""`GET /portfolio/order_groups`: get_order_groups.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_order_groups_response import GetOrderGroupsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    subaccount: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/order_groups",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetOrderGroupsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetOrderGroupsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        subaccount=subaccount,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        subaccount=subaccount,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_order_groups", {})
_BODY_RULES = BODY_RULES.get("get_order_groups", {})

OPERATION: OperationDescriptor[GetOrderGroupsResponse] = OperationDescriptor(
    name="get_order_groups",
    method="GET",
    path="/portfolio/order_groups",
    signed=True,
    parameters=(
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
    response_model=GetOrderGroupsResponse,
    list_field=LIST_FIELDS.get("get_order_groups"),
    build_request=build_request,
    parse_response=parse_response,
)
