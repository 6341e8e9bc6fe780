"""Conformance test support: the project's spec as data, a strict response-shape check, request
arguments made from the spec, and a Prism mock server for a test session.

Prism (``@stoplight/prism-cli``) serves openapi/openapi.yaml on 127.0.0.1, rejects requests that do
not follow it and answers valid ones with random data that follows the response schemas. It is
installed by the README's test command (``npm install --prefix .tools/prism ...``, also in
``.ci/run``); when it is missing the Prism tests fail and say how to install it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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
