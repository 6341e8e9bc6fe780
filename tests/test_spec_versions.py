"""Regeneration works on published spec versions, older and newer, with no hand edit.

For each spec in tests/data/specs (synced copies of Kalshi's 3.3.0, 3.7.0 and 3.13.0, found in
public repositories) and a synthetic 3.32.0 (tests/support/newer_spec.py: 3.31.0 plus a new
operation, parameter, field and enum value), the test runs the maintainer's path:
`sync_spec.py` -> `regenerate.py` into a temporary folder, then, in a fresh interpreter importing
that package, `import kalshi_sdk` and a smoke test of the facade against the fake exchange
(tests/support/facade_smoke.py). A method whose operation the version has must work; one whose
operation it lacks must raise OperationUnavailableError naming the operation and the version.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .support.facade_smoke import CALLS
from .support.generator import needs_generator

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "tests" / "data" / "specs"
CURRENT = ROOT / "openapi" / "openapi.yaml"  # 3.31.0, synced
VERSIONS = sorted(path.stem.removeprefix("openapi-") for path in SPECS.glob("openapi-*.yaml"))


def run(*command: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def regenerate_and_smoke(source: Path, workdir: Path) -> tuple[dict[str, str], dict[str, object]]:
    synced = workdir / "openapi.yaml"
    run(sys.executable, "scripts/sync_spec.py", str(source), "--output", str(synced))
    run(sys.executable, "scripts/regenerate.py", "--spec", str(synced), "--output", str(workdir / "kalshi_api"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(workdir), str(ROOT)])}
    outcomes: dict[str, str] = json.loads(run(sys.executable, "-m", "tests.support.facade_smoke", env=env))
    spec: dict[str, object] = yaml.safe_load(synced.read_text(encoding="utf-8"))
    return outcomes, spec


def operation_ids(spec: dict[str, object]) -> set[str]:
    paths = spec["paths"]
    assert isinstance(paths, dict)
    return {op["operationId"] for item in paths.values() for op in item.values() if isinstance(op, dict)}


def check(outcomes: dict[str, str], spec: dict[str, object]) -> None:
    info = spec["info"]
    assert isinstance(info, dict)
    present = operation_ids(spec)
    assert set(CALLS) <= set(outcomes)
    for operation_id, outcome in outcomes.items():
        if operation_id in CALLS and operation_id not in present:
            assert outcome.startswith("unavailable: "), (operation_id, outcome)
            assert f"version {info['version']}" in outcome
        else:
            assert outcome == "ok", (operation_id, outcome)


@pytest.mark.parametrize("version", VERSIONS)
@needs_generator
def test_older_spec_regenerates_and_the_facade_works(version: str, tmp_path: Path) -> None:
    outcomes, spec = regenerate_and_smoke(SPECS / f"openapi-{version}.yaml", tmp_path)
    check(outcomes, spec)
    if version == "3.3.0":  # operations added since are refused by name, the rest work
        assert outcomes["CreateOrderV2"].startswith("unavailable: operation 'create_order_v2' is not in version 3.3.0")


@needs_generator
def test_newer_spec_is_usable_on_day_one(tmp_path: Path) -> None:
    newer = tmp_path / "newer.yaml"
    run(sys.executable, "-m", "tests.support.newer_spec", str(CURRENT), str(newer))
    outcomes, spec = regenerate_and_smoke(newer, tmp_path / "generated")
    check(outcomes, spec)
    assert {"new operation sent", "new parameter", "new enum value", "new field"} <= set(outcomes)


def test_sync_gives_an_array_without_items_explicit_items() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import sync_spec
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    pair = {"type": "array", "minItems": 2, "maxItems": 2, "example": [{"type": "array"}]}
    normalised = sync_spec.normalise({"components": {"schemas": {"PriceLevel": pair, "Listed": {"type": "array"}}}})
    assert normalised["components"]["schemas"]["PriceLevel"] == {**pair, "items": {}}  # examples left as data
    assert normalised["components"]["schemas"]["Listed"] == {"type": "array", "items": {}}
