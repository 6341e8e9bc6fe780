"""FakeExchange trading over real sockets: orders, matching, fills, positions, balance, limits.

Calls go through the SDK (its signer, request runner and typed models); raw httpx signed with the
SDK's KalshiAuth shows exact bodies, checked strictly against the spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kalshi_api.types import Unset
from kalshi_sdk import (
    AsyncKalshi,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    Kalshi,
    KalshiAuth,
    NotFoundError,
    RateLimitError,
)
from kalshi_sdk._exceptions import DuplicateClientOrderIdError  # not exported by kalshi_sdk yet
from kalshi_sdk.testing import FakeClock, FakeExchange
from tests.prism_support import assert_follows_spec

KC = "KXNFLGAME-25NOV23KCBUF-KC"  # market maker: bids 0.58/0.57/0.55, asks 0.59/0.60/0.62 (250/600/1500)
BTC = "KXBTCD-25NOV2317-T85999.99"  # priced in tenths of a cent


@pytest.fixture
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as fake:
        yield fake


@pytest.fixture
def client(exchange: FakeExchange) -> Iterator[Kalshi]:
    with exchange.client() as kalshi:
        yield kalshi


@pytest.fixture
def http(exchange: FakeExchange) -> Iterator[httpx.Client]:
    """Raw httpx, signed with the SDK's KalshiAuth."""
    key = exchange.new_api_key()
    auth = KalshiAuth(key.key_id, key.private_key_pem)
    with httpx.Client(base_url=exchange.base_url, auth=auth, timeout=10) as raw:
        yield raw


def order(
    ticker: str = KC, side: str = "bid", price: str = "0.5000", count: str = "10.00", **extra: Any
) -> dict[str, Any]:
    return {
        "ticker": ticker,
        "side": side,
        "price": price,
        "count": count,
        "time_in_force": extra.pop("time_in_force", "good_till_canceled"),
        "self_trade_prevention_type": extra.pop("self_trade_prevention_type", "taker_at_cross"),
        **extra,
    }


def create(client: Kalshi, **fields: Any) -> Any:
    return client.orders.create(**order(**fields))


def get_order(client: Kalshi, order_id: str) -> Any:
    return client.orders.get(order_id)


def queue(client: Kalshi, order_id: str) -> Decimal:
    position = client.orders.queue_position(order_id)
    assert isinstance(position, Decimal)  # what its annotation says
    return position


def balance_cents(client: Kalshi) -> int:
    return int(client.portfolio.balance().balance)


