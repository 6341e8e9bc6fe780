"""What a user's type checker sees outside this repository is what the SDK returns.

The test builds the wheel, installs it into a fresh virtual environment, and runs `mypy --strict`
(this repository's mypy, pointed at that environment's interpreter, with no project config) on a
small user script: list items are `Market`, prices are `Decimal`, a misspelt field and an enum value
the spec does not have are errors (also inside the items of a list argument such as a batch of
orders), and an enum field may hold a plain string (an enum value the spec does not list yet), so it
needs narrowing before `.value`.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GOOD = '''\
from decimal import Decimal
from typing_extensions import assert_type  # typing.assert_type is 3.11+; the suite runs on 3.10 too

from kalshi_api.models import Market, MarketStatus, OrderbookCountFp

from kalshi_sdk import AsyncKalshi, CursorPage, Kalshi


def read(client: Kalshi) -> None:
    for market in client.markets.list(status="open", max_items=5):
        assert_type(market, Market)
        assert_type(market.yes_bid_dollars, Decimal)
    assert_type(client.markets.get("T"), Market)
    assert_type(client.markets.orderbook("T"), OrderbookCountFp)
    client.orders.create(ticker="T", side="bid", count=1, price="0.5", time_in_force="immediate_or_cancel")
    client.incentive_programs.list(status="active", type="volume", max_items=1)
    market = client.markets.get("T")
    assert_type(market.status, MarketStatus | str)  # an unknown value stays the str the server sent
    if market.status == "open":  # comparing with the spec's strings needs no narrowing
        print(market.ticker)
    if isinstance(market.status, MarketStatus):
        assert_type(market.status.value, str)
    # Items of a list body argument are TypedDicts: keys and enum values are checked too.
    client.orders.batch_create([{"ticker": "T", "side": "bid", "count": 1, "price": "0.5"}], batch_size=5)
    client.multivariate.create_market("C", selected_markets=[{"market_ticker": "M", "event_ticker": "E", "side": "no"}])


async def read_async(client: AsyncKalshi) -> None:
    assert_type(await client.markets.get("T"), Market)
    async for market in client.markets.list(max_items=1):
        assert_type(market, Market)
'''

BAD = '''\
from kalshi_sdk import Kalshi


def read(client: Kalshi) -> None:
    for market in client.markets.list(max_items=5):
        print(market.tickr)
    client.markets.list(status="bogus")
    client.multivariate.list(status="bogus")
    print(client.markets.get("T").status.value)
    client.orders.batch_create([{"ticker": "T", "side": "bogus", "count": 1, "price": "0.5"}])
    client.multivariate.create_market("C", selected_markets=[{"market_ticker": "M", "side": "maybe"}])
'''


def mypy_strict(python: Path, work: Path, *scripts: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python),
         "--cache-dir", str(work / ".mypy_cache"), "--config-file", str(work / "mypy.ini"), *scripts],
        cwd=work, capture_output=True, text=True,
    )


def test_users_type_checker_sees_the_sdks_types(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = wheels.glob("kalshi_trade_sdk-*.whl")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    python = environment / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)],
        check=True, capture_output=True,
    )
    work = tmp_path / "user"
    work.mkdir()
    (work / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    (work / "good.py").write_text(GOOD, encoding="utf-8")
    (work / "bad.py").write_text(BAD, encoding="utf-8")

    checked = mypy_strict(python, work, "good.py", "bad.py")
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("good.py")], checked.stdout + checked.stderr
    print(checked.stdout)  # the report quotes it
    assert len(errors) == 6, checked.stdout + checked.stderr
    assert 'bad.py:6: error: "Market" has no attribute "tickr"' in errors[0]
    assert "bad.py:7: error: Argument \"status\"" in errors[1] and "Literal['bogus']" in errors[1]
    assert "bad.py:8: error: Argument \"status\"" in errors[2] and "Literal['bogus']" in errors[2]
    assert "\"Multivariate\"" in errors[2], errors[2]
    # mypy simplifies `MarketStatus | str` to `str` (members are str subclasses): no `.value` before narrowing.
    assert 'bad.py:9: error: "str" has no attribute "value"' in errors[3], errors[3]
    assert "bad.py:10: error: List item 0" in errors[4] and "CreateOrderV2RequestDict" in errors[4], errors[4]
    assert "bad.py:11: error: List item 0" in errors[5] and "TickerPairDict" in errors[5], errors[5]
