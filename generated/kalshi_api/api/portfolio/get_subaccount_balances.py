"""`GET /portfolio/subaccounts/balances`: get_subaccount_balances.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_subaccount_balances_response import GetSubaccountBalancesResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Request, expect_success


def build_request() -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/subaccounts/balances",
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetSubaccountBalancesResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetSubaccountBalancesResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
) -> GetSubaccountBalancesResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request()
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
) -> GetSubaccountBalancesResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request()
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_subaccount_balances", {})
_BODY_RULES = BODY_RULES.get("get_subaccount_balances", {})

OPERATION: OperationDescriptor[GetSubaccountBalancesResponse] = OperationDescriptor(
    name="get_subaccount_balances",
    method="GET",
    path="/portfolio/subaccounts/balances",
    signed=True,
    parameters=(),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetSubaccountBalancesResponse,
    list_field=LIST_FIELDS.get("get_subaccount_balances"),
    build_request=build_request,
    parse_response=parse_response,
)
