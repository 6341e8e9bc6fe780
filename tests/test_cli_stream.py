"""`kalshi watch` and `kalshi stream` against the fake exchange's WebSocket server."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator

import pytest

from kalshi_sdk._cli import main
from kalshi_sdk.testing import FakeExchange
from tests.support.streaming import open_tickers, trade_burst


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeExchange]:
    with FakeExchange() as exchange:
        key = exchange.new_api_key(user_id="watcher")
        monkeypatch.setenv("KALSHI_API_KEY_ID", key.key_id)
        monkeypatch.setenv("KALSHI_PRIVATE_KEY", key.private_key_pem.decode())
        yield exchange


def trade_once_subscribed(fake: FakeExchange, tickers: list[str], subscriptions: int = 1) -> threading.Thread:
    """Trade from another thread as soon as the command under test has subscribed."""

    def run() -> None:
        fake.ws_faults.wait_until(lambda _: len(fake.ws_subscriptions()) >= subscriptions, timeout=10)
        with fake.client(user_id="maker") as maker, fake.client(user_id="taker") as taker:
            trade_burst(maker, taker, tickers, orders=3)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_stream_prints_one_json_object_a_line(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 1)
    out, err = io.StringIO(), io.StringIO()
    trader = trade_once_subscribed(fake, tickers)
    argv = ["--env", fake.base_url, "stream", "trade", "--market", tickers[0], "--ws-url", fake.ws_url, "--count", "2"]
    status = main(argv, stdout=out, stderr=err)
    trader.join()
    assert status == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    for line in lines:
        frame = json.loads(line)
        assert frame["type"] == "trade" and frame["msg"]["market_ticker"] == tickers[0]
        assert isinstance(frame["sending_ts_ms"], int)


def test_stream_rejects_an_unknown_channel(fake: FakeExchange, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--env", fake.base_url, "stream", "orderbook"])
    assert raised.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_watch_draws_the_ladder_as_the_book_moves(fake: FakeExchange) -> None:
    tickers = open_tickers(fake, 1)
    out, err = io.StringIO(), io.StringIO()
    trader = trade_once_subscribed(fake, tickers)
    argv = ["--env", fake.base_url, "watch", tickers[0], "--ws-url", fake.ws_url, "--updates", "2", "--depth", "3"]
    status = main(argv, stdout=out, stderr=err)
    trader.join()
    assert status == 0, err.getvalue()
    frames = [frame for frame in out.getvalue().split("\n\n") if frame.strip()]
    assert len(frames) == 2
    first = frames[0].strip().splitlines()
    assert first[0].startswith(f"{tickers[0]}  yes bid 0.") and "/ ask 0." in first[0]
    asks = [line for line in first if line.startswith("ASK")]
    bids = [line for line in first if line.startswith("BID")]
    assert 1 <= len(asks) <= 3 and 1 <= len(bids) <= 3
    assert float(asks[-1].split()[1]) > float(bids[0].split()[1])  # best ask above best bid


def test_watch_without_credentials_says_so(fake: FakeExchange, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KALSHI_API_KEY_ID")
    monkeypatch.delenv("KALSHI_PRIVATE_KEY")
    err = io.StringIO()
    assert main(["--env", fake.base_url, "watch", "ANY"], stdout=io.StringIO(), stderr=err) == 1
    assert "needs an API key" in err.getvalue() and "Traceback" not in err.getvalue()
