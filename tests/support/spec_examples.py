"""The project's OpenAPI document as test material.

- `operations()`: every operation with its parameters, body and success response, `$ref`s resolved.
- `schema_violations()`: checks a decoded JSON value against a schema and lists every problem.
- `example_value()` / `example_arguments()`: valid, realistic values built from the schemas.

Resolved schemas are plain dicts shared between callers: read them, never mutate them. A schema
reached through `#/components/schemas/Name` carries the extra key `x-schema-name: Name`.
"""

from __future__ import annotations

import copy
import functools
import keyword
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "SPEC_PATH",
    "OperationInfo",
    "Parameter",
    "SecurityScheme",
    "example_arguments",
    "example_problems",
    "example_value",
    "flatten",
    "is_date_time",
    "load_spec",
    "operations",
    "python_name",
    "schema_violations",
]

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "openapi.yaml"

Schema = dict[str, Any]

# Keys whose values are data, not schemas: never resolved.
_LITERAL_KEYS = frozenset({"example", "examples", "default", "enum", "x-oapi-codegen-extra-tags"})
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


# --- loading and $ref resolution -------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _raw_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as file:
        return yaml.safe_load(file)  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    """The OpenAPI document with every `$ref` replaced by what it points to (read once)."""
    raw = _raw_spec()
    return _Resolver(raw).resolve(raw)  # type: ignore[no-any-return]


class _Resolver:
    """Inlines local `$ref`s; keys next to a `$ref` (example, nullable, ...) override the target's."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._done: dict[str, Schema] = {}
        self._active: set[str] = set()

    def resolve(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.resolve(item) for item in node]
        if not isinstance(node, dict):
            return node
        resolved = {key: value if key in _LITERAL_KEYS else self.resolve(value) for key, value in node.items()}
        ref = resolved.pop("$ref", None)
        return resolved if ref is None else {**self._target(ref), **resolved}

    def _target(self, ref: str) -> Schema:
        if ref in self._done:
            return self._done[ref]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        *section, name = ref[2:].split("/")
        if ref in self._active:  # a recursive schema: stop here, as a free-form value
            return {"x-schema-name": name, "x-recursive": True}
        self._active.add(ref)
        node: Any = self._document
        for part in [*section, name]:
            node = node[part]
        target = self.resolve(node)
        if section == ["components", "schemas"]:
            target = {**target, "x-schema-name": name}
        self._active.discard(ref)
        self._done[ref] = target
        return target  # type: ignore[no-any-return]


def flatten(schema: Schema) -> Schema:
    """`schema` with its `allOf` members merged into one schema (properties and required united)."""
    if "allOf" not in schema:
        return schema
    parts = [flatten(part) for part in schema["allOf"]]
    parts.append({key: value for key, value in schema.items() if key != "allOf"})
    merged: Schema = {}
    properties: dict[str, Schema] = {}
    required: list[str] = []
    for part in parts:
        merged.update({key: value for key, value in part.items() if key not in ("properties", "required")})
        properties.update(part.get("properties", {}))
        required.extend(part.get("required", []))
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = list(dict.fromkeys(required))
    return merged


# --- operations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """A path or query parameter. `explode` tells how a list is sent: repeated keys when true."""

    name: str
    location: str
    required: bool
    schema: Schema
    explode: bool


@dataclass(frozen=True)
class SecurityScheme:
    """A credential the request carries in a header (`bearer`: `Authorization: Bearer <token>`)."""

    name: str
    header: str
    bearer: bool


@dataclass(frozen=True)
class OperationInfo:
    """One operation of the spec. `security` lists alternatives; each needs all of its schemes."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    request_body: Schema | None
    request_body_required: bool
    success_status: int
    response_schema: Schema | None
    security: tuple[tuple[SecurityScheme, ...], ...]

    @property
    def secured(self) -> bool:
        return bool(self.security)

    def parameters_in(self, location: str) -> list[Parameter]:
        return [parameter for parameter in self.parameters if parameter.location == location]


def operations() -> dict[str, OperationInfo]:
    """Every operation of the spec, keyed by operationId."""
    return dict(_operations())


