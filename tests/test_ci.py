"""CI runs what a developer runs: the workflow runs .ci/run on every supported Python."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_the_workflow_runs_ci_run_on_every_supported_python() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    (job,) = workflow["jobs"].values()
    supported = re.findall(r"Python :: (3\.\d+)", (ROOT / "pyproject.toml").read_text())
    assert job["strategy"]["matrix"]["python-version"] == supported == ["3.10", "3.11", "3.12", "3.13"]
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert runs == [".ci/run"]
    uses = [step.get("uses", "").split("@")[0] for step in job["steps"]]
    assert "actions/setup-node" in uses  # npm, for the Prism that make test installs


def test_ci_run_runs_demo_test_and_docs_in_a_fresh_environment() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    commands = [line.strip() for line in script.splitlines() if line.strip().startswith("make ")]
    assert commands == ["make demo PYTHON=python", "make test PYTHON=python"]
    assert 'then make docs PYTHON=python; fi' in script
    assert '"$python" -m venv' in script
    # The default Python (with the docs build) and, outside GitHub's matrix, the oldest supported one.
    assert "run_in_fresh_venv python3 docs" in script and 'run_in_fresh_venv "$oldest"' in script
