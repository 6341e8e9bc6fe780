"""`POST /api_keys`: create_api_key.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.create_api_key_request import CreateApiKeyRequest
from ...models.create_api_key_response import CreateApiKeyResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: CreateApiKeyRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api_keys",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateApiKeyResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateApiKeyResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: CreateApiKeyRequest,
) -> CreateApiKeyResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: CreateApiKeyRequest,
) -> CreateApiKeyResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_api_key", {})
_BODY_RULES = BODY_RULES.get("create_api_key", {})

OPERATION: OperationDescriptor[CreateApiKeyResponse] = OperationDescriptor(
    name="create_api_key",
    method="POST",
    path="/api_keys",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=CreateApiKeyRequest,
    body_fields=(
        BodyField(
            name="name",
            wire_name="name",
            required=True,
            rules=_BODY_RULES.get("name", {}),
        ),
        BodyField(
            name="public_key",
            wire_name="public_key",
            required=True,
            rules=_BODY_RULES.get("public_key", {}),
        ),
        BodyField(
            name="scopes",
            wire_name="scopes",
            required=False,
            rules=_BODY_RULES.get("scopes", {}),
        ),
        BodyField(
            name="subaccount",
            wire_name="subaccount",
            required=False,
            rules=_BODY_RULES.get("subaccount", {}),
        ),
        BodyField(
            name="fcm_subtrader_id",
            wire_name="fcm_subtrader_id",
            required=False,
            rules=_BODY_RULES.get("fcm_subtrader_id", {}),
        ),
    ),
    response_model=CreateApiKeyResponse,
    list_field=LIST_FIELDS.get("create_api_key"),
    build_request=build_request,
    parse_response=parse_response,
)
