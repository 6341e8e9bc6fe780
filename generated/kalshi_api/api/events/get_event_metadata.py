"""`GET /events/{event_ticker}/metadata`: get_event_metadata.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_event_metadata_response import GetEventMetadataResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    event_ticker: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/events/{event_ticker}/metadata".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetEventMetadataResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetEventMetadataResponse.from_dict(response.json())


def sync(
    event_ticker: str,
    *,
    client: Client,
) -> GetEventMetadataResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        event_ticker=event_ticker,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    event_ticker: str,
    *,
    client: Client,
) -> GetEventMetadataResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        event_ticker=event_ticker,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_event_metadata", {})
_BODY_RULES = BODY_RULES.get("get_event_metadata", {})

OPERATION: OperationDescriptor[GetEventMetadataResponse] = OperationDescriptor(
    name="get_event_metadata",
    method="GET",
    path="/events/{event_ticker}/metadata",
    signed=False,
    parameters=(
        Parameter(
            name="event_ticker",
            wire_name="event_ticker",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("event_ticker", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetEventMetadataResponse,
    list_field=LIST_FIELDS.get("get_event_metadata"),
    build_request=build_request,
    parse_response=parse_response,
)