def error_of(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"]
    return error


# -- matching ------------------------------------------------------------------------------------


def test_a_bid_sweeps_the_asks_at_their_prices(exchange: FakeExchange, client: Kalshi) -> None:
    exchange.set_balance(100_000)
    placed = create(client, price="0.6000", count="300.00", client_order_id="sweep")
    # 250 at 0.59 and 50 at 0.60; taker fees 0.07 x n x p x (1-p) per fill, rounded up: 4.24 + 0.84.
    assert (placed.fill_count, placed.remaining_count) == (Decimal("300.00"), Decimal("0.00"))
    assert placed.average_fill_price == Decimal("0.5917")  # (250 x 0.59 + 50 x 0.60) / 300
    assert placed.average_fee_paid == Decimal("0.0169")  # 5.08 / 300
    assert placed.client_order_id == "sweep"
    mine = get_order(client, placed.order_id)
    assert (mine.status.value, mine.fill_count_fp, mine.book_side.value, mine.outcome_side.value) == (
        "executed",
        Decimal("300.00"),
        "bid",
        "yes",
    )
    assert (mine.taker_fill_cost_dollars, mine.taker_fees_dollars, mine.maker_fees_dollars) == (
        Decimal("177.5000"),
        Decimal("5.0800"),
        Decimal("0.0000"),
    )
    assert balance_cents(client) == 100_000 - 17_750 - 508
    fills = client.portfolio.fills().to_list()
    assert [(f.count_fp, f.yes_price_dollars, f.fee_cost, f.is_taker) for f in fills] == [
        (Decimal("50.00"), Decimal("0.6000"), Decimal("0.8400"), True),
        (Decimal("250.00"), Decimal("0.5900"), Decimal("4.2400"), True),
    ]
    maker_fills = exchange.fills(exchange.market_maker_id)
    assert [(f["count_fp"], f["is_taker"], f["fee_cost"]) for f in maker_fills] == [
        ("250.00", False, "0.0000"),
        ("50.00", False, "0.0000"),
    ]
    assert {f["trade_id"] for f in maker_fills} == {f.trade_id for f in fills}
    book = client.markets.orderbook(KC)
    assert book.no_dollars == [["0.3800", "1500.00"], ["0.4000", "550.00"]]
    newest = client.markets.trades(ticker=KC, max_items=2).to_list()
    assert [(t.count_fp, t.yes_price_dollars, str(t.taker_book_side)) for t in newest] == [
        (Decimal("50.00"), Decimal("0.6000"), "bid"),
        (Decimal("250.00"), Decimal("0.5900"), "bid"),
    ]
    market = client.markets.get(KC)
    assert (market.last_price_dollars, market.volume_fp, market.yes_ask_dollars) == (
        Decimal("0.6000"),
        Decimal("413177.00"),
        Decimal("0.6000"),
    )
    assert market.open_interest_fp == Decimal("198604.00")  # the seeded 198,304 plus the 300 the trader now holds


def test_selling_closes_the_position_and_realizes_pnl(exchange: FakeExchange, client: Kalshi) -> None:
    exchange.set_balance(100_000)
    create(client, price="0.6000", count="300.00")
    sold = create(client, side="ask", price="0.5500", count="100.00", time_in_force="immediate_or_cancel")
    assert (sold.fill_count, sold.average_fill_price) == (Decimal("100.00"), Decimal("0.5800"))  # the best bid
    [position] = client.portfolio.positions().to_list()
    assert position.position_fp == Decimal("200.00")
    assert position.market_exposure_dollars == Decimal("118.3333")  # 177.50 x 200 / 300
    assert position.realized_pnl_dollars == Decimal("-1.1667")  # 100 x (0.58 - 0.591667)
    assert position.fees_paid_dollars == Decimal("6.7900")  # 5.08 + 1.71
    # Selling YES held pays the price back: 817.42 + 58.00 - 1.71.
    balance = client.portfolio.balance()
    assert (balance.balance, balance.balance_dollars, balance.portfolio_value) == (87_371, Decimal("873.7100"), 11_833)
    [event] = next(client.portfolio.positions().iter_pages()).event_positions
    assert (event.event_ticker, event.event_exposure_dollars) == ("KXNFLGAME-25NOV23KCBUF", Decimal("118.3333"))


def test_closing_needs_no_cash(exchange: FakeExchange, client: Kalshi) -> None:
    create(client, price="0.5900", count="100.00")
    exchange.set_balance(0)
    with pytest.raises(BadRequestError) as caught:
        create(client, price="0.5900", count="1.00")
    assert caught.value.code == "insufficient_balance"
    sold = create(client, side="ask", price="0.5800", count="100.00", time_in_force="immediate_or_cancel")
    assert sold.fill_count == Decimal("100.00")
    assert balance_cents(client) == 5_800 - 171  # proceeds minus the taker fee


def test_price_time_priority_between_traders(exchange: FakeExchange, client: Kalshi) -> None:
    exchange.add_market({"ticker": "KXTEST-PTP"})
    alice = exchange.add_resting_order("KXTEST-PTP", "ask", "0.5000", "5.00", user_id="alice")
    bob = exchange.add_resting_order("KXTEST-PTP", "ask", "0.5000", "5.00", user_id="bob")
    carol = exchange.add_resting_order("KXTEST-PTP", "ask", "0.4900", "5.00", user_id="carol")
    placed = create(client, ticker="KXTEST-PTP", price="0.5000", count="12.00")
    assert placed.fill_count == Decimal("12.00")
    fills = [(f.yes_price_dollars, f.count_fp) for f in client.portfolio.fills().to_list()]
    # newest first
    assert fills == [
        (Decimal("0.5000"), Decimal("2.00")),
        (Decimal("0.5000"), Decimal("5.00")),
        (Decimal("0.4900"), Decimal("5.00")),
    ]
    assert [exchange.order(i)["status"] for i in (carol, alice, bob)] == ["executed", "executed", "resting"]
    assert exchange.order(bob)["remaining_count_fp"] == "3.00"
    # The makers' books moved too: selling YES opened NO positions.
    assert [p["position_fp"] for p in exchange.positions("alice")] == ["-5.00"]
    assert exchange.balance("carol")["balance_dollars"] == "97.4500"  # 100 - 5 x (1 - 0.49), no maker fee


def test_two_api_traders_trade_with_each_other(exchange: FakeExchange) -> None:
    exchange.add_market({"ticker": "KXTEST-DUO"})
    with exchange.client(user_id="alice") as alice, exchange.client(user_id="bob") as bob:
        resting = create(alice, ticker="KXTEST-DUO", side="ask", price="0.4500", count="5.00")
        assert resting.remaining_count == Decimal("5.00")
        taken = create(bob, ticker="KXTEST-DUO", price="0.4500", count="5.00")
        assert taken.fill_count == Decimal("5.00")
        assert get_order(alice, resting.order_id).status == "executed"
        [alice_fill] = alice.portfolio.fills().to_list()
        [bob_fill] = bob.portfolio.fills().to_list()
        assert (alice_fill.is_taker, str(alice_fill.outcome_side), bob_fill.is_taker) == (False, "no", True)
        assert alice_fill.trade_id == bob_fill.trade_id
        assert balance_cents(alice) == 10_000 - 275  # 5 NO at 0.55
        assert balance_cents(bob) == 10_000 - 225 - 9  # 5 YES at 0.45 and a 0.09 fee
        with pytest.raises(NotFoundError):
            get_order(bob, resting.order_id)  # orders are private to their account
        market = bob.markets.get("KXTEST-DUO")
        assert (market.open_interest_fp, market.volume_fp, market.last_price_dollars) == (
            Decimal("5.00"),
            Decimal("5.00"),
            Decimal("0.4500"),
        )


# -- time in force, self-trade prevention, post only -------------------------------------------------


def test_good_till_canceled_rests_and_queues(client: Kalshi) -> None:
    first = create(client, price="0.5700", count="10.00")
    second = create(client, price="0.5700", count="5.00")
    assert (first.fill_count, first.remaining_count) == (Decimal("0.00"), Decimal("10.00"))
    assert isinstance(first.average_fill_price, Unset)  # sent only when something filled
    assert (queue(client, first.order_id), queue(client, second.order_id)) == (Decimal(600), Decimal(610))
    positions = client.orders.queue_positions(market_tickers=[KC])
    assert [(p.order_id, p.queue_position_fp) for p in positions] == [
        (first.order_id, Decimal("600.00")),
        (second.order_id, Decimal("610.00")),
    ]
    book = client.markets.orderbook(KC)
    assert ["0.5700", "615.00"] in book.yes_dollars


def test_immediate_or_cancel_and_fill_or_kill(exchange: FakeExchange, client: Kalshi) -> None:
    exchange.set_balance(100_000)
    ioc = create(client, price="0.5900", count="300.00", time_in_force="immediate_or_cancel")
    assert (ioc.fill_count, ioc.remaining_count) == (Decimal("250.00"), Decimal("0.00"))
    assert get_order(client, ioc.order_id).status.value == "canceled"
    fok = create(client, price="0.6000", count="700.00", time_in_force="fill_or_kill")
    assert (fok.fill_count, fok.remaining_count) == (Decimal("0.00"), Decimal("0.00"))  # 600 available: nothing trades
    assert get_order(client, fok.order_id).status.value == "canceled"
    filled = create(client, price="0.6000", count="600.00", time_in_force="fill_or_kill")
    assert filled.fill_count == Decimal("600.00")
    assert get_order(client, filled.order_id).status == "executed"


def test_self_trade_prevention(exchange: FakeExchange, client: Kalshi) -> None:
    exchange.add_market({"ticker": "KXTEST-STP"})
    own = exchange.add_resting_order("KXTEST-STP", "ask", "0.5000", "5.00", user_id=exchange.user_id)
    exchange.add_resting_order("KXTEST-STP", "ask", "0.5100", "5.00")
    stopped = create(client, ticker="KXTEST-STP", price="0.5100", count="10.00")
    assert (stopped.fill_count, stopped.remaining_count) == (Decimal("0.00"), Decimal("0.00"))
    assert get_order(client, stopped.order_id).status.value == "canceled"
    assert get_order(client, own).status.value == "resting"
    kept = create(client, ticker="KXTEST-STP", price="0.5100", count="10.00", self_trade_prevention_type="maker")
    # own ask canceled, the other filled
    assert (kept.fill_count, kept.remaining_count) == (
        Decimal("5.00"),
        Decimal("5.00"),
    )
    assert get_order(client, own).status.value == "canceled"
    assert get_order(client, kept.order_id).status.value == "resting"


def test_post_only(client: Kalshi) -> None:
    with pytest.raises(BadRequestError) as caught:
        create(client, price="0.5900", post_only=True)
    assert caught.value.code == "post_only_cross"
    assert create(client, price="0.5800", post_only=True).remaining_count == Decimal("10.00")


def test_expiring_order() -> None:
    clock = FakeClock(start=1_800_000_000.5)  # the exchange's time; nothing here waits on the wall clock
    with FakeExchange(clock=clock) as exchange, exchange.client() as client:
        now = int(clock())
        placed = create(client, price="0.5000", expiration_time=now + 1)
        assert get_order(client, placed.order_id).status.value == "resting"
        clock.advance(0.25)  # 1_800_000_000.75: not yet
        assert get_order(client, placed.order_id).status.value == "resting"
        clock.advance(0.25)  # exactly the expiration time: gone
        gone = get_order(client, placed.order_id)
        assert (gone.status.value, gone.remaining_count_fp) == ("canceled", Decimal("0.00"))
        with pytest.raises(BadRequestError, match="expiration_time"):
            create(client, expiration_time=now + 60, time_in_force="immediate_or_cancel")
        with pytest.raises(BadRequestError, match="future"):
            create(client, expiration_time=int(clock()))


def test_reduce_only(exchange: FakeExchange, client: Kalshi) -> None:
    with pytest.raises(BadRequestError, match="immediate_or_cancel"):
        create(client, side="ask", reduce_only=True)
    with pytest.raises(BadRequestError, match="no position"):
        create(client, side="ask", price="0.5800", reduce_only=True, time_in_force="immediate_or_cancel")
    create(client, price="0.5900", count="10.00")
    capped = create(
        client, side="ask", price="0.5500", count="50.00", reduce_only=True, time_in_force="immediate_or_cancel"
    )
    assert capped.fill_count == Decimal("10.00")
    assert exchange.positions()[0]["position_fp"] == "0.00"


# -- client_order_id -----------------------------------------------------------------------------


def test_repeated_client_order_id_is_refused_with_409(exchange: FakeExchange, client: Kalshi) -> None:
    create(client, client_order_id="once")
    with pytest.raises(DuplicateClientOrderIdError) as caught:
        create(client, client_order_id="once", price="0.4000")
    assert (caught.value.status_code, caught.value.code) == (409, "order_already_exists")
    assert caught.value.client_order_id == "once"
    assert "once" in (caught.value.error_message or "")
    assert exchange.create_count("once") == 2
    assert [o["client_order_id"] for o in exchange.orders] == ["once"]
    assert exchange.create_count("never-sent") == 0


def test_lost_response_then_retry(exchange: FakeExchange, http: httpx.Client) -> None:
    """The order is placed but its answer is lost; the retry with the same id is refused, not doubled."""
    exchange.fail_next(503, after_handling=True)
    body = order(client_order_id="retry-me")
    first = http.post("/portfolio/events/orders", json=body)
    assert first.status_code == 503
    assert [o["client_order_id"] for o in exchange.orders] == ["retry-me"]
    retry = http.post("/portfolio/events/orders", json=body)
    error_of(retry, 409, "order_already_exists")
    assert exchange.create_count("retry-me") == 2 and len(exchange.orders) == 1


# -- amend, decrease, cancel ---------------------------------------------------------------------


def amend(client: Kalshi, order_id: str, **fields: Any) -> Any:
    return client.orders.amend(order_id, **{"ticker": KC, "side": "bid", **fields})


def test_amend_price_and_count_and_queue_priority(client: Kalshi) -> None:
    first = create(client, price="0.5600", count="10.00", client_order_id="a")
    second = create(client, price="0.5600", count="10.00")
    assert queue(client, second.order_id) == 10
    bigger = amend(client, first.order_id, price="0.5600", count="20.00")  # a larger count goes to the back
    assert (bigger.fill_count, bigger.remaining_count, bigger.client_order_id) == (
        Decimal("0.00"),
        Decimal("20.00"),
        "a",
    )
    assert (queue(client, first.order_id), queue(client, second.order_id)) == (Decimal(10), Decimal(0))
    amend(client, second.order_id, price="0.5600", count="4.00")  # a smaller count keeps its place
    assert (queue(client, first.order_id), queue(client, second.order_id)) == (Decimal(4), Decimal(0))
    renamed = amend(
        client, first.order_id, price="0.5500", count="20.00", client_order_id="a", updated_client_order_id="b"
    )
    assert renamed.client_order_id == "b" and queue(client, first.order_id) == 1500
    crossed = amend(client, first.order_id, price="0.5900", count="20.00")
    assert (crossed.fill_count, crossed.remaining_count, crossed.average_fill_price) == (
        Decimal("20.00"),
        Decimal("0.00"),
        Decimal("0.5900"),
    )
    assert get_order(client, first.order_id).status == "executed"


def test_amend_refusals(client: Kalshi) -> None:
    placed = create(client, price="0.5000", count="10.00")
    with pytest.raises(BadRequestError, match="side"):
        amend(client, placed.order_id, side="ask", price="0.5000", count="10.00")
    with pytest.raises(BadRequestError, match="price"):
        amend(client, placed.order_id, price="0.5050", count="10.00")
    with pytest.raises(NotFoundError):
        amend(client, "no-such-order", price="0.5000", count="10.00")
    create(client, price="0.5000", client_order_id="taken")
    with pytest.raises(ConflictError):
        amend(client, placed.order_id, price="0.5000", count="10.00", updated_client_order_id="taken")


def test_decrease(client: Kalshi, http: httpx.Client) -> None:
    placed = create(client, price="0.5000", count="10.00")
    assert client.orders.decrease(placed.order_id, reduce_by="3.00").remaining_count == Decimal("7.00")
    assert client.orders.decrease(placed.order_id, reduce_to="5.00").remaining_count == Decimal("5.00")
    both = {"reduce_by": "1.00", "reduce_to": "1.00"}  # the SDK refuses this itself; the server does too
    error = error_of(
        http.post(f"/portfolio/events/orders/{placed.order_id}/decrease", json=both), 400, "invalid_parameters"
    )
    assert "exactly one" in error["message"]
    with pytest.raises(BadRequestError, match="exceed"):
        client.orders.decrease(placed.order_id, reduce_to="6.00")
    assert client.orders.decrease(placed.order_id, reduce_by="50.00").remaining_count == Decimal("0.00")
    assert get_order(client, placed.order_id).status.value == "canceled"


def test_cancel_and_cancel_all(exchange: FakeExchange, client: Kalshi) -> None:
    placed = [create(client, price=price).order_id for price in ("0.5000", "0.5100", "0.5200")]
    canceled = client.orders.cancel(placed[0])
    assert (canceled.order_id, canceled.reduced_by) == (placed[0], Decimal("10.00"))
    with pytest.raises(NotFoundError):
        client.orders.cancel(placed[0])  # no longer resting
    client.orders.cancel_all()
    assert [get_order(client, i).status.value for i in placed] == ["canceled"] * 3
    assert balance_cents(client) == 10_000  # nothing held for resting orders any more
    assert exchange.order(placed[1])["remaining_count_fp"] == "0.00"


def test_batch_create_and_cancel(exchange: FakeExchange, http: httpx.Client) -> None:
    orders = [order(client_order_id="b1"), order(price="1.5000"), order(client_order_id="b1", price="0.4000")]
    response = http.post("/portfolio/events/orders/batched", json={"orders": orders})
    assert response.status_code == 201
    body = response.json()
    assert_follows_spec("BatchCreateOrdersV2", 201, body)
    first, bad_price, duplicate = body["orders"]
    assert (first["client_order_id"], first["remaining_count"], "error" not in first) == ("b1", "10.00", True)
    assert bad_price["error"]["code"] == "invalid_parameters"
    assert "order_id" not in bad_price and bad_price["fill_count"] is None
    assert duplicate["error"]["code"] == "order_already_exists"
    cancel = http.request(
        "DELETE",
        "/portfolio/events/orders/batched",
        json={"orders": [{"order_id": first["order_id"]}, {"order_id": "x"}]},
    )
    assert cancel.status_code == 200
    assert_follows_spec("BatchCancelOrdersV2", 200, cancel.json())
    done, missing = cancel.json()["orders"]
    assert (done["reduced_by"], "error" in done) == ("10.00", False)
    assert (missing["order_id"], missing["reduced_by"], missing["error"]["code"]) == ("x", "0.00", "not_found")


def test_batch_size_limit(exchange: FakeExchange, http: httpx.Client) -> None:
    too_many = {"orders": [order(price="0.3000")] * 21}
    error = error_of(http.post("/portfolio/events/orders/batched", json=too_many), 400, "invalid_parameters")
    assert "20" in error["message"]
    assert exchange.orders == []  # refused whole, before any order
    exchange.max_batch_size = 2
    error_of(http.post("/portfolio/events/orders/batched", json={"orders": [order()] * 3}), 400, "invalid_parameters")
    cancel_three = {"orders": [{"order_id": "x"}] * 3}
    error_of(http.request("DELETE", "/portfolio/events/orders/batched", json=cancel_three), 400, "invalid_parameters")
    assert http.post("/portfolio/events/orders/batched", json={"orders": [order()] * 2}).status_code == 201


# -- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"count": "0.00"}, "count"),
        ({"count": 10}, "count"),
        ({"count": "1.234"}, "count"),
        ({"price": "1.0000"}, "price"),
        ({"price": "0.5050"}, "price"),
        ({"price": 0.5}, "price"),
        ({"side": "buy"}, "side"),
        ({"time_in_force": "good_till_date"}, "time_in_force"),
        ({"self_trade_prevention_type": None}, "self_trade_prevention_type"),
        ({"ticker": "NOPE"}, "NOPE"),
        ({"post_only": "yes"}, "post_only"),
    ],
)
def test_order_validation(http: httpx.Client, fields: dict[str, Any], words: str) -> None:
    body = {**order(), **fields}
    error = error_of(http.post("/portfolio/events/orders", json=body), 400, "invalid_parameters")
    assert words in error["message"]


