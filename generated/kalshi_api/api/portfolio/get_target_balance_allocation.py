"""`GET /portfolio/target_balance_allocation`: get_target_balance_allocation.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_target_balance_allocation_response import GetTargetBalanceAllocationResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Request, expect_success


def build_request() -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/target_balance_allocation",
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetTargetBalanceAllocationResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetTargetBalanceAllocationResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
) -> GetTargetBalanceAllocationResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request()
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
) -> GetTargetBalanceAllocationResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request()
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_target_balance_allocation", {})
_BODY_RULES = BODY_RULES.get("get_target_balance_allocation", {})

OPERATION: OperationDescriptor[GetTargetBalanceAllocationResponse] = OperationDescriptor(
    name="get_target_balance_allocation",
    method="GET",
    path="/portfolio/target_balance_allocation",
    signed=True,
    parameters=(),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetTargetBalanceAllocationResponse,
    list_field=LIST_FIELDS.get("get_target_balance_allocation"),
    build_request=build_request,
    parse_response=parse_response,
)
