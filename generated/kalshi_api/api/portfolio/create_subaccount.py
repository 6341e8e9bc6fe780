"""`POST /portfolio/subaccounts`: create_subaccount.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.create_subaccount_request import CreateSubaccountRequest
from ...models.create_subaccount_response import CreateSubaccountResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: CreateSubaccountRequest | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/subaccounts",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateSubaccountResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateSubaccountResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_subaccount", {})
_BODY_RULES = BODY_RULES.get("create_subaccount", {})

OPERATION: OperationDescriptor[CreateSubaccountResponse] = OperationDescriptor(
    name="create_subaccount",
    method="POST",
    path="/portfolio/subaccounts",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=CreateSubaccountRequest,
    body_fields=(
        BodyField(
            name="exchange_index",
            wire_name="exchange_index",
            required=False,
            rules=_BODY_RULES.get("exchange_index", {}),
        ),
    ),
    response_model=CreateSubaccountResponse,
    list_field=LIST_FIELDS.get("create_subaccount"),
    build_request=build_request,
    parse_response=parse_response,
)