def test_prices_follow_the_markets_steps(client: Kalshi) -> None:
    assert create(client, ticker=BTC, price="0.6170").remaining_count == Decimal("10.00")  # a tenth-of-a-cent market
    with pytest.raises(BadRequestError, match="valid"):
        create(client, ticker=BTC, price="0.6175")
    with pytest.raises(BadRequestError, match="valid"):
        create(client, price="0.6170")  # a market priced by whole cents


def test_closed_market_paused_trading_and_balance(exchange: FakeExchange, client: Kalshi) -> None:
    with pytest.raises(BadRequestError) as closed:
        create(client, ticker="KXMAYORNYC-25-ZMAM")
    assert closed.value.code == "market_closed"
    with pytest.raises(BadRequestError) as poor:
        create(client, price="0.5000", count="201.00")  # 100.50 > 100.00
    assert poor.value.code == "insufficient_balance"
    keep = create(client, price="0.5000", count="10.00")
    drop = create(client, price="0.5000", count="10.00", cancel_order_on_pause=True)
    assert balance_cents(client) == 10_000 - 1_000  # resting bids hold their cost
    exchange.set_exchange_status(trading_active=False)
    with pytest.raises(InternalServerError) as paused:
        create(client)
    assert (paused.value.status_code, paused.value.code) == (503, "trading_paused")
    assert [get_order(client, o.order_id).status.value for o in (keep, drop)] == ["resting", "canceled"]


