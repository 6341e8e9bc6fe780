"""`GET /multivariate_event_collections/{collection_ticker}`: get_multivariate_event_collection.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_multivariate_event_collection_response import GetMultivariateEventCollectionResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    collection_ticker: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/multivariate_event_collections/{collection_ticker}".format(
            collection_ticker=quote(str(collection_ticker), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMultivariateEventCollectionResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMultivariateEventCollectionResponse.from_dict(response.json())


def sync(
    collection_ticker: str,
    *,
    client: Client,
) -> GetMultivariateEventCollectionResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        collection_ticker=collection_ticker,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    collection_ticker: str,
    *,
    client: Client,
) -> GetMultivariateEventCollectionResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        collection_ticker=collection_ticker,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_multivariate_event_collection", {})
_BODY_RULES = BODY_RULES.get("get_multivariate_event_collection", {})

OPERATION: OperationDescriptor[GetMultivariateEventCollectionResponse] = OperationDescriptor(
    name="get_multivariate_event_collection",
    method="GET",
    path="/multivariate_event_collections/{collection_ticker}",
    signed=False,
    parameters=(
        Parameter(
            name="collection_ticker",
            wire_name="collection_ticker",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("collection_ticker", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMultivariateEventCollectionResponse,
    list_field=LIST_FIELDS.get("get_multivariate_event_collection"),
    build_request=build_request,
    parse_response=parse_response,
)
