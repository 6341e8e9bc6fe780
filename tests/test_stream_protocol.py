"""The streaming protocol on its own (no socket): commands, sequence numbers, books, buffers, backoff.

The socket-level behaviour of the same logic is tested against the fake exchange in test_stream.py.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

import pytest

from kalshi_api import models
from kalshi_api.streaming import CHANNELS, MESSAGE_MODELS
from kalshi_sdk import StreamCommandError, StreamOverflowError
from kalshi_sdk._stream_protocol import ReconnectPolicy, StreamProtocol, SubscriptionState

BOOK = "orderbook_delta"


def sent(protocol: StreamProtocol) -> list[dict[str, Any]]:
    return [json.loads(frame) for frame in protocol.outgoing()]


def feed(protocol: StreamProtocol, **frame: Any) -> None:
    protocol.receive(json.dumps(frame))


def connected() -> StreamProtocol:
    protocol = StreamProtocol()
    protocol.connection_made()
    return protocol


def subscribed(protocol: StreamProtocol, channel: str, sid: int, **params: Any) -> SubscriptionState:
    sub = protocol.subscribe(channel, params)
    (command,) = sent(protocol)
    feed(protocol, id=command["id"], type="subscribed", msg={"channel": channel, "sid": sid})
    assert sub.active and sub.sid == sid
    return sub


def snapshot(protocol: StreamProtocol, sid: int, seq: int, ticker: str = "M", **extra: Any) -> None:
    msg = {"market_ticker": ticker, "market_id": "id", "yes_dollars_fp": [["0.4000", "10.00"]]}
    msg["no_dollars_fp"] = [["0.5000", "5.00"]]
    feed(protocol, type="orderbook_snapshot", sid=sid, seq=seq, msg=msg, **extra)


def delta(protocol: StreamProtocol, sid: int, seq: int, price: str, change: str, side: str = "yes") -> None:
    msg = {"market_ticker": "M", "market_id": "id", "price_dollars": price, "delta_fp": change, "side": side}
    feed(protocol, type="orderbook_delta", sid=sid, seq=seq, msg=msg, sending_ts_ms=1700000000000)


def test_a_subscribe_of_n_channels_waits_for_n_replies() -> None:
    protocol = connected()
    first = SubscriptionState("ticker", {}, 10, False)
    second = SubscriptionState("trade", {}, 10, False)
    protocol.subscriptions += [first, second]
    command = protocol._send_subscribe([first, second])
    (frame,) = sent(protocol)
    assert frame == {"id": command.id, "cmd": "subscribe", "params": {"channels": ["ticker", "trade"]}}
    feed(protocol, id=command.id, type="subscribed", msg={"channel": "ticker", "sid": 7})
    assert not command.done and first.sid == 7 and second.sid is None
    feed(protocol, id=command.id, type="subscribed", msg={"channel": "trade", "sid": 8})
    assert command.done and second.sid == 8 and len(command.replies) == 2


def test_an_error_reply_fails_its_command_with_kalshis_code_and_message() -> None:
    protocol = connected()
    sub = protocol.subscribe("fill", {})
    (frame,) = sent(protocol)
    feed(protocol, id=frame["id"], type="error", msg={"code": 9, "msg": "Authentication required"})
    assert isinstance(sub.error, StreamCommandError)
    assert sub.error.code == 9 and sub.error.error_message == "Authentication required"
    assert sub.error.command == "subscribe" and sub.closed
    assert sub not in protocol.subscriptions


@pytest.mark.parametrize(
    ("channel", "params", "message"),
    [
        ("orderbook", {}, "channel must be one of"),
        ("ticker", {"market": "X"}, "unknown subscribe parameter 'market'"),
        ("ticker", {"market_tickers": []}, "at least 1"),
        ("ticker", {"market_tickers": "ABC"}, "JSON type array"),
        ("communications", {"shard_factor": 0}, "at least 1"),
        ("communications", {"user_filter": "others"}, "must be one of"),
        ("ticker", {"send_initial_snapshot": "yes"}, "JSON type boolean"),
        ("ticker", {"market_ticker": "A", "market_tickers": ["B"]}, "not both"),
    ],
)
def test_subscribe_parameters_are_checked_before_anything_is_sent(
    channel: str, params: dict[str, Any], message: str
) -> None:
    protocol = connected()
    with pytest.raises(ValueError, match=message):
        protocol.subscribe(channel, params)
    assert protocol.outgoing() == [] and protocol.subscriptions == []


def test_every_channel_of_the_document_can_be_subscribed() -> None:
    protocol = connected()
    for channel in CHANNELS:
        protocol.subscribe(channel, {})
    assert [frame["params"]["channels"] for frame in sent(protocol)] == [[channel] for channel in CHANNELS]


def test_books_follow_snapshot_and_deltas_in_decimal() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    delta(protocol, 3, 2, "0.4200", "7.50")
    delta(protocol, 3, 3, "0.4000", "-10.00")
    book = protocol.books["M"]
    assert book.yes == {Decimal("0.4200"): Decimal("7.50")}
    assert book.best_yes_bid == Decimal("0.4200") and book.best_no_bid == Decimal("0.5000")
    assert book.best_yes_ask == Decimal("0.5000") and book.best_no_ask == Decimal("0.5800")
    assert book.depth("no") == [(Decimal("0.5000"), Decimal("5.00"))]
    assert book.updated_ms == 1700000000000 and book.consistent
    messages = list(sub.buffer)
    assert [type(message).__name__ for message in messages] == [
        "WsOrderbookSnapshot",
        "WsOrderbookDelta",
        "WsOrderbookDelta",
    ]
    assert isinstance(messages[1], models.WsOrderbookDelta)
    assert messages[1].msg.delta_fp == Decimal("7.50")


def test_a_gap_marks_the_book_stale_and_asks_for_a_snapshot() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    delta(protocol, 3, 4, "0.4100", "1.00")  # seq 2 and 3 never came
    (request,) = sent(protocol)
    assert request["cmd"] == "update_subscription"
    assert request["params"] == {"sid": 3, "action": "get_snapshot", "market_tickers": ["M"]}
    assert not protocol.books["M"].consistent
    assert [(e.kind, e.reason) for e in sub.events] == [("resync", "gap")]
    delta(protocol, 3, 5, "0.4100", "1.00")  # not applied to a stale book, nor delivered
    assert Decimal("0.4100") not in protocol.books["M"].yes
    snapshot(protocol, 3, 6, id=request["id"])
    assert protocol.books["M"].consistent and protocol.books["M"].snapshots == 2
    assert [type(m).__name__ for m in sub.buffer] == ["WsOrderbookSnapshot", "WsOrderbookSnapshot"]


def test_a_duplicate_is_never_applied_twice() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    delta(protocol, 3, 2, "0.4000", "1.00")
    delta(protocol, 3, 2, "0.4000", "1.00")
    assert protocol.books["M"].yes[Decimal("0.4000")] == Decimal("11.00")
    assert sub.duplicates == 1 and len(sub.buffer) == 2
    assert sub.events[-1].reason == "duplicate"


def test_a_reset_to_seq_1_resyncs() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    delta(protocol, 3, 2, "0.4000", "1.00")
    delta(protocol, 3, 1, "0.4000", "1.00")
    assert sub.events[-1].reason == "reset"
    assert sent(protocol)[0]["params"]["action"] == "get_snapshot"


def test_control_replies_take_their_seq_so_an_update_is_no_gap() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    protocol.update_markets(sub, "add_markets", ["N"])
    (update,) = sent(protocol)
    feed(protocol, id=update["id"], type="ok", sid=3, seq=2, msg={"market_tickers": ["M", "N"]})
    snapshot(protocol, 3, 3, ticker="N")
    delta(protocol, 3, 4, "0.4000", "1.00")
    assert not any(event.kind == "resync" for event in sub.events)
    assert sub.markets == ["M", "N"] and protocol.gaps == 0


def test_a_sequenced_channel_without_books_reports_gaps_and_drops_duplicates() -> None:
    protocol = connected()
    sub = subscribed(protocol, "trade", 4)
    trade = {"trade_id": "t", "market_ticker": "M", "count_fp": "1.00"}
    for seq in (1, 2, 2, 5):
        feed(protocol, type="trade", sid=4, seq=seq, msg=trade)
    assert len(sub.buffer) == 3 and sub.duplicates == 1
    assert [(e.kind, e.reason) for e in sub.events] == [("resync", "gap")]
    assert sent(protocol) == []  # nothing to re-fetch on a trade feed


def test_unknown_types_are_delivered_as_dicts_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    protocol = connected()
    sub = subscribed(protocol, "ticker", 5)
    with caplog.at_level(logging.WARNING, logger="kalshi_sdk.stream"):
        feed(protocol, type="ticker_v3", sid=5, msg={"x": 1})
        feed(protocol, type="ticker_v3", sid=5, msg={"x": 2})
    assert list(sub.buffer) == [
        {"type": "ticker_v3", "sid": 5, "msg": {"x": 1}},
        {"type": "ticker_v3", "sid": 5, "msg": {"x": 2}},
    ]
    assert sum("ticker_v3" in record.getMessage() for record in caplog.records) == 1


def test_every_known_type_decodes_to_its_generated_model_with_sending_ts_ms() -> None:
    protocol = connected()
    for wire_type, name in MESSAGE_MODELS.items():
        message = protocol.decode({"type": wire_type, "sending_ts_ms": 42, "new_field": True})
        assert type(message) is getattr(models, name)
        assert message.sending_ts_ms == 42  # type: ignore[union-attr]
        assert message.additional_properties == {"new_field": True}  # type: ignore[union-attr]


def test_dispatch_goes_by_sid_not_by_channel() -> None:
    protocol = connected()
    first = subscribed(protocol, "ticker", 1, market_tickers=["A"])
    second = subscribed(protocol, "ticker", 2, market_tickers=["B"])
    feed(protocol, type="ticker", sid=2, msg={"market_ticker": "B"})
    assert len(first.buffer) == 0 and len(second.buffer) == 1


def test_reconnect_resubscribes_with_the_current_markets_and_new_sids() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    protocol.update_markets(sub, "add_markets", ["N"])
    sent(protocol)
    protocol.connection_lost()  # the reply to add_markets never came
    assert sub.sid is None and not protocol.books["M"].consistent
    protocol.connection_made()
    (resubscribe,) = sent(protocol)
    assert resubscribe["params"] == {"channels": [BOOK], "market_tickers": ["M", "N"]}
    feed(protocol, id=resubscribe["id"], type="subscribed", msg={"channel": BOOK, "sid": 11})
    assert sub.sid == 11 and protocol.reconnects == 1
    snapshot(protocol, 11, 1)
    assert protocol.books["M"].consistent
    assert ("resync", "reconnect") in [(e.kind, e.reason) for e in sub.events]


def test_error_25_subscribes_afresh() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    feed(protocol, type="error", sid=3, seq=2, msg={"code": 25, "msg": "Subscription buffer overflow"})
    (resubscribe,) = sent(protocol)
    assert resubscribe["cmd"] == "subscribe" and sub.sid is None and not sub.closed
    assert sub.events[-1].reason == "overflow"


def test_fills_are_delivered_once_by_trade_id_including_backfill() -> None:
    protocol = connected()
    sub = protocol.subscribe("fill", {}, backfill=True)
    (command,) = sent(protocol)
    feed(protocol, id=command["id"], type="subscribed", msg={"channel": "fill", "sid": 9})
    fill = {"trade_id": "t1", "order_id": "o1", "market_ticker": "M", "ts_ms": 1000, "count_fp": "2.00"}
    feed(protocol, type="fill", sid=9, msg=fill)
    feed(protocol, type="fill", sid=9, msg=fill)
    protocol.connection_lost()
    protocol.connection_made()
    assert protocol.take_backfills() == []  # not before the subscription is live again
    (command,) = sent(protocol)
    feed(protocol, id=command["id"], type="subscribed", msg={"channel": "fill", "sid": 10})
    assert protocol.take_backfills() == [sub]
    new = protocol.deliver_backfill(
        sub, [{"type": "fill", "sid": 10, "msg": fill}, {"type": "fill", "msg": {**fill, "trade_id": "t2"}}]
    )
    assert new == 1
    assert [m.msg.trade_id for m in sub.buffer] == ["t1", "t2"]  # type: ignore[union-attr]
    assert sub.last_fill_ts_ms == 1000


def test_a_full_buffer_follows_its_channels_policy() -> None:
    protocol = StreamProtocol(buffer_size=2)
    protocol.connection_made()
    ticker = subscribed(protocol, "ticker", 1)
    for price in ("0.1", "0.2", "0.3"):
        feed(protocol, type="ticker", sid=1, msg={"market_ticker": "M", "price_dollars": price})
    assert [m.msg.price_dollars for m in ticker.buffer] == [Decimal("0.2"), Decimal("0.3")]  # type: ignore[union-attr]
    assert ticker.dropped == 1 and ticker.events[0].kind == "dropped"

    fills = subscribed(protocol, "fill", 2)
    for n in range(3):
        feed(protocol, type="fill", sid=2, msg={"trade_id": f"t{n}"})
    assert isinstance(fills.error, StreamOverflowError) and fills.closed and len(fills.buffer) == 2

    book = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    snapshot(protocol, 3, 1)
    for seq in (2, 3):
        delta(protocol, 3, seq, "0.4000", "1.00")
    assert book.events[-1].reason == "overflow" and protocol.books["M"].yes[Decimal("0.4000")] == Decimal("12.00")


def test_overflow_tolerates_a_consumer_emptying_the_buffer_meanwhile() -> None:
    """The blocking stream's consumer pops without the lock: a full buffer can be empty by the time
    its overflow policy runs. The policy then has room and drops nothing."""
    protocol = StreamProtocol(buffer_size=1)
    protocol.connection_made()
    for channel, sid in (("ticker", 1), (BOOK, 2)):
        sub = subscribed(protocol, channel, sid, market_tickers=["M"])
        assert sub.policy in ("latest", "resync")
        assert protocol._overflow(sub) is True  # nothing left to drop: no IndexError
        assert sub.dropped == 0


def test_callbacks_take_messages_instead_of_the_buffer() -> None:
    protocol = connected()
    sub = subscribed(protocol, "ticker", 1)
    seen: list[Any] = []
    sub.callbacks.append(seen.append)

    def failing(message: object) -> None:
        raise ZeroDivisionError  # a failing callback is logged, not fatal

    sub.callbacks.append(failing)
    feed(protocol, type="ticker", sid=1, msg={"market_ticker": "M"})
    assert len(seen) == 1 and not sub.buffer


def test_reconnect_backoff_is_jittered_doubling_and_capped() -> None:
    policy = ReconnectPolicy(backoff_base=1.0, backoff_cap=5.0, random=lambda: 1.0, max_attempts=6)
    assert [policy.delay(n) for n in range(7)] == [0.0, 1.0, 2.0, 4.0, 5.0, 5.0, None]
    low = ReconnectPolicy(backoff_base=1.0, random=lambda: 0.0)
    assert low.delay(3) == 2.0
    with pytest.raises(ValueError, match="max_attempts"):
        ReconnectPolicy(max_attempts=0)


def test_a_delta_for_a_book_without_snapshot_asks_for_one() -> None:
    protocol = connected()
    sub = subscribed(protocol, BOOK, 3, market_tickers=["M"])
    delta(protocol, 3, 2, "0.4000", "1.00")  # the snapshot (seq 1) never came
    (request,) = sent(protocol)
    assert request["params"] == {"sid": 3, "action": "get_snapshot", "market_tickers": ["M"]}
    assert sub.events[-1].reason == "stale" and not sub.buffer
    delta(protocol, 3, 3, "0.4000", "1.00")  # asked already: no second request
    assert sent(protocol) == []
    snapshot(protocol, 3, 4, id=request["id"])
    delta(protocol, 3, 5, "0.4000", "1.00")
    assert protocol.books["M"].yes[Decimal("0.4000")] == Decimal("11.00")
