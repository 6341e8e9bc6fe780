"""FakeExchange market data over real sockets: series, events, markets, order books, trades, schedule.

Raw httpx shows the exact bodies (checked strictly against the spec's schemas); the SDK's request
runner shows that they parse into the typed models.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kalshi_api.rules import PARAMETER_RULES
from kalshi_sdk import BadRequestError, Kalshi, NotFoundError
from kalshi_sdk.testing import FakeExchange
from kalshi_sdk.testing._query import PAGE_LIMITS
from tests.prism_support import assert_follows_spec

KC = "KXNFLGAME-25NOV23KCBUF-KC"
NFL_EVENT = "KXNFLGAME-25NOV23KCBUF"


@pytest.fixture
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as fake:
        yield fake


@pytest.fixture
def http(exchange: FakeExchange) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=exchange.base_url, timeout=10) as client:
        yield client


@pytest.fixture
def sdk(exchange: FakeExchange) -> Iterator[Kalshi]:
    with exchange.client() as client:
        yield client


def get_json(http: httpx.Client, path: str, operation: str, **params: Any) -> Any:
    """GET ``path``, require 200, check the body against the spec, return it."""
    response = http.get(path, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert_follows_spec(operation, 200, body)
    return body


def error_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert isinstance(error["code"], str) and isinstance(error["message"], str) and error["message"]
    return error


# -- shapes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "operation", "params"),
    [
        ("/exchange/status", "GetExchangeStatus", {}),
        ("/exchange/schedule", "GetExchangeSchedule", {}),
        ("/series", "GetSeriesList", {"include_volume": "true"}),
        ("/series/KXHIGHNY", "GetSeries", {}),
        ("/events", "GetEvents", {"with_nested_markets": "true", "with_milestones": "true"}),
        ("/events", "GetEvents", {}),
        (f"/events/{NFL_EVENT}", "GetEvent", {}),
        (f"/events/{NFL_EVENT}", "GetEvent", {"with_nested_markets": "true"}),
        ("/markets", "GetMarkets", {"limit": "1000"}),
        (f"/markets/{KC}", "GetMarket", {}),
        (f"/markets/{KC}/orderbook", "GetMarketOrderbook", {}),
        ("/markets/orderbooks", "GetMarketOrderbooks", {"tickers": [KC, "KXELONMARS-99"]}),
        ("/markets/trades", "GetTrades", {"limit": "1000"}),
        ("/milestones", "GetMilestones", {"limit": "500"}),
    ],
)
def test_public_bodies_follow_the_spec_exactly(http: httpx.Client, path: str, operation: str, params: Any) -> None:
    body = get_json(http, path, operation, **params)
    assert body  # the seed fills every one of them


def test_bodies_parse_into_the_sdk_models(sdk: Kalshi) -> None:
    markets = sdk.markets.list().to_list()
    assert {m.ticker for m in markets} >= {KC, "KXELONMARS-99", "KXMAYORNYC-25-ZMAM"}
    market = sdk.markets.get(KC)
    assert (market.yes_bid_dollars, market.yes_ask_dollars, str(market.status)) == (
        Decimal("0.5800"),
        Decimal("0.5900"),
        "active",
    )
    event = sdk.events.get(NFL_EVENT)
    assert [m.ticker for m in event.markets] == [KC, f"{NFL_EVENT}-BUF"]
    assert event.event.series_ticker == "KXNFLGAME"
    assert [e.event_ticker for e in sdk.events.list(series_ticker="KXBTCD")] == ["KXBTCD-25NOV2317"]
    book = sdk.markets.orderbook(KC, depth=1)
    assert book.yes_dollars == [["0.5800", "250.00"]] and book.no_dollars == [["0.4100", "250.00"]]
    assert [b.ticker for b in sdk.markets.orderbooks([KC, "KXELONMARS-99"])] == [KC, "KXELONMARS-99"]
    series = sdk.series.get("KXBTCD")
    assert series.category == "Crypto" and str(series.fee_type) == "quadratic"
    assert [s.ticker for s in sdk.series.list(category="Elections")] == ["KXMAYORNYC"]
    trades = sdk.markets.trades(ticker=KC, max_items=2).to_list()
    assert [t.ticker for t in trades] == [KC, KC]
    schedule = sdk.exchange.schedule()
    assert schedule.standard_hours[0].monday[0].open_time == "00:00"
    assert sdk.exchange.status().trading_active is True


def test_seed_is_linked_to_the_milestones(http: httpx.Client) -> None:
    milestones = get_json(http, "/milestones", "GetMilestones", limit=500)["milestones"]
    events = {e["event_ticker"] for e in get_json(http, "/events", "GetEvents")["events"]}
    linked = {t for m in milestones for t in m["primary_event_tickers"]} & events
    assert {NFL_EVENT, "KXNBAGAME-25NOV23DENPHX", "KXBTCD-25NOV2317", "KXMAYORNYC-25"} <= linked
    body = get_json(http, "/events", "GetEvents", tickers=NFL_EVENT, with_milestones="true")
    assert [m["title"] for m in body["milestones"]] == ["Kansas City at Buffalo"]


# -- markets: live fields, filters, limits, pagination -------------------------------------------


def test_market_live_fields_follow_the_book(exchange: FakeExchange, http: httpx.Client) -> None:
    market = get_json(http, f"/markets/{KC}", "GetMarket")["market"]
    assert (market["yes_bid_dollars"], market["yes_bid_size_fp"]) == ("0.5800", "250.00")
    assert (market["yes_ask_dollars"], market["yes_ask_size_fp"]) == ("0.5900", "250.00")
    assert (market["no_bid_dollars"], market["no_ask_dollars"]) == ("0.4100", "0.4200")
    exchange.add_resting_order(KC, "bid", "0.5800", "40.00")
    exchange.add_market({"ticker": "KXTEST-EMPTY"})
    assert get_json(http, f"/markets/{KC}", "GetMarket")["market"]["yes_bid_size_fp"] == "290.00"
    empty = get_json(http, "/markets/KXTEST-EMPTY", "GetMarket")["market"]
    # An empty book reads as production sends it: no bid and no ask at 0, the NO side at 1.
    assert (empty["yes_bid_dollars"], empty["yes_ask_dollars"]) == ("0.0000", "0.0000")
    assert (empty["no_bid_dollars"], empty["no_ask_dollars"]) == ("1.0000", "1.0000")


def list_tickers(http: httpx.Client, **params: Any) -> list[str]:
    return [m["ticker"] for m in get_json(http, "/markets", "GetMarkets", limit=1000, **params)["markets"]]


def test_market_filters(http: httpx.Client) -> None:
    everything = get_json(http, "/markets", "GetMarkets", limit=1000)["markets"]
    assert list_tickers(http, event_ticker=NFL_EVENT) == [KC, f"{NFL_EVENT}-BUF"]
    assert list_tickers(http, series_ticker="KXHIGHNY") == [
        m["ticker"] for m in everything if "KXHIGHNY" in m["ticker"]
    ]
    assert len(list_tickers(http, series_ticker="KXHIGHNY")) == 5
    assert list_tickers(http, tickers=f"{KC},KXELONMARS-99") == [KC, "KXELONMARS-99"]
    settled = list_tickers(http, status="settled")
    assert settled == [m["ticker"] for m in everything if m["status"] == "finalized"] and len(settled) == 5
    assert list_tickers(http, status="open") == [m["ticker"] for m in everything if m["status"] == "active"]
    assert list_tickers(http, status="unopened") == []
    assert list_tickers(http, min_close_ts=4_000_000_000) == ["KXELONMARS-99"]  # closes in 2099
    assert list_tickers(http, mve_filter="only") == []


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"status": "nope"}, "status"),
        ({"min_created_ts": "1", "min_close_ts": "1"}, "one family"),
        ({"min_close_ts": "1", "status": "open"}, "status=open"),
        ({"min_updated_ts": "1", "event_ticker": NFL_EVENT}, "min_updated_ts"),
        ({"min_created_ts": "soon"}, "min_created_ts"),
    ],
)
def test_market_filter_validation(http: httpx.Client, params: dict[str, str], words: str) -> None:
    error = error_of(http.get("/markets", params=params), 400)
    assert error["code"] == "invalid_parameters" and words in error["message"]


def test_page_limits_are_the_specs() -> None:
    for operation, limit in PAGE_LIMITS.items():
        rule = PARAMETER_RULES[operation]["limit"]
        assert (limit.minimum, limit.maximum) == (rule["minimum"], rule["maximum"]), operation


@pytest.mark.parametrize(
    ("path", "good", "bad"),
    [
        ("/markets", ["0", "1", "1000"], ["1001", "-1", "x"]),
        ("/markets/trades", ["0", "1000"], ["1001", "-5"]),
        ("/events", ["1", "200"], ["0", "201"]),
    ],
)
def test_limits_are_enforced(http: httpx.Client, path: str, good: list[str], bad: list[str]) -> None:
    for limit in good:
        assert http.get(path, params={"limit": limit}).status_code == 200, limit
    for limit in bad:
        error = error_of(http.get(path, params={"limit": limit}), 400)
        assert error["code"] == "invalid_parameters" and "limit" in error["message"], limit


def test_limit_zero_and_absent_mean_the_default(exchange: FakeExchange, http: httpx.Client) -> None:
    for index in range(120):
        exchange.add_market({"ticker": f"KXBULK-{index:03d}"})
    assert len(get_json(http, "/markets", "GetMarkets")["markets"]) == 100
    assert len(get_json(http, "/markets", "GetMarkets", limit=0)["markets"]) == 100


def test_market_pagination_is_complete_and_stable(exchange: FakeExchange, http: httpx.Client) -> None:
    everything = list_tickers(http)
    seen: list[str] = []
    cursor = ""
    while True:
        body = get_json(http, "/markets", "GetMarkets", limit=4, **({"cursor": cursor} if cursor else {}))
        seen += [m["ticker"] for m in body["markets"]]
        if len(seen) == 4:
            exchange.add_market({"ticker": "KXLATE-1"})  # added mid-way: shows up at the end, shifts nothing
        cursor = body["cursor"]
        if not cursor:
            break
    assert seen == [*everything, "KXLATE-1"]
    error = error_of(http.get("/events", params={"cursor": body_cursor(http, "/markets")}), 400)
    assert "cursor" in error["message"]  # a cursor of one list is refused by another


def body_cursor(http: httpx.Client, path: str) -> str:
    cursor: str = http.get(path, params={"limit": 1}).json()["cursor"]
    assert cursor
    return cursor


def test_events_filters_and_pagination(http: httpx.Client) -> None:
    events = get_json(http, "/events", "GetEvents")["events"]
    assert len(events) == 7 and all("markets" not in e for e in events)
    assert [e["event_ticker"] for e in get_json(http, "/events", "GetEvents", series_ticker="KXBTCD")["events"]] == [
        "KXBTCD-25NOV2317"
    ]
    settled = get_json(http, "/events", "GetEvents", status="settled")["events"]
    assert {e["event_ticker"] for e in settled} == {"KXNHLGAME-25NOV22TORMTL", "KXMAYORNYC-25"}
    first = get_json(http, "/events", "GetEvents", limit=5)
    rest = get_json(http, "/events", "GetEvents", limit=5, cursor=first["cursor"])
    assert [e["event_ticker"] for e in first["events"] + rest["events"]] == [e["event_ticker"] for e in events]
    assert rest["cursor"] == ""
    nested = get_json(http, "/events", "GetEvents", tickers=NFL_EVENT, with_nested_markets="true")["events"]
    assert [m["ticker"] for m in nested[0]["markets"]] == [KC, f"{NFL_EVENT}-BUF"]


def test_get_event_nested_or_beside(http: httpx.Client) -> None:
    beside = get_json(http, f"/events/{NFL_EVENT}", "GetEvent")
    nested = get_json(http, f"/events/{NFL_EVENT}", "GetEvent", with_nested_markets="true")
    assert [m["ticker"] for m in beside["markets"]] == [m["ticker"] for m in nested["event"]["markets"]]
    assert nested["markets"] == [] and "markets" not in beside["event"]


def test_series_filters_and_volume(exchange: FakeExchange, http: httpx.Client) -> None:
    weather = get_json(http, "/series", "GetSeriesList", category="Climate and Weather")["series"]
    assert [s["ticker"] for s in weather] == ["KXHIGHNY"] and "volume_fp" not in weather[0]
    assert [s["ticker"] for s in get_json(http, "/series", "GetSeriesList", tags="BTC")["series"]] == ["KXBTCD"]
    volume = get_json(http, "/series/KXNFLGAME", "GetSeries", include_volume="true")["series"]["volume_fp"]
    assert Decimal(volume) == 412_877 + 388_120


def test_not_found(sdk: Kalshi, http: httpx.Client) -> None:
    for path in ("/markets/NOPE", "/markets/NOPE/orderbook", "/events/NOPE", "/series/NOPE"):
        assert error_of(http.get(path), 404)["code"] == "not_found"
    with pytest.raises(NotFoundError) as caught:
        sdk.markets.get("NOPE")
    assert caught.value.code == "not_found" and caught.value.status_code == 404


# -- order books and trades ----------------------------------------------------------------------


def test_orderbook_levels_and_depth(exchange: FakeExchange, http: httpx.Client) -> None:
    book = get_json(http, f"/markets/{KC}/orderbook", "GetMarketOrderbook")["orderbook_fp"]
    # Lowest price first, best last; asks show as NO bids at 1 - price.
    assert book["yes_dollars"] == [["0.5500", "1500.00"], ["0.5700", "600.00"], ["0.5800", "250.00"]]
    assert book["no_dollars"] == [["0.3800", "1500.00"], ["0.4000", "600.00"], ["0.4100", "250.00"]]
    exchange.add_resting_order(KC, "bid", "0.5700", "5.00", user_id=exchange.user_id)
    book = get_json(http, f"/markets/{KC}/orderbook", "GetMarketOrderbook", depth=2)["orderbook_fp"]
    assert book["yes_dollars"] == [["0.5700", "605.00"], ["0.5800", "250.00"]]
    for depth in ("-1", "101", "x"):
        assert (
            error_of(http.get(f"/markets/{KC}/orderbook", params={"depth": depth}), 400)["code"] == "invalid_parameters"
        )


def test_orderbooks_batch(http: httpx.Client) -> None:
    body = get_json(http, "/markets/orderbooks", "GetMarketOrderbooks", tickers=[KC, "NOPE", "KXMAYORNYC-25-ZMAM"])
    assert [b["ticker"] for b in body["orderbooks"]] == [KC, "KXMAYORNYC-25-ZMAM"]
    assert body["orderbooks"][1]["orderbook_fp"] == {"yes_dollars": [], "no_dollars": []}  # settled: empty
    assert error_of(http.get("/markets/orderbooks"), 400)["code"] == "invalid_parameters"
    too_many = [f"T{i}" for i in range(101)]
    assert error_of(http.get("/markets/orderbooks", params={"tickers": too_many}), 400)["code"] == "invalid_parameters"


def test_trades_newest_first_with_filters_and_pages(http: httpx.Client) -> None:
    trades = get_json(http, "/markets/trades", "GetTrades", limit=1000)["trades"]
    times = [t["created_time"] for t in trades]
    open_markets = len(list_tickers(http, status="open"))
    assert len(trades) == 3 * open_markets
    assert times == sorted(times, reverse=True), times
    mars = get_json(http, "/markets/trades", "GetTrades", ticker="KXELONMARS-99")["trades"]
    assert [t["count_fp"] for t in mars] == ["4.00", "25.00", "10.00"]
    assert all(t["yes_price_dollars"] == "0.0600" and t["no_price_dollars"] == "0.9400" for t in mars)
    assert get_json(http, "/markets/trades", "GetTrades", is_block_trade="true")["trades"] == []
    first = get_json(http, "/markets/trades", "GetTrades", limit=20)
    second = get_json(http, "/markets/trades", "GetTrades", limit=20, cursor=first["cursor"])
    assert first["trades"] + second["trades"] == trades and second["cursor"] == ""


def test_sdk_checks_and_server_checks_agree(sdk: Kalshi, http: httpx.Client) -> None:
    with pytest.raises(ValueError, match="limit"):
        sdk.events.list(limit=201)
    assert error_of(http.get("/events", params={"limit": 201}), 400)["code"] == "invalid_parameters"
    with pytest.raises(BadRequestError) as caught:
        sdk.markets.list(status="closed", min_created_ts=1).to_list()  # a filter pair the server refuses
    assert caught.value.code == "invalid_parameters"
