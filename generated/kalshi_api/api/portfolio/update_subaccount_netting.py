"""`PUT /portfolio/subaccounts/netting`: update_subaccount_netting.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.update_subaccount_netting_request import UpdateSubaccountNettingRequest
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: UpdateSubaccountNettingRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/portfolio/subaccounts/netting",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> Any:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return response.json() if response.content else None


def sync(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("update_subaccount_netting", {})
_BODY_RULES = BODY_RULES.get("update_subaccount_netting", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="update_subaccount_netting",
    method="PUT",
    path="/portfolio/subaccounts/netting",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=UpdateSubaccountNettingRequest,
    body_fields=(
        BodyField(
            name="subaccount_number",
            wire_name="subaccount_number",
            required=True,
            rules=_BODY_RULES.get("subaccount_number", {}),
        ),
        BodyField(
            name="enabled",
            wire_name="enabled",
            required=True,
            rules=_BODY_RULES.get("enabled", {}),
        ),
    ),
    response_model=None,
    list_field=LIST_FIELDS.get("update_subaccount_netting"),
    build_request=build_request,
    parse_response=parse_response,
)
