"""`GET /communications/quotes/{quote_id}`: get_quote.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_quote_response import GetQuoteResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    quote_id: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/communications/quotes/{quote_id}".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetQuoteResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetQuoteResponse.from_dict(response.json())


def sync(
    quote_id: str,
    *,
    client: Client,
) -> GetQuoteResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        quote_id=quote_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    quote_id: str,
    *,
    client: Client,
) -> GetQuoteResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        quote_id=quote_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_quote", {})
_BODY_RULES = BODY_RULES.get("get_quote", {})

OPERATION: OperationDescriptor[GetQuoteResponse] = OperationDescriptor(
    name="get_quote",
    method="GET",
    path="/communications/quotes/{quote_id}",
    signed=True,
    parameters=(
        Parameter(
            name="quote_id",
            wire_name="quote_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("quote_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetQuoteResponse,
    list_field=LIST_FIELDS.get("get_quote"),
    build_request=build_request,
    parse_response=parse_response,
)
