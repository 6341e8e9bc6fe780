"""`POST /portfolio/subaccounts/transfer`: apply_subaccount_transfer.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.apply_subaccount_transfer_request import ApplySubaccountTransferRequest
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: ApplySubaccountTransferRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/subaccounts/transfer",
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
    body: ApplySubaccountTransferRequest,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: ApplySubaccountTransferRequest,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("apply_subaccount_transfer", {})
_BODY_RULES = BODY_RULES.get("apply_subaccount_transfer", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="apply_subaccount_transfer",
    method="POST",
    path="/portfolio/subaccounts/transfer",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=ApplySubaccountTransferRequest,
    body_fields=(
        BodyField(
            name="client_transfer_id",
            wire_name="client_transfer_id",
            required=True,
            rules=_BODY_RULES.get("client_transfer_id", {}),
        ),
        BodyField(
            name="from_subaccount",
            wire_name="from_subaccount",
            required=True,
            rules=_BODY_RULES.get("from_subaccount", {}),
        ),
        BodyField(
            name="to_subaccount",
            wire_name="to_subaccount",
            required=True,
            rules=_BODY_RULES.get("to_subaccount", {}),
        ),
        BodyField(
            name="amount_cents",
            wire_name="amount_cents",
            required=True,
            rules=_BODY_RULES.get("amount_cents", {}),
        ),
        BodyField(
            name="exchange_index",
            wire_name="exchange_index",
            required=False,
            rules=_BODY_RULES.get("exchange_index", {}),
        ),
    ),
    response_model=None,
    list_field=LIST_FIELDS.get("apply_subaccount_transfer"),
    build_request=build_request,
    parse_response=parse_response,
)
