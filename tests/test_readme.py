"""The README's offline example runs as written."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_offline_example_runs() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    offline = [block for block in blocks if "FakeExchange()" in block]
    assert len(offline) == 1
    result = subprocess.run([sys.executable, "-c", offline[0]], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["503", "service_unavailable", "2"]


def test_operations_table_is_current() -> None:
    script = README.parent / "scripts" / "operations_table.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert README.read_text().count("| `") >= 117


def test_set_up_is_two_commands_and_ci_runs_both() -> None:
    set_up = README.read_text().split("## Set-up", 1)[1]
    commands = re.findall(r"```sh\n(.*?)```", set_up, flags=re.S)[0]
    assert [line.split("#")[0].strip() for line in commands.strip().splitlines()] == ["make demo", "make test"]
    ci = (README.parent / ".ci" / "run").read_text()
    assert "make demo PYTHON=python" in ci and "make test PYTHON=python" in ci
