"""`PUT /portfolio/order_groups/{order_group_id}/reset`: reset_order_group.

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
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    order_group_id: str,
    *,
    body: Any | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/portfolio/order_groups/{order_group_id}/reset".format(
            order_group_id=quote(str(order_group_id), safe=""),
        ),
        "params": params,
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> Any:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return response.json() if response.content else None


def sync(
    order_group_id: str,
    *,
    client: Client,
    body: Any | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    order_group_id: str,
    *,
    client: Client,
    body: Any | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("reset_order_group", {})
_BODY_RULES = BODY_RULES.get("reset_order_group", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="reset_order_group",
    method="PUT",
    path="/portfolio/order_groups/{order_group_id}/reset",
    signed=True,
    parameters=(
        Parameter(
            name="order_group_id",
            wire_name="order_group_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("order_group_id", {}),
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
            name="exchange_index",
            wire_name="exchange_index",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("exchange_index", {}),
        ),
    ),
    takes_body=True,
    body_model=None,
    body_fields=(),
    response_model=None,
    list_field=LIST_FIELDS.get("reset_order_group"),
    build_request=build_request,
    parse_response=parse_response,
)
