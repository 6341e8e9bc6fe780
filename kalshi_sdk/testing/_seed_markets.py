"""Built-in market data: series, events and markets around the seed milestones, resting liquidity
from a market maker, a few past trades, and the trading schedule.

The seed is a snapshot of the evening of 2025-11-23 (games in progress, an election decided).
Shapes follow the production responses recorded in January 2026; names and numbers are made up.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

DECI_CENT = [{"start": "0.0000", "end": "1.0000", "step": "0.0010"}]


def seed_series() -> list[dict[str, Any]]:
    """Seven series over sports, weather, crypto, world events and elections."""

    def series(
        ticker: str, title: str, category: str, frequency: str, tags: list[str], source: tuple[str, str]
    ) -> dict[str, Any]:
        return {
            "ticker": ticker,
            "frequency": frequency,
            "title": title,
            "category": category,
            "categories": [category],
            "tags": tags,
            "settlement_sources": [{"name": source[0], "url": source[1]}],
            "contract_url": f"https://kalshi-public-docs.s3.amazonaws.com/regulatory/product-certifications/{ticker}.pdf",
            "contract_terms_url": f"https://kalshi-public-docs.s3.amazonaws.com/contract_terms/{ticker}.pdf",
            "fee_type": "quadratic",
            "fee_multiplier": 1,
            "additional_prohibitions": [],
            "last_updated_ts": "2025-10-01T12:00:00Z",
        }

    return [
        series(
            "KXNFLGAME", "Pro football game winner", "Sports", "custom", ["Football"], ("NFL", "https://www.nfl.com/")
        ),
        series(
            "KXNBAGAME",
            "Pro basketball game winner",
            "Sports",
            "custom",
            ["Basketball"],
            ("NBA", "https://www.nba.com/"),
        ),
        series("KXNHLGAME", "Pro hockey game winner", "Sports", "custom", ["Hockey"], ("NHL", "https://www.nhl.com/")),
        series(
            "KXHIGHNY",
            "Highest temperature in NYC",
            "Climate and Weather",
            "daily",
            ["Daily temperature"],
            ("National Weather Service", "https://www.weather.gov/okx/"),
        ),
        series(
            "KXBTCD",
            "Bitcoin price above/below",
            "Crypto",
            "daily",
            ["BTC"],
            ("CF Benchmarks", "https://www.cfbenchmarks.com/data/indices/BRTI"),
        ),
        series(
            "KXELONMARS", "Elon Musk visits Mars", "World", "one_off", ["Space"], ("SpaceX", "https://www.spacex.com/")
        ),
        series(
            "KXMAYORNYC",
            "New York City mayoral race",
            "Elections",
            "custom",
            ["Local elections"],
            ("NYC Board of Elections", "https://vote.nyc/"),
        ),
    ]


def seed_events() -> list[dict[str, Any]]:
    """One event per series; the sports, crypto and election ones are tied to seed milestones."""

    def event(
        ticker: str, series: str, title: str, sub_title: str, category: str, exclusive: bool, **extra: Any
    ) -> dict[str, Any]:
        return {
            "event_ticker": ticker,
            "series_ticker": series,
            "title": title,
            "sub_title": sub_title,
            "category": category,
            "collateral_return_type": "MECNET" if exclusive else "",
            "mutually_exclusive": exclusive,
            "strike_date": extra.pop("strike_date", None),
            "strike_period": extra.pop("strike_period", ""),
            "settlement_sources": [],
            "last_updated_ts": extra.pop("last_updated_ts", "2025-11-20T12:00:00Z"),
            **extra,
        }

    return [
        event("KXNFLGAME-25NOV23KCBUF", "KXNFLGAME", "Kansas City at Buffalo", "KC at BUF (Nov 23)", "Sports", True),
        event("KXNBAGAME-25NOV23DENPHX", "KXNBAGAME", "Denver at Phoenix", "DEN at PHX (Nov 23)", "Sports", True),
        event(
            "KXNHLGAME-25NOV22TORMTL",
            "KXNHLGAME",
            "Toronto at Montreal",
            "TOR at MTL (Nov 22)",
            "Sports",
            True,
            last_updated_ts="2025-11-23T03:10:00Z",
        ),
        event(
            "KXHIGHNY-25NOV24",
            "KXHIGHNY",
            "Highest temperature in NYC on Nov 24, 2025?",
            "On Nov 24, 2025",
            "Climate and Weather",
            True,
            strike_date="2025-11-25T04:59:00Z",
        ),
        event(
            "KXBTCD-25NOV2317",
            "KXBTCD",
            "Bitcoin price on Nov 23, 2025 at 5pm EST?",
            "At 5pm EST on Nov 23",
            "Crypto",
            False,
            strike_date="2025-11-23T22:00:00Z",
        ),
        event(
            "KXELONMARS-99", "KXELONMARS", "Will Elon Musk visit Mars in his lifetime?", "Before 2099", "World", False
        ),
        event(
            "KXMAYORNYC-25",
            "KXMAYORNYC",
            "Who will win the 2025 New York City mayoral election?",
            "2025 general election",
            "Elections",
            True,
            last_updated_ts="2025-11-05T05:00:00Z",
        ),
    ]


@dataclass(frozen=True)
class _Quote:
    """An open market's state: the market maker's best bid and ask, and its statistics."""

    bid: str
    ask: str
    last: str
    volume: int
    open_interest: int


@dataclass(frozen=True)
class _Dates:
    """When a market opens, closes and is expected to expire (and settled, if it has)."""

    open: str
    close: str
    expected_expiration: str
    settled: str | None = None


def _market(
    ticker: str, label: str, rules: str, dates: _Dates, quote: _Quote | None = None, result: str = "", **extra: Any
) -> dict[str, Any]:
    """A Market dict: open with ``quote``, or finalized with ``result``; ``extra`` adds Market fields."""
    last = quote.last if quote else ("0.9900" if result == "yes" else "0.0100")
    volume = quote.volume if quote else 48_210
    market: dict[str, Any] = {
        "ticker": ticker,
        "event_ticker": extra.pop("event_ticker", ticker.rsplit("-", 1)[0]),
        "market_type": "binary",
        "yes_sub_title": label,
        "no_sub_title": label,
        "created_time": dates.open,
        "updated_time": dates.open,
        "open_time": dates.open,
        "close_time": dates.close,
        "expected_expiration_time": dates.expected_expiration,
        "expiration_time": dates.close,
        "latest_expiration_time": dates.close,
        "settlement_timer_seconds": 300,
        "status": "active" if quote else "finalized",
        "notional_value_dollars": "1.0000",
        "last_price_dollars": last,
        "previous_yes_bid_dollars": quote.bid if quote else last,
        "previous_yes_ask_dollars": quote.ask if quote else last,
        "previous_price_dollars": last,
        "volume_fp": f"{volume}.00",
        "volume_24h_fp": f"{volume // 7}.00",
        "open_interest_fp": f"{quote.open_interest if quote else 0}.00",
        "result": result,
        "can_close_early": True,
        "expiration_value": "",
        "rules_primary": rules,
        "rules_secondary": "",
        "price_level_structure": "linear_cent",
        "price_ranges": [{"start": "0.0000", "end": "1.0000", "step": "0.0100"}],
        "settlement_bounds_type": "default",
        "early_close_condition": None,
    }
    if dates.settled:
        market["settlement_ts"] = dates.settled
        market["settlement_value_dollars"] = "1.0000" if result == "yes" else "0.0000"
    market.update(extra)
    return market


def seed_markets() -> list[dict[str, Any]]:
    """Seventeen markets: open ones quoted by the market maker, and settled ones with results."""
    nfl = _Dates("2025-11-10T15:00:00Z", "2025-12-07T18:00:00Z", "2025-11-23T21:30:00Z")
    nba = _Dates("2025-11-17T15:00:00Z", "2025-12-08T02:00:00Z", "2025-11-24T04:30:00Z")
    nhl = _Dates("2025-11-15T15:00:00Z", "2025-11-23T03:00:00Z", "2025-11-23T02:30:00Z", "2025-11-23T03:10:00Z")
    weather = _Dates("2025-11-22T15:00:00Z", "2025-11-25T04:59:00Z", "2025-11-25T15:00:00Z")
    btc = _Dates("2025-11-22T22:00:00Z", "2025-11-23T22:00:00Z", "2025-11-23T22:05:00Z")
    mayor = _Dates("2024-12-01T15:00:00Z", "2025-11-05T04:00:00Z", "2025-11-05T15:00:00Z", "2025-11-05T16:00:00Z")

    def game(
        event: str, team: str, name: str, dates: _Dates, quote: _Quote | None = None, result: str = ""
    ) -> dict[str, Any]:
        matchup = {"KXNFLGAME": "Kansas City at Buffalo", "KXNBAGAME": "Denver at Phoenix"}
        title = matchup.get(event.split("-")[0], "Toronto at Montreal")
        rules = f"Resolves Yes if {name} wins the {title} game; No otherwise."
        return _market(f"{event}-{team}", name, rules, dates, quote, result, title=f"{title} Winner?")

    def temperature(suffix: str, label: str, quote: _Quote, **strike: Any) -> dict[str, Any]:
        rules = f"Resolves Yes if the highest temperature in Central Park on Nov 24, 2025 is {label}."
        title = "Highest temperature in NYC on Nov 24, 2025?"
        return _market(f"KXHIGHNY-25NOV24-{suffix}", label, rules, weather, quote, title=title, **strike)

    def bitcoin(strike: str, label: str, quote: _Quote) -> dict[str, Any]:
        rules = f"Resolves Yes if the Bitcoin reference rate at 5pm EST on Nov 23, 2025 is {label}."
        return _market(
            f"KXBTCD-25NOV2317-T{strike}",
            label,
            rules,
            btc,
            quote,
            title="Bitcoin price on Nov 23, 2025 at 5pm EST?",
            strike_type="greater",
            floor_strike=float(strike),
            price_level_structure="deci_cent",
            price_ranges=DECI_CENT,
        )

    def candidate(suffix: str, name: str, result: str) -> dict[str, Any]:
        rules = f"Resolves Yes if {name} is certified the winner of the 2025 New York City mayoral election."
        title = "Who will win the 2025 New York City mayoral election?"
        return _market(f"KXMAYORNYC-25-{suffix}", name, rules, mayor, None, result, title=title)

    return [
        game(
            "KXNFLGAME-25NOV23KCBUF", "KC", "Kansas City", nfl, _Quote("0.5800", "0.5900", "0.5800", 412_877, 198_304)
        ),
        game("KXNFLGAME-25NOV23KCBUF", "BUF", "Buffalo", nfl, _Quote("0.4100", "0.4300", "0.4200", 388_120, 187_655)),
        game("KXNBAGAME-25NOV23DENPHX", "DEN", "Denver", nba, _Quote("0.8100", "0.8300", "0.8200", 96_450, 51_210)),
        game("KXNBAGAME-25NOV23DENPHX", "PHX", "Phoenix", nba, _Quote("0.1700", "0.1900", "0.1800", 90_115, 48_930)),
        game("KXNHLGAME-25NOV22TORMTL", "TOR", "Toronto", nhl, result="yes"),
        game("KXNHLGAME-25NOV22TORMTL", "MTL", "Montreal", nhl, result="no"),
        temperature(
            "T44", "43° or below", _Quote("0.0700", "0.0900", "0.0800", 5_120, 3_305), strike_type="less", cap_strike=44
        ),
        temperature(
            "B44.5",
            "44° to 45°",
            _Quote("0.3300", "0.3500", "0.3400", 12_840, 7_760),
            strike_type="between",
            floor_strike=44,
            cap_strike=45,
        ),
        temperature(
            "B46.5",
            "46° to 47°",
            _Quote("0.4000", "0.4200", "0.4100", 14_002, 8_116),
            strike_type="between",
            floor_strike=46,
            cap_strike=47,
        ),
        temperature(
            "B48.5",
            "48° to 49°",
            _Quote("0.1300", "0.1500", "0.1400", 6_431, 4_018),
            strike_type="between",
            floor_strike=48,
            cap_strike=49,
        ),
        temperature(
            "T50",
            "50° or above",
            _Quote("0.0200", "0.0400", "0.0300", 2_275, 1_390),
            strike_type="greater",
            floor_strike=49,
        ),
        bitcoin("85999.99", "$86,000 or above", _Quote("0.6150", "0.6220", "0.6180", 231_004, 88_512)),
        bitcoin("87999.99", "$88,000 or above", _Quote("0.3050", "0.3110", "0.3090", 198_771, 70_248)),
        _market(
            "KXELONMARS-99",
            "Mars",
            "Resolves Yes if Elon Musk visits Mars before the earlier of his death or Aug 1, 2099.",
            _Dates("2025-08-28T20:45:00Z", "2099-08-01T04:59:00Z", "2099-08-01T15:00:00Z"),
            _Quote("0.0600", "0.0700", "0.0600", 35_001, 13_679),
            event_ticker="KXELONMARS-99",
            title="Will Elon Musk visit Mars before Aug 1, 2099?",
            early_close_condition="The market closes early if the event happens.",
            settlement_timer_seconds=1800,
        ),
        candidate("ZMAM", "Zohran Mamdani", "yes"),
        candidate("ACUO", "Andrew Cuomo", "no"),
        candidate("CSLI", "Curtis Sliwa", "no"),
    ]


def seed_liquidity(markets: list[dict[str, Any]]) -> list[tuple[str, str, Decimal, Decimal]]:
    """The market maker's resting orders: (ticker, side, price, count), three levels a side per open market."""
    orders: list[tuple[str, str, Decimal, Decimal]] = []
    for market in markets:
        if market["status"] != "active":
            continue
        step = Decimal(market["price_ranges"][0]["step"])
        best_bid, best_ask = Decimal(market["previous_yes_bid_dollars"]), Decimal(market["previous_yes_ask_dollars"])
        for level, size in enumerate((Decimal(250), Decimal(600), Decimal(1500))):
            offset = step * (2**level - 1)
            if best_bid - offset > 0:
                orders.append((market["ticker"], "bid", best_bid - offset, size))
            if best_ask + offset < 1:
                orders.append((market["ticker"], "ask", best_ask + offset, size))
    return orders


