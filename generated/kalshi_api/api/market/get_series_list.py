"""`GET /series`: get_series_list.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_series_list_response import GetSeriesListResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["category"] = category

    params["tags"] = tags

    params["include_product_metadata"] = include_product_metadata

    params["include_volume"] = include_volume

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/series",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetSeriesListResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetSeriesListResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_series_list", {})
_BODY_RULES = BODY_RULES.get("get_series_list", {})

OPERATION: OperationDescriptor[GetSeriesListResponse] = OperationDescriptor(
    name="get_series_list",
    method="GET",
    path="/series",
    signed=False,
    parameters=(
        Parameter(
            name="category",
            wire_name="category",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("category", {}),
        ),
        Parameter(
            name="tags",
            wire_name="tags",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("tags", {}),
        ),
        Parameter(
            name="include_product_metadata",
            wire_name="include_product_metadata",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("include_product_metadata", {}),
        ),
        Parameter(
            name="include_volume",
            wire_name="include_volume",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("include_volume", {}),
        ),
        Parameter(
            name="min_updated_ts",
            wire_name="min_updated_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_updated_ts", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetSeriesListResponse,
    list_field=LIST_FIELDS.get("get_series_list"),
    build_request=build_request,
    parse_response=parse_response,
)
