"""`GET /structured_targets`: get_structured_targets.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_structured_targets_response import GetStructuredTargetsResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["type"] = type_

    params["competition"] = competition

    params["page_size"] = page_size

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/structured_targets",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetStructuredTargetsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetStructuredTargetsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        ids=ids,
        type_=type_,
        competition=competition,
        page_size=page_size,
        cursor=cursor,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        ids=ids,
        type_=type_,
        competition=competition,
        page_size=page_size,
        cursor=cursor,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_structured_targets", {})
_BODY_RULES = BODY_RULES.get("get_structured_targets", {})

OPERATION: OperationDescriptor[GetStructuredTargetsResponse] = OperationDescriptor(
    name="get_structured_targets",
    method="GET",
    path="/structured_targets",
    signed=False,
    parameters=(
        Parameter(
            name="ids",
            wire_name="ids",
            location="query",
            type=list[str],
            required=False,
            rules=_PARAMETER_RULES.get("ids", {}),
        ),
        Parameter(
            name="type_",
            wire_name="type",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("type_", {}),
        ),
        Parameter(
            name="competition",
            wire_name="competition",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("competition", {}),
        ),
        Parameter(
            name="page_size",
            wire_name="page_size",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("page_size", {}),
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
    response_model=GetStructuredTargetsResponse,
    list_field=LIST_FIELDS.get("get_structured_targets"),
    build_request=build_request,
    parse_response=parse_response,
)