@functools.lru_cache(maxsize=1)
def _operations() -> dict[str, OperationInfo]:
    spec = load_spec()
    found: dict[str, OperationInfo] = {}
    for path, item in spec["paths"].items():
        for method in _HTTP_METHODS:
            if method in item:
                operation = _operation_info(spec, path, method, item)
                found[operation.operation_id] = operation
    return found


def _operation_info(spec: dict[str, Any], path: str, method: str, item: dict[str, Any]) -> OperationInfo:
    raw = item[method]
    by_key = {(p["name"], p["in"]): p for p in [*item.get("parameters", []), *raw.get("parameters", [])]}
    body = raw.get("requestBody")
    status, response = next((code, r) for code, r in raw["responses"].items() if str(code).startswith("2"))
    return OperationInfo(
        operation_id=raw["operationId"],
        method=method.upper(),
        path=path,
        parameters=tuple(_parameter(p) for p in by_key.values() if p["in"] in ("path", "query")),
        request_body=_json_schema(body),
        request_body_required=bool(body and body.get("required")),
        success_status=int(status),
        response_schema=_json_schema(response),
        security=_security(spec, raw.get("security", spec.get("security", []))),
    )


def _parameter(raw: dict[str, Any]) -> Parameter:
    style = raw.get("style", "form" if raw["in"] == "query" else "simple")
    return Parameter(
        name=raw["name"],
        location=raw["in"],
        required=bool(raw.get("required")),
        schema=raw.get("schema", {}),
        explode=bool(raw.get("explode", style == "form")),
    )


def _json_schema(holder: dict[str, Any] | None) -> Schema | None:
    """The application/json schema of a request body or response, None without content."""
    if not holder or "content" not in holder:
        return None
    return holder["content"].get("application/json", {}).get("schema", {})  # type: ignore[no-any-return]


def _security(spec: dict[str, Any], requirements: list[dict[str, Any]]) -> tuple[tuple[SecurityScheme, ...], ...]:
    if any(not requirement for requirement in requirements):  # `{}` among them: anonymous access allowed
        return ()
    schemes = spec.get("components", {}).get("securitySchemes", {})
    return tuple(tuple(_scheme(name, schemes[name]) for name in requirement) for requirement in requirements)


def _scheme(name: str, raw: dict[str, Any]) -> SecurityScheme:
    if raw["type"] == "apiKey" and raw.get("in") == "header":
        return SecurityScheme(name, raw["name"], bearer=False)
    if raw["type"] == "http" and raw.get("scheme", "").lower() == "bearer":
        return SecurityScheme(name, "Authorization", bearer=True)
    raise ValueError(f"security scheme {name!r} is not supported: {raw}")


# --- validation ------------------------------------------------------------------------------

_RFC3339 = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def is_date_time(text: str) -> bool:
    """An RFC 3339 date-time with an offset (what `format: date-time` means)."""
    match = _RFC3339.fullmatch(text)
    if match is None:
        return False
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
        datetime(year, month, day, hour, minute, second)
    except ValueError:
        return False
    return True


def schema_violations(value: Any, schema: Schema, *, where: str = "value", reject_unknown: bool = False) -> list[str]:
    """Every way `value` (decoded JSON) breaks `schema`, each naming where and which rule.

    `reject_unknown` refuses object properties the schema does not declare (unless it allows
    them with `additionalProperties`), as a request body must; responses may carry extras.
    """
    schema = flatten(schema)
    if value is None:
        allowed = schema.get("nullable") or not ({"type", "properties", "enum"} & schema.keys())
        return [] if allowed else [f"{where}: null is not allowed"]
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return _alternatives_violations(value, schema[combinator], where, reject_unknown)
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not one of {schema['enum']}"]
    kind = _kind(schema)
    checker = _CHECKERS.get(kind) if kind else None
    return checker(value, schema, where, reject_unknown) if checker else []


def _kind(schema: Schema) -> str | None:
    if "type" in schema:
        return str(schema["type"])
    return "object" if "properties" in schema else None


