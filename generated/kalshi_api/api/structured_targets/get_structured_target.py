"""`GET /structured_targets/{structured_target_id}`: get_structured_target.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_structured_target_response import GetStructuredTargetResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    structured_target_id: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/structured_targets/{structured_target_id}".format(
            structured_target_id=quote(str(structured_target_id), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetStructuredTargetResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetStructuredTargetResponse.from_dict(response.json())


def sync(
    structured_target_id: str,
    *,
    client: Client,
) -> GetStructuredTargetResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        structured_target_id=structured_target_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    structured_target_id: str,
    *,
    client: Client,
) -> GetStructuredTargetResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        structured_target_id=structured_target_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_structured_target", {})
_BODY_RULES = BODY_RULES.get("get_structured_target", {})

OPERATION: OperationDescriptor[GetStructuredTargetResponse] = OperationDescriptor(
    name="get_structured_target",
    method="GET",
    path="/structured_targets/{structured_target_id}",
    signed=False,
    parameters=(
        Parameter(
            name="structured_target_id",
            wire_name="structured_target_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("structured_target_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetStructuredTargetResponse,
    list_field=LIST_FIELDS.get("get_structured_target"),
    build_request=build_request,
    parse_response=parse_response,
)
