"""`GET /markets/candlesticks`: batch_get_market_candlesticks.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any

import httpx

from ...client import Client
from ...models.batch_get_market_candlesticks_response import BatchGetMarketCandlesticksResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET, Unset
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    *,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["market_tickers"] = market_tickers

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params["period_interval"] = period_interval

    params["include_latest_before_start"] = include_latest_before_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/markets/candlesticks",
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> BatchGetMarketCandlesticksResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return BatchGetMarketCandlesticksResponse.from_dict(response.json())


def sync(
    *,
    client: Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> BatchGetMarketCandlesticksResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    *,
    client: Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> BatchGetMarketCandlesticksResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("batch_get_market_candlesticks", {})
_BODY_RULES = BODY_RULES.get("batch_get_market_candlesticks", {})

OPERATION: OperationDescriptor[BatchGetMarketCandlesticksResponse] = OperationDescriptor(
    name="batch_get_market_candlesticks",
    method="GET",
    path="/markets/candlesticks",
    signed=False,
    parameters=(
        Parameter(
            name="market_tickers",
            wire_name="market_tickers",
            location="query",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("market_tickers", {}),
        ),
        Parameter(
            name="start_ts",
            wire_name="start_ts",
            location="query",
            type=int,
            required=True,
            rules=_PARAMETER_RULES.get("start_ts", {}),
        ),
        Parameter(
            name="end_ts",
            wire_name="end_ts",
            location="query",
            type=int,
            required=True,
            rules=_PARAMETER_RULES.get("end_ts", {}),
        ),
        Parameter(
            name="period_interval",
            wire_name="period_interval",
            location="query",
            type=int,
            required=True,
            rules=_PARAMETER_RULES.get("period_interval", {}),
        ),
        Parameter(
            name="include_latest_before_start",
            wire_name="include_latest_before_start",
            location="query",
            type=bool,
            required=False,
            rules=_PARAMETER_RULES.get("include_latest_before_start", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=BatchGetMarketCandlesticksResponse,
    list_field=LIST_FIELDS.get("batch_get_market_candlesticks"),
    build_request=build_request,
    parse_response=parse_response,
)