def _alternatives_violations(value: Any, alternatives: list[Schema], where: str, reject_unknown: bool) -> list[str]:
    reasons = [schema_violations(value, option, where=where, reject_unknown=reject_unknown) for option in alternatives]
    if any(not problems for problems in reasons):
        return []
    return [f"{where}: matches none of the {len(alternatives)} alternatives", *reasons[0]]


def _type_error(value: Any, expected: str, where: str) -> list[str]:
    return [f"{where}: expected {expected}, got {type(value).__name__} {value!r}"]


def _check_string(value: Any, schema: Schema, where: str, reject_unknown: bool) -> list[str]:
    if not isinstance(value, str):
        return _type_error(value, "a string", where)
    reasons = []
    if schema.get("format") == "date-time" and not is_date_time(value):
        reasons.append(f"{where}: {value!r} is not an RFC 3339 date-time with an offset")
    if schema.get("format") == "uuid" and not _is_uuid(value):
        reasons.append(f"{where}: {value!r} is not a UUID")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        reasons.append(f"{where}: length {len(value)} is above maxLength {schema['maxLength']}")
    if "minLength" in schema and len(value) < schema["minLength"]:
        reasons.append(f"{where}: length {len(value)} is below minLength {schema['minLength']}")
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        reasons.append(f"{where}: {value!r} does not match pattern {schema['pattern']!r}")
    return reasons


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _check_integer(value: Any, schema: Schema, where: str, reject_unknown: bool) -> list[str]:
    if not isinstance(value, int) or isinstance(value, bool):
        return _type_error(value, "an integer", where)
    reasons = _range_violations(value, schema, where)
    low, high = _INT_RANGES.get(schema.get("format", ""), (None, None))
    if low is not None and high is not None and not low <= value <= high:
        reasons.append(f"{where}: {value} does not fit format {schema['format']}")
    return reasons


def _check_number(value: Any, schema: Schema, where: str, reject_unknown: bool) -> list[str]:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return _type_error(value, "a number", where)
    return _range_violations(value, schema, where)


