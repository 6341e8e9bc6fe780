"""`POST /multivariate_event_collections/{collection_ticker}`: create_market_in_multivariate_event_collection.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.create_market_in_multivariate_event_collection_request import (
    CreateMarketInMultivariateEventCollectionRequest,
)
from ...models.create_market_in_multivariate_event_collection_response import (
    CreateMarketInMultivariateEventCollectionResponse,
)
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Parameter, Request, expect_success

if TYPE_CHECKING:
    from ...models.ticker_pair_side import TickerPairSideInput


class TickerPairDict(TypedDict, total=False):
    """`TickerPair` as a dict, keyed by the spec's field names.

    No key is required by this type: the SDK checks the required ones at run time, before sending
    (and some of its methods fill in a default).
    """

    market_ticker: str
    event_ticker: str
    side: TickerPairSideInput


def build_request(
    collection_ticker: str,
    *,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/multivariate_event_collections/{collection_ticker}".format(
            collection_ticker=quote(str(collection_ticker), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateMarketInMultivariateEventCollectionResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateMarketInMultivariateEventCollectionResponse.from_dict(response.json())


def sync(
    collection_ticker: str,
    *,
    client: Client,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        collection_ticker=collection_ticker,
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    collection_ticker: str,
    *,
    client: Client,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        collection_ticker=collection_ticker,
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_market_in_multivariate_event_collection", {})
_BODY_RULES = BODY_RULES.get("create_market_in_multivariate_event_collection", {})

OPERATION: OperationDescriptor[CreateMarketInMultivariateEventCollectionResponse] = OperationDescriptor(
    name="create_market_in_multivariate_event_collection",
    method="POST",
    path="/multivariate_event_collections/{collection_ticker}",
    signed=True,
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
    takes_body=True,
    body_model=CreateMarketInMultivariateEventCollectionRequest,
    body_fields=(
        BodyField(
            name="selected_markets",
            wire_name="selected_markets",
            required=True,
            rules=_BODY_RULES.get("selected_markets", {}),
        ),
        BodyField(
            name="with_market_payload",
            wire_name="with_market_payload",
            required=False,
            rules=_BODY_RULES.get("with_market_payload", {}),
        ),
    ),
    response_model=CreateMarketInMultivariateEventCollectionResponse,
    list_field=LIST_FIELDS.get("create_market_in_multivariate_event_collection"),
    build_request=build_request,
    parse_response=parse_response,
)