def test_orders_need_a_valid_signature(exchange: FakeExchange, client: Kalshi) -> None:
    unsigned = httpx.post(f"{exchange.base_url}/portfolio/events/orders", json=order())
    error_of(unsigned, 401, "missing_credentials")
    stranger = exchange.new_api_key()  # a real key pair, but not the one registered under this id
    other = FakeExchange(seed=False).new_api_key()
    with Kalshi(base_url=exchange.base_url, api_key_id=stranger.key_id, private_key=other.private_key_pem) as wrong:
        with pytest.raises(AuthenticationError) as caught:
            create(wrong)
    assert caught.value.code == "authentication_error"
    assert exchange.orders == []


# -- lists and inspection ------------------------------------------------------------------------


def test_get_orders_filters_and_pages(exchange: FakeExchange, client: Kalshi) -> None:
    ids = [create(client, price=f"0.{40 + i}00", count="1.00").order_id for i in range(5)]
    client.orders.cancel(ids[0])
    create(client, ticker=BTC, price="0.6000", count="1.00")
    listed = client.orders.list(ticker=KC).to_list()
    assert [o.order_id for o in listed] == ids[::-1]  # newest first
    resting = client.orders.list(ticker=KC, status="resting").to_list()
    assert [o.order_id for o in resting] == ids[:0:-1]
    first, second = client.orders.list(limit=4).iter_pages()
    assert len(first.orders) == 4 and len(second.orders) == 2 and second.cursor == ""
    by_event = client.orders.list(event_ticker="KXBTCD-25NOV2317").to_list()
    assert [o.ticker for o in by_event] == [BTC]


