"""Bulk export from the fake exchange: each format, interrupted part way and resumed, row for row."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.csv
import pyarrow.parquet as pq
import pytest

from kalshi_sdk import APIStatusError, Kalshi, export
from kalshi_sdk import _export as export_module
from kalshi_sdk._cli import main
from kalshi_sdk._export import CHECKPOINT_SUFFIX, Progress
from kalshi_sdk.testing import FakeExchange

from .conftest import KEY_ID, KeyPair

ROOT = Path(__file__).resolve().parents[1]
MARKETS = 2000
PAGE = 100
FORMATS = ["jsonl", "csv", "parquet"]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeExchange]:
    with FakeExchange() as exchange:
        for index in range(MARKETS):
            exchange.add_market({"ticker": f"KXEXPORT-{index // 10:04d}-{index % 10}"})
        yield exchange


@pytest.fixture
def client(fake: FakeExchange) -> Iterator[Kalshi]:
    with Kalshi(base_url=fake.base_url, rate_limit=None, max_retries=0) as kalshi:
        yield kalshi


def rows_of(path: Path, fmt: str) -> Any:
    """The file's rows in a comparable form."""
    if fmt == "parquet":
        return pq.read_table(path)
    return path.read_bytes()


def same(left: Any, right: Any) -> bool:
    return bool(left.equals(right)) if hasattr(left, "equals") else left == right


class StopAfter(Progress):
    """A progress display that interrupts the export after `pages` pages, as Ctrl-C would."""

    def __init__(self, pages: int, interrupt: Any) -> None:
        super().__init__("test", io.StringIO(), enabled=False)
        self.stop_at = pages
        self.interrupt = interrupt

    def update(self, items: int, *, final: bool = False) -> None:
        super().update(items, final=final)
        if self.pages == self.stop_at:
            self.interrupt()


