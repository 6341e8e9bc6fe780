"""`GET /portfolio/intra_exchange_instance_transfers/{transfer_id}`: get_intra_exchange_instance_transfer.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_intra_exchange_instance_transfer_response import GetIntraExchangeInstanceTransferResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    transfer_id: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/portfolio/intra_exchange_instance_transfers/{transfer_id}".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetIntraExchangeInstanceTransferResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetIntraExchangeInstanceTransferResponse.from_dict(response.json())


def sync(
    transfer_id: str,
    *,
    client: Client,
) -> GetIntraExchangeInstanceTransferResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        transfer_id=transfer_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    transfer_id: str,
    *,
    client: Client,
) -> GetIntraExchangeInstanceTransferResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        transfer_id=transfer_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_intra_exchange_instance_transfer", {})
_BODY_RULES = BODY_RULES.get("get_intra_exchange_instance_transfer", {})

OPERATION: OperationDescriptor[GetIntraExchangeInstanceTransferResponse] = OperationDescriptor(
    name="get_intra_exchange_instance_transfer",
    method="GET",
    path="/portfolio/intra_exchange_instance_transfers/{transfer_id}",
    signed=True,
    parameters=(
        Parameter(
            name="transfer_id",
            wire_name="transfer_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("transfer_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetIntraExchangeInstanceTransferResponse,
    list_field=LIST_FIELDS.get("get_intra_exchange_instance_transfer"),
    build_request=build_request,
    parse_response=parse_response,
)
