"""`GET /live_data/batch`: get_live_datas.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_live_datas_response import GetLiveDatasResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    json_milestone_ids = milestone_ids

    params["milestone_ids"] = json_milestone_ids

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/live_data/batch",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetLiveDatasResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetLiveDatasResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_live_datas", {})
_BODY_RULES = BODY_RULES.get("get_live_datas", {})

OPERATION: OperationDescriptor[GetLiveDatasResponse] = OperationDescriptor(
    name="get_live_datas",
    method="GET",
    path="/live_data/batch",
    signed=False,
    parameters=(
        Parameter(
            name="milestone_ids",
            wire_name="milestone_ids",
            location="query",
            type=list[str],
            required=True,
            rules=_PARAMETER_RULES.get("milestone_ids", {}),
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
    response_model=GetLiveDatasResponse,
    list_field=LIST_FIELDS.get("get_live_datas"),
    build_request=build_request,
    parse_response=parse_response,
)
