"""`POST /fcm/subtraders`: create_fcm_subtrader.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.create_fcm_subtrader_request import CreateFCMSubtraderRequest
from ...models.create_fcm_subtrader_response import CreateFCMSubtraderResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: CreateFCMSubtraderRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/fcm/subtraders",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateFCMSubtraderResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateFCMSubtraderResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest,
) -> CreateFCMSubtraderResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest,
) -> CreateFCMSubtraderResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_fcm_subtrader", {})
_BODY_RULES = BODY_RULES.get("create_fcm_subtrader", {})

OPERATION: OperationDescriptor[CreateFCMSubtraderResponse] = OperationDescriptor(
    name="create_fcm_subtrader",
    method="POST",
    path="/fcm/subtraders",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=CreateFCMSubtraderRequest,
    body_fields=(
        BodyField(
            name="subtrader_suffix",
            wire_name="subtrader_suffix",
            required=True,
            rules=_BODY_RULES.get("subtrader_suffix", {}),
        ),
    ),
    response_model=CreateFCMSubtraderResponse,
    list_field=LIST_FIELDS.get("create_fcm_subtrader"),
    build_request=build_request,
    parse_response=parse_response,
)
