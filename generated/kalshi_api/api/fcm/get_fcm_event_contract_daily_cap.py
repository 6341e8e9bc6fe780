"""`GET /fcm/subtraders/event_contract_daily_cap`: get_fcm_event_contract_daily_cap.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.get_fcm_event_contract_daily_cap_response import GetFCMEventContractDailyCapResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    subtrader_id: str | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/fcm/subtraders/event_contract_daily_cap",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetFCMEventContractDailyCapResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetFCMEventContractDailyCapResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        subtrader_id=subtrader_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        subtrader_id=subtrader_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_fcm_event_contract_daily_cap", {})
_BODY_RULES = BODY_RULES.get("get_fcm_event_contract_daily_cap", {})

OPERATION: OperationDescriptor[GetFCMEventContractDailyCapResponse] = OperationDescriptor(
    name="get_fcm_event_contract_daily_cap",
    method="GET",
    path="/fcm/subtraders/event_contract_daily_cap",
    signed=True,
    parameters=(
        Parameter(
            name="subtrader_id",
            wire_name="subtrader_id",
            location="query",
            type=str,
            required=False,
            rules=_PARAMETER_RULES.get("subtrader_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetFCMEventContractDailyCapResponse,
    list_field=LIST_FIELDS.get("get_fcm_event_contract_daily_cap"),
    build_request=build_request,
    parse_response=parse_response,
)
