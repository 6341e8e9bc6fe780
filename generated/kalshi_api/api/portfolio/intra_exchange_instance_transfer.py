"""`POST /portfolio/intra_exchange_instance_transfer`: intra_exchange_instance_transfer.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.intra_exchange_instance_transfer_request import IntraExchangeInstanceTransferRequest
from ...models.intra_exchange_instance_transfer_response import IntraExchangeInstanceTransferResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: IntraExchangeInstanceTransferRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/intra_exchange_instance_transfer",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> IntraExchangeInstanceTransferResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return IntraExchangeInstanceTransferResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest,
) -> IntraExchangeInstanceTransferResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest,
) -> IntraExchangeInstanceTransferResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("intra_exchange_instance_transfer", {})
_BODY_RULES = BODY_RULES.get("intra_exchange_instance_transfer", {})

OPERATION: OperationDescriptor[IntraExchangeInstanceTransferResponse] = OperationDescriptor(
    name="intra_exchange_instance_transfer",
    method="POST",
    path="/portfolio/intra_exchange_instance_transfer",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=IntraExchangeInstanceTransferRequest,
    body_fields=(
        BodyField(
            name="source",
            wire_name="source",
            required=True,
            rules=_BODY_RULES.get("source", {}),
        ),
        BodyField(
            name="destination",
            wire_name="destination",
            required=True,
            rules=_BODY_RULES.get("destination", {}),
        ),
        BodyField(
            name="amount",
            wire_name="amount",
            required=True,
            rules=_BODY_RULES.get("amount", {}),
        ),
        BodyField(
            name="source_exchange_shard",
            wire_name="source_exchange_shard",
            required=False,
            rules=_BODY_RULES.get("source_exchange_shard", {}),
        ),
        BodyField(
            name="destination_exchange_shard",
            wire_name="destination_exchange_shard",
            required=False,
            rules=_BODY_RULES.get("destination_exchange_shard", {}),
        ),
        BodyField(
            name="source_subaccount",
            wire_name="source_subaccount",
            required=False,
            rules=_BODY_RULES.get("source_subaccount", {}),
        ),
        BodyField(
            name="destination_subaccount",
            wire_name="destination_subaccount",
            required=False,
            rules=_BODY_RULES.get("destination_subaccount", {}),
        ),
    ),
    response_model=IntraExchangeInstanceTransferResponse,
    list_field=LIST_FIELDS.get("intra_exchange_instance_transfer"),
    build_request=build_request,
    parse_response=parse_response,
)
