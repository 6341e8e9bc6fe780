"""`GET /live_data/weather/{city}`: get_weather_index.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_weather_index_response import GetWeatherIndexResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    city: str,
    *,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["last_sec"] = last_sec

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/live_data/weather/{city}".format(
            city=quote(str(city), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetWeatherIndexResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetWeatherIndexResponse.from_dict(response.json())


def sync(
    city: str,
    *,
    client: Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    city: str,
    *,
    client: Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_weather_index", {})
_BODY_RULES = BODY_RULES.get("get_weather_index", {})

OPERATION: OperationDescriptor[GetWeatherIndexResponse] = OperationDescriptor(
    name="get_weather_index",
    method="GET",
    path="/live_data/weather/{city}",
    signed=False,
    parameters=(
        Parameter(
            name="city",
            wire_name="city",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("city", {}),
        ),
        Parameter(
            name="from_",
            wire_name="from",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("from_", {}),
        ),
        Parameter(
            name="to",
            wire_name="to",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("to", {}),
        ),
        Parameter(
            name="last_sec",
            wire_name="last_sec",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("last_sec", {}),
        ),
        Parameter(
            name="detailed",
            wire_name="detailed",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("detailed", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetWeatherIndexResponse,
    list_field=LIST_FIELDS.get("get_weather_index"),
    build_request=build_request,
    parse_response=parse_response,
)