def test_portfolio_bodies_follow_the_spec(exchange: FakeExchange, http: httpx.Client) -> None:
    exchange.set_balance(50_000)
    created = http.post("/portfolio/events/orders", json=order(price="0.6000", count="300.00"))
    assert created.status_code == 201
    assert_follows_spec("CreateOrderV2", 201, created.json())
    resting = http.post("/portfolio/events/orders", json=order(price="0.5000")).json()
    assert_follows_spec("CreateOrderV2", 201, resting)
    assert "average_fill_price" not in resting  # only sent when something filled
    order_id = resting["order_id"]
    checks = [
        ("GetBalance", "/portfolio/balance"),
        ("GetPositions", "/portfolio/positions"),
        ("GetFills", "/portfolio/fills"),
        ("GetOrders", "/portfolio/orders"),
        ("GetOrder", f"/portfolio/orders/{order_id}"),
        ("GetOrderQueuePosition", f"/portfolio/orders/{order_id}/queue_position"),
        ("GetOrderQueuePositions", "/portfolio/orders/queue_positions"),
    ]
    for operation, path in checks:
        response = http.get(path)
        assert response.status_code == 200, (path, response.text)
        assert_follows_spec(operation, 200, response.json())
    amended = http.post(f"/portfolio/events/orders/{order_id}/amend", json=order(price="0.5100", count="12.00"))
    assert_follows_spec("AmendOrderV2", 200, amended.json())
    decreased = http.post(f"/portfolio/events/orders/{order_id}/decrease", json={"reduce_by": "2.00"})
    assert_follows_spec("DecreaseOrderV2", 200, decreased.json())
    canceled = http.delete(f"/portfolio/events/orders/{order_id}")
    assert_follows_spec("CancelOrderV2", 200, canceled.json())
    everything = http.delete("/portfolio/events/orders")
    assert (everything.status_code, everything.content) == (204, b"")


