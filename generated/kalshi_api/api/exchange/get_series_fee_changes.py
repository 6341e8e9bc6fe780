"""`GET /series/fee_changes`: get_series_fee_changes.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["series_ticker"] = series_ticker

    params["show_historical"] = show_historical

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/series/fee_changes",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetSeriesFeeChangesResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetSeriesFeeChangesResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_series_fee_changes", {})
_BODY_RULES = BODY_RULES.get("get_series_fee_changes", {})

OPERATION: OperationDescriptor[GetSeriesFeeChangesResponse] = OperationDescriptor(
    name="get_series_fee_changes",
    method="GET",
    path="/series/fee_changes",
    signed=False,
    parameters=(
        Parameter(
            name="series_ticker",
            wire_name="series_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("series_ticker", {}),
        ),
        Parameter(
            name="show_historical",
            wire_name="show_historical",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("show_historical", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetSeriesFeeChangesResponse,
    list_field=LIST_FIELDS.get("get_series_fee_changes"),
    build_request=build_request,
    parse_response=parse_response,
)