def seed_trades(markets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Three past trades per open market at its last price, oldest first."""
    trades: list[dict[str, Any]] = []
    for minute, (count, taker) in enumerate(((10, "bid"), (25, "ask"), (4, "bid"))):
        for index, market in enumerate(m for m in markets if m["status"] == "active"):
            price = Decimal(market["last_price_dollars"])
            trades.append(
                {
                    "trade_id": f"5eed{index:04x}-{minute:04x}-4000-8000-{index * 7 + minute:012x}",
                    "ticker": market["ticker"],
                    "count_fp": f"{count}.00",
                    "yes_price_dollars": market["last_price_dollars"],
                    "no_price_dollars": str((1 - price).quantize(Decimal("0.0001"))),
                    "taker_outcome_side": "yes" if taker == "bid" else "no",
                    "taker_book_side": taker,
                    "created_time": f"2025-11-23T19:{40 + minute * 5:02d}:{index:02d}.250000Z",
                    "is_block_trade": False,
                }
            )
    return trades


def seed_schedule() -> dict[str, Any]:
    """Trading around the clock, with a weekly maintenance window early on Thursday."""
    every_day = [{"open_time": "00:00", "close_time": "23:59"}]
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return {
        "standard_hours": [
            {
                "start_time": "2025-01-01T00:00:00Z",
                "end_time": "2099-12-31T23:59:59Z",
                **{day: list(every_day) for day in days},
            }
        ],
        "maintenance_windows": [
            {"start_datetime": "2025-11-27T08:00:00Z", "end_datetime": "2025-11-27T10:00:00Z"},
        ],
    }
