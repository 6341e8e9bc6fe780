"""`GET /historical/markets/{ticker}/candlesticks`: get_market_candlesticks_historical.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_market_candlesticks_historical_period_interval import GetMarketCandlesticksHistoricalPeriodInterval
from ...models.get_market_candlesticks_historical_response import GetMarketCandlesticksHistoricalResponse
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Request:
    """The request for these arguments (UNSET ones are left out); nothing is checked or sent."""

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = period_interval.value
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/historical/markets/{ticker}/candlesticks".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetMarketCandlesticksHistoricalResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetMarketCandlesticksHistoricalResponse.from_dict(response.json())


def sync(
    ticker: str,
    *,
    client: Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> GetMarketCandlesticksHistoricalResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    ticker: str,
    *,
    client: Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> GetMarketCandlesticksHistoricalResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_market_candlesticks_historical", {})
_BODY_RULES = BODY_RULES.get("get_market_candlesticks_historical", {})

OPERATION: OperationDescriptor[GetMarketCandlesticksHistoricalResponse] = OperationDescriptor(
    name="get_market_candlesticks_historical",
    method="GET",
    path="/historical/markets/{ticker}/candlesticks",
    signed=False,
    parameters=(
        Parameter(
            name="ticker",
            wire_name="ticker",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("ticker", {}),
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
            type=GetMarketCandlesticksHistoricalPeriodInterval,
            required=True,
            rules=_PARAMETER_RULES.get("period_interval", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetMarketCandlesticksHistoricalResponse,
    list_field=LIST_FIELDS.get("get_market_candlesticks_historical"),
    build_request=build_request,
    parse_response=parse_response,
)
