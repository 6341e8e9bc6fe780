"""The pytest plugin shipped in kalshi_sdk.testing, run as a user would: a separate pytest session."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from kalshi_sdk.testing import ApiKey, FakeExchange

USER_CONFTEST = 'pytest_plugins = ["kalshi_sdk.testing.pytest_plugin"]\n'

USER_TESTS = """
from kalshi_sdk import Kalshi


def test_my_bot_buys(kalshi_exchange, kalshi_client):
    assert kalshi_client.portfolio.balance().balance == 10_000
    placed = kalshi_client.orders.create(
        ticker="KXNFLGAME-25NOV23KCBUF-KC", side="bid", price="0.59", count=5, time_in_force="immediate_or_cancel"
    )
    assert placed.fill_count == 5  # a Decimal
    assert kalshi_exchange.positions()[0]["position_fp"] == "5.00"


def test_each_test_gets_a_fresh_exchange(kalshi_exchange):
    assert kalshi_exchange.orders == [] and kalshi_exchange.positions() == []


def test_key_material(kalshi_exchange, kalshi_api_key):
    assert "PRIVATE KEY" not in repr(kalshi_api_key)
    with Kalshi(base_url=kalshi_exchange.base_url, api_key_id=kalshi_api_key.key_id,
                private_key=kalshi_api_key.private_key_pem) as client:
        assert client.portfolio.balance().balance_dollars == 100
"""


def test_plugin_fixtures_in_a_user_project(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(USER_CONFTEST)
    (tmp_path / "test_bot.py").write_text(textwrap.dedent(USER_TESTS))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_testing_does_not_need_pytest_and_kalshi_sdk_does_not_load_testing() -> None:
    code = (
        "import sys, kalshi_sdk\n"
        "assert 'kalshi_sdk.testing' not in sys.modules\n"
        "import kalshi_sdk.testing\n"
        "assert 'pytest' not in sys.modules, 'kalshi_sdk.testing imported pytest'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_api_keys_hide_the_private_key() -> None:
    exchange = FakeExchange(seed=False)
    key = exchange.new_api_key(algorithm="rsa")
    assert isinstance(key, ApiKey) and key.user_id == exchange.user_id
    assert key.private_key_pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert "PRIVATE" not in repr(key) and key.key_id in repr(key)
    other = exchange.new_api_key(user_id="alice")
    assert other.user_id == "alice" and exchange.balance("alice")["balance"] == 10_000
