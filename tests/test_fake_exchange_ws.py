"""The fake exchange's WebSocket endpoint over real sockets, read by a bare ``websockets`` client.

The SDK's own streaming client is not used here: these tests pin the server's protocol (signed
handshake, commands, seq rules, channel messages driven by the matching engine, faults) frame
by frame, as the AsyncAPI document states it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import socket
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

websockets = pytest.importorskip("websockets", reason="the WebSocket endpoint needs the websockets package")

from websockets.exceptions import ConnectionClosed, InvalidStatus  # noqa: E402
from websockets.sync.client import connect  # noqa: E402
from websockets.sync.connection import Connection  # noqa: E402

from kalshi_sdk import Kalshi, KalshiAuth  # noqa: E402
from kalshi_sdk.testing import ApiKey, FakeExchange  # noqa: E402
from tests.support.spec_examples import schema_violations  # noqa: E402

KC = "KXNFLGAME-25NOV23KCBUF-KC"  # market maker: bids 0.58/0.57/0.55, asks 0.59/0.60/0.62 (250/600/1500)
BUF = "KXNFLGAME-25NOV23KCBUF-BUF"
WS_PATH = "/trade-api/ws/v2"
TIMEOUT = 5.0


@pytest.fixture
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange(ws_ping_interval=None) as fake:
        yield fake


@pytest.fixture
def key(exchange: FakeExchange) -> ApiKey:
    return exchange.new_api_key()


def signed(key: ApiKey, path: str = WS_PATH) -> dict[str, str]:
    return KalshiAuth(key.key_id, key.private_key_pem).signed_headers("GET", path)


class Peer:
    """A bare client connection with helpers to send commands and read frames as dicts."""

    def __init__(self, connection: Connection) -> None:  # the base class: websockets 16 types connect() so
        self.connection = connection
        self.next_id = 0
        self.pending: list[dict[str, Any]] = []  # initial frames read by subscribe()
        self.received: list[dict[str, Any]] = []  # every frame read, sending_ts_ms taken off

    def command(self, cmd: str, params: dict[str, Any] | None = None, *, command_id: int | None = None) -> int:
        if command_id is None:
            self.next_id += 1
            command_id = self.next_id
        frame: dict[str, Any] = {"id": command_id, "cmd": cmd}
        if params is not None:
            frame["params"] = params
        self.connection.send(json.dumps(frame))
        return command_id

    def recv(self) -> dict[str, Any]:
        frame = json.loads(self.connection.recv(timeout=TIMEOUT))
        assert isinstance(frame, dict)
        assert isinstance(frame.pop("sending_ts_ms"), int)
        self.received.append(frame)
        return frame

    def recv_n(self, count: int) -> list[dict[str, Any]]:
        return [self.recv() for _ in range(count)]

    def subscribe(self, channels: list[str], **params: Any) -> list[int]:
        """Subscribe, read the ``subscribed`` replies and initial frames (into ``pending``); returns the sids."""
        command_id = self.command("subscribe", {"channels": channels, **params})
        markets = len(params.get("market_tickers", ())) + ("market_ticker" in params) + ("market_id" in params)
        initial = markets * (
            channels.count("orderbook_delta") + channels.count("ticker") * bool(params.get("send_initial_snapshot"))
        )
        sids = []
        for frame in self.recv_n(len(channels) + initial):
            if frame["type"] == "subscribed":
                assert frame["id"] == command_id
                sids.append(frame["msg"]["sid"])
            else:
                self.pending.append(frame)
        return sids

    def error(self) -> dict[str, Any]:
        frame = self.recv()
        assert frame["type"] == "error", frame
        return frame

    def assert_silent(self) -> None:
        """Nothing more is queued for this connection: a list_subscriptions answer comes next."""
        command_id = self.command("list_subscriptions")
        frame = self.recv()
        assert (frame["type"], frame["id"]) == ("ok", command_id), frame


@pytest.fixture
def open_peer(exchange: FakeExchange, key: ApiKey) -> Iterator[Any]:
    with contextlib.ExitStack() as stack:

        def make(api_key: ApiKey | None = None) -> Peer:
            headers = signed(api_key or key)
            return Peer(stack.enter_context(connect(exchange.ws_url, additional_headers=headers, open_timeout=TIMEOUT)))

        yield make


@pytest.fixture
def client(exchange: FakeExchange, key: ApiKey) -> Iterator[Kalshi]:
    with Kalshi(base_url=exchange.base_url, api_key_id=key.key_id, private_key=key.private_key_pem) as kalshi:
        yield kalshi


def rest_book(client: Kalshi, ticker: str) -> dict[str, dict[str, str]]:
    book = client.markets.orderbook(ticker)
    return {
        "yes": {price: size for price, size in book.yes_dollars},
        "no": {price: size for price, size in book.no_dollars},
    }


# -- handshake ---------------------------------------------------------------------------------


def test_signed_handshake_is_accepted_and_every_frame_carries_sending_ts_ms(
    exchange: FakeExchange, open_peer: Any
) -> None:
    assert exchange.ws_url == f"ws://127.0.0.1:{exchange.ws_url.split(':')[2].split('/')[0]}{WS_PATH}"
    peer = open_peer()
    peer.command("list_subscriptions", command_id=9)
    raw = json.loads(peer.connection.recv(timeout=TIMEOUT))
    assert raw["type"] == "ok" and raw["id"] == 9 and raw["msg"] == []
    assert isinstance(raw["sending_ts_ms"], int) and raw["sending_ts_ms"] > 1_700_000_000_000
    assert exchange.ws_faults.connections_opened == 1


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda key: {}, id="unsigned"),
        pytest.param(lambda key: {**signed(key), "KALSHI-ACCESS-SIGNATURE": "AAAA"}, id="bad-signature"),
        pytest.param(lambda key: signed(key, "/trade-api/v2/portfolio/balance"), id="signed-for-another-path"),
        pytest.param(
            lambda key: {**signed(key), "KALSHI-ACCESS-KEY": "00000000-0000-0000-0000-000000000000"}, id="unknown-key"
        ),
    ],
)
def test_a_handshake_without_a_valid_signature_is_refused_with_401(
    exchange: FakeExchange, key: ApiKey, headers: Any
) -> None:
    with pytest.raises(InvalidStatus) as refused:
        connect(exchange.ws_url, additional_headers=headers(key), open_timeout=TIMEOUT)
    assert refused.value.response.status_code == 401
    assert exchange.ws_faults.handshakes_refused == 1
    assert exchange.ws_faults.connections_opened == 0


def test_a_handshake_on_another_path_is_refused_with_404(exchange: FakeExchange, key: ApiKey) -> None:
    url = exchange.ws_url.replace(WS_PATH, "/trade-api/ws/v1")
    with pytest.raises(InvalidStatus) as refused:
        connect(url, additional_headers=signed(key, "/trade-api/ws/v1"), open_timeout=TIMEOUT)
    assert refused.value.response.status_code == 404


def test_without_required_signatures_an_unsigned_handshake_acts_for_the_default_account() -> None:
    with FakeExchange(require_signatures=False, ws_ping_interval=None) as exchange:
        with connect(exchange.ws_url, open_timeout=TIMEOUT) as connection:
            connection.send(json.dumps({"id": 1, "cmd": "subscribe", "params": {"channels": ["fill"]}}))
            assert json.loads(connection.recv(timeout=TIMEOUT))["type"] == "subscribed"
            assert exchange.ws_subscriptions()[0]["user_id"] == exchange.user_id


def test_refused_handshakes_then_accepted_like_a_maintenance_window(exchange: FakeExchange, key: ApiKey) -> None:
    exchange.ws_faults.refuse_handshakes(2, status=503)
    for _ in range(2):
        with pytest.raises(InvalidStatus) as refused:
            connect(exchange.ws_url, additional_headers=signed(key), open_timeout=TIMEOUT)
        assert refused.value.response.status_code == 503
    with connect(exchange.ws_url, additional_headers=signed(key), open_timeout=TIMEOUT):
        pass
    faults = exchange.ws_faults
    assert (faults.handshakes_refused, faults.connections_opened) == (2, 1)
    assert faults.injected["refuse_handshake"] == 2


def test_heartbeat_pings_are_answered_by_the_client() -> None:
    with FakeExchange(ws_ping_interval=0.02) as exchange:
        key = exchange.new_api_key()
        with connect(exchange.ws_url, additional_headers=signed(key), open_timeout=TIMEOUT):
            exchange.ws_faults.wait_until(lambda faults: faults.pongs_received >= 2)
        assert exchange.ws_faults.pings_sent >= 2


# -- commands ----------------------------------------------------------------------------------


def test_subscribe_to_several_channels_gets_one_subscribed_reply_each_with_its_own_sid(open_peer: Any) -> None:
    peer = open_peer()
    command_id = peer.command("subscribe", {"channels": ["ticker", "trade", "fill"], "market_tickers": [KC, BUF]})
    replies = peer.recv_n(3)
    assert [r["type"] for r in replies] == ["subscribed"] * 3
    assert {r["id"] for r in replies} == {command_id}
    assert [r["msg"]["channel"] for r in replies] == ["ticker", "trade", "fill"]
    assert len({r["msg"]["sid"] for r in replies}) == 3
    assert all("seq" not in r for r in replies)
    peer.command("list_subscriptions", command_id=40)
    listing = peer.recv()
    assert listing == {
        "type": "ok",
        "id": 40,
        "msg": [{"channel": r["msg"]["channel"], "sid": r["msg"]["sid"]} for r in replies],
    }


def test_unsubscribe_answers_unsubscribed_with_the_subscription_seq(open_peer: Any) -> None:
    peer = open_peer()
    book_sid, trade_sid = peer.subscribe(["orderbook_delta", "trade"], market_ticker=KC)
    assert [f["type"] for f in peer.pending] == ["orderbook_snapshot"]
    command_id = peer.command("unsubscribe", {"sids": [book_sid, trade_sid]})
    assert peer.recv_n(2) == [
        {"type": "unsubscribed", "id": command_id, "sid": book_sid, "seq": 2},
        {"type": "unsubscribed", "id": command_id, "sid": trade_sid, "seq": 1},
    ]
    peer.command("list_subscriptions", command_id=7)
    assert peer.recv()["msg"] == []


def test_update_subscription_adds_and_removes_markets_with_seq_and_snapshots(open_peer: Any) -> None:
    peer = open_peer()
    (sid,) = peer.subscribe(["orderbook_delta"], market_ticker=KC)
    assert peer.pending[0]["seq"] == 1
    command_id = peer.command("update_subscription", {"sids": [sid], "market_tickers": [BUF], "action": "add_markets"})
    ok, snapshot = peer.recv_n(2)
    assert ok == {"type": "ok", "id": command_id, "sid": sid, "seq": 2, "msg": {"market_tickers": [KC, BUF]}}
    assert snapshot["type"] == "orderbook_snapshot" and snapshot["seq"] == 3
    assert snapshot["msg"]["market_ticker"] == BUF and "id" not in snapshot
    command_id = peer.command("update_subscription", {"sid": sid, "market_ticker": KC, "action": "delete_markets"})
    assert peer.recv() == {"type": "ok", "id": command_id, "sid": sid, "seq": 4, "msg": {"market_tickers": [BUF]}}
    command_id = peer.command("update_subscription", {"sid": sid, "market_tickers": [BUF], "action": "get_snapshot"})
    snapshot = peer.recv()
    assert (snapshot["type"], snapshot["id"], snapshot["seq"]) == ("orderbook_snapshot", command_id, 5)


def test_skip_ticker_ack_leaves_the_market_list_out_of_ok(open_peer: Any) -> None:
    peer = open_peer()
    (sid,) = peer.subscribe(["ticker"], market_ticker=KC, skip_ticker_ack=True)
    peer.command("update_subscription", {"sid": sid, "market_ticker": BUF, "action": "add_markets"})
    ok = peer.recv()
    assert (ok["type"], ok["msg"], ok["seq"]) == ("ok", {}, 1)


def test_ticker_by_market_id_and_initial_snapshot(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    first = open_peer()
    first.subscribe(["orderbook_delta"], market_ticker=KC)
    market_id = first.pending[0]["msg"]["market_id"]
    peer.subscribe(["ticker"], market_id=market_id, send_initial_snapshot=True)
    (ticker,) = peer.pending
    assert ticker["type"] == "ticker" and "seq" not in ticker
    msg = ticker["msg"]
    assert (msg["market_ticker"], msg["market_id"]) == (KC, market_id)
    assert (msg["yes_bid_dollars"], msg["yes_ask_dollars"]) == ("0.5800", "0.5900")
    assert (msg["yes_bid_size_fp"], msg["yes_ask_size_fp"]) == ("250.00", "250.00")
    for name in ("dollar_volume", "dollar_open_interest", "ts", "ts_ms"):
        assert isinstance(msg[name], int)
    assert msg["time"].endswith("Z")


ERROR_CASES = [
    pytest.param("not json", 1, "Unable to process message", id="1-not-json"),
    pytest.param({"id": 1, "cmd": "subscribe"}, 2, "Params required", id="2-params"),
    pytest.param({"id": 1, "cmd": "subscribe", "params": {"channels": []}}, 3, "Channels required", id="3"),
    pytest.param({"id": 1, "cmd": "unsubscribe", "params": {}}, 4, "Subscription IDs required", id="4"),
    pytest.param({"id": 1, "cmd": "subscribe_all"}, 5, "Unknown command", id="5"),
    pytest.param({"id": 1, "cmd": "unsubscribe", "params": {"sids": [99]}}, 7, "Unknown subscription ID", id="7"),
    pytest.param(
        {"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook"]}}, 8, "Unknown channel name", id="8"
    ),
    pytest.param(
        {"id": 1, "cmd": "subscribe", "params": {"channels": ["ticker"], "market_ticker": 5}},
        11,
        "Invalid parameter",
        id="11-type",
    ),
    pytest.param(
        {"id": 1, "cmd": "subscribe", "params": {"channels": ["ticker"], "market_ticker": KC, "market_tickers": [KC]}},
        11,
        "Invalid parameter",
        id="11-both",
    ),
    pytest.param(
        {"id": 1, "cmd": "update_subscription", "params": {"sids": [1, 2], "action": "add_markets"}},
        12,
        "Exactly one subscription ID is required",
        id="12",
    ),
    pytest.param(
        {"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"]}},
        14,
        "Market Ticker required",
        id="14",
    ),
    pytest.param({"id": 1, "cmd": "update_subscription", "params": {"sid": 1}}, 15, "Action required", id="15-action"),
    *(
        pytest.param(
            {"id": 1, "cmd": "subscribe", "params": {"channels": ["communications"], **shards}},
            code,
            message,
            id=str(code),
        )
        for shards, code, message in (
            ({"shard_factor": 0}, 19, "shard_factor must be > 0"),
            ({"shard_key": 1}, 20, "shard_factor is required when shard_key is set"),
            ({"shard_factor": 4, "shard_key": 4}, 21, "shard_key must be >= 0 and < shard_factor"),
            ({"shard_factor": 101}, 22, "shard_factor must be <= 100"),
        )
    ),
]


@pytest.mark.parametrize(("command", "code", "message"), ERROR_CASES)
def test_bad_commands_get_the_documented_error_code_and_message(
    open_peer: Any, command: Any, code: int, message: str
) -> None:
    peer = open_peer()
    peer.connection.send(command if isinstance(command, str) else json.dumps(command))
    error = peer.error()
    expected: dict[str, Any] = {"type": "error", "msg": {"code": code, "msg": message}}
    if not isinstance(command, str):
        expected["id"] = 1
    assert error == expected
    peer.command("list_subscriptions", command_id=50)
    assert peer.recv()["msg"] == []  # nothing was subscribed by the failed command


def test_a_subscribe_naming_an_unknown_market_is_refused_with_the_market_named(open_peer: Any) -> None:
    peer = open_peer()
    peer.command("subscribe", {"channels": ["trade"], "market_tickers": [KC, "NO-SUCH-MARKET"]}, command_id=3)
    assert peer.error() == {
        "type": "error",
        "id": 3,
        "msg": {"code": 11, "msg": "Invalid parameter", "market_tickers": ["NO-SUCH-MARKET"]},
    }


def test_subscription_scoped_errors_carry_the_sid_and_seq_on_sequenced_channels(open_peer: Any) -> None:
    peer = open_peer()
    book_sid, fill_sid = peer.subscribe(["orderbook_delta", "fill"], market_ticker=KC)
    peer.command("update_subscription", {"sid": book_sid, "action": "indexlist"}, command_id=20)
    assert peer.error() == {
        "type": "error",
        "id": 20,
        "sid": book_sid,
        "seq": 2,
        "msg": {"code": 13, "msg": "Unsupported action"},
    }
    peer.command("update_subscription", {"sid": fill_sid, "action": "add_markets"}, command_id=21)
    assert peer.error() == {
        "type": "error",
        "id": 21,
        "sid": fill_sid,
        "msg": {"code": 14, "msg": "Market Ticker required"},
    }
    peer.command(
        "update_subscription", {"sid": book_sid, "action": "get_snapshot", "market_ticker": BUF}, command_id=22
    )
    error = peer.error()
    assert (error["msg"]["code"], error["msg"]["market_tickers"], error["seq"]) == (11, [BUF], 3)


def test_index_and_pyth_channels_manage_their_filters(open_peer: Any) -> None:
    peer = open_peer()
    cf_sid, pyth_sid = peer.subscribe(["cfbenchmarks_value", "pyth_value"], index_ids=["BRTI"])
    peer.command("update_subscription", {"sid": cf_sid, "action": "indexlist"}, command_id=2)
    listing = peer.recv()
    assert (listing["type"], listing["id"], listing["sid"], listing["seq"]) == (
        "cfbenchmarks_value_indexlist",
        2,
        cf_sid,
        1,
    )
    assert "BRTI" in listing["msg"]["index_ids"]
    peer.command("update_subscription", {"sid": cf_sid, "action": "subscribe_indices", "index_ids": ["ETHUSD_RTI"]})
    assert peer.recv()["msg"] == {"index_ids": ["BRTI", "ETHUSD_RTI"]}
    peer.command("update_subscription", {"sid": cf_sid, "action": "unsubscribe_indices"}, command_id=4)
    assert peer.error()["msg"] == {"code": 24, "msg": "Index IDs required"}
    peer.command("update_subscription", {"sid": pyth_sid, "action": "subscribe_underlyings"}, command_id=5)
    assert peer.error()["msg"] == {"code": 28, "msg": "Underlying tickers required"}
    peer.command("update_subscription", {"sid": pyth_sid, "action": "underlying_list"}, command_id=6)
    assert peer.recv()["type"] == "pyth_value_underlying_list"


# -- channels driven by the matching engine ------------------------------------------------------


def apply(book: dict[str, dict[str, Decimal]], frame: dict[str, Any]) -> None:
    msg = frame["msg"]
    if frame["type"] == "orderbook_snapshot":
        book["yes"] = {p: Decimal(s) for p, s in msg.get("yes_dollars_fp", [])}
        book["no"] = {p: Decimal(s) for p, s in msg.get("no_dollars_fp", [])}
        return
    assert frame["type"] == "orderbook_delta"
    levels = book[msg["side"]]
    size = levels.get(msg["price_dollars"], Decimal(0)) + Decimal(msg["delta_fp"])
    assert size >= 0
    if size:
        levels[msg["price_dollars"]] = size
    else:
        levels.pop(msg["price_dollars"], None)


def as_text(book: dict[str, dict[str, Decimal]]) -> dict[str, dict[str, str]]:
    return {side: {p: f"{s:.2f}" for p, s in levels.items()} for side, levels in book.items()}


def test_snapshot_then_deltas_keep_a_local_book_equal_to_the_rest_book(
    exchange: FakeExchange, open_peer: Any, client: Kalshi
) -> None:
    exchange.set_balance(1_000_000)
    peer = open_peer()
    (sid,) = peer.subscribe(["orderbook_delta"], market_ticker=KC)
    book: dict[str, dict[str, Decimal]] = {}
    (snapshot,) = peer.pending
    assert snapshot["msg"]["yes_dollars_fp"][-1] == ["0.5800", "250.00"]
    apply(book, snapshot)
    assert as_text(book) == rest_book(client, KC)
    buy = client.orders.create(ticker=KC, side="bid", count="300", price="0.60", client_order_id="mine-1")
    resting = client.orders.create(ticker=KC, side="bid", count="5", price="0.50")
    client.orders.amend(resting.order_id, ticker=KC, side="bid", price="0.51", count="5")
    client.orders.decrease(resting.order_id, reduce_by="2")
    client.orders.cancel(resting.order_id)
    exchange.add_resting_order(KC, "ask", "0.6500", "40.00")
    assert buy.order_id
    seqs: list[int] = []
    while as_text(book) != rest_book(client, KC) or len(seqs) < 3:
        frame = peer.recv()
        assert frame["sid"] == sid
        seqs.append(frame["seq"])
        apply(book, frame)
        if frame["msg"]["price_dollars"] == "0.4000" and frame["msg"]["side"] == "no":
            assert frame["msg"]["client_order_id"] == "mine-1"  # we caused it: our taker order ate the 0.60 ask
    assert seqs == list(range(2, 2 + len(seqs)))
    assert all(isinstance(f, int) for f in seqs)
    peer.assert_silent()


def test_use_yes_price_reports_the_no_side_in_yes_prices(open_peer: Any, client: Kalshi) -> None:
    peer = open_peer()
    peer.subscribe(["orderbook_delta"], market_ticker=KC, use_yes_price=True)
    (snapshot,) = peer.pending
    assert snapshot["msg"]["no_dollars_fp"][0] == ["0.5900", "250.00"]
    client.orders.create(ticker=KC, side="bid", count="10", price="0.59")
    delta = peer.recv()
    assert (delta["msg"]["side"], delta["msg"]["price_dollars"], delta["msg"]["delta_fp"]) == ("no", "0.5900", "-10.00")


def test_trade_and_ticker_follow_a_trade(open_peer: Any, client: Kalshi) -> None:
    peer = open_peer()
    ticker_sid, trade_sid = peer.subscribe(["ticker", "trade"], market_ticker=KC)
    client.orders.create(ticker=KC, side="ask", count="20", price="0.58")
    frames = peer.recv_n(2)
    by_type = {f["type"]: f for f in frames}
    trade = by_type["trade"]
    assert (trade["sid"], trade["seq"]) == (trade_sid, 1)
    assert {k: v for k, v in trade["msg"].items() if k not in ("trade_id", "ts", "ts_ms")} == {
        "market_ticker": KC,
        "yes_price_dollars": "0.5800",
        "no_price_dollars": "0.4200",
        "count_fp": "20.00",
        "taker_side": "no",
        "taker_outcome_side": "no",
        "taker_book_side": "ask",
        "is_block_trade": False,
    }
    ticker = by_type["ticker"]
    assert ticker["sid"] == ticker_sid and "seq" not in ticker
    assert (ticker["msg"]["price_dollars"], ticker["msg"]["last_trade_size_fp"]) == ("0.5800", "20.00")
    assert ticker["msg"]["yes_bid_size_fp"] == "230.00"


def test_private_channels_reach_only_the_owner_of_the_orders(
    exchange: FakeExchange, key: ApiKey, open_peer: Any, client: Kalshi
) -> None:
    mine = open_peer()
    other = open_peer(exchange.new_api_key(user_id="someone-else"))
    channels = ["fill", "user_orders", "market_positions"]
    fill_sid, orders_sid, positions_sid = mine.subscribe(channels)
    other.subscribe(channels)
    placed = client.orders.create(ticker=KC, side="bid", count="3", price="0.59", client_order_id="c-1")
    frames = mine.recv_n(4)
    assert [f["type"] for f in frames] == ["user_order", "fill", "market_position", "user_order"]
    created, fill, position, executed = frames
    assert created["sid"] == orders_sid and "seq" not in created
    assert (created["msg"]["status"], created["msg"]["fill_count_fp"]) == ("resting", "0.00")
    assert executed["msg"]["status"] == "executed"
    assert executed["msg"]["last_update_reason"] == "Trade"
    for name in ("taker_fill_cost_dollars", "taker_fees_dollars"):
        assert len(executed["msg"][name].split(".")[1]) == 6
    assert executed["msg"]["taker_fill_cost_dollars"] == "1.770000"
    assert fill["sid"] == fill_sid and "seq" not in fill
    assert {k: v for k, v in fill["msg"].items() if k not in ("trade_id", "ts", "ts_ms", "fee_cost")} == {
        "order_id": placed.order_id,
        "client_order_id": "c-1",
        "market_ticker": KC,
        "exchange_index": 0,
        "is_taker": True,
        "side": "yes",
        "yes_price_dollars": "0.5900",
        "count_fp": "3.00",
        "action": "buy",
        "post_position_fp": "3.00",
        "purchased_side": "yes",
        "outcome_side": "yes",
        "book_side": "bid",
    }
    assert fill["msg"]["trade_id"] == exchange.fills()[0]["trade_id"]
    assert position["sid"] == positions_sid
    assert position["msg"] == {
        "user_id": exchange.user_id,
        "market_ticker": KC,
        "position_fp": "3.00",
        "position_cost_dollars": "1.7700",
        "realized_pnl_dollars": "0.0000",
        "fees_paid_dollars": position["msg"]["fees_paid_dollars"],
        "position_fee_cost_dollars": position["msg"]["fees_paid_dollars"],
        "volume_fp": "3.00",
    }
    other.assert_silent()


def test_market_filters_on_private_channels(open_peer: Any, client: Kalshi) -> None:
    peer = open_peer()
    (sid,) = peer.subscribe(["user_orders"], market_tickers=[BUF])
    client.orders.create(ticker=KC, side="bid", count="1", price="0.10")
    peer.assert_silent()
    peer.command("update_subscription", {"sid": sid, "market_tickers": [KC], "action": "add_markets"})
    assert peer.recv()["msg"] == {"market_tickers": [BUF, KC]}
    client.orders.create(ticker=KC, side="bid", count="1", price="0.11")
    assert peer.recv()["msg"]["yes_price_dollars"] == "0.1100"


# -- publishing on the other channels --------------------------------------------------------------

PUBLISHED = [
    ("market_lifecycle_v2", None, {"market_ticker": KC, "event_type": "activated"}, True),
    ("multivariate_market_lifecycle", None, {"market_ticker": "KXMVE-X-M1", "event_type": "created"}, True),
    ("communications", "rfq_created", {"id": "rfq_1", "creator_id": "c", "market_ticker": KC, "created_ts": "x"}, True),
    ("order_group_updates", None, {"event_type": "created", "order_group_id": "og_1", "ts_ms": 1}, True),
    ("cfbenchmarks_value", None, {"index_id": "BRTI", "received_at": 1, "data": "{}", "avg_60s_data": {}}, True),
    ("cfbenchmarks_value_5hz", None, {"index_id": "BRTI", "value_usd": "1.00000000"}, True),
    ("pyth_value", None, {"underlying_ticker": "Metal.XAU/USD", "value_usd": "1.00000000"}, True),
    ("fill", None, {"trade_id": "t", "market_ticker": KC}, False),
    ("ticker", None, {"market_ticker": KC, "price_dollars": "0.5000"}, False),
]


@pytest.mark.parametrize(("channel", "frame_type", "msg", "sequenced"), PUBLISHED)
def test_ws_publish_reaches_subscribers_of_any_channel(
    exchange: FakeExchange, open_peer: Any, channel: str, frame_type: str | None, msg: dict[str, Any], sequenced: bool
) -> None:
    peer = open_peer()
    (sid,) = peer.subscribe([channel])
    assert exchange.ws_publish(channel, msg, type=frame_type) == 1
    assert exchange.ws_publish(channel, msg, type=frame_type) == 1
    first, second = peer.recv_n(2)
    expected_type = frame_type or {"fill": "fill", "ticker": "ticker"}.get(channel, channel)
    assert (first["type"], first["sid"], first["msg"]) == (expected_type, sid, msg)
    if sequenced:
        assert (first["seq"], second["seq"]) == (1, 2)
    else:
        assert "seq" not in first


def test_ws_publish_and_send_raw_check_their_input(exchange: FakeExchange, open_peer: Any) -> None:
    with pytest.raises(ValueError, match="unknown channel 'tickers'"):
        exchange.ws_publish("tickers", {})
    with pytest.raises(ValueError, match="pass type="):
        exchange.ws_publish("communications", {})
    peer = open_peer()
    assert exchange.ws_send_raw({"type": "brand_new_type", "msg": {"x": 1}}) == 1
    assert json.loads(peer.connection.recv(timeout=TIMEOUT)) == {"type": "brand_new_type", "msg": {"x": 1}}


# -- faults ------------------------------------------------------------------------------------


def test_drop_connections_cuts_every_connection(exchange: FakeExchange, open_peer: Any) -> None:
    first, second = open_peer(), open_peer()
    assert exchange.ws_faults.drop_connections() == 2
    for peer in (first, second):
        with pytest.raises(ConnectionClosed):
            peer.connection.recv(timeout=TIMEOUT)
    exchange.ws_faults.wait_until(lambda faults: faults.open_connections == 0)
    assert exchange.ws_faults.injected["drop"] == 2
    assert exchange.ws_subscriptions() == []


def test_a_graceful_drop_sends_going_away(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    exchange.ws_faults.drop_connections(abrupt=False)
    with pytest.raises(ConnectionClosed) as closed:
        peer.connection.recv(timeout=TIMEOUT)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1001


def test_skip_seq_makes_a_gap_on_the_next_frame(exchange: FakeExchange, open_peer: Any, client: Kalshi) -> None:
    peer = open_peer()
    peer.subscribe(["trade"], market_ticker=KC)
    exchange.ws_faults.skip_seq(channel="trade", count=2)
    for _ in range(2):
        client.orders.create(ticker=KC, side="bid", count="1", price="0.59")
    assert [f["seq"] for f in peer.recv_n(2)] == [3, 4]
    assert exchange.ws_faults.injected == {"skip_seq": 1}


def test_skip_seq_with_drop_frame_loses_the_frame(exchange: FakeExchange, open_peer: Any, client: Kalshi) -> None:
    peer = open_peer()
    peer.subscribe(["orderbook_delta"], market_ticker=KC)
    exchange.ws_faults.skip_seq(channel="orderbook_delta", drop_frame=True)
    client.orders.create(ticker=KC, side="bid", count="1", price="0.10")
    client.orders.create(ticker=KC, side="bid", count="1", price="0.11")
    delta = peer.recv()
    assert (delta["seq"], delta["msg"]["price_dollars"]) == (3, "0.1100")


def test_duplicate_next_sends_a_frame_twice(exchange: FakeExchange, open_peer: Any, client: Kalshi) -> None:
    peer = open_peer()
    peer.subscribe(["orderbook_delta"], market_ticker=KC)
    exchange.ws_faults.duplicate_next(channel="orderbook_delta")
    client.orders.create(ticker=KC, side="bid", count="1", price="0.10")
    client.orders.create(ticker=KC, side="bid", count="1", price="0.11")
    first, again, after = peer.recv_n(3)
    assert first == again and first["seq"] == 2 and after["seq"] == 3
    assert exchange.ws_faults.faults_injected == 1
    sent_before = exchange.ws_faults.frames_sent
    peer.assert_silent()
    assert exchange.ws_faults.frames_sent == sent_before + 1


def test_overflow_sends_error_25_then_closes(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    (sid,) = peer.subscribe(["orderbook_delta"], market_ticker=KC)
    assert exchange.ws_faults.overflow(channel="orderbook_delta") == 1
    assert peer.error() == {
        "type": "error",
        "sid": sid,
        "seq": 2,
        "msg": {"code": 25, "msg": "Subscription buffer overflow"},
    }
    with pytest.raises(ConnectionClosed) as closed:
        peer.connection.recv(timeout=TIMEOUT)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008


def test_overflow_without_closing_ends_only_the_subscription(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    book_sid, trade_sid = peer.subscribe(["orderbook_delta", "trade"], market_ticker=KC)
    assert exchange.ws_faults.overflow(sid=book_sid, close_connection=False) == 1
    assert peer.error()["msg"]["code"] == 25
    peer.command("list_subscriptions", command_id=3)
    assert peer.recv()["msg"] == [{"channel": "trade", "sid": trade_sid}]


def test_held_acks_are_answered_in_order_once_released(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    exchange.ws_faults.hold_acks()
    first = peer.command("subscribe", {"channels": ["trade"]})
    second = peer.command("list_subscriptions")
    exchange.ws_faults.wait_until(lambda faults: faults.commands_received == 1)  # the first waits at the gate
    with pytest.raises(TimeoutError):
        peer.connection.recv(timeout=0.05)  # nothing may arrive while held (no wall-clock assumption on when)
    exchange.ws_faults.release_acks()
    assert [(f["type"], f["id"]) for f in peer.recv_n(2)] == [("subscribed", first), ("ok", second)]
    assert exchange.ws_faults.injected["slow_ack"] >= 1


def test_delayed_acks_still_answer(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    exchange.ws_faults.delay_acks(0.01)
    command_id = peer.command("list_subscriptions")
    assert peer.recv()["id"] == command_id
    exchange.ws_faults.delay_acks(0)
    assert exchange.ws_faults.injected["slow_ack"] == 1


def test_fault_methods_check_their_arguments(exchange: FakeExchange) -> None:
    faults = exchange.ws_faults
    with pytest.raises(ValueError, match="unknown channel"):
        faults.skip_seq(channel="books")
    with pytest.raises(ValueError, match="channel 'fill' carries no seq"):
        faults.skip_seq(channel="fill")
    with pytest.raises(ValueError, match="count must be at least 1"):
        faults.duplicate_next(count=0)
    with pytest.raises(ValueError, match="status must be"):
        faults.refuse_handshakes(status=200)
    with pytest.raises(ValueError, match="seconds"):
        faults.delay_acks(-1)
    with pytest.raises(TimeoutError):
        faults.wait_until(lambda f: f.open_connections == 5, timeout=0.01)
    faults.duplicate_next(count=2)
    faults.skip_seq(channel="trade")
    assert faults.pending == 3
    assert faults.clear_pending() == 3 and faults.pending == 0 and faults.faults_injected == 0


# -- lifecycle ---------------------------------------------------------------------------------


def test_stopping_the_exchange_closes_connections_and_leaves_no_thread() -> None:
    exchange = FakeExchange(ws_ping_interval=0.5)
    exchange.start()
    api_key = exchange.new_api_key()
    with connect(exchange.ws_url, additional_headers=signed(api_key), open_timeout=TIMEOUT) as connection:
        assert any(t.name == "kalshi-fake-exchange-ws" for t in threading.enumerate())
        exchange.stop()
        with pytest.raises(ConnectionClosed):
            connection.recv(timeout=TIMEOUT)
    assert not any(t.name == "kalshi-fake-exchange-ws" for t in threading.enumerate())
    assert exchange.ws_faults.connections_opened == 1  # the counters outlive the server
    with pytest.raises(RuntimeError, match="not running"):
        exchange.ws_url  # noqa: B018
    with pytest.raises(RuntimeError, match="not running"):
        exchange.ws_faults.drop_connections()


def test_a_reader_too_slow_is_cut_off_with_error_25() -> None:
    with FakeExchange(ws_ping_interval=None, ws_buffer_limit=20) as exchange:
        key = exchange.new_api_key()
        with connect(exchange.ws_url, additional_headers=signed(key), open_timeout=TIMEOUT, max_queue=4) as connection:
            peer = Peer(connection)
            (sid,) = peer.subscribe(["trade"])
            big = {"market_ticker": KC, "padding": "x" * 200_000}
            published = 0
            while exchange.ws_faults.slow_readers_cut == 0:  # the client reads nothing meanwhile
                published += exchange.ws_publish("trade", big)
                assert published < 5_000, "the fake never noticed the reader falling behind"
            frames = []
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    frames.append(peer.recv())
        assert frames[-1] == {
            "type": "error",
            "sid": sid,
            "seq": published + 1,
            "msg": {"code": 25, "msg": "Subscription buffer overflow"},
        }
        received = [f["seq"] for f in frames[:-1]]
        assert received == list(range(1, len(received) + 1)) and len(received) < published  # the backlog was dropped
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008


def test_ws_subscriptions_lists_every_connection(exchange: FakeExchange, open_peer: Any) -> None:
    other_key = exchange.new_api_key(user_id="trader-2")
    open_peer().subscribe(["ticker"], market_ticker=KC)
    open_peer(other_key).subscribe(["fill"])
    assert sorted(exchange.ws_subscriptions(), key=lambda s: s["channel"]) == [
        {"user_id": "trader-2", "channel": "fill", "sid": 1, "market_tickers": None},
        {"user_id": exchange.user_id, "channel": "ticker", "sid": 1, "market_tickers": [KC]},
    ]


def test_a_new_market_is_announced_on_market_lifecycle_v2(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    (sid,) = peer.subscribe(["market_lifecycle_v2"], market_ticker=KC)  # market filters are ignored here
    exchange.add_market({"ticker": "KXNEWTEST-26JAN01-T1", "title": "New test market"})
    exchange.add_market({"ticker": "KXNEWTEST-26JAN01-T1", "title": "Replaced, not new"})
    frame = peer.recv()
    assert (frame["type"], frame["sid"], frame["seq"]) == ("market_lifecycle_v2", sid, 1)
    msg = frame["msg"]
    assert (msg["market_ticker"], msg["event_type"], msg["price_level_structure"]) == (
        "KXNEWTEST-26JAN01-T1",
        "created",
        "linear_cent",
    )
    assert msg["additional_metadata"]["event_ticker"] == "KXNEWTEST-26JAN01"
    assert msg["close_ts"] > msg["open_ts"]
    peer.assert_silent()


def test_a_client_that_never_answers_pings_is_closed_with_1011() -> None:
    with FakeExchange(ws_ping_interval=0.05) as exchange:
        key = exchange.new_api_key()
        port = int(exchange.ws_url.split(":")[2].split("/")[0])
        request = [f"GET {WS_PATH} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Upgrade: websocket", "Connection: Upgrade"]
        request += ["Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"]
        request += [f"{name}: {value}" for name, value in signed(key).items()]
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as raw:  # a socket that never pongs
            raw.sendall(("\r\n".join(request) + "\r\n\r\n").encode())
            received = b""
            while b"\x88" not in received.partition(b"\r\n\r\n")[2]:  # until a close frame arrives
                chunk = raw.recv(4096)
                assert chunk, "the server hung up without a close frame"
                received += chunk
        head, _, frames = received.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101")
        assert frames[:2] == b"\x89\x09" and frames[2:11] == b"heartbeat"  # ping, payload "heartbeat"
        close = frames[11:]
        assert close[0] == 0x88 and int.from_bytes(close[2:4], "big") == 1011
        assert exchange.ws_faults.pings_sent == 1 and exchange.ws_faults.pongs_received == 0


def test_unsubscribe_is_all_or_nothing_and_counts_a_repeated_sid_once(open_peer: Any) -> None:
    peer = open_peer()
    (sid,) = peer.subscribe(["trade"])
    peer.command("unsubscribe", {"sids": [sid, 99]}, command_id=2)
    assert peer.error() == {"type": "error", "id": 2, "msg": {"code": 7, "msg": "Unknown subscription ID"}}
    peer.command("unsubscribe", {"sids": [sid, sid]}, command_id=3)
    assert peer.recv() == {"type": "unsubscribed", "id": 3, "sid": sid, "seq": 1}
    peer.assert_silent()


def test_compression_is_negotiated_when_the_client_offers_it(exchange: FakeExchange, key: ApiKey) -> None:
    for offered, negotiated in (("deflate", ["permessage-deflate"]), (None, [])):
        with connect(exchange.ws_url, additional_headers=signed(key), compression=offered) as connection:
            assert [extension.name for extension in connection.protocol.extensions] == negotiated
            connection.send(json.dumps({"id": 1, "cmd": "list_subscriptions"}))
            assert json.loads(connection.recv(timeout=TIMEOUT))["msg"] == []


def test_wait_until_sees_subscriptions_made_by_commands(exchange: FakeExchange, open_peer: Any) -> None:
    peer = open_peer()
    peer.command("subscribe", {"channels": ["ticker", "trade"]})
    exchange.ws_faults.wait_until(lambda faults: len(exchange.ws_subscriptions()) == 2)
    assert exchange.ws_faults.commands_handled == 1


async def test_an_asyncio_client_streams_a_book_change_made_through_async_kalshi(
    exchange: FakeExchange, key: ApiKey
) -> None:
    from websockets.asyncio.client import connect as connect_async

    from kalshi_sdk import AsyncKalshi

    async with connect_async(exchange.ws_url, additional_headers=signed(key)) as connection:
        await connection.send(
            json.dumps({"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"], "market_ticker": KC}})
        )
        subscribed, snapshot = [json.loads(await connection.recv()) for _ in range(2)]
        assert (subscribed["type"], snapshot["type"], snapshot["seq"]) == ("subscribed", "orderbook_snapshot", 1)
        async with AsyncKalshi(
            base_url=exchange.base_url, api_key_id=key.key_id, private_key=key.private_key_pem
        ) as client:
            await client.orders.create(ticker=KC, side="bid", count="4", price="0.20", client_order_id="async-1")
        delta = json.loads(await connection.recv())
    assert delta["seq"] == 2
    assert {k: delta["msg"][k] for k in ("price_dollars", "delta_fp", "side", "client_order_id")} == {
        "price_dollars": "0.2000",
        "delta_fp": "4.00",
        "side": "yes",
        "client_order_id": "async-1",
    }


# -- every frame as the AsyncAPI document's schemas state it -----------------------------------------

ASYNCAPI = Path(__file__).resolve().parents[1] / "openapi" / "asyncapi.yaml"


@functools.lru_cache(maxsize=1)
def payload_schemas() -> dict[str, list[dict[str, Any]]]:
    """Frame ``type`` -> the payload schemas of the document's messages with that type, ``$ref``s resolved."""
    document = yaml.safe_load(ASYNCAPI.read_text(encoding="utf-8"))

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].rsplit("/", 1)[1]
                target = document["components"]["schemas"][name]
                return {**resolve(target), "x-schema-name": name, **{k: v for k, v in node.items() if k != "$ref"}}
            return {
                key: value if key in ("enum", "const", "examples") else resolve(value) for key, value in node.items()
            }
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    by_type: dict[str, list[dict[str, Any]]] = {}
    for message in document["components"]["messages"].values():
        payload = resolve(message["payload"])
        frame_type = payload.get("properties", {}).get("type", {}).get("const")
        if frame_type:
            by_type.setdefault(frame_type, []).append(payload)
    return by_type


