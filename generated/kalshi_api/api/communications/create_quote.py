"""`POST /communications/quotes`: create_quote.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.create_quote_request import CreateQuoteRequest
from ...models.create_quote_response import CreateQuoteResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: CreateQuoteRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/communications/quotes",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateQuoteResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateQuoteResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: CreateQuoteRequest,
) -> CreateQuoteResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: CreateQuoteRequest,
) -> CreateQuoteResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_quote", {})
_BODY_RULES = BODY_RULES.get("create_quote", {})

OPERATION: OperationDescriptor[CreateQuoteResponse] = OperationDescriptor(
    name="create_quote",
    method="POST",
    path="/communications/quotes",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=CreateQuoteRequest,
    body_fields=(
        BodyField(
            name="rfq_id",
            wire_name="rfq_id",
            required=True,
            rules=_BODY_RULES.get("rfq_id", {}),
        ),
        BodyField(
            name="yes_bid",
            wire_name="yes_bid",
            required=True,
            rules=_BODY_RULES.get("yes_bid", {}),
        ),
        BodyField(
            name="no_bid",
            wire_name="no_bid",
            required=True,
            rules=_BODY_RULES.get("no_bid", {}),
        ),
        BodyField(
            name="rest_remainder",
            wire_name="rest_remainder",
            required=True,
            rules=_BODY_RULES.get("rest_remainder", {}),
        ),
        BodyField(
            name="post_only",
            wire_name="post_only",
            required=False,
            rules=_BODY_RULES.get("post_only", {}),
        ),
        BodyField(
            name="subaccount",
            wire_name="subaccount",
            required=False,
            rules=_BODY_RULES.get("subaccount", {}),
        ),
    ),
    response_model=CreateQuoteResponse,
    list_field=LIST_FIELDS.get("create_quote"),
    build_request=build_request,
    parse_response=parse_response,
)
