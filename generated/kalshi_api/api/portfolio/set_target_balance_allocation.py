"""`POST /portfolio/target_balance_allocation`: set_target_balance_allocation.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any, TypedDict

import httpx

from ...client import Client
from ...models.set_target_balance_allocation_request import SetTargetBalanceAllocationRequest
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


class TargetBalanceAllocationInputDict(TypedDict, total=False):
    """`TargetBalanceAllocationInput` as a dict, keyed by the spec's field names.

    No key is required by this type: the SDK checks the required ones at run time, before sending
    (and some of its methods fill in a default).
    """

    exchange_index: int
    percent: int


def build_request(
    *,
    body: SetTargetBalanceAllocationRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/target_balance_allocation",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> Any:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return response.json() if response.content else None


def sync(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("set_target_balance_allocation", {})
_BODY_RULES = BODY_RULES.get("set_target_balance_allocation", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="set_target_balance_allocation",
    method="POST",
    path="/portfolio/target_balance_allocation",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=SetTargetBalanceAllocationRequest,
    body_fields=(
        BodyField(
            name="allocations",
            wire_name="allocations",
            required=True,
            rules=_BODY_RULES.get("allocations", {}),
        ),
        BodyField(
            name="resting_margin_reservation",
            wire_name="resting_margin_reservation",
            required=False,
            rules=_BODY_RULES.get("resting_margin_reservation", {}),
        ),
    ),
    response_model=None,
    list_field=LIST_FIELDS.get("set_target_balance_allocation"),
    build_request=build_request,
    parse_response=parse_response,
)
