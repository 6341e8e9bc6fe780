"""`PUT /fcm/subtraders/blocked_categories`: update_fcm_subtrader_blocked_categories.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.update_fcm_subtrader_blocked_categories_request import UpdateFCMSubtraderBlockedCategoriesRequest
from ...models.update_fcm_subtrader_blocked_categories_response import UpdateFCMSubtraderBlockedCategoriesResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/fcm/subtraders/blocked_categories",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return UpdateFCMSubtraderBlockedCategoriesResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("update_fcm_subtrader_blocked_categories", {})
_BODY_RULES = BODY_RULES.get("update_fcm_subtrader_blocked_categories", {})

OPERATION: OperationDescriptor[UpdateFCMSubtraderBlockedCategoriesResponse] = OperationDescriptor(
    name="update_fcm_subtrader_blocked_categories",
    method="PUT",
    path="/fcm/subtraders/blocked_categories",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=UpdateFCMSubtraderBlockedCategoriesRequest,
    body_fields=(
        BodyField(
            name="subtrader_id",
            wire_name="subtrader_id",
            required=True,
            rules=_BODY_RULES.get("subtrader_id", {}),
        ),
        BodyField(
            name="category",
            wire_name="category",
            required=True,
            rules=_BODY_RULES.get("category", {}),
        ),
        BodyField(
            name="blocked",
            wire_name="blocked",
            required=True,
            rules=_BODY_RULES.get("blocked", {}),
        ),
    ),
    response_model=UpdateFCMSubtraderBlockedCategoriesResponse,
    list_field=LIST_FIELDS.get("update_fcm_subtrader_blocked_categories"),
    build_request=build_request,
    parse_response=parse_response,
)
