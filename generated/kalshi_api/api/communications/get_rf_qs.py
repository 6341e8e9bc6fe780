"""`GET /communications/rfqs`: get_rf_qs.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_rf_qs_response import GetRFQsResponse
from ...models.user_filter import UserFilter
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["market_ticker"] = market_ticker

    params["subaccount"] = subaccount

    params["limit"] = limit

    params["status"] = status

    params["creator_user_id"] = creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = user_filter.value

    params["user_filter"] = json_user_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/communications/rfqs",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetRFQsResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetRFQsResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> GetRFQsResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> GetRFQsResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_rf_qs", {})
_BODY_RULES = BODY_RULES.get("get_rf_qs", {})

OPERATION: OperationDescriptor[GetRFQsResponse] = OperationDescriptor(
    name="get_rf_qs",
    method="GET",
    path="/communications/rfqs",
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
            name="event_ticker",
            wire_name="event_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("event_ticker", {}),
        ),
        Parameter(
            name="market_ticker",
            wire_name="market_ticker",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("market_ticker", {}),
        ),
        Parameter(
            name="subaccount",
            wire_name="subaccount",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("subaccount", {}),
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
            name="creator_user_id",
            wire_name="creator_user_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("creator_user_id", {}),
        ),
        Parameter(
            name="user_filter",
            wire_name="user_filter",
            location="query",
            type=UserFilter,
            required=False,
            rules=_PARAMETER_RULES.get("user_filter", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetRFQsResponse,
    list_field=LIST_FIELDS.get("get_rf_qs"),
    build_request=build_request,
    parse_response=parse_response,
)
