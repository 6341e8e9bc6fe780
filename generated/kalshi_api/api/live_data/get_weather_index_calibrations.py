"""`GET /live_data/weather/{city}/calibrations`: get_weather_index_calibrations.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_weather_index_calibrations_response import GetWeatherIndexCalibrationsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    city: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/live_data/weather/{city}/calibrations".format(
            city=quote(str(city), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetWeatherIndexCalibrationsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetWeatherIndexCalibrationsResponse.from_dict(response.json())


def sync(
    city: str,
    *,
    client: Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        city=city,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    city: str,
    *,
    client: Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        city=city,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_weather_index_calibrations", {})
_BODY_RULES = BODY_RULES.get("get_weather_index_calibrations", {})

OPERATION: OperationDescriptor[GetWeatherIndexCalibrationsResponse] = OperationDescriptor(
    name="get_weather_index_calibrations",
    method="GET",
    path="/live_data/weather/{city}/calibrations",
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
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetWeatherIndexCalibrationsResponse,
    list_field=LIST_FIELDS.get("get_weather_index_calibrations"),
    build_request=build_request,
    parse_response=parse_response,
)
