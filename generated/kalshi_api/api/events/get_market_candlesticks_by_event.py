"""`GET /series/{series_ticker}/events/{ticker}/candlesticks`: get_market_candlesticks_by_event.

`OPERATION` describes the call (the SDK facade reads it); `build_request` turns typed arguments
into the request; `sync`/`asyncio` send it with a `kalshi_api.Client` (give it
`auth=kalshi_sdk.KalshiAuth(...)` for a signed operation).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import Client
from ...models.get_event_candlesticks_response import GetEventCandlesticksResponse
from ...models.get_market_candlesticks_by_event_period_interval import GetMarketCandlesticksByEventPeriodInterval
from ...rules import BODY_RULES, LIST_FIELDS, PARAMETER_RULES
from ...types import UNSET
from .. import OperationDescriptor, Parameter, Request, expect_success


def build_request(
    series_ticker: str,
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
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
        "url": "/series/{series_ticker}/events/{ticker}/candlesticks".format(
            series_ticker=quote(str(series_ticker), safe=""),
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }
    return Request(**_kwargs)  # type: ignore[typeddict-item]


def parse_response(response: httpx.Response) -> GetEventCandlesticksResponse:
    """The parsed answer of a successful response; raises `errors.UnexpectedStatus` otherwise."""
    expect_success(response)
    return GetEventCandlesticksResponse.from_dict(response.json())


def sync(
    series_ticker: str,
    ticker: str,
    *,
    client: Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
) -> GetEventCandlesticksResponse:
    """Send the request with `client` and return the parsed answer."""
    request = build_request(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )
    return parse_response(client.get_httpx_client().request(**request))


async def asyncio(
    series_ticker: str,
    ticker: str,
    *,
    client: Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
) -> GetEventCandlesticksResponse:
    """Send the request with `client`'s async httpx client and return the parsed answer."""
    request = build_request(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )
    return parse_response(await client.get_async_httpx_client().request(**request))


_PARAMETER_RULES = PARAMETER_RULES.get("get_market_candlesticks_by_event", {})
_BODY_RULES = BODY_RULES.get("get_market_candlesticks_by_event", {})

OPERATION: OperationDescriptor[GetEventCandlesticksResponse] = OperationDescriptor(
    name="get_market_candlesticks_by_event",
    method="GET",
    path="/series/{series_ticker}/events/{ticker}/candlesticks",
    signed=False,
    parameters=(
        Parameter(
            name="series_ticker",
            wire_name="series_ticker",
            location="path",
            type=str,
            required=True,
            rules=_PARAMETER_RULES.get("series_ticker", {}),
        ),
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
            type=GetMarketCandlesticksByEventPeriodInterval,
            required=True,
            rules=_PARAMETER_RULES.get("period_interval", {}),
        ),
    ),
    takes_body=False,
    body_model=None,
    body_fields=(),
    response_model=GetEventCandlesticksResponse,
    list_field=LIST_FIELDS.get("get_market_candlesticks_by_event"),
    build_request=build_request,
    parse_response=parse_response,
)
