"""The benchmark runner keeps working (its figures are not judged here: speed is never a test)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"

# Every benchmark the runner reports, as its row begins in the table.
ROWS = (
    "import kalshi_sdk |",
    "import kalshi_sdk + first Kalshi() |",
    "parse 1,000 markets |",
    "parse 1,000 markets + read all ",
    "round trip: first page of 1,000 markets |",
    "async: 200 requests at concurrency 10 |",
    "async: 200 requests at concurrency 50 |",
    "async: 200 requests at concurrency 100 |",
    "async over aiohttp: 200 requests at concurrency 50 |",
    "pagination memory: ",
    "signing: auth step per request |",
    "stream: decode + apply an orderbook frame |",
    "stream: 2,000 frames over loopback (sync) |",
    "to_arrow: one page of 1,000 markets ",
    "to_arrow: ",
    "export: ",
)

ROW = re.compile(
    r"^\| (?P<name>[^|]+) \| (?P<ratio>[0-9.]+)x \| (?P<low>[0-9.]+) - (?P<high>[0-9.]+) \| [^|]+ \| (yes|NO) \|"
)


def test_quick_run_prints_every_row() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KALSHI_")}
    result = subprocess.run(
        [sys.executable, str(RUNNER), "--quick"], capture_output=True, text=True, env=env, timeout=600
    )
    assert result.returncode == 0, result.stderr
    table = [line for line in result.stdout.splitlines() if line.startswith("| ") and "---" not in line]
    assert table[0].startswith("| benchmark |")
    rows = table[1:]
    for start in ROWS:
        assert any(line.startswith(f"| {start}") for line in rows), f"no row starting {start!r}:\n{result.stdout}"
    assert sum(line.startswith("| pagination memory: ") for line in rows) == 3
    for line in rows:
        match = ROW.match(line)
        assert match, f"malformed row: {line}"
        low, ratio, high = float(match["low"]), float(match["ratio"]), float(match["high"])
        assert 0 < low <= ratio <= high, line
