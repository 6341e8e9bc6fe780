"""`DELETE /fcm/subtraders/event_contract_daily_cap`: delete_fcm_event_contract_daily_cap.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    subtrader_id: str,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/fcm/subtraders/event_contract_daily_cap",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> Any:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return response.json() if response.content else None


def sync(
    *,
    client: Client,
    subtrader_id: str,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        subtrader_id=subtrader_id,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    subtrader_id: str,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        subtrader_id=subtrader_id,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("delete_fcm_event_contract_daily_cap", {})
_BODY_RULES = BODY_RULES.get("delete_fcm_event_contract_daily_cap", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="delete_fcm_event_contract_daily_cap",
    method="DELETE",
    path="/fcm/subtraders/event_contract_daily_cap",
    signed=True,
    parameters=(
        Parameter(
            name="subtrader_id",
            wire_name="subtrader_id",
            location="query",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("subtrader_id", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=None,
    list_field=LIST_FIELDS.get("delete_fcm_event_contract_daily_cap"),
    build_request=build_request,
    parse_response=parse_response,
)
