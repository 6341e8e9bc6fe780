"""`DELETE /api_keys/{api_key}`: delete_api_key.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    api_key: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/api_keys/{api_key}".format(
            api_key=quote(str(api_key), safe=""),
        ),
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> Any:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return response.json() if response.content else None


def sync(
    api_key: str,
    *,
    client: Client,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        api_key=api_key,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    api_key: str,
    *,
    client: Client,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        api_key=api_key,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("delete_api_key", {})
_BODY_RULES = BODY_RULES.get("delete_api_key", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="delete_api_key",
    method="DELETE",
    path="/api_keys/{api_key}",
    signed=True,
    parameters=(
        Parameter(
            name="api_key",
            wire_name="api_key",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("api_key", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=None,
    list_field=LIST_FIELDS.get("delete_api_key"),
    build_request=build_request,
    parse_response=parse_response,
)