def test_positions_filters(exchange: FakeExchange, client: Kalshi) -> None:
    exchange.set_balance(100_000)
    create(client, price="0.5900", count="10.00")
    create(client, side="ask", price="0.5800", count="10.00", time_in_force="immediate_or_cancel")
    create(client, ticker=BTC, price="0.6220", count="3.00")
    every = client.portfolio.positions().to_list()
    assert [p.ticker for p in every] == [KC, BTC]
    held = client.portfolio.positions(count_filter="position").to_list()
    assert [(p.ticker, p.position_fp) for p in held] == [(BTC, Decimal("3.00"))]
    assert [p.ticker for p in next(client.portfolio.positions(limit=1).iter_pages()).market_positions] == [KC]
    with pytest.raises(BadRequestError, match="count_filter"):
        client.portfolio.positions(count_filter="nonsense").to_list()


def test_inspection_helpers(exchange: FakeExchange, client: Kalshi) -> None:
    assert exchange.orders == []  # the seeded liquidity is not listed
    mine = create(client, price="0.5000", client_order_id="x1")
    theirs = exchange.add_resting_order(KC, "ask", "0.7000", "3.00")
    assert [o["order_id"] for o in exchange.orders] == [mine.order_id, theirs]
    assert exchange.order(theirs)["user_id"] == exchange.market_maker_id
    assert exchange.balance()["balance"] == 9_500
    trades_before = len(exchange.trades)
    create(client, price="0.5900", count="1.00")
    assert len(exchange.trades) == trades_before + 1 and exchange.trades[-1]["ticker"] == KC
    assert exchange.fills()[0]["order_id"] != mine.order_id
    with pytest.raises(ValueError, match="cross"):
        exchange.add_resting_order(KC, "bid", "0.6500", "1.00")
    with pytest.raises(ValueError, match="side"):
        exchange.add_resting_order(KC, "buy", "0.5000", "1.00")