def _range_violations(value: float, schema: Schema, where: str) -> list[str]:
    reasons = []
    if "minimum" in schema and value < schema["minimum"]:
        reasons.append(f"{where}: {value} is below minimum {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        reasons.append(f"{where}: {value} is above maximum {schema['maximum']}")
    return reasons


def _check_boolean(value: Any, schema: Schema, where: str, reject_unknown: bool) -> list[str]:
    return [] if isinstance(value, bool) else _type_error(value, "a boolean", where)


def _check_array(value: Any, schema: Schema, where: str, reject_unknown: bool) -> list[str]:
    if not isinstance(value, list):
        return _type_error(value, "an array", where)
    reasons = []
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        reasons.append(f"{where}: {len(value)} items, above maxItems {schema['maxItems']}")
    if "minItems" in schema and len(value) < schema["minItems"]:
        reasons.append(f"{where}: {len(value)} items, below minItems {schema['minItems']}")
    items = schema.get("items", {})
    for index, item in enumerate(value):
        reasons += schema_violations(item, items, where=f"{where}[{index}]", reject_unknown=reject_unknown)
    return reasons


def _check_object(value: Any, schema: Schema, where: str, reject_unknown: bool) -> list[str]:
    if not isinstance(value, dict):
        return _type_error(value, "an object", where)
    properties: dict[str, Schema] = schema.get("properties", {})
    extra = schema.get("additionalProperties", not reject_unknown)
    reasons = [
        f"{where}: required property {name!r} is missing" for name in schema.get("required", []) if name not in value
    ]
    for name, item in value.items():
        inner = f"{where}.{name}"
        if name in properties:
            reasons += schema_violations(item, properties[name], where=inner, reject_unknown=reject_unknown)
        elif isinstance(extra, dict):
            reasons += schema_violations(item, extra, where=inner, reject_unknown=reject_unknown)
        elif not extra:
            owner = schema.get("x-schema-name", "the schema")
            reasons.append(f"{where}: property {name!r} is not defined in {owner}")
    return reasons


_CHECKERS: dict[str, Callable[[Any, Schema, str, bool], list[str]]] = {
    "string": _check_string,
    "integer": _check_integer,
    "number": _check_number,
    "boolean": _check_boolean,
    "array": _check_array,
    "object": _check_object,
}


# --- example values --------------------------------------------------------------------------

_MOMENT = datetime(2026, 11, 21, 15, 30, tzinfo=timezone.utc)
_EPOCH_SECONDS = int(_MOMENT.timestamp())
_NAMED_SCHEMA_EXAMPLES = {"FixedPointDollars": "0.5600", "FixedPointCount": "10.00"}
_EPOCH_NAMES = frozenset({"ts", "from", "to"})
_LATER_PREFIXES = ("end", "max", "to", "close", "expiration")
_MAX_DEPTH = 12


def example_value(schema: Schema, *, name: str | None = None, response: bool = False) -> Any:
    """A valid, realistic value for `schema`; `name` is the property or parameter it is for.

    The schema's own `example` wins when it is valid; otherwise the value follows the enum, the
    format and the name (tickers, ids, `*_ts` timestamps, fixed-point prices and counts). Objects
    get every declared property. With `response=True` a `cursor` is empty, so a paginating
    client stops after one page.
    """
    return _Builder(response).value(schema, name, variant=0, depth=0)


@dataclass(frozen=True)
class _Builder:
    response: bool

    def value(self, schema: Schema, name: str | None, variant: int, depth: int) -> Any:
        schema = flatten(schema)
        if self.response and name == "cursor":
            return ""
        for combinator in ("oneOf", "anyOf"):
            if schema.get(combinator):
                return self.value(schema[combinator][0], name, variant, depth)
        if "example" in schema:
            candidate = self._with_example(schema, name, variant, depth)
            if not schema_violations(candidate, schema, reject_unknown=True):
                return candidate
        if schema.get("x-schema-name") in _NAMED_SCHEMA_EXAMPLES:
            return _NAMED_SCHEMA_EXAMPLES[schema["x-schema-name"]]
        if "enum" in schema:
            return next((option for option in schema["enum"] if option is not None), None)
        kind = _kind(schema)
        if kind == "object":
            return self.object(schema, {}, variant, depth)
        if kind == "array":
            return self.array(schema, name, depth)
        return _scalar_example(kind, schema, name or "", variant)

    def _with_example(self, schema: Schema, name: str | None, variant: int, depth: int) -> Any:
        example = copy.deepcopy(schema["example"])
        if isinstance(example, dict) and _kind(schema) == "object":
            return self.object(schema, example, variant, depth)
        return example

    def object(self, schema: Schema, given: dict[str, Any], variant: int, depth: int) -> dict[str, Any]:
        """`given` completed with every declared property (only the required ones when too deep)."""
        properties: dict[str, Schema] = schema.get("properties", {})
        wanted = properties if depth < _MAX_DEPTH else {n: properties[n] for n in schema.get("required", [])}
        result = dict(given)
        for name, prop in wanted.items():
            if self.response and name == "cursor":
                result[name] = ""
            elif name not in result:
                result[name] = self.value(prop, name, variant, depth + 1)
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, dict) and not given:
            result["example"] = self.value(extra, None, variant, depth + 1)
        return result

    def array(self, schema: Schema, name: str | None, depth: int) -> list[Any]:
        count = max(schema.get("minItems", 0), 2 if depth < _MAX_DEPTH else 0)
        count = min(count, schema.get("maxItems", count))
        items = schema.get("items", {})
        return [self.value(items, name, index, depth + 1) for index in range(count)]


def _scalar_example(kind: str | None, schema: Schema, name: str, variant: int) -> Any:
    if kind == "string":
        return _string_example(schema, name.lower(), variant)
    if kind == "integer":
        return _clamp(_integer_guess(schema, name.lower(), variant), schema)
    if kind == "number":
        default = schema.get("default")
        return _clamp(default if isinstance(default, (int, float)) else 0.56, schema)
    if kind == "boolean":
        default = schema.get("default")
        return default if isinstance(default, bool) else True
    return {}  # no type: a free-form value


def _string_example(schema: Schema, name: str, variant: int) -> str:
    text = _string_guess(schema, name, variant)
    return text[: schema["maxLength"]] if "maxLength" in schema else text


