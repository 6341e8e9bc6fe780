"""`POST /communications/rfqs`: create_rfq.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.create_rfq_request import CreateRFQRequest
from ...models.create_rfq_response import CreateRFQResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from .. import BodyField, OperationDescriptor, Request, expect_success


def build_request(
    *,
    body: CreateRFQRequest,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/communications/rfqs",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> CreateRFQResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return CreateRFQResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    body: CreateRFQRequest,
) -> CreateRFQResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    body: CreateRFQRequest,
) -> CreateRFQResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("create_rfq", {})
_BODY_RULES = BODY_RULES.get("create_rfq", {})

OPERATION: OperationDescriptor[CreateRFQResponse] = OperationDescriptor(
    name="create_rfq",
    method="POST",
    path="/communications/rfqs",
    signed=True,
    parameters=(),
    takes_body=True,
    body_model=CreateRFQRequest,
    body_fields=(
        BodyField(
            name="market_ticker",
            wire_name="market_ticker",
            required=True,
            rules=_BODY_RULES.get("market_ticker", {}),
        ),
        BodyField(
            name="rest_remainder",
            wire_name="rest_remainder",
            required=True,
            rules=_BODY_RULES.get("rest_remainder", {}),
        ),
        BodyField(
            name="contracts",
            wire_name="contracts",
            required=False,
            rules=_BODY_RULES.get("contracts", {}),
        ),
        BodyField(
            name="contracts_fp",
            wire_name="contracts_fp",
            required=False,
            rules=_BODY_RULES.get("contracts_fp", {}),
        ),
        BodyField(
            name="target_cost_centi_cents",
            wire_name="target_cost_centi_cents",
            required=False,
            rules=_BODY_RULES.get("target_cost_centi_cents", {}),
        ),
        BodyField(
            name="target_cost_dollars",
            wire_name="target_cost_dollars",
            required=False,
            rules=_BODY_RULES.get("target_cost_dollars", {}),
        ),
        BodyField(
            name="target_cost_excludes_fees",
            wire_name="target_cost_excludes_fees",
            required=False,
            rules=_BODY_RULES.get("target_cost_excludes_fees", {}),
        ),
        BodyField(
            name="obscure_creator_id",
            wire_name="obscure_creator_id",
            required=False,
            rules=_BODY_RULES.get("obscure_creator_id", {}),
        ),
        BodyField(
            name="replace_existing",
            wire_name="replace_existing",
            required=False,
            rules=_BODY_RULES.get("replace_existing", {}),
        ),
        BodyField(
            name="subtrader_id",
            wire_name="subtrader_id",
            required=False,
            rules=_BODY_RULES.get("subtrader_id", {}),
        ),
        BodyField(
            name="subaccount",
            wire_name="subaccount",
            required=False,
            rules=_BODY_RULES.get("subaccount", {}),
        ),
    ),
    response_model=CreateRFQResponse,
    list_field=LIST_FIELDS.get("create_rfq"),
    build_request=build_request,
    parse_response=parse_response,
)