@pytest.fixture(scope="module")
def reference(fake: FakeExchange, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One uninterrupted export in each format."""
    folder = tmp_path_factory.mktemp("reference")
    out: dict[str, Any] = {}
    with Kalshi(base_url=fake.base_url, rate_limit=None) as kalshi:
        for fmt in FORMATS:
            result = export(kalshi, "markets", folder / f"markets.{fmt}", limit=PAGE, progress=False)
            assert result.rows >= MARKETS and not result.resumed
            out[fmt] = rows_of(result.path, fmt)
    return out


@pytest.fixture
def client_with_key(exchange: FakeExchange, rsa_keys: KeyPair) -> Iterator[Kalshi]:
    with Kalshi(base_url=exchange.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as kalshi:
        yield kalshi


def raise_keyboard_interrupt() -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize("fmt", FORMATS)
def test_ctrl_c_then_the_same_call_resumes(
    fmt: str, client: Kalshi, reference: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "PARQUET_PART_ROWS", 700)  # several parts, one of them open at Ctrl-C
    out = tmp_path / f"markets.{fmt}"
    with pytest.raises(KeyboardInterrupt):
        export(client, "markets", out, limit=PAGE, progress=StopAfter(12, raise_keyboard_interrupt))
    checkpoint = json.loads(out.with_name(out.name + CHECKPOINT_SUFFIX).read_text())
    assert checkpoint["pages"] == 12 and checkpoint["rows"] == 12 * PAGE
    assert not out.exists()
    result = export(client, "markets", out, limit=PAGE, progress=False)
    assert result.resumed and result.rows == len(reference_rows(reference, fmt))
    assert same(rows_of(out, fmt), reference[fmt])
    assert not out.with_name(out.name + CHECKPOINT_SUFFIX).exists()


def reference_rows(reference: dict[str, Any], fmt: str) -> list[Any]:
    if fmt == "parquet":
        return list(range(reference[fmt].num_rows))
    lines: list[str] = reference[fmt].splitlines()
    return lines[1:] if fmt == "csv" else lines


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_server_error_then_the_same_call_resumes(
    fmt: str, fake: FakeExchange, client: Kalshi, reference: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / f"markets.{fmt}"
    with pytest.raises(APIStatusError):
        export(client, "markets", out, limit=PAGE, progress=StopAfter(7, lambda: fake.fail_next(500)))
    result = export(client, "markets", out, limit=PAGE, progress=False)
    assert result.resumed
    assert same(rows_of(out, fmt), reference[fmt])


@pytest.mark.parametrize("fmt", FORMATS)
def test_killed_between_writing_a_page_and_its_checkpoint(
    fmt: str, client: Kalshi, reference: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page after the last checkpoint is in the file but not counted: it is cut off and fetched again."""
    monkeypatch.setattr(export_module, "PARQUET_PART_ROWS", 500)
    real_write = export_module._write_checkpoint
    calls = 0

    def dies_on_the_fourth(path: Path, state: dict[str, Any]) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise SystemExit("killed")  # as if the process died before the checkpoint was written
        real_write(path, state)

    monkeypatch.setattr(export_module, "_write_checkpoint", dies_on_the_fourth)
    out = tmp_path / f"markets.{fmt}"
    with pytest.raises(SystemExit):
        export(client, "markets", out, limit=PAGE, progress=False)
    monkeypatch.setattr(export_module, "_write_checkpoint", real_write)
    result = export(client, "markets", out, limit=PAGE, progress=False)
    assert result.resumed
    assert same(rows_of(out, fmt), reference[fmt])


def test_an_export_of_something_else_is_not_continued(client: Kalshi, tmp_path: Path) -> None:
    out = tmp_path / "markets.jsonl"
    with pytest.raises(KeyboardInterrupt):
        export(client, "markets", out, limit=PAGE, progress=StopAfter(2, raise_keyboard_interrupt))
    with pytest.raises(ValueError, match="another export"):
        export(client, "markets", out, limit=PAGE, status="open", progress=False)
    with pytest.raises(ValueError, match="resource must be one of"):
        export(client, "tables", tmp_path / "x.jsonl")
    with pytest.raises(ValueError, match="format must be one of"):
        export(client, "markets", tmp_path / "x.xlsx")
    with pytest.raises(TypeError, match=r"its filters are .*series_ticker"):
        export(client, "markets", tmp_path / "bad.jsonl", colour="red")
    assert not list(tmp_path.glob("bad.jsonl*"))  # nothing written
    finished = tmp_path / "done.jsonl"
    finished.write_text("")
    with pytest.raises(FileExistsError):
        export(client, "markets", finished)


def test_max_items_holds_across_a_resume(client: Kalshi, tmp_path: Path) -> None:
    out = tmp_path / "markets.jsonl"
    with pytest.raises(KeyboardInterrupt):
        export(client, "markets", out, limit=PAGE, max_items=450, progress=StopAfter(2, raise_keyboard_interrupt))
    result = export(client, "markets", out, limit=PAGE, max_items=450, progress=False)
    assert result.rows == 450 and len(out.read_text().splitlines()) == 450


def check_exports(kalshi: Kalshi, cases: list[tuple[str, dict[str, Any]]], folder: Path) -> dict[str, int]:
    """Export each (resource, filters) in every format; the rows each wrote."""
    rows: dict[str, int] = {}
    for resource, filters in cases:
        for fmt in FORMATS:
            out = folder / f"{resource}.{fmt}"
            result = export(kalshi, resource, out, progress=False, **filters)
            assert out.exists() and not out.with_name(out.name + CHECKPOINT_SUFFIX).exists()
            if fmt == "parquet":
                assert pq.read_table(out).num_rows == result.rows
            elif fmt == "csv":
                assert pyarrow.csv.read_csv(out).num_rows == result.rows
            else:
                assert len(out.read_text().splitlines()) == result.rows
            rows[resource] = result.rows
    return rows


def test_trading_listings_export(exchange: FakeExchange, client_with_key: Kalshi, tmp_path: Path) -> None:
    """Events, trades, fills, orders and positions from a fresh fake exchange."""
    ticker = exchange.add_market({"ticker": "KXEXPORT-TRADE-1"})
    kalshi = client_with_key
    exchange.add_resting_order(ticker, "ask", "0.50", "5", user_id=exchange.market_maker_id)
    kalshi.orders.create(ticker=ticker, side="bid", price="0.50", count=2, time_in_force="immediate_or_cancel")
    cases: list[tuple[str, dict[str, Any]]] = [
        ("events", {}),
        ("trades", {}),
        ("fills", {}),
        ("orders", {}),
        ("positions", {}),
    ]
    rows = check_exports(kalshi, cases, tmp_path)
    assert rows["events"] >= 1 and rows["fills"] >= 1 and rows["orders"] >= 1 and rows["trades"] >= 1


def test_settlements_candlesticks_and_historical_listings_export(spec_client: Kalshi, tmp_path: Path) -> None:
    """Settlements, candlesticks and the archive, against the spec server (the fake exchange does not
    serve them), which answers every operation with an example body built from the spec."""
    window = {"start_ts": 1_700_000_000, "end_ts": 1_700_086_400, "period_interval": 60}
    cases: list[tuple[str, dict[str, Any]]] = [
        ("candlesticks", {"series_ticker": "KXHIGHNY", "ticker": "KXHIGHNY-26NOV21-T60", **window}),
        ("historical-candlesticks", {"ticker": "KXHIGHNY-26NOV21-T60", **window}),
        ("settlements", {}),
        ("historical-markets", {}),
        ("historical-trades", {}),
        ("historical-orders", {}),
        ("historical-fills", {}),
    ]
    rows = check_exports(spec_client, cases, tmp_path)
    assert all(count >= 1 for count in rows.values()), rows


def test_progress_shows_items_pages_rate_and_elapsed() -> None:
    stream = io.StringIO()
    progress = Progress("markets", stream, enabled=True)
    progress.start(100, 1)
    progress.update(100, final=True)
    line = stream.getvalue()
    assert line.startswith("\rmarkets: 200 items, 2 pages, ") and "items/s" in line and line.endswith("\n")
    quiet = io.StringIO()
    Progress("markets", quiet).update(5, final=True)  # not a terminal: nothing
    assert quiet.getvalue() == ""


def test_the_command_line_exports_and_resumes_after_ctrl_c_and_kill(
    fake: FakeExchange, reference: dict[str, Any], tmp_path: Path
) -> None:
    """`kalshi export`, stopped by SIGINT and by SIGKILL once its checkpoint shows progress, then run again."""
    for fmt, stop in (("jsonl", signal.SIGINT), ("parquet", signal.SIGKILL)):
        out = tmp_path / f"markets.{fmt}"
        command = [
            sys.executable,
            "-m",
            "kalshi_sdk",
            "--env",
            fake.base_url,
            "export",
            "markets",
            "--out",
            str(out),
            f"limit={PAGE}",
        ]
        checkpoint = out.with_name(out.name + CHECKPOINT_SUFFIX)
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while child.poll() is None and not _progressed(checkpoint, out):
            threading.Event().wait(0.01)
        assert child.poll() is None, "the export finished before it could be interrupted"
        child.send_signal(stop)
        child.communicate(timeout=30)
        assert child.returncode == (130 if stop == signal.SIGINT else -signal.SIGKILL)
        assert not out.exists()
        rerun = subprocess.run([*command, "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        assert same(rows_of(out, fmt), reference[fmt])


def _progressed(checkpoint: Path, out: Path) -> bool:
    """Pages are written: checkpointed (JSON lines, CSV), or in an open Parquet part (checkpointed per part)."""
    parts = out.with_name(out.name + ".parts")
    if parts.is_dir() and any(parts.iterdir()):
        return True
    try:
        return bool(json.loads(checkpoint.read_text())["pages"] >= 3)
    except (FileNotFoundError, ValueError):
        return False


def test_the_command_line_reports_usage_errors(
    fake: FakeExchange, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Usage errors end as argparse's do: the usage and the message on stderr, exit status 2.
    with pytest.raises(SystemExit) as exited:
        main(["--env", fake.base_url, "export", "markets", "--out", str(tmp_path / "m.jsonl"), "nonsense"])
    assert exited.value.code == 2 and "NAME=VALUE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["--env", fake.base_url, "export", "markets", "--out", str(tmp_path / "m.jsonl"), "colour=red"])
    assert exited.value.code == 2 and "colour" in capsys.readouterr().err
    assert os.listdir(tmp_path) == [] or all(not name.endswith(".jsonl") for name in os.listdir(tmp_path))
