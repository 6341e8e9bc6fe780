"""`POST /portfolio/events/orders/{order_id}/amend`: amend_order_v2.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.amend_order_v2_request import AmendOrderV2Request
from ...models.amend_order_v2_response import AmendOrderV2Response
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import BodyField, OperationDescriptor, Parameter, Request, expect_success


def build_request(
    order_id: str,
    *,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/portfolio/events/orders/{order_id}/amend".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> AmendOrderV2Response:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return AmendOrderV2Response.from_dict(response.json())


def sync(
    order_id: str,
    *,
    client: Client,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
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
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("amend_order_v2", {})
_BODY_RULES = BODY_RULES.get("amend_order_v2", {})

OPERATION: OperationDescriptor[AmendOrderV2Response] = OperationDescriptor(
    name="amend_order_v2",
    method="POST",
    path="/portfolio/events/orders/{order_id}/amend",
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
    body_model=AmendOrderV2Request,
    body_fields=(
        BodyField(
            name="ticker",
            wire_name="ticker",
            required=True,
            rules=_BODY_RULES.get("ticker", {}),
        ),
        BodyField(
            name="side",
            wire_name="side",
            required=True,
            rules=_BODY_RULES.get("side", {}),
        ),
        BodyField(
            name="price",
            wire_name="price",
            required=True,
            rules=_BODY_RULES.get("price", {}),
        ),
        BodyField(
            name="count",
            wire_name="count",
            required=True,
            rules=_BODY_RULES.get("count", {}),
        ),
        BodyField(
            name="client_order_id",
            wire_name="client_order_id",
            required=False,
            rules=_BODY_RULES.get("client_order_id", {}),
        ),
        BodyField(
            name="updated_client_order_id",
            wire_name="updated_client_order_id",
            required=False,
            rules=_BODY_RULES.get("updated_client_order_id", {}),
        ),
        BodyField(
            name="expiration_time",
            wire_name="expiration_time",
            required=False,
            rules=_BODY_RULES.get("expiration_time", {}),
        ),
        BodyField(
            name="exchange_index",
            wire_name="exchange_index",
            required=False,
            rules=_BODY_RULES.get("exchange_index", {}),
        ),
    ),
    response_model=AmendOrderV2Response,
    list_field=LIST_FIELDS.get("amend_order_v2"),
    build_request=build_request,
    parse_response=parse_response,
)
