"""Conformance test support: the project's spec as data, a strict response-shape check, request
arguments made from the spec, and a Prism mock server for a test session.

Prism (``@stoplight/prism-cli``) serves openapi/openapi.yaml on 127.0.0.1, rejects requests that do
not follow it and answers valid ones with random data that follows the response schemas. It is
installed by the README's test command (``npm install --prefix .tools/prism ...``, also in
``.ci/run``); when it is missing the Prism tests fail and say how to install it.
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
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "openapi.yaml"

PRISM_VERSION = "5.16.0"
PRISM_PREFIX = ROOT / ".tools" / "prism"
PRISM_BIN = PRISM_PREFIX / "node_modules" / ".bin" / "prism"
PRISM_INSTALL = f"npm install --prefix .tools/prism @stoplight/prism-cli@{PRISM_VERSION}"

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_FIXED_POINT = {
    "FixedPointDollars": re.compile(r"-?\d+\.\d{4}"),
    "FixedPointCount": re.compile(r"-?\d+\.\d{2}"),
}


def snake_case(operation_id: str) -> str:
    """``GetMarketOrderbook`` -> ``get_market_orderbook``, as the generator names operations."""
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", operation_id)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words).lower()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    node: dict[str, Any]
    parameters: list[dict[str, Any]]


class Spec:
    """openapi/openapi.yaml, read once."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method in _HTTP_METHODS:
                node = item.get(method)
                if node is None:
                    continue
                parameters = [self.resolve(p) for p in [*shared, *node.get("parameters", [])]]
                operation = Operation(node["operationId"], method.upper(), path, node, parameters)
                self.operations[operation.operation_id] = operation

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` links until a node without one."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def by_name(self, name: str) -> Operation:
        """An operation by its snake_case name (the SDK's) or its operationId."""
        for operation in self.operations.values():
            if name in (operation.operation_id, snake_case(operation.operation_id)):
                return operation
        raise KeyError(name)

    def response_schema(self, name: str, status: int) -> dict[str, Any] | None:
        """The JSON schema of an operation's response with this status (None when it has no body)."""
        response = self.resolve(self.by_name(name).node["responses"].get(str(status)))
        if response is None:
            raise KeyError(f"{name} has no {status} response in the spec")
        content = response.get("content", {}).get("application/json")
        return None if content is None else content.get("schema")

    def violations(self, schema: Any, value: Any, where: str = "$", *, strict: bool = True) -> list[str]:
        """How ``value`` departs from ``schema`` (empty when it follows it).

        ``strict`` also reports object keys the schema does not declare, and fixed-point strings
        (FixedPointDollars, FixedPointCount) written with the wrong number of decimals.
        """
        name = schema["$ref"].rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None
        nullable = isinstance(schema, dict) and schema.get("nullable", False)
        schema = self.resolve(schema)
        nullable = nullable or schema.get("nullable", False)
        if value is None:
            return [] if nullable or not schema else [f"{where}: null where the spec allows no null"]
        problems: list[str] = []
        for part in schema.get("allOf", []):
            problems += self.violations(part, value, where, strict=strict)
        for key in ("oneOf", "anyOf"):
            if key in schema and all(self.violations(p, value, where, strict=strict) for p in schema[key]):
                problems.append(f"{where}: matches none of {key}")
        if strict and name in _FIXED_POINT and isinstance(value, str) and not _FIXED_POINT[name].fullmatch(value):
            problems.append(f"{where}: {value!r} is not a {name} string")
        kind = schema.get("type")
        checks = {
            "object": lambda v: isinstance(v, dict),
            "array": lambda v: isinstance(v, list),
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
        }
        if kind is not None and not checks[kind](value):
            return [*problems, f"{where}: expected {kind}, got {type(value).__name__} {value!r}"]
        if "enum" in schema and value not in schema["enum"]:
            problems.append(f"{where}: {value!r} is not one of {schema['enum']}")
        if kind == "string" and schema.get("format") == "date-time":
            try:
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                problems.append(f"{where}: {value!r} is not a date-time")
        if kind == "array":
            if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
                problems.append(f"{where}: {len(value)} items is outside the allowed count")
            for index, item in enumerate(value):
                problems += self.violations(schema.get("items", {}), item, f"{where}[{index}]", strict=strict)
        if isinstance(value, dict) and "properties" in schema:
            properties = schema["properties"]
            problems += [
                f"{where}: required {key!r} is missing" for key in schema.get("required", []) if key not in value
            ]
            for key, item in value.items():
                if key in properties:
                    problems += self.violations(properties[key], item, f"{where}.{key}", strict=strict)
                elif strict and not schema.get("additionalProperties"):
                    problems.append(f"{where}: {key!r} is not in the schema")
        return problems


@cache
def spec() -> Spec:
    """The project's spec (parsed once per test session)."""
    return Spec(yaml.safe_load(SPEC_PATH.read_text()))


def assert_follows_spec(operation: str, status: int, body: Any) -> None:
    """Fail, listing every difference, unless ``body`` is exactly what the spec describes."""
    schema = spec().response_schema(operation, status)
    assert schema is not None, f"{operation} {status} has no JSON body in the spec"
    problems = spec().violations(schema, body)
    assert not problems, f"{operation} {status} departs from the spec:\n" + "\n".join(problems[:40])


# -- example values made from the spec --------------------------------------------------------------

_SAMPLE_DATETIME = "2025-11-23T18:00:00Z"


def example_value(schema: Any, depth: int = 0) -> Any:
    """A value that follows ``schema``: its example when it has one, else one made from its type."""
    document = spec()
    if isinstance(schema, dict) and "example" in schema:
        return schema["example"]
    schema = document.resolve(schema)
    if "example" in schema:
        return schema["example"]
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = document.resolve(part)
            if "properties" not in part:
                return example_value(part, depth)
            merged["properties"].update(part["properties"])
        return example_value(merged, depth)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example_value(schema[key][0], depth)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        if depth > 6:
            return {}
        return {name: example_value(part, depth + 1) for name, part in schema.get("properties", {}).items()}
    if kind == "array":
        return [example_value(schema.get("items", {}), depth + 1)] * max(1, schema.get("minItems", 1))
    if kind == "string":
        samples = {"date-time": _SAMPLE_DATETIME, "date": "2025-11-23", "uuid": "3f1d2c9e-7b4a-4e8f-9a61-2c5d8e7f1b03"}
        return samples.get(schema.get("format", ""), "KXEXAMPLE")
    if kind in ("integer", "number"):
        low, high = schema.get("minimum"), schema.get("maximum")
        value = max(1, low) if low is not None else 1
        value = min(value, high) if high is not None else value
        return value if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    raise AssertionError(f"no example for schema {schema!r}")


def _python_value(value: Any, annotation: Any) -> Any:
    """``value`` (JSON-shaped) as the generated endpoint function expects it for ``annotation``."""
    for candidate in typing.get_args(annotation) or (annotation,):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate(value)
        if candidate is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if isinstance(candidate, type) and hasattr(candidate, "from_dict") and isinstance(value, dict):
            return candidate.from_dict(value)
        if typing.get_origin(candidate) is list and isinstance(value, list):
            [item_type] = typing.get_args(candidate)
            return [_python_value(item, item_type) for item in value]
    return value


def example_arguments(name: str) -> dict[str, Any]:
    """Keyword arguments for ``build_request_spec(name, ...)``: every parameter and the body, from the spec."""
    from kalshi_api.api import OPERATIONS
    from kalshi_sdk._operations import _endpoint_module

    operation = spec().by_name(name)
    function = _endpoint_module(name)._get_kwargs
    hints = typing.get_type_hints(function)
    python_names = {re.sub(r"_$", "", python): python for python in hints if python != "return"}
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        python = python_names[snake_case(parameter["name"]).replace("-", "_")]
        value = parameter.get("example", example_value(parameter.get("schema", {})))
        arguments[python] = _python_value(value, hints[python])
    if "requestBody" in operation.node:
        schema = operation.node["requestBody"]["content"]["application/json"]["schema"]
        arguments["body"] = _python_value(example_value(schema), hints["body"])
    assert OPERATIONS[name].path.replace("_}", "}") == operation.path  # the generator may add "_" to path names
    return arguments


# -- checking what the SDK parsed ---------------------------------------------------------------------


def typing_problems(schema: Any, parsed: Any, raw: Any, where: str = "$") -> list[str]:
    """Where the SDK's parsed value does not hold ``raw`` as the typed form ``schema`` asks for.

    Objects must be models (nested ones too), enums enum members, date-times datetimes, and so on.
    """
    document = spec()
    schema = document.resolve(schema)
    if raw is None:
        return []
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return typing_problems(schema["allOf"][0], parsed, raw, where)
    kind = schema.get("type")
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
    python_types: dict[str, tuple[type, ...]] = {
        "string": (str,),
        "integer": (int,),
        "number": (int, float),
        "boolean": (bool,),
        "object": (dict,),
    }
    if (kind or "object") == "object" and hasattr(parsed, "additional_properties"):
        return []  # a free-form object the generator made a model of (every key kept in additional_properties)
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


def prism_installed() -> bool:
    return PRISM_BIN.exists()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def run_prism(log_path: Path, timeout: float = 90.0) -> Iterator[Prism]:
    """Start Prism on a free port of 127.0.0.1, wait until it answers, stop it on exit."""
    if not prism_installed():
        raise AssertionError(
            f"Prism is not installed at {PRISM_BIN.relative_to(ROOT)}: run `{PRISM_INSTALL}` in the "
            "project's root (the README's test command and .ci/run do)"
        )
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