def document_violations(frame: dict[str, Any]) -> list[str]:
    """How a frame (its sending_ts_ms already taken off) breaks every schema the document has for its type."""
    candidates = payload_schemas().get(frame["type"], [])
    assert candidates, f"the document has no message of type {frame['type']!r}"
    reasons = [schema_violations(frame, schema, where=frame["type"], reject_unknown=True) for schema in candidates]
    return [] if any(not problems for problems in reasons) else reasons[0]


def test_every_frame_the_engine_and_commands_make_follows_the_document(
    exchange: FakeExchange, open_peer: Any, client: Kalshi
) -> None:
    exchange.set_balance(1_000_000)
    peer = open_peer()
    channels = ["orderbook_delta", "ticker", "trade", "fill", "user_orders", "market_positions"]
    book_sid, *_ = peer.subscribe(channels, market_tickers=[KC], send_initial_snapshot=True)
    lifecycle_sid, index_sid, pyth_sid = peer.subscribe(["market_lifecycle_v2", "cfbenchmarks_value", "pyth_value"])
    peer.command("update_subscription", {"sid": book_sid, "market_ticker": BUF, "action": "add_markets"})
    peer.command("update_subscription", {"sid": book_sid, "market_tickers": [KC], "action": "get_snapshot"})
    peer.command("update_subscription", {"sid": index_sid, "action": "indexlist"})
    peer.command("update_subscription", {"sid": index_sid, "action": "subscribe_indices", "index_ids": ["BRTI"]})
    peer.command("update_subscription", {"sid": pyth_sid, "action": "underlying_list"})
    peer.command(
        "update_subscription", {"sid": pyth_sid, "action": "subscribe_underlyings", "underlying_tickers": ["all"]}
    )
    peer.command("update_subscription", {"sid": book_sid, "action": "indexlist"})  # error, sid and seq
    peer.command("subscribe", {"channels": ["nope"]})  # error
    placed = client.orders.create(ticker=KC, side="bid", count="260", price="0.60", client_order_id="doc-1")
    resting = client.orders.create(ticker=KC, side="ask", count="5", price="0.90", client_order_id="doc-2")
    client.orders.amend(resting.order_id, ticker=KC, side="ask", price="0.91", count="5")
    client.orders.decrease(resting.order_id, reduce_by="1")
    client.orders.cancel(resting.order_id)
    client.orders.create(ticker=KC, side="ask", count="10", price="0.55", time_in_force="immediate_or_cancel")
    exchange.add_market({"ticker": "KXDOCTEST-26JAN01-T1"})
    peer.command("unsubscribe", {"sids": [lifecycle_sid]})
    peer.command("list_subscriptions", command_id=999)
    while peer.recv().get("id") != 999:
        pass
    frames = peer.received
    assert placed.order_id
    seen = {frame["type"] for frame in frames}
    assert seen >= {
        "subscribed", "ok", "unsubscribed", "error", "orderbook_snapshot", "orderbook_delta", "ticker", "trade",
        "fill", "user_order", "market_position", "market_lifecycle_v2", "cfbenchmarks_value_indexlist",
        "pyth_value_underlying_list",
    }  # fmt: skip
    problems = [f"{frame}: {reasons}" for frame in frames if (reasons := document_violations(frame))]
    assert problems == []
