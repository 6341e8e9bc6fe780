"""`POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept`: accept_block_trade_proposal.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.accept_block_trade_proposal_request import AcceptBlockTradeProposalRequest
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import BodyField, OperationDescriptor, Parameter, Request, expect_success


def build_request(
    block_trade_proposal_id: str,
    *,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/communications/block-trade-proposals/{block_trade_proposal_id}/accept".format(
            block_trade_proposal_id=quote(str(block_trade_proposal_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> Any:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return response.json() if response.content else None


def sync(
    block_trade_proposal_id: str,
    *,
    client: Client,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> Any:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        block_trade_proposal_id=block_trade_proposal_id,
        body=body,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    block_trade_proposal_id: str,
    *,
    client: Client,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> Any:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        block_trade_proposal_id=block_trade_proposal_id,
        body=body,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("accept_block_trade_proposal", {})
_BODY_RULES = BODY_RULES.get("accept_block_trade_proposal", {})

OPERATION: OperationDescriptor[Any] = OperationDescriptor(
    name="accept_block_trade_proposal",
    method="POST",
    path="/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
    signed=True,
    parameters=(
        Parameter(
            name="block_trade_proposal_id",
            wire_name="block_trade_proposal_id",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("block_trade_proposal_id", {}),
        ),
    ),
    takes_body=True,
    body_model=AcceptBlockTradeProposalRequest,
    body_fields=(
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
    response_model=None,
    list_field=LIST_FIELDS.get("accept_block_trade_proposal"),
    build_request=build_request,
    parse_response=parse_response,
)
