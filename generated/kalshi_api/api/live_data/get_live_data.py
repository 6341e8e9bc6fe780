"""`GET /live_data/{type_}/milestone/{milestone_id}`: get_live_data.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_live_data_response import GetLiveDataResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    type_: str,
    milestone_id: str,
    *,
    include_player_stats: bool | Unset = False,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/live_data/{type_}/milestone/{milestone_id}".format(
            type_=quote(str(type_), safe=""),
            milestone_id=quote(str(milestone_id), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetLiveDataResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetLiveDataResponse.from_dict(response.json())


def sync(
    type_: str,
    milestone_id: str,
    *,
    client: Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    type_: str,
    milestone_id: str,
    *,
    client: Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_live_data", {})
_BODY_RULES = BODY_RULES.get("get_live_data", {})

OPERATION: OperationDescriptor[GetLiveDataResponse] = OperationDescriptor(
    name="get_live_data",
    method="GET",
    path="/live_data/{type_}/milestone/{milestone_id}",
    signed=False,
    parameters=(
        Parameter(
            name="type_",
            wire_name="type",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("type_", {}),
        ),
        Parameter(
            name="milestone_id",
            wire_name="milestone_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("milestone_id", {}),
        ),
        Parameter(
            name="include_player_stats",
            wire_name="include_player_stats",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("include_player_stats", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetLiveDataResponse,
    list_field=LIST_FIELDS.get("get_live_data"),
    build_request=build_request,
    parse_response=parse_response,
)
