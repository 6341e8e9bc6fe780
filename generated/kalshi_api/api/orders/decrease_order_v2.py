"""`POST /portfolio/events/orders/{order_id}/decrease`: decrease_order_v2.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.decrease_order_v2_request import DecreaseOrderV2Request
from ...models.decrease_order_v2_response import DecreaseOrderV2Response
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import BodyField, OperationDescriptor, Parameter, Request, expect_success


def build_request(
    order_id: str,
    *,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/events/orders/{order_id}/decrease".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> DecreaseOrderV2Response:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return DecreaseOrderV2Response.from_dict(response.json())


def sync(
    order_id: str,
    *,
    client: Client,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    order_id: str,
    *,
    client: Client,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("decrease_order_v2", {})
_BODY_RULES = BODY_RULES.get("decrease_order_v2", {})

OPERATION: OperationDescriptor[DecreaseOrderV2Response] = OperationDescriptor(
    name="decrease_order_v2",
    method="POST",
    path="/portfolio/events/orders/{order_id}/decrease",
    signed=True,
    parameters=(
        Parameter(
            name="order_id",
            wire_name="order_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("order_id", {}),
        ),
        Parameter(
            name="subaccount",
            wire_name="subaccount",
            location="query",
            type=int,
            required=False,
            rules=_PARAMETER_RULES.get("subaccount", {}),
        ),
    ),
    takes_body=True,
    body_model=DecreaseOrderV2Request,
    body_fields=(
        BodyField(
            name="reduce_by",
            wire_name="reduce_by",
            required=False,
            rules=_BODY_RULES.get("reduce_by", {}),
        ),
        BodyField(
            name="reduce_to",
            wire_name="reduce_to",
            required=False,
            rules=_BODY_RULES.get("reduce_to", {}),
        ),
        BodyField(
            name="exchange_index",
            wire_name="exchange_index",
            required=False,
            rules=_BODY_RULES.get("exchange_index", {}),
        ),
        BodyField(
            name="market_ticker",
            wire_name="market_ticker",
            required=False,
            rules=_BODY_RULES.get("market_ticker", {}),
        ),
    ),
    response_model=DecreaseOrderV2Response,
    list_field=LIST_FIELDS.get("decrease_order_v2"),
    build_request=build_request,
    parse_response=parse_response,
)
