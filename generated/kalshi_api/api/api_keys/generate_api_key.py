"""`POST /api_keys/generate`: generate_api_key.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.generate_api_key_request import GenerateApiKeyRequest
from ...models.generate_api_key_response import GenerateApiKeyResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: GenerateApiKeyRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api_keys/generate",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GenerateApiKeyResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GenerateApiKeyResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: GenerateApiKeyRequest,
) -> GenerateApiKeyResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: GenerateApiKeyRequest,
) -> GenerateApiKeyResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("generate_api_key", {})
_BODY_RULES = BODY_RULES.get("generate_api_key", {})

OPERATION: OperationDescriptor[GenerateApiKeyResponse] = OperationDescriptor(
    name="generate_api_key",
    method="POST",
    path="/api_keys/generate",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=GenerateApiKeyRequest,
    body_fields=(
        BodyField(
            name="name",
            wire_name="name",
            required=True,
            rules=_BODY_RULES.get("name", {}),
        ),
        BodyField(
            name="key_type",
            wire_name="key_type",
            required=False,
            rules=_BODY_RULES.get("key_type", {}),
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
    response_model=GenerateApiKeyResponse,
    list_field=LIST_FIELDS.get("generate_api_key"),
    build_request=build_request,
    parse_response=parse_response,
)
