"""`GET /fcm/fills`: get_fcm_fills.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_fcm_fills_response import GetFcmFillsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/fcm/fills",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetFcmFillsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetFcmFillsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_fcm_fills", {})
_BODY_RULES = BODY_RULES.get("get_fcm_fills", {})

OPERATION: OperationDescriptor[GetFcmFillsResponse] = OperationDescriptor(
    name="get_fcm_fills",
    method="GET",
    path="/fcm/fills",
    signed=True,
    parameters=(
        Parameter(
            name="min_ts",
            wire_name="min_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_ts", {}),
        ),
        Parameter(
            name="max_ts",
            wire_name="max_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("max_ts", {}),
        ),
        Parameter(
            name="cursor",
            wire_name="cursor",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("cursor", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetFcmFillsResponse,
    list_field=LIST_FIELDS.get("get_fcm_fills"),
    build_request=build_request,
    parse_response=parse_response,
)