def _string_guess(schema: Schema, name: str, variant: int) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return _date_time_for(name, variant).strftime("%Y-%m-%dT%H:%M:%SZ")
    if fmt == "date":
        return _date_time_for(name, variant).strftime("%Y-%m-%d")
    if fmt == "uuid" or name == "id" or name.endswith(("_id", "_ids")) or name == "ids":
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kalshi-sdk-example/{name}/{variant}"))
    if "ticker" in name:
        return _ticker_for(name, variant)
    if name.endswith("_dollars") or "price" in name:
        return "0.5600"
    if name.endswith("_fp"):
        return "10.00"
    default = schema.get("default")
    return default if isinstance(default, str) else f"{name or 'text'}-{variant + 1}"


def _ticker_for(name: str, variant: int) -> str:
    if "series" in name:
        return "KXHIGHNY"
    if "event" in name:
        return f"KXHIGHNY-26NOV{21 + variant}"
    if "collection" in name:
        return "KXMVESPORTSMULTIGAMEEXTENDED"
    return f"KXHIGHNY-26NOV21-T{60 + variant}"


def _date_time_for(name: str, variant: int) -> datetime:
    later = name.startswith(_LATER_PREFIXES) or "_end" in name or "_max" in name
    return _MOMENT + timedelta(days=1 if later else 0, minutes=variant)


def _integer_guess(schema: Schema, name: str, variant: int) -> int:
    seconds = int(_date_time_for(name, variant).timestamp())
    if name.endswith("_ms"):
        return seconds * 1000
    if name.endswith(("_ts", "_time")) or name in _EPOCH_NAMES:
        return seconds
    default = schema.get("default")
    return (default if isinstance(default, int) and not isinstance(default, bool) else 1) + variant


def _clamp(value: Any, schema: Schema) -> Any:
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    if "minimum" in schema:
        value = max(value, schema["minimum"])
    return value


def python_name(name: str) -> str:
    """The keyword-argument name for a spec name: a Python keyword gets a trailing underscore."""
    return f"{name}_" if keyword.iskeyword(name) else name


def example_arguments(operation_id: str) -> dict[str, Any]:
    """Keyword arguments for calling `operation_id` through the SDK, every optional one included.

    Path and query parameters come first, then each request-body property as its own keyword.
    Lists stay lists; top-level `date-time` values are timezone-aware `datetime`s, since that
    is what a Python caller passes.
    """
    operation = operations()[operation_id]
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        arguments[python_name(parameter.name)] = _as_argument(
            example_value(parameter.schema, name=parameter.name), parameter.schema
        )
    if operation.request_body is None:
        return arguments
    body_schema = flatten(operation.request_body)
    body = example_value(body_schema)
    if not isinstance(body, dict):
        raise ValueError(f"{operation_id}: the request body is not an object, it cannot become keywords")
    for name, value in body.items():
        keyword_name = python_name(name)
        if keyword_name in arguments:
            raise ValueError(f"{operation_id}: body property {name!r} clashes with a parameter")
        arguments[keyword_name] = _as_argument(value, body_schema.get("properties", {}).get(name, {}))
    return arguments


def _as_argument(value: Any, schema: Schema) -> Any:
    if isinstance(value, str) and flatten(schema).get("format") == "date-time":
        return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return value


def example_problems() -> list[str]:
    """Every schema in the spec whose own `example` breaks the schema (so it is not used)."""
    raw = _raw_spec()
    problems: list[str] = []
    _collect_example_problems(raw, _Resolver(raw), "#", problems)
    return problems


def _collect_example_problems(node: Any, resolver: _Resolver, where: str, problems: list[str]) -> None:
    """Walks the unresolved document, so each schema is checked once, where it is written."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            _collect_example_problems(item, resolver, f"{where}/{index}", problems)
        return
    if not isinstance(node, dict):
        return
    if "example" in node:
        schema = resolver.resolve(node)
        problems += schema_violations(schema["example"], schema, where=f"{where}/example", reject_unknown=True)
    for key, value in node.items():
        if key not in _LITERAL_KEYS:
            _collect_example_problems(value, resolver, f"{where}/{key}", problems)
