"""`GET /multivariate_event_collections`: get_multivariate_event_collections.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_multivariate_event_collections_response import GetMultivariateEventCollectionsResponse
from ...models.get_multivariate_event_collections_status import GetMultivariateEventCollectionsStatus
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    status: GetMultivariateEventCollectionsStatus | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["associated_event_ticker"] = associated_event_ticker

    params["series_ticker"] = series_ticker

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/multivariate_event_collections",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMultivariateEventCollectionsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMultivariateEventCollectionsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    status: GetMultivariateEventCollectionsStatus | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        status=status,
        associated_event_ticker=associated_event_ticker,
        series_ticker=series_ticker,
        limit=limit,
        cursor=cursor,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    status: GetMultivariateEventCollectionsStatus | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        status=status,
        associated_event_ticker=associated_event_ticker,
        series_ticker=series_ticker,
        limit=limit,
        cursor=cursor,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_multivariate_event_collections", {})
_BODY_RULES = BODY_RULES.get("get_multivariate_event_collections", {})

OPERATION: OperationDescriptor[GetMultivariateEventCollectionsResponse] = OperationDescriptor(
    name="get_multivariate_event_collections",
    method="GET",
    path="/multivariate_event_collections",
    signed=False,
    parameters=(
        Parameter(
            name="status",
            wire_name="status",
            location="query",
            type=GetMultivariateEventCollectionsStatus,
            required=False,
            rules=_PARAMETER_RULES.get("status", {}),
        ),
        Parameter(
            name="associated_event_ticker",
            wire_name="associated_event_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("associated_event_ticker", {}),
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
    response_model=GetMultivariateEventCollectionsResponse,
    list_field=LIST_FIELDS.get("get_multivariate_event_collections"),
    build_request=build_request,
    parse_response=parse_response,
)
