"""`GET /milestones`: get_milestones.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

import datetime
from typing import Any

import httpx

from ...client import Client
from ...models.get_milestones_response import GetMilestonesResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_minimum_start_date: str | Unset = UNSET
    if not isinstance(minimum_start_date, Unset):
        json_minimum_start_date = minimum_start_date.isoformat()
    params["minimum_start_date"] = json_minimum_start_date

    params["category"] = category

    params["competition"] = competition

    params["source_id"] = source_id

    params["type"] = type_

    params["related_event_ticker"] = related_event_ticker

    params["cursor"] = cursor

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/milestones",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMilestonesResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMilestonesResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_milestones", {})
_BODY_RULES = BODY_RULES.get("get_milestones", {})

OPERATION: OperationDescriptor[GetMilestonesResponse] = OperationDescriptor(
    name="get_milestones",
    method="GET",
    path="/milestones",
    signed=False,
    parameters=(
        Parameter(
            name="limit",
            wire_name="limit",
            location="query",
            type=int,
            required=True,
            rules=_PARAMETER_RULES.get("limit", {}),
        ),
        Parameter(
            name="minimum_start_date",
            wire_name="minimum_start_date",
            location="query",
            type=datetime.datetime,
            required=False,
            rules=_PARAMETER_RULES.get("minimum_start_date", {}),
        ),
        Parameter(
            name="category",
            wire_name="category",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("category", {}),
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
            name="source_id",
            wire_name="source_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("source_id", {}),
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
            name="related_event_ticker",
            wire_name="related_event_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("related_event_ticker", {}),
        ),
        Parameter(
            name="cursor",
            wire_name="cursor",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("cursor", {}),
        ),
        Parameter(
            name="min_updated_ts",
            wire_name="min_updated_ts",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("min_updated_ts", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMilestonesResponse,
    list_field=LIST_FIELDS.get("get_milestones"),
    build_request=build_request,
    parse_response=parse_response,
)
