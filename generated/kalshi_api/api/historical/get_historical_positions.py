"""`GET /historical/positions`: get_historical_positions.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_positions_response import GetPositionsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/historical/positions",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetPositionsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetPositionsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        limit=limit,
        cursor=cursor,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        limit=limit,
        cursor=cursor,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_historical_positions", {})
_BODY_RULES = BODY_RULES.get("get_historical_positions", {})

OPERATION: OperationDescriptor[GetPositionsResponse] = OperationDescriptor(
    name="get_historical_positions",
    method="GET",
    path="/historical/positions",
    signed=True,
    parameters=(
        Parameter(
            name="ticker",
            wire_name="ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("ticker", {}),
        ),
        Parameter(
            name="event_ticker",
            wire_name="event_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("event_ticker", {}),
        ),
        Parameter(
            name="subaccount",
            wire_name="subaccount",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("subaccount", {}),
        ),
        Parameter(
            name="limit",
            wire_name="limit",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("limit", {}),
        ),
        Parameter(
            name="cursor",
            wire_name="cursor",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("cursor", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetPositionsResponse,
    list_field=LIST_FIELDS.get("get_historical_positions"),
    build_request=build_request,
    parse_response=parse_response,
)
