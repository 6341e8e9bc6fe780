"""`GET /events/multivariate`: get_multivariate_events.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_multivariate_events_response import GetMultivariateEventsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["series_ticker"] = series_ticker

    params["collection_ticker"] = collection_ticker

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/events/multivariate",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMultivariateEventsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMultivariateEventsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_multivariate_events", {})
_BODY_RULES = BODY_RULES.get("get_multivariate_events", {})

OPERATION: OperationDescriptor[GetMultivariateEventsResponse] = OperationDescriptor(
    name="get_multivariate_events",
    method="GET",
    path="/events/multivariate",
    signed=False,
    parameters=(
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
        Parameter(
            name="series_ticker",
            wire_name="series_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("series_ticker", {}),
        ),
        Parameter(
            name="collection_ticker",
            wire_name="collection_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("collection_ticker", {}),
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
    response_model=GetMultivariateEventsResponse,
    list_field=LIST_FIELDS.get("get_multivariate_events"),
    build_request=build_request,
    parse_response=parse_response,
)
