"""`GET /communications/quotes`: get_quotes.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_quotes_response import GetQuotesResponse
from ...models.user_filter import UserFilter
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["status"] = status

    params["quote_creator_user_id"] = quote_creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = user_filter.value

    params["user_filter"] = json_user_filter

    json_rfq_user_filter: str | Unset = UNSET
    if not isinstance(rfq_user_filter, Unset):
        json_rfq_user_filter = rfq_user_filter.value

    params["rfq_user_filter"] = json_rfq_user_filter

    params["rfq_creator_user_id"] = rfq_creator_user_id

    params["rfq_creator_subtrader_id"] = rfq_creator_subtrader_id

    params["rfq_id"] = rfq_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/communications/quotes",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetQuotesResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetQuotesResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_quotes", {})
_BODY_RULES = BODY_RULES.get("get_quotes", {})

OPERATION: OperationDescriptor[GetQuotesResponse] = OperationDescriptor(
    name="get_quotes",
    method="GET",
    path="/communications/quotes",
    signed=True,
    parameters=(
        Parameter(
            name="cursor",
            wire_name="cursor",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("cursor", {}),
        ),
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
            name="limit",
            wire_name="limit",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("limit", {}),
        ),
        Parameter(
            name="status",
            wire_name="status",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("status", {}),
        ),
        Parameter(
            name="quote_creator_user_id",
            wire_name="quote_creator_user_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("quote_creator_user_id", {}),
        ),
        Parameter(
            name="user_filter",
            wire_name="user_filter",
            location="query",
            type=UserFilter,
            required=False,
            rules=_PARAMETER_RULES.get("user_filter", {}),
        ),
        Parameter(
            name="rfq_user_filter",
            wire_name="rfq_user_filter",
            location="query",
            type=UserFilter,
            required=False,
            rules=_PARAMETER_RULES.get("rfq_user_filter", {}),
        ),
        Parameter(
            name="rfq_creator_user_id",
            wire_name="rfq_creator_user_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("rfq_creator_user_id", {}),
        ),
        Parameter(
            name="rfq_creator_subtrader_id",
            wire_name="rfq_creator_subtrader_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("rfq_creator_subtrader_id", {}),
        ),
        Parameter(
            name="rfq_id",
            wire_name="rfq_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("rfq_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetQuotesResponse,
    list_field=LIST_FIELDS.get("get_quotes"),
    build_request=build_request,
    parse_response=parse_response,
)
