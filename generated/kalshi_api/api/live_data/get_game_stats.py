"""`GET /live_data/milestone/{milestone_id}/game_stats`: get_game_stats.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_game_stats_response import GetGameStatsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    milestone_id: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/live_data/milestone/{milestone_id}/game_stats".format(
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetGameStatsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetGameStatsResponse.from_dict(response.json())


def sync(
    milestone_id: str,
    *,
    client: Client,
) -> GetGameStatsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        milestone_id=milestone_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    milestone_id: str,
    *,
    client: Client,
) -> GetGameStatsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        milestone_id=milestone_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_game_stats", {})
_BODY_RULES = BODY_RULES.get("get_game_stats", {})

OPERATION: OperationDescriptor[GetGameStatsResponse] = OperationDescriptor(
    name="get_game_stats",
    method="GET",
    path="/live_data/milestone/{milestone_id}/game_stats",
    signed=False,
    parameters=(
        Parameter(
            name="milestone_id",
            wire_name="milestone_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("milestone_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetGameStatsResponse,
    list_field=LIST_FIELDS.get("get_game_stats"),
    build_request=build_request,
    parse_response=parse_response,
)
