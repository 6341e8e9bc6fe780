"""The `kalshi_sdk` logger: a DEBUG line per attempt, a WARNING per retry, one WARNING per drifted field."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from kalshi_sdk import AsyncKalshi, Kalshi
from kalshi_sdk._drift import report_schema_drift, reset_schema_drift_reports
from kalshi_sdk._operations import build_request_spec

from .conftest import KEY_ID, KeyPair
from .fault_server import FAST_RETRIES, Fault, FaultServer

ATTEMPT_LINE = re.compile(r"^GET /trade-api/v2/exchange/status -> (\w+) in \d+\.\d ms \(attempt (\d)\)$")


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


def sdk_records(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "kalshi_sdk" and r.levelno == level]


def test_one_debug_line_per_attempt_and_a_warning_per_retry(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kalshi_sdk")
    server.inject(Fault.status_error(503))
    server.inject(Fault.close_mid_body())
    with Kalshi(base_url=server.base_url, retry_policy=FAST_RETRIES, rate_limit=None) as client:
        client.exchange.status()
    attempts = [ATTEMPT_LINE.match(line) for line in sdk_records(caplog, logging.DEBUG)]
    assert [(m.group(1), m.group(2)) for m in attempts if m] == [
        ("503", "1"),
        ("RemoteProtocolError", "2"),
        ("200", "3"),
    ]
    assert len(attempts) == 3
    warnings = sdk_records(caplog, logging.WARNING)
    assert len(warnings) == 2
    assert re.fullmatch(
        r"GET /trade-api/v2/exchange/status failed with HTTP 503: service_unavailable: Service Unavailable; "
        r"retrying in 0\.\d\d s \(attempt 2 of 4\)",
        warnings[0],
    )
    assert warnings[1].startswith("GET /trade-api/v2/exchange/status: connection to the Kalshi API failed: peer closed")
    assert warnings[1].endswith("(attempt 3 of 4)")


async def test_async_client_logs_the_same(server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kalshi_sdk")
    server.inject(Fault.status_error(429))
    async with AsyncKalshi(base_url=server.base_url, retry_policy=FAST_RETRIES, rate_limit=None) as client:
        await client.exchange.status()
    attempts = [ATTEMPT_LINE.match(line) for line in sdk_records(caplog, logging.DEBUG)]
    assert [(m.group(1), m.group(2)) for m in attempts if m] == [("429", "1"), ("200", "2")]
    assert len(sdk_records(caplog, logging.WARNING)) == 1


def test_nothing_is_logged_without_a_retry_at_info_level(server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kalshi_sdk")
    with Kalshi(base_url=server.base_url, rate_limit=None) as client:
        client.exchange.status()
    assert [r for r in caplog.records if r.name == "kalshi_sdk"] == []


def test_a_program_without_logging_set_up_prints_nothing(closed_port: int) -> None:
    """Retry warnings reach configured handlers only; logging's last resort would print them to stderr."""
    code = (
        "import kalshi_sdk\n"
        f"client = kalshi_sdk.Kalshi(base_url='http://127.0.0.1:{closed_port}/trade-api/v2',\n"
        "    retry_policy=kalshi_sdk.RetryPolicy(max_retries=2, backoff_base=0.001))\n"
        "try:\n    client.exchange.status()\nexcept kalshi_sdk.APIConnectionError as error:\n"
        "    print(error.attempts)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (result.stdout, result.stderr) == ("3\n", "")
    configured = subprocess.run(
        [sys.executable, "-c", "import logging; logging.basicConfig()\n" + code], capture_output=True, text=True,
        timeout=60,
    )
    assert configured.stderr.count("WARNING:kalshi_sdk:") == 2


def test_schema_drift_is_reported_once_per_field(caplog: pytest.LogCaptureFixture) -> None:
    reset_schema_drift_reports()
    caplog.set_level(logging.WARNING, logger="kalshi_sdk")
    for status in ("paused", "halted", "paused"):
        report_schema_drift("MarketStatus", status)
    report_schema_drift("Market.close_time", "not a date " * 20)
    lines = sdk_records(caplog, logging.WARNING)
    assert lines[0] == (
        "schema drift tolerated: MarketStatus received str 'paused', which the spec does not allow; kept as sent"
    )
    assert len(lines) == 2 and lines[1].startswith("schema drift tolerated: Market.close_time received str 'not a")
    assert "..." in lines[1] and len(lines[1]) < 200  # a long value is shortened
    reset_schema_drift_reports()


def test_the_sdk_registers_itself_as_the_drift_listener() -> None:
    import kalshi_api.types

    assert getattr(kalshi_api.types, "drift_listener", None) is report_schema_drift


def test_a_drifted_response_warns_once(
    server: FaultServer, rsa_keys: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    reset_schema_drift_reports()
    for index in range(3):
        server.orders[str(index)] = {"order_id": str(index), "ticker": "T", "status": "paused_by_exchange"}
    caplog.set_level(logging.WARNING, logger="kalshi_sdk")
    with Kalshi(base_url=server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as client:
        for _ in range(2):
            orders = client.request(build_request_spec("get_orders")).orders
            assert [order.status for order in orders] == ["paused_by_exchange"] * 3
    lines = sdk_records(caplog, logging.WARNING)
    assert len(lines) == 1 and "OrderStatus" in lines[0] and "'paused_by_exchange'" in lines[0]
