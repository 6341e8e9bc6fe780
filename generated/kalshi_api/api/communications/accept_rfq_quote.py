"""`PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept`: accept_rfq_quote.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.accept_quote_request import AcceptQuoteRequest
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Parameter, Request, expect_success


def build_request(
    rfq_id: str,
    quote_id: str,
    *,
    body: AcceptQuoteRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept".format(
            rfq_id=quote(str(rfq_id), safe=""),
            quote_id=quote(str(quote_id), safe=""),
        ),
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
    rfq_id: str,
    quote_id: str,
    *,
    client: Client,
    body: AcceptQuoteRequest,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        rfq_id=rfq_id,
        quote_id=quote_id,
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    rfq_id: str,
    quote_id: str,
    *,
    client: Client,
    body: AcceptQuoteRequest,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        rfq_id=rfq_id,
        quote_id=quote_id,
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("accept_rfq_quote", {})
_BODY_RULES = BODY_RULES.get("accept_rfq_quote", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="accept_rfq_quote",
    method="PUT",
    path="/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept",
    signed=True,
    parameters=(
        Parameter(
            name="rfq_id",
            wire_name="rfq_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("rfq_id", {}),
        ),
        Parameter(
            name="quote_id",
            wire_name="quote_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("quote_id", {}),
        ),
    ),
    takes_body=True,
    body_model=AcceptQuoteRequest,
    body_fields=(
        BodyField(
            name="accepted_side",
            wire_name="accepted_side",
            required=True,
            rules=_BODY_RULES.get("accepted_side", {}),
        ),
    ),
    response_model=None,
    list_field=LIST_FIELDS.get("accept_rfq_quote"),
    build_request=build_request,
    parse_response=parse_response,
)
