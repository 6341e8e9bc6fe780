"""The `kalshi` command, run as a subprocess against the fake exchange on 127.0.0.1."""

from __future__ import annotations

import datetime
import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import kalshi_sdk
from kalshi_sdk._cli import presentable
from kalshi_sdk.testing import FakeExchange

from .conftest import KEY_ID, KeyPair

ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
OPEN_TICKER = "KXNFLGAME-25NOV23KCBUF-KC"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeExchange]:
    with FakeExchange() as exchange:
        yield exchange


def kalshi_command() -> list[str]:
    return [sys.executable, "-m", "kalshi_sdk"]


def clean_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI_")}
    environment.update(env or {})
    return environment


def run_kalshi(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*kalshi_command(), *arguments], capture_output=True, text=True, timeout=120, env=clean_environment(env)
    )


def credentials(fake: FakeExchange, keys: KeyPair, folder: Path) -> dict[str, str]:
    fake.register_key(KEY_ID, keys.public_pem)
    key_file = folder / "key.pem"
    key_file.write_bytes(keys.private_pem)
    return {"KALSHI_API_KEY_ID": KEY_ID, "KALSHI_PRIVATE_KEY_PATH": str(key_file)}


def one_line_error(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    assert result.returncode == status, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kalshi: "), result.stderr
    return lines[0]


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 that refuses connections: bound, never listening."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        yield closed.getsockname()[1]


# -- the demo ----------------------------------------------------------------------------------


def test_demo_walks_through_the_main_job() -> None:
    result = run_kalshi("demo")
    assert result.returncode == 0, result.stderr
    for section in ("Exchange status", "Milestones", "Their live data", "Orderbook of", "Resting orders", "Cancel it"):
        assert f"== {section}" in result.stdout
    assert "resting" in result.stdout and "canceled" in result.stdout
    assert "== Positions" in result.stdout and result.stderr == ""


def test_demo_json_is_one_document_per_line() -> None:
    result = run_kalshi("demo", "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    sections = [line["section"] for line in lines]
    assert sections[:3] == ["Fake exchange", "Exchange status", "Milestones"] and "Cancel it" in sections
    balance = next(line["data"] for line in lines if line["section"] == "Balance")
    assert set(balance) >= {"balance_dollars", "portfolio_value_dollars"} and "portfolio_value" not in balance


def test_closed_pipe_ends_quietly() -> None:
    # The reader is gone before the command writes anything, as after `kalshi demo | head -0`.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [*kalshi_command(), "demo"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env=clean_environment(),
        )
    finally:
        os.close(writer)
    assert result.returncode == 0 and result.stderr == ""


# -- global options ----------------------------------------------------------------------------


def test_version() -> None:
    result = run_kalshi("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kalshi {kalshi_sdk.__version__} (kalshi-trade-sdk)"


def test_global_options_before_or_after_the_command(fake: FakeExchange) -> None:
    before = run_kalshi("--env", fake.base_url, "--json", "markets", "list", "--limit", "2")
    after = run_kalshi("markets", "list", "--limit", "2", "--json", "--env", fake.base_url)
    assert before.returncode == after.returncode == 0, (before.stderr, after.stderr)
    assert json.loads(before.stdout) == json.loads(after.stdout)
    assert json.loads(after.stdout)["markets"][0]["ticker"] == OPEN_TICKER


def test_help_lists_the_values_the_spec_allows() -> None:
    from kalshi_api.rules import PARAMETER_RULES

    result = run_kalshi("markets", "list", "--help")
    assert ", ".join(PARAMETER_RULES["get_markets"]["status"]["enum"]) in " ".join(result.stdout.split())


def test_environment_names_come_from_the_sdk() -> None:
    result = run_kalshi("markets", "list", "--env", "staging")
    assert result.returncode == 2
    assert "argument --env: must be one of demo, production or an http(s) URL, got 'staging'" in result.stderr
    aliased = run_kalshi("markets", "list", "--env", "live", "--retries", "0", "--help")
    assert aliased.returncode == 0  # the SDK's aliases (prod, live) are accepted as they are


# -- one JSON document per command -------------------------------------------------------------


def test_every_command_prints_one_json_document(fake: FakeExchange, rsa_keys: KeyPair, tmp_path: Path) -> None:
    env = credentials(fake, rsa_keys, tmp_path)
    milestone = json.loads(run_kalshi("--env", fake.base_url, "--json", "milestones", "list", "--limit", "1").stdout)
    milestone_id = milestone["milestones"][0]["id"]
    commands = {
        ("markets", "list", "--limit", "3"): "markets",
        ("markets", "get", OPEN_TICKER): "ticker",
        ("orderbook", OPEN_TICKER, "--depth", "2"): "yes_dollars",
        ("milestones", "list", "--limit", "2"): "milestones",
        ("live-data", milestone_id): "live_datas",
        ("balance",): "balance_dollars",
        ("orders", "list"): "orders",
    }
    # Started together, finished one by one: each is a process of its own.
    running = {
        arguments: subprocess.Popen(
            [*kalshi_command(), *arguments, "--json", "--env", fake.base_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=clean_environment(env),
        )
        for arguments in commands
    }
    for arguments, process in running.items():
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, (arguments, stderr)
        assert commands[arguments] in json.loads(stdout), arguments


# -- what is missing is named ------------------------------------------------------------------


def test_unknown_live_data_id_fails_naming_it(fake: FakeExchange) -> None:
    line = one_line_error(run_kalshi("--env", fake.base_url, "live-data", "UNKNOWN-ID"))
    assert line == "kalshi: not found: live data for milestone UNKNOWN-ID"


def test_unknown_tickers_fail_naming_them_after_the_known_ones(fake: FakeExchange) -> None:
    result = run_kalshi("--env", fake.base_url, "markets", "list", "--tickers", f"{OPEN_TICKER},NOPE-1")
    assert one_line_error(result) == "kalshi: not found: market NOPE-1"
    assert OPEN_TICKER in result.stdout


@pytest.mark.parametrize("arguments", [("markets", "get", "NO-SUCH-MARKET"), ("orderbook", "NO-SUCH-MARKET")])
def test_unknown_market_is_one_line(fake: FakeExchange, arguments: tuple[str, ...]) -> None:
    line = one_line_error(run_kalshi("--env", fake.base_url, *arguments))
    assert line.startswith("kalshi: not found: GET /trade-api/v2/markets/NO-SUCH-MARKET")


# -- errors in the command line's terms --------------------------------------------------------


def test_a_bad_limit_names_the_option(fake: FakeExchange) -> None:
    result = run_kalshi("--env", fake.base_url, "orders", "list", "--limit", "-5")
    assert result.returncode == 2
    assert "argument --limit: must be a whole number, 1 or more, got '-5'" in result.stderr
    assert "max_items" not in result.stderr


def test_sdk_argument_errors_name_the_option(fake: FakeExchange) -> None:
    line = one_line_error(run_kalshi("--env", fake.base_url, "orderbook", OPEN_TICKER, "--depth", "-3"))
    assert line.startswith("kalshi: --depth must be ")


def test_missing_credentials_are_one_line(fake: FakeExchange) -> None:
    line = one_line_error(run_kalshi("--env", fake.base_url, "balance"))
    assert "needs an API key: set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH" in line


# -- dollars and ISO 8601 ----------------------------------------------------------------------


def test_balance_in_dollars_and_iso_time(fake: FakeExchange, rsa_keys: KeyPair, tmp_path: Path) -> None:
    env = credentials(fake, rsa_keys, tmp_path)
    fake.set_balance(9817, portfolio_value=177)
    table = run_kalshi("--env", fake.base_url, "balance", env=env)
    assert table.returncode == 0, table.stderr
    shown = dict(line.split(None, 1) for line in table.stdout.strip().splitlines())
    assert shown["balance_dollars"] == "98.1700" and shown["portfolio_value_dollars"] == "1.7700"
    assert ISO_UTC.match(shown["updated_ts"])
    document = json.loads(run_kalshi("--env", fake.base_url, "--json", "balance", env=env).stdout)
    expected = {"balance_dollars": "98.1700", "portfolio_value_dollars": "1.7700", "updated_ts": shown["updated_ts"]}
    assert document == expected


def test_times_are_iso_utc_in_tables_and_json(fake: FakeExchange) -> None:
    table = run_kalshi("--env", fake.base_url, "milestones", "list", "--limit", "1")
    header, row = table.stdout.strip().splitlines()
    start = row.split()[header.split().index("start_date")]
    assert ISO_UTC.match(start), start
    document = json.loads(run_kalshi("--env", fake.base_url, "--json", "markets", "get", OPEN_TICKER).stdout)
    times = {key: value for key, value in document.items() if key.endswith("_time") and value}
    assert times and all(ISO_UTC.match(value) for value in times.values()), times


def test_presentable_converts_cents_epochs_and_datetimes() -> None:
    moment = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    shown = presentable(
        {
            "balance": 9817,
            "balance_dollars": "98.1700",
            "portfolio_value": 177,
            "amount_cents": 250,
            "price_centi_cents": 5600,
            "updated_ts": 1767323045,
            "ts_ms": 1767323045250,
            "created_time": "2026-01-02T03:04:05+00:00",
            "when": moment,
            "price": Decimal("0.5600"),
            "count": 3,
        }
    )
    assert shown == {
        "balance_dollars": "98.1700",
        "portfolio_value_dollars": "1.7700",
        "amount_dollars": "2.5000",
        "price_dollars": "0.5600",
        "updated_ts": "2026-01-02T03:04:05Z",
        "ts_ms": "2026-01-02T03:04:05.250000Z",
        "created_time": "2026-01-02T03:04:05Z",
        "when": "2026-01-02T08:04:05Z",
        "price": "0.5600",
        "count": 3,
    }


# -- credentials and connections ---------------------------------------------------------------


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


def test_a_broken_key_does_not_block_public_commands(fake: FakeExchange) -> None:
    broken = {"KALSHI_API_KEY_ID": KEY_ID, "KALSHI_PRIVATE_KEY": "not a key"}
    markets = run_kalshi("--env", fake.base_url, "markets", "list", "--limit", "1", env=broken)
    assert markets.returncode == 0, markets.stderr
    assert OPEN_TICKER in markets.stdout
    line = one_line_error(run_kalshi("--env", fake.base_url, "balance", env=broken))
    assert "KALSHI_PRIVATE_KEY" in line and "not a readable PEM private key" in line and "not a key" not in line


@pytest.mark.parametrize(("retries", "attempts"), [("0", "1 attempt"), ("1", "2 attempts")])
def test_connection_errors_name_the_host_and_the_time_spent(closed_port: int, retries: str, attempts: str) -> None:
    url = f"http://127.0.0.1:{closed_port}/trade-api/v2"
    line = one_line_error(run_kalshi("markets", "list", "--env", url, "--retries", retries))
    assert line.startswith(f"kalshi: could not reach 127.0.0.1:{closed_port} (")
    assert re.search(rf"gave up after {attempts} in \d+\.\d s \(--retries N changes how often it retries\)$", line)


# -- the fake exchange in the foreground -------------------------------------------------------


def test_fake_exchange_serves_until_stopped(rsa_keys: KeyPair, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a free port, given back before the exchange binds it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [*kalshi_command(), "fake-exchange", "--port", str(port), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_environment(),
    )
    try:
        assert server.stdout is not None
        ready = json.loads(server.stdout.readline())
        assert ready["base_url"] == f"http://127.0.0.1:{port}/trade-api/v2"
        key_file = Path(ready["private_key_path"])
        env = {"KALSHI_API_KEY_ID": ready["api_key_id"], "KALSHI_PRIVATE_KEY_PATH": str(key_file)}
        balance = run_kalshi("--env", ready["base_url"], "--json", "balance", env=env)
        assert balance.returncode == 0, balance.stderr
        assert json.loads(balance.stdout)["balance_dollars"] == "100.0000"
    finally:
        server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=60)
    assert status == 0 and server.stderr is not None and server.stderr.read() == ""
    assert not key_file.exists()


def test_fake_exchange_prints_a_ready_key_for_people() -> None:
    server = subprocess.Popen(
        [*kalshi_command(), "fake-exchange"], stdout=subprocess.PIPE, text=True, env=clean_environment()
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(3)]
    finally:
        server.send_signal(signal.SIGINT)
        status = server.wait(timeout=60)
    assert lines[0].startswith("Fake Kalshi exchange at http://127.0.0.1:")
    assert lines[1].startswith("API key id:") and lines[2].startswith("Private key file:")
    assert status == 0


def test_fake_exchange_on_a_busy_port_is_one_line() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_line_error(run_kalshi("fake-exchange", "--port", str(port)))
    assert line.startswith(f"kalshi: cannot listen on 127.0.0.1:{port}: ")


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / ("kalshi.exe" if os.name == "nt" else "kalshi")
    assert script.exists(), "pip install should have created the kalshi console script"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "demo" in result.stdout and "fake-exchange" in result.stdout
