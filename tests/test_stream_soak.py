"""Soak: trade on the fake exchange while its WebSocket server drops connections, skips and repeats
sequence numbers and cuts a slow reader (error 25); afterwards every local book must equal the
exchange's and every fill must have arrived exactly once. Prints a one-line summary."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kalshi_api import models
from kalshi_sdk.streaming import ReconnectPolicy
from kalshi_sdk.testing import FakeExchange
from tests.support.streaming import open_tickers, rest_levels, same_book, trade_burst

DISCONNECTS = 3
GAPS = 5
DUPLICATES = 4


def test_soak_books_and_fills_survive_injected_faults(capsys: pytest.CaptureFixture[str]) -> None:
    policy = ReconnectPolicy(backoff_base=0.01, backoff_cap=0.05, max_attempts=50)
    with FakeExchange() as fake:
        tickers = open_tickers(fake, 3)
        faults = fake.ws_faults
        with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
            with taker.stream(ws_url=fake.ws_url, reconnect=policy) as stream:
                books = stream.orderbooks(tickers)
                fills = stream.subscribe("fill")
                applied: Counter[tuple[int, int | None, int | None]] = Counter()

                def count_applied(message: Any) -> None:  # runs on the reader, as each delta is applied
                    if isinstance(message, models.WsOrderbookDelta):
                        applied[(stream.reconnects, message.sid, message.seq)] += 1

                books.subscription.on_message(count_applied)
                schedule = ["gap"] * GAPS + ["duplicate"] * DUPLICATES + ["disconnect"] * DISCONNECTS + ["overflow"]
                for round_number, fault in enumerate(schedule):
                    if fault == "gap":
                        faults.skip_seq(channel="orderbook_delta", drop_frame=True)
                    elif fault == "duplicate":
                        faults.duplicate_next(channel="orderbook_delta", count=2)
                    elif fault == "overflow":
                        faults.overflow(channel="orderbook_delta", close_connection=False)
                    else:
                        before = stream.reconnects

                        def reconnected() -> bool:
                            return stream.reconnects > before  # noqa: B023 (waited on right here)

                        faults.drop_connections()
                        assert stream.wait_for(reconnected, timeout=10)
                    trade_burst(maker, taker, tickers, orders=4, seed=round_number)
                trade_burst(maker, taker, tickers, orders=6, seed=99)

                expected = {ticker: rest_levels(taker, ticker) for ticker in tickers}
                stream.wait_for(lambda: all(same_book(books[t], expected[t]) for t in tickers), timeout=15)
                consistent = sum(same_book(books[t], expected[t]) for t in tickers)

                wanted = Counter(fill["trade_id"] for fill in fake.fills(user_id="taker"))
                got: Counter[str] = Counter()
                while sum(got.values()) < sum(wanted.values()):
                    message = fills.get(timeout=5)
                    if message is None:
                        break
                    got[message.msg.trade_id] += 1  # type: ignore[union-attr]
                extra = fills.get(timeout=0.3)
                delivered_once = sum(1 for trade_id, n in wanted.items() if got[trade_id] == n)
                duplicates_applied = sum(n - 1 for n in applied.values() if n > 1)

        summary = (
            f"stream faults: {faults.faults_injected} injected, books consistent {consistent}/{len(tickers)}, "
            f"fills delivered {delivered_once}/{len(wanted)}, duplicates applied {duplicates_applied}"
        )
        with capsys.disabled():
            print(f"\n{summary}")
        injected = faults.injected
        assert injected["drop"] >= DISCONNECTS and injected["skip_seq"] == GAPS and injected["overflow"] == 1, injected
        assert injected["duplicate"] >= DUPLICATES, injected
        assert stream.reconnects >= DISCONNECTS and stream.protocol.gaps >= GAPS
        assert stream.protocol.duplicates_dropped >= 1
        assert consistent == len(tickers), summary
        assert delivered_once == len(wanted) and extra is None and not (set(got) - set(wanted)), summary
        assert duplicates_applied == 0, summary