# -- rate limit and async ------------------------------------------------------------------------


def test_rate_limit() -> None:
    # max_retries=0: the client would otherwise wait out the Retry-After and succeed.
    clock = FakeClock(start=1_800_000_000)  # whole and half seconds add up exactly
    with FakeExchange(rate_limit=2, clock=clock) as exchange, exchange.client(max_retries=0) as client:
        client.exchange.status()
        client.exchange.status()
        with pytest.raises(RateLimitError) as caught:
            client.exchange.status()
        assert caught.value.code == "too_many_requests"
        assert caught.value.headers["retry-after"] == "1"
        clock.advance(0.5)
        with pytest.raises(RateLimitError):
            client.exchange.status()
        clock.advance(0.5)  # a full window after the first two requests
        assert client.exchange.status().trading_active is True
        exchange.set_rate_limit(None)
        for _ in range(5):
            client.exchange.status()
        with pytest.raises(ValueError):
            exchange.set_rate_limit(0)


async def test_async_client(exchange: FakeExchange) -> None:
    async with exchange.async_client() as client:
        placed = await client.orders.create(**order(price="0.5900", count="2.00"))
        assert placed.fill_count == Decimal("2.00")
        assert isinstance(client, AsyncKalshi)
    assert Decimal(exchange.positions()[0]["position_fp"]) == 2
