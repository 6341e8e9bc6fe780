"""`GET /live_data/events/{event_ticker}`: get_event_live_data.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_event_live_data_response import GetEventLiveDataResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    event_ticker: str,
    *,
    range_: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["range"] = range_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/live_data/events/{event_ticker}".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetEventLiveDataResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetEventLiveDataResponse.from_dict(response.json())


def sync(
    event_ticker: str,
    *,
    client: Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        event_ticker=event_ticker,
        range_=range_,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    event_ticker: str,
    *,
    client: Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        event_ticker=event_ticker,
        range_=range_,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_event_live_data", {})
_BODY_RULES = BODY_RULES.get("get_event_live_data", {})

OPERATION: OperationDescriptor[GetEventLiveDataResponse] = OperationDescriptor(
    name="get_event_live_data",
    method="GET",
    path="/live_data/events/{event_ticker}",
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
            name="range_",
            wire_name="range",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("range_", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetEventLiveDataResponse,
    list_field=LIST_FIELDS.get("get_event_live_data"),
    build_request=build_request,
    parse_response=parse_response,
)
