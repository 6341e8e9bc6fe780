"""The streaming client over real sockets against the fake exchange's WebSocket server, sync and async."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from kalshi_api import models
from kalshi_api.streaming import CHANNELS, MESSAGE_MODELS
from kalshi_sdk import (
    AsyncKalshi,
    Kalshi,
    MissingCredentialsError,
    StreamCommandError,
    StreamConnectionError,
)
from kalshi_sdk.streaming import ReconnectPolicy
from kalshi_sdk.testing import FakeExchange
from tests.support.streaming import document_examples, open_tickers, rest_levels, same_book, trade_burst

FAST = ReconnectPolicy(backoff_base=0.01, backoff_cap=0.05, max_attempts=20)


@pytest.fixture
def fake() -> Iterator[FakeExchange]:
    with FakeExchange() as exchange:
        yield exchange


def test_books_equal_the_exchanges_after_a_burst_of_trading(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 2)
    with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
        with taker.stream(ws_url=fake.ws_url) as stream:
            books = stream.orderbooks(tickers)
            assert books.consistent and set(books) == set(tickers)
            fills = stream.subscribe("fill")
            trades = stream.subscribe("trade", market_tickers=tickers)
            trade_burst(maker, taker, tickers, orders=20)
            expected = {ticker: rest_levels(taker, ticker) for ticker in tickers}
            assert stream.wait_for(lambda: all(same_book(books[t], expected[t]) for t in tickers), timeout=10)
            book = books[tickers[0]]
            assert book.best_yes_bid == max(book.yes) and isinstance(book.best_yes_bid, Decimal)
            assert book.best_yes_ask == 1 - max(book.no)
            assert book.updated_ms is not None
            taker_fills = fake.fills(user_id="taker")
            received = [fills.get(timeout=5) for _ in taker_fills]
            assert sorted(m.msg.trade_id for m in received) == sorted(f["trade_id"] for f in taker_fills)  # type: ignore[union-attr]
            assert all(isinstance(m, models.WsFill) and isinstance(m.msg.count_fp, Decimal) for m in received)
            first_trade = trades.get(timeout=5)
            assert isinstance(first_trade, models.WsTrade) and first_trade.seq is not None


def test_every_message_example_of_the_document_arrives_typed(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 1)
    with fake.client() as client, client.stream(ws_url=fake.ws_url) as stream:
        subscriptions: dict[str, Any] = {}
        examples = document_examples()
        for channel, _ in examples:
            if channel == "orderbook_delta" and channel not in subscriptions:
                subscriptions[channel] = stream.orderbooks(tickers).subscription
                assert isinstance(subscriptions[channel].get(timeout=5), models.WsOrderbookSnapshot)
            elif channel not in subscriptions:
                subscriptions[channel] = stream.subscribe(channel)
        for channel, frame in examples:
            if channel == "orderbook_delta":  # the channel needs markets: use the subscribed one
                frame = {**frame, "msg": {**frame["msg"], "market_ticker": tickers[0]}}
            fake.ws_publish(channel, frame["msg"], type=frame["type"])
            message = subscriptions[channel].get(timeout=5)
            model = getattr(models, MESSAGE_MODELS[frame["type"]])
            assert type(message) is model, frame["type"]
            assert message.msg.to_dict() == model.from_dict(frame).msg.to_dict()
            assert message.msg.additional_properties == {}  # the document declares every field it shows
            assert isinstance(message.sending_ts_ms, int)  # sent by the server, not in the document


def test_commands_are_answered_and_errors_carry_kalshis_code(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 3)
    with fake.client() as client, client.stream(ws_url=fake.ws_url) as stream:
        with pytest.raises(StreamCommandError) as raised:
            stream.subscribe("orderbook_delta")  # the server wants markets on this channel
        assert raised.value.code == 14 and raised.value.command == "subscribe"
        books = stream.orderbooks(tickers[:1])
        sub = books.subscription
        sub.add_markets(tickers[1:])
        assert sub.markets == tickers
        assert stream.wait_for(lambda: all(stream.books[t].consistent for t in tickers), timeout=5)
        sub.remove_markets(tickers[2:])
        assert sub.markets == tickers[:2]
        replies = sub.update("get_snapshot", market_tickers=tickers[:1])
        assert replies and replies[0]["type"] == "orderbook_snapshot"
        assert [entry["channel"] for entry in stream.list_subscriptions()] == ["orderbook_delta"]
        sub.unsubscribe()
        assert stream.list_subscriptions() == []
        assert list(sub) and sub.get(timeout=0) is None  # what it held, then the end
        assert stream.protocol.gaps == 0


def test_no_credentials_fails_before_connecting() -> None:
    with Kalshi(base_url="http://127.0.0.1:9/trade-api/v2") as client:
        with pytest.raises(MissingCredentialsError, match="API key"):
            client.stream()


def test_the_ws_url_comes_from_the_environment_or_the_argument() -> None:
    from kalshi_sdk._stream import Stream

    with Kalshi(environment="demo", api_key_id="k", private_key=_pem()) as client:
        assert client.stream().ws_url == "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"
        assert client.stream(ws_url="ws://127.0.0.1:5/x").ws_url == "ws://127.0.0.1:5/x"
        assert isinstance(client.stream(), Stream)
        with pytest.raises(ValueError, match="ws_url"):
            client.stream(ws_url="http://nope")


def _pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.generate()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def test_a_refused_handshake_is_retried_with_backoff(fake: FakeExchange) -> None:
    waits: list[float] = []
    fake.ws_faults.refuse_handshakes(2, status=503)
    with fake.client() as client, client.stream(ws_url=fake.ws_url, reconnect=FAST, sleep=waits.append) as stream:
        assert stream.subscribe("ticker").sid is not None
    assert len(waits) == 2 and 0 < waits[0] <= waits[1]
    assert fake.ws_faults.handshakes_refused == 2


def test_a_bad_signature_is_not_retried(fake: FakeExchange) -> None:
    waits: list[float] = []
    with Kalshi(base_url=fake.base_url, api_key_id="unknown-key", private_key=_pem()) as client:
        with pytest.raises(StreamConnectionError, match="401"):
            client.stream(ws_url=fake.ws_url, sleep=waits.append).open()
    assert waits == []


def test_signed_headers_stay_out_of_logs_and_reprs(fake: FakeExchange, caplog: pytest.LogCaptureFixture) -> None:
    with fake.client() as client:
        stream = client.stream(ws_url=fake.ws_url)
        with caplog.at_level(logging.DEBUG):
            stream.open()
            stream.close()
    text = caplog.text + repr(stream)
    assert "KALSHI-ACCESS-SIGNATURE: [redacted]" in text
    headers = stream._connect_options()["additional_headers"]
    assert headers["KALSHI-ACCESS-SIGNATURE"] not in text


def test_subscriptions_survive_reconnects_with_new_sids(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 2)
    with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
        with taker.stream(ws_url=fake.ws_url, reconnect=FAST) as stream:
            books = stream.orderbooks(tickers)
            ticker_sub = stream.subscribe("ticker", market_tickers=tickers)
            first_sid = ticker_sub.sid
            fake.ws_faults.drop_connections()
            assert stream.wait_for(
                lambda: stream.reconnects == 1 and books.consistent and ticker_sub.sid is not None, 10
            )
            assert ticker_sub.sid != first_sid or fake.ws_faults.connections_opened == 2
            trade_burst(maker, taker, tickers, orders=4)
            expected = {ticker: rest_levels(taker, ticker) for ticker in tickers}
            assert stream.wait_for(lambda: all(same_book(books[t], expected[t]) for t in tickers), timeout=10)
            assert any(event.reason == "reconnect" for event in books.subscription.events)
            assert ticker_sub.get(timeout=5) is not None


def test_fills_missed_while_disconnected_come_once_over_rest(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 1)
    with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:

        def trade_while_away(seconds: float) -> None:
            trade_burst(maker, taker, tickers, orders=3, seed=seconds.as_integer_ratio()[1])

        with taker.stream(ws_url=fake.ws_url, reconnect=FAST, sleep=trade_while_away) as stream:
            fills = stream.subscribe("fill")
            trade_burst(maker, taker, tickers, orders=2)
            fake.ws_faults.refuse_handshakes(1)  # so the reconnect waits once, and trades meanwhile
            fake.ws_faults.drop_connections()
            expected = fake.fills(user_id="taker")
            assert stream.wait_for(
                lambda: stream.reconnects == 1 and any(e.kind == "backfill" for e in fills.events), 10
            )
            expected = fake.fills(user_id="taker")
            got = [fills.get(timeout=5) for _ in expected]
            assert sorted(m.msg.trade_id for m in got) == sorted(f["trade_id"] for f in expected)  # type: ignore[union-attr]
            assert fills.get(timeout=0.2) is None  # and nothing twice
            assert any(m.additional_properties.get("backfilled") for m in got)  # type: ignore[union-attr]


def test_error_25_resubscribes_and_the_books_recover(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 1)
    with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
        with taker.stream(ws_url=fake.ws_url, reconnect=FAST) as stream:
            books = stream.orderbooks(tickers)
            fake.ws_faults.overflow(channel="orderbook_delta", close_connection=False)
            assert stream.wait_for(lambda: any(e.reason == "overflow" for e in books.subscription.events), 5)
            trade_burst(maker, taker, tickers, orders=3)
            expected = rest_levels(taker, tickers[0])
            assert stream.wait_for(lambda: same_book(books[tickers[0]], expected), timeout=10)


def test_callbacks_receive_messages_on_the_reader(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 1)
    seen: list[Any] = []
    with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
        with taker.stream(ws_url=fake.ws_url) as stream:
            trades = stream.subscribe("trade", market_tickers=tickers)
            trades.on_message(seen.append)
            trade_burst(maker, taker, tickers, orders=2)
            assert stream.wait_for(lambda: len(seen) >= 2, timeout=5)
            assert trades.get(timeout=0) is None  # a callback takes the messages instead of the iterator


# The asyncio stream: the same protocol, driven by a task.


async def test_async_books_fills_and_reconnect(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 2)
    maker = fake.client(user_id="maker")
    api_key = fake.new_api_key(user_id="taker")
    try:
        async with AsyncKalshi(
            base_url=fake.base_url, api_key_id=api_key.key_id, private_key=api_key.private_key_pem
        ) as taker:
            async with taker.stream(ws_url=fake.ws_url, reconnect=FAST) as stream:
                books = await stream.orderbooks(tickers)
                fills = await stream.subscribe("fill")
                with pytest.raises(StreamCommandError) as raised:
                    await stream.subscribe("orderbook_delta")
                assert raised.value.code == 14
                with fake.client(user_id="taker") as sync_taker:
                    await asyncio.to_thread(trade_burst, maker, sync_taker, tickers, 6)
                    fake.ws_faults.drop_connections()
                    assert await stream.wait_for(lambda: stream.reconnects == 1 and books.consistent, 10)
                    await asyncio.to_thread(trade_burst, maker, sync_taker, tickers, 4, 11)
                    expected = {t: await asyncio.to_thread(rest_levels, sync_taker, t) for t in tickers}
                assert await stream.wait_for(lambda: all(same_book(books[t], expected[t]) for t in tickers), 10)
                wanted = {f["trade_id"] for f in fake.fills(user_id="taker")}
                got: set[str] = set()
                while got != wanted:
                    message = await fills.get(timeout=5)
                    assert message is not None, f"missing fills: {wanted - got}"
                    assert message.msg.trade_id not in got  # type: ignore[union-attr]
                    got.add(message.msg.trade_id)  # type: ignore[union-attr]
                assert [entry["channel"] for entry in await stream.list_subscriptions()] == ["orderbook_delta", "fill"]
    finally:
        maker.close()


async def test_async_iteration_and_examples(fake: FakeExchange) -> None:
    api_key = fake.new_api_key()
    async with AsyncKalshi(
        base_url=fake.base_url, api_key_id=api_key.key_id, private_key=api_key.private_key_pem
    ) as client:
        async with client.stream(ws_url=fake.ws_url) as stream:
            sub = await stream.subscribe("communications")
            examples = [frame for channel, frame in document_examples() if channel == "communications"]
            for frame in examples:
                fake.ws_publish("communications", frame["msg"], type=frame["type"])
            received = []
            async for message in sub:
                received.append(message)
                if len(received) == len(examples):
                    await sub.unsubscribe()
            assert [m.type_ for m in received] == [frame["type"] for frame in examples]  # type: ignore[union-attr]


def test_compression_is_negotiated_when_asked(fake: FakeExchange) -> None:
    with fake.client() as client:
        with client.stream(ws_url=fake.ws_url, compression=True) as stream:
            stream.subscribe("ticker")
            assert [type(extension).__name__ for extension in stream._ws.protocol.extensions] == ["PerMessageDeflate"]
        with client.stream(ws_url=fake.ws_url) as stream:
            assert stream._ws.protocol.extensions == []


def test_the_readme_streaming_example_runs() -> None:
    import re
    import subprocess
    import sys
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    (example,) = [block for block in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "ws_faults" in block]
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["10.00", "1", "0.5900"]


def test_the_reader_keeps_up_while_nobody_iterates() -> None:
    # The fake cuts off a connection that falls 50 frames behind (error 25). Nobody iterates the
    # subscription here: the stream's reader goes on reading regardless, and the unread messages
    # wait in the subscription's buffer, so the connection is never cut.
    published = 2000
    with FakeExchange(ws_buffer_limit=50) as fake, fake.client() as client:
        with client.stream(ws_url=fake.ws_url) as stream:
            trades = stream.subscribe("trade")
            for n in range(published):  # in steps the fake's own writer keeps up with
                fake.ws_publish("trade", {"trade_id": str(n), "market_ticker": "PAD"})
                if n % 25 == 24:
                    assert stream.wait_for(lambda: trades.pending == n + 1, timeout=20)  # noqa: B023 (waited on here)
            assert trades.pending == published and fake.ws_faults.slow_readers_cut == 0
            assert stream.reconnects == 0 and trades.error is None
            assert [m.msg.trade_id for m in (trades.get() for _ in range(3))] == ["0", "1", "2"]  # type: ignore[union-attr]


def test_heartbeat_pings_are_answered() -> None:
    with FakeExchange(ws_ping_interval=0.05) as fake, fake.client() as client:
        with client.stream(ws_url=fake.ws_url) as stream:
            stream.subscribe("ticker")
            # the fake closes a connection whose pong does not come within the interval
            fake.ws_faults.wait_until(lambda faults: faults.pongs_received >= 5, timeout=10)
            assert fake.ws_faults.open_connections == 1 and stream.reconnects == 0


def test_an_unanswered_command_times_out(fake: FakeExchange) -> None:
    with fake.client() as client, client.stream(ws_url=fake.ws_url, command_timeout=0.2) as stream:
        fake.ws_faults.hold_acks()  # the server takes commands and answers none until released
        with pytest.raises(TimeoutError, match="subscribe ticker"):
            stream.subscribe("ticker")
        assert stream.protocol.subscriptions == []  # given up: not resubscribed after a reconnect
        fake.ws_faults.release_acks()
        assert stream.subscribe("trade").sid is not None


def test_engine_driven_private_and_ticker_messages_are_typed(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 1)
    with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
        with taker.stream(ws_url=fake.ws_url) as stream:
            orders = stream.subscribe("user_orders")
            positions = stream.subscribe("market_positions")
            ticker = stream.subscribe("ticker", market_tickers=tickers)
            trade_burst(maker, taker, tickers, orders=1)
            order = orders.get(timeout=5)
            assert isinstance(order, models.WsUserOrder) and order.msg.ticker == tickers[0]
            assert isinstance(order.msg.yes_price_dollars, Decimal) and order.msg.additional_properties == {}
            position = positions.get(timeout=5)
            assert isinstance(position, models.WsMarketPosition) and position.msg.position_fp == Decimal("1.00")
            update = ticker.get(timeout=5)
            assert isinstance(update, models.WsTicker) and isinstance(update.msg.yes_bid_dollars, Decimal)
            assert update.msg.market_ticker == tickers[0]


def test_typed_channels_give_typed_messages(fake: FakeExchange) -> None:
    from kalshi_sdk.streaming import channels

    tickers = open_tickers(fake, 1)
    assert set(vars(channels)) >= {name.upper() for name in CHANNELS}
    with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
        with taker.stream(ws_url=fake.ws_url) as stream:
            trades = stream.subscribe(channels.TRADE, market_tickers=tickers)
            assert trades.channel == "trade"
            trade_burst(maker, taker, tickers, orders=1)
            assert isinstance(trades.get(timeout=5), models.WsTrade)


def test_the_readme_streaming_examples_type_check(tmp_path: Any) -> None:
    import re
    from pathlib import Path

    from mypy import api

    root = Path(__file__).resolve().parents[1]
    section = (root / "README.md").read_text().split("## Streaming", 1)[1].split("\n## ", 1)[0]
    blocks = [block for block in re.findall(r"```python\n(.*?)```", section, flags=re.S) if "ws_faults" not in block]
    assert len(blocks) == 2
    for number, block in enumerate(blocks):
        (tmp_path / f"example_{number}.py").write_text(block)
    out, err, status = api.run(["--strict", *map(str, sorted(tmp_path.glob("*.py")))])
    assert status == 0, out + err
