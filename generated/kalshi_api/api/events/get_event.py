"""`GET /events/{event_ticker}`: get_event.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_event_response import GetEventResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    event_ticker: str,
    *,
    with_nested_markets: bool | Unset = False,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/events/{event_ticker}".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetEventResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetEventResponse.from_dict(response.json())


def sync(
    event_ticker: str,
    *,
    client: Client,
    with_nested_markets: bool | Unset = False,
) -> GetEventResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        event_ticker=event_ticker,
        with_nested_markets=with_nested_markets,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    event_ticker: str,
    *,
    client: Client,
    with_nested_markets: bool | Unset = False,
) -> GetEventResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        event_ticker=event_ticker,
        with_nested_markets=with_nested_markets,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_event", {})
_BODY_RULES = BODY_RULES.get("get_event", {})

OPERATION: OperationDescriptor[GetEventResponse] = OperationDescriptor(
    name="get_event",
    method="GET",
    path="/events/{event_ticker}",
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
        Parameter(
            name="with_nested_markets",
            wire_name="with_nested_markets",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("with_nested_markets", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetEventResponse,
    list_field=LIST_FIELDS.get("get_event"),
    build_request=build_request,
    parse_response=parse_response,
)
