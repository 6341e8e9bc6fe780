"""Conformance test support: a strict check of response bodies against the spec, a check that the
SDK's parse kept their types, and a Prism mock server for a test session.

Prism (``@stoplight/prism-cli``) serves openapi/openapi.yaml on 127.0.0.1, rejects requests that do
not follow it and answers valid ones with random data that follows the response schemas. It is
installed by the README's test command (``npm install --prefix .tools/prism ...``, also in
``.ci/run``); when it is missing the Prism tests fail and say how to install it.

The spec itself is read through tests/support/spec_examples.py.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import json
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.support.spec_examples import SPEC_PATH, flatten, operations, schema_violations

ROOT = Path(__file__).resolve().parents[1]

PRISM_VERSION = "5.16.0"
PRISM_PREFIX = ROOT / ".tools" / "prism"
PRISM_BIN = PRISM_PREFIX / "node_modules" / ".bin" / "prism"
PRISM_INSTALL = f"npm install --prefix .tools/prism @stoplight/prism-cli@{PRISM_VERSION}"

_FIXED_POINT = {
    "FixedPointDollars": re.compile(r"-?\d+\.\d{4}"),
    "FixedPointCount": re.compile(r"-?\d+\.\d{2}"),
}


def fixed_point_problems(value: Any, schema: Any, where: str = "$") -> list[str]:
    """Fixed-point strings written with the wrong number of decimals ("0.56" for "0.5600")."""
    schema = flatten(schema)
    name = schema.get("x-schema-name")
    if name in _FIXED_POINT and isinstance(value, str) and not _FIXED_POINT[name].fullmatch(value):
        return [f"{where}: {value!r} is not written as a {name}"]
    if isinstance(value, list):
        items = schema.get("items", {})
        return [p for i, item in enumerate(value) for p in fixed_point_problems(item, items, f"{where}[{i}]")]
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        inner = [(item, properties[key], f"{where}.{key}") for key, item in value.items() if key in properties]
        return [problem for item, part, path in inner for problem in fixed_point_problems(item, part, path)]
    return []


def assert_follows_spec(operation_id: str, status: int, body: Any) -> None:
    """Fail, listing every difference, unless ``body`` is exactly the operation's success response.

    Exactly: required fields present, types, enums and date-times right, no undeclared keys, and
    fixed-point strings with their decimals.
    """
    operation = operations()[operation_id]
    assert status == operation.success_status, f"{operation_id} answers {operation.success_status}, not {status}"
    schema = operation.response_schema
    assert schema is not None, f"{operation_id} {status} has no JSON body in the spec"
    problems = schema_violations(body, schema, where="$", reject_unknown=True) + fixed_point_problems(body, schema)
    assert not problems, f"{operation_id} {status} departs from the spec:\n" + "\n".join(problems[:40])


def typing_problems(schema: Any, parsed: Any, raw: Any, where: str = "$") -> list[str]:
    """Where the SDK's parsed value does not hold ``raw`` in the typed form ``schema`` asks for.

    Objects must be models (nested ones too), enums enum members, date-times datetimes, and so on.
    """
    schema = flatten(schema)
    if raw is None:
        return []
    kind = schema.get("type", "object" if "properties" in schema else None)
    if "enum" in schema:
        ok = isinstance(parsed, enum.Enum) and parsed.value == raw
        return [] if ok else [f"{where}: {parsed!r} is not the enum member for {raw!r}"]
    if kind == "string" and schema.get("format") == "date-time":
        return [] if isinstance(parsed, datetime.datetime) else [f"{where}: {parsed!r} is not a datetime"]
    if kind == "array":
        if not isinstance(parsed, list) or len(parsed) != len(raw):
            return [f"{where}: {parsed!r} is not a list of {len(raw)} items"]
        items = schema.get("items", {})
        pairs = enumerate(zip(parsed, raw, strict=True))
        return [problem for i, (one, sent) in pairs for problem in typing_problems(items, one, sent, f"{where}[{i}]")]
    if "properties" in schema:
        fields = getattr(type(parsed), "_FIELDS", None)
        if fields is None:
            return [f"{where}: {type(parsed).__name__} is not a model"]
        problems = []
        for attribute, key in fields:
            if key in raw and key in schema["properties"]:
                value = getattr(parsed, attribute)
                problems += typing_problems(schema["properties"][key], value, raw[key], f"{where}.{key}")
        return problems
    if kind in (None, "object") and hasattr(parsed, "additional_properties"):
        return []  # a free-form object the generator made a model of (every key kept in additional_properties)
    python_types: dict[str, tuple[type, ...]] = {
        "string": (str,),
        "integer": (int,),
        "number": (int, float),
        "boolean": (bool,),
        "object": (dict,),
    }
    expected = python_types.get(kind or "object", (object,))
    return [] if isinstance(parsed, expected) else [f"{where}: {parsed!r} is not {kind}"]


# -- Prism --------------------------------------------------------------------------------------------


@dataclass
class Prism:
    """A running ``prism mock -d`` serving the project's spec."""

    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def prism_missing() -> str | None:
    """What to do when Prism is not installed (None when it is)."""
    if PRISM_BIN.exists():
        return None
    return (
        f"Prism is not installed at {PRISM_BIN.relative_to(ROOT)}: run `{PRISM_INSTALL}` in the "
        "project's root (the README's test command and .ci/run do)"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def run_prism(log_path: Path, timeout: float = 90.0) -> Iterator[Prism]:
    """Start Prism on a free port of 127.0.0.1, wait until it answers, stop it on exit."""
    missing = prism_missing()
    if missing is not None:
        raise AssertionError(missing)
    port = _free_port()
    command = [str(PRISM_BIN), "mock", "-d", "-h", "127.0.0.1", "-p", str(port), str(SPEC_PATH)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    prism = Prism(f"http://127.0.0.1:{port}", process, log_path)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise AssertionError(f"Prism exited with {process.returncode}:\n{prism.log_tail()}")
            with contextlib.suppress(httpx.TransportError):
                httpx.get(f"{prism.base_url}/exchange/status", timeout=2)
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"Prism did not answer within {timeout:.0f} s:\n{prism.log_tail()}")
            time.sleep(0.2)
        yield prism
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def prism_verdict(status: int, headers: Any, body: Any) -> str | None:
    """Why Prism refused a request (None when it accepted it): the status, its violations, its body.

    Prism lists the request's violations of the spec in the ``sl-violations`` header, and for a
    rejected body also in a problem+json body.
    """
    raw = headers.get("sl-violations") if headers is not None else None
    violations = json.loads(raw) if raw else []
    errors = [v for v in violations if v.get("severity") == "Error"]
    if status < 400 and not errors:
        return None
    lines = [f"Prism answered {status}"]
    for violation in violations:
        location = ".".join(map(str, violation.get("location", [])))
        lines.append(f"  {location}: {violation.get('message')} ({violation.get('code')})")
    if body not in (None, "", b""):
        text = body if isinstance(body, str) else json.dumps(body) if not isinstance(body, bytes) else body.decode()
        lines.append(f"  body: {text[:800]}")
    return "\n".join(lines)
