"""`GET /api_keys`: get_api_keys.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_api_keys_response import GetApiKeysResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["fcm_subtrader_id"] = fcm_subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api_keys",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetApiKeysResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetApiKeysResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        fcm_subtrader_id=fcm_subtrader_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        fcm_subtrader_id=fcm_subtrader_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_api_keys", {})
_BODY_RULES = BODY_RULES.get("get_api_keys", {})

OPERATION: OperationDescriptor[GetApiKeysResponse] = OperationDescriptor(
    name="get_api_keys",
    method="GET",
    path="/api_keys",
    signed=True,
    parameters=(
        Parameter(
            name="fcm_subtrader_id",
            wire_name="fcm_subtrader_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("fcm_subtrader_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetApiKeysResponse,
    list_field=LIST_FIELDS.get("get_api_keys"),
    build_request=build_request,
    parse_response=parse_response,
)
