"""Operations as request descriptions: check the arguments against the spec, then build the request.

A `RequestSpec` says everything needed to send one call and read its answer; the sync and async
clients only differ in how they execute it. The facts behind it (method, path, whether it needs
a signature, the response model, each parameter's limits) come from the generated package, so
they follow the spec with every regeneration.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import typing
from dataclasses import dataclass
from typing import Any

import kalshi_api.rules
from kalshi_api.api import OPERATIONS
from kalshi_api.rules import PARAMETER_RULES
from kalshi_api.types import UNSET

__all__ = ["RequestSpec", "build_request_spec", "validate_arguments"]


@dataclass(frozen=True)
class RequestSpec:
    """One API call, ready to send: where to, with what, and how to read the answer."""

    operation: str
    method: str
    url: str
    params: dict[str, Any]
    json: Any
    requires_auth: bool
    response_model: Any
    unwrap: str | None = None
    """Return this field of the response model rather than the whole model."""
    retry_safe: bool | None = None
    """Whether sending the request again is harmless. None decides by method: GET and DELETE are
    retried, POST and PUT are not. True marks a write the server de-duplicates (an order create
    carrying a client_order_id)."""
    cost: float = 1.0
    """How many requests of the client's rate budget the call spends (a batch of n orders: n)."""


# Constraints on the top-level fields of each operation's JSON body ({operation: {field: rules}}),
# once regenerate.py writes them beside PARAMETER_RULES; until then bodies go unchecked.
BODY_RULES: dict[str, dict[str, dict[str, Any]]] = getattr(kalshi_api.rules, "BODY_RULES", {})

_endpoint_modules: dict[str, Any] = {}
_response_models: dict[str, Any] = {}


def _endpoint_module(operation: str) -> Any:
    module = _endpoint_modules.get(operation)
    if module is None:
        module = importlib.import_module(f"kalshi_api.api.{OPERATIONS[operation].module}")
        _endpoint_modules[operation] = module
    return module


_enum_parameters_by_operation: dict[str, dict[str, type[enum.Enum]]] = {}


def _enum_parameters(operation: str) -> dict[str, type[enum.Enum]]:
    """The parameters the generated code takes as enum members (it reads their `.value`)."""
    found = _enum_parameters_by_operation.get(operation)
    if found is None:
        found = {}
        for name, annotation in _endpoint_module(operation)._get_kwargs.__annotations__.items():
            for candidate in typing.get_args(annotation) or (annotation,):
                if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                    found[name] = candidate
        _enum_parameters_by_operation[operation] = found
    return found


def _response_model(name: str | None) -> Any:
    if name is None:
        return None
    model = _response_models.get(name)
    if model is None:
        import kalshi_api.models

        model = _response_models[name] = getattr(kalshi_api.models, name)
    return model


def build_request_spec(operation: str, /, *, unwrap: str | None = None, **arguments: Any) -> RequestSpec:
    """Check `arguments` against the spec's rules for `operation`, then describe the request.

    Arguments left as None or UNSET are not sent. Raises ValueError naming the parameter when an
    argument is out of range, before anything is sent.
    """
    facts = OPERATIONS[operation]
    given = {name: value for name, value in arguments.items() if value is not None and value is not UNSET}
    given = validate_arguments(operation, given)
    for name, enum_class in _enum_parameters(operation).items():
        if name in given and not isinstance(given[name], enum_class):
            given[name] = enum_class(getattr(given[name], "value", given[name]))
    built = _endpoint_module(operation)._get_kwargs(**given)
    body_rules = BODY_RULES.get(operation)
    if body_rules and isinstance(built.get("json"), dict):
        for name, value in built["json"].items():
            rules = body_rules.get(name)
            # Encoded already: a date-time is an ISO string here, which the model has produced itself.
            if rules and value is not None and rules.get("format") != "date-time":
                _check(name, value, rules)
    return RequestSpec(
        operation=operation,
        method=facts.method,
        url=built["url"],
        params=built.get("params") or {},
        json=built.get("json"),
        requires_auth=facts.requires_auth,
        response_model=_response_model(facts.response_model),
        unwrap=unwrap,
    )


def _as_datetime(name: str, value: Any) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        # A naive datetime is taken as UTC: the API wants an explicit offset.
        return value if value.tzinfo is not None else value.replace(tzinfo=datetime.timezone.utc)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, tz=datetime.timezone.utc)
    raise TypeError(f"{name} must be a datetime or epoch seconds, got {type(value).__name__}")


def _check(name: str, value: Any, rules: dict[str, Any]) -> Any:
    """Coerce and check one argument; returns the value to send."""
    kind = rules.get("type")
    if rules.get("format") == "date-time":
        return _as_datetime(name, value)
    if kind == "integer":
        if name.endswith("_ts") and isinstance(value, (datetime.datetime, float)):
            # Timestamps go as whole epoch seconds; a datetime or fractional seconds are converted.
            value = int(_as_datetime(name, value).timestamp())
        if isinstance(value, bool) or not isinstance(value, int):
            wanted = "a datetime or epoch seconds" if name.endswith("_ts") else "an integer"
            raise TypeError(f"{name} must be {wanted}, got {value!r}")
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise TypeError(f"{name} must be a number, got {value!r}")
    if kind in ("integer", "number"):
        low, high = rules.get("minimum"), rules.get("maximum")
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = (
                f"between {low} and {high}"
                if low is not None and high is not None
                else f"at least {low}"
                if low is not None
                else f"at most {high}"
            )
            raise ValueError(f"{name} must be {bounds}, got {value!r}")
    if kind == "string" and rules.get("in") == "path" and (not isinstance(value, str) or not value.strip()):
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    if kind == "array":
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
            raise TypeError(f"{name} must be a list, got {type(value).__name__}")
        value = list(value)
        most, least = rules.get("maxItems"), rules.get("minItems")
        if most is not None and len(value) > most:
            raise ValueError(f"{name} takes at most {most} items, got {len(value)}")
        if least is not None and len(value) < least:
            raise ValueError(f"{name} takes at least {least} items, got {len(value)}")
        item_rules = rules.get("items", {})
        return [_check(f"{name}[{index}]", item, item_rules) for index, item in enumerate(value)]
    allowed = rules.get("enum")
    if allowed is not None and getattr(value, "value", value) not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(str, allowed))}; got {value!r}")
    return value


def validate_arguments(operation: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments checked against the spec's parameter rules (see `build_request_spec`)."""
    rules = PARAMETER_RULES.get(operation, {})
    for name, rule in rules.items():
        if rule.get("required") and name not in arguments:
            raise ValueError(f"{name} is required")
    return {name: _check(name, value, rules.get(name, {})) for name, value in arguments.items()}
