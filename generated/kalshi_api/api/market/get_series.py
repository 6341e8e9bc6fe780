"""`GET /series/{series_ticker}`: get_series.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_series_response import GetSeriesResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    series_ticker: str,
    *,
    include_volume: bool | Unset = False,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["include_volume"] = include_volume

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/series/{series_ticker}".format(
            series_ticker=quote(str(series_ticker), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetSeriesResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetSeriesResponse.from_dict(response.json())


def sync(
    series_ticker: str,
    *,
    client: Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    series_ticker: str,
    *,
    client: Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_series", {})
_BODY_RULES = BODY_RULES.get("get_series", {})

OPERATION: OperationDescriptor[GetSeriesResponse] = OperationDescriptor(
    name="get_series",
    method="GET",
    path="/series/{series_ticker}",
    signed=False,
    parameters=(
        Parameter(
            name="series_ticker",
            wire_name="series_ticker",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("series_ticker", {}),
        ),
        Parameter(
            name="include_volume",
            wire_name="include_volume",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("include_volume", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetSeriesResponse,
    list_field=LIST_FIELDS.get("get_series"),
    build_request=build_request,
    parse_response=parse_response,
)
