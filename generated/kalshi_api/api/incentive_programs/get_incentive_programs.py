"""`GET /incentive_programs`: get_incentive_programs.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_incentive_programs_response import GetIncentiveProgramsResponse
from ...models.get_incentive_programs_status import GetIncentiveProgramsStatus
from ...models.get_incentive_programs_type import GetIncentiveProgramsType
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["incentive_description"] = incentive_description

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/incentive_programs",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetIncentiveProgramsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetIncentiveProgramsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_incentive_programs", {})
_BODY_RULES = BODY_RULES.get("get_incentive_programs", {})

OPERATION: OperationDescriptor[GetIncentiveProgramsResponse] = OperationDescriptor(
    name="get_incentive_programs",
    method="GET",
    path="/incentive_programs",
    signed=False,
    parameters=(
        Parameter(
            name="status",
            wire_name="status",
            location="query",
            type=GetIncentiveProgramsStatus,
            required=False,
            rules=_PARAMETER_RULES.get("status", {}),
        ),
        Parameter(
            name="type_",
            wire_name="type",
            location="query",
            type=GetIncentiveProgramsType,
            required=False,
            rules=_PARAMETER_RULES.get("type_", {}),
        ),
        Parameter(
            name="incentive_description",
            wire_name="incentive_description",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("incentive_description", {}),
        ),
        Parameter(
            name="limit",
            wire_name="limit",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("limit", {}),
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
    response_model=GetIncentiveProgramsResponse,
    list_field=LIST_FIELDS.get("get_incentive_programs"),
    build_request=build_request,
    parse_response=parse_response,
)
