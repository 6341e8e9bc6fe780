"""The `kalshi` command, run as a subprocess against the fake exchange on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kalshi_sdk.testing import FakeExchange

from .conftest import KEY_ID, KeyPair


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeExchange]:
    with FakeExchange() as exchange:
        yield exchange


def run_kalshi(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kalshi_sdk", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def credentials(fake: FakeExchange, keys: KeyPair, folder: Path) -> dict[str, str]:
    fake.register_key(KEY_ID, keys.public_pem)
    key_file = folder / "key.pem"
    key_file.write_bytes(keys.private_pem)
    return {"KALSHI_API_KEY_ID": KEY_ID, "KALSHI_PRIVATE_KEY_PATH": str(key_file)}


def test_demo_walks_through_the_main_job() -> None:
    result = run_kalshi("demo")
    assert result.returncode == 0, result.stderr
    for section in ("Exchange status", "Milestones", "Their live data", "Orderbook of", "Resting orders", "Cancel it"):
        assert f"== {section}" in result.stdout
    assert "resting" in result.stdout and "canceled" in result.stdout
    assert "== Positions" in result.stdout and "Traceback" not in result.stderr


def test_markets_list_and_get(fake: FakeExchange) -> None:
    listed = run_kalshi("--env", fake.base_url, "markets", "list", "--status", "open", "--limit", "3")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert lines[0].split()[:2] == ["ticker", "status"] and len(lines) == 4
    ticker = lines[1].split()[0]
    got = run_kalshi("--env", fake.base_url, "--json", "markets", "get", ticker)
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout)["ticker"] == ticker


def test_json_output_of_lists(fake: FakeExchange) -> None:
    result = run_kalshi("--env", fake.base_url, "--json", "milestones", "list", "--limit", "2")
    assert result.returncode == 0, result.stderr
    milestones = json.loads(result.stdout)["milestones"]
    assert len(milestones) == 2 and all("id" in milestone for milestone in milestones)
    live = run_kalshi("--env", fake.base_url, "--json", "live-data", milestones[0]["id"])
    assert json.loads(live.stdout)["live_datas"][0]["milestone_id"] == milestones[0]["id"]


def test_orderbook(fake: FakeExchange) -> None:
    listed = run_kalshi("--env", fake.base_url, "--json", "markets", "list", "--status", "open", "--limit", "1")
    ticker = json.loads(listed.stdout)["markets"][0]["ticker"]
    result = run_kalshi("--env", fake.base_url, "orderbook", ticker, "--depth", "2")
    assert result.returncode == 0, result.stderr
    assert "yes bids" in result.stdout and "no bids" in result.stdout


def test_balance_and_orders_with_credentials_from_the_environment(
    fake: FakeExchange, rsa_keys: KeyPair, tmp_path: Path
) -> None:
    env = credentials(fake, rsa_keys, tmp_path)
    balance = run_kalshi("--env", fake.base_url, "balance", env=env)
    assert balance.returncode == 0, balance.stderr
    assert balance.stdout.split()[0] == "balance_dollars"
    orders = run_kalshi("--env", fake.base_url, "--json", "orders", "list", env=env)
    assert orders.returncode == 0, orders.stderr
    assert isinstance(json.loads(orders.stdout)["orders"], list)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("balance",), "needs an API key: set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH"),
        (("markets", "get", "NO-SUCH-MARKET"), "not found:"),
        (("milestones", "list", "--limit", "-1"), "max_items must be a non-negative integer"),
    ],
)
def test_failures_are_one_line_without_traceback(fake: FakeExchange, arguments: tuple[str, ...], message: str) -> None:
    result = run_kalshi("--env", fake.base_url, *arguments)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_network_failure_is_one_line() -> None:
    result = run_kalshi("--env", "http://127.0.0.1:9/trade-api/v2", "markets", "list")
    assert result.returncode == 1
    assert result.stderr.startswith("kalshi: could not reach the exchange")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_environment_is_a_usage_error() -> None:
    result = run_kalshi("--env", "staging", "markets", "list")
    assert result.returncode == 2 and "--env must be prod, demo or a URL" in result.stderr


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / ("kalshi.exe" if os.name == "nt" else "kalshi")
    assert script.exists(), "pip install should have created the kalshi console script"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "demo" in result.stdout
