"""`GET /markets/{ticker}`: get_market.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_market_response import GetMarketResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    ticker: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/markets/{ticker}".format(
            ticker=quote(str(ticker), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMarketResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMarketResponse.from_dict(response.json())


def sync(
    ticker: str,
    *,
    client: Client,
) -> GetMarketResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        ticker=ticker,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    ticker: str,
    *,
    client: Client,
) -> GetMarketResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        ticker=ticker,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_market", {})
_BODY_RULES = BODY_RULES.get("get_market", {})

OPERATION: OperationDescriptor[GetMarketResponse] = OperationDescriptor(
    name="get_market",
    method="GET",
    path="/markets/{ticker}",
    signed=False,
    parameters=(
        Parameter(
            name="ticker",
            wire_name="ticker",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("ticker", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMarketResponse,
    list_field=LIST_FIELDS.get("get_market"),
    build_request=build_request,
    parse_response=parse_response,
)
