"""Operations as request descriptions: check the arguments against the spec, then build the request.

A `RequestSpec` says everything needed to send one call and read its answer; the sync and async
clients only differ in how they execute it. The facts behind it (method, path, whether it needs
a signature, each parameter's type and limits, the body's rules, the response model) come from
the generated operation descriptors (`kalshi_api.api.descriptor`), so they follow the spec with
every regeneration.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kalshi_api.api import OPERATIONS, OperationDescriptor, descriptor
from kalshi_api.types import UNSET

from ._exceptions import OperationUnavailableError

__all__ = [
    "PROSE_RULES",
    "RequestSpec",
    "body_rules",
    "build_request_spec",
    "checked_body",
    "most_items",
    "operation_descriptor",
    "with_extras",
]


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
    headers: dict[str, str] | None = None
    """Extra headers of this call (`extra_headers`); never the signature, which is added on sending."""


# The one hand-kept table of request rules: limits the spec states only in prose (a field's
# description, or the documented meaning of a subaccount number) and not as schema keywords.
# Everything else is read from the generated descriptors. Entries for operations or fields a spec
# version lacks are ignored.
PROSE_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "create_rfq": {
        "contracts": {"minimum": 1},
        "target_cost_centi_cents": {"minimum": 1},
        "subaccount": {"minimum": 0, "maximum": 63},
    },
    "create_quote": {"subaccount": {"minimum": 0, "maximum": 63}},
    "intra_exchange_instance_transfer": {"amount": {"minimum": 1}},
    "update_fcm_subtrader_blocked_categories": {"category": {"minLength": 1, "maxLength": 100}},
}

_descriptors: dict[str, OperationDescriptor[Any]] = {}
_body_rules: dict[str, dict[str, dict[str, Any]]] = {}


def operation_descriptor(operation: str) -> OperationDescriptor[Any]:
    """The generated descriptor of `operation`; OperationUnavailableError when the spec lacks it."""
    found = _descriptors.get(operation)
    if found is None:
        if operation not in OPERATIONS:
            from kalshi_api.rules import SPEC_VERSION  # the rules tables load with the first endpoint module

            raise OperationUnavailableError(operation, SPEC_VERSION)
        found = _descriptors[operation] = descriptor(operation)
    return found


def most_items(operation: str, parameter: str) -> int | None:
    """The spec's maxItems for a list parameter (None when it states none). Read on use, never at
    import, so a spec version without the operation still imports."""
    found = operation_descriptor(operation).parameter(parameter)
    most = None if found is None else found.rules.get("maxItems")
    return most if isinstance(most, int) else None


def body_rules(operation: str) -> dict[str, dict[str, Any]]:
    """Body field (wire) name -> its rules: the spec's, with PROSE_RULES' additions."""
    found = _body_rules.get(operation)
    if found is None:
        prose = PROSE_RULES.get(operation, {})
        found = _body_rules[operation] = {
            field.wire_name: {**field.rules, **prose.get(field.wire_name, {})}
            for field in operation_descriptor(operation).body_fields
        }
    return found


def checked_body(operation: str, /, **fields: Any) -> Any:
    """The body model of `operation` holding `fields`, each checked by its rules first (None: left out)."""
    described = operation_descriptor(operation)
    rules = body_rules(operation)
    wire = {field.name: field.wire_name for field in described.body_fields}
    checked = {
        name: _check(name, value, rules.get(wire.get(name, name), {}))
        for name, value in fields.items()
        if value is not None
    }
    return described.body_model(**checked)


def _checked_extra(operation: OperationDescriptor[Any], where: str, extra: Mapping[str, Any]) -> dict[str, Any]:
    """Extra query or body values, checked by the spec's rules for the names the spec knows."""
    if isinstance(extra, (str, bytes)) or not isinstance(extra, Mapping):
        raise TypeError(f"extra_{where} must be a mapping of names to values, got {type(extra).__name__}")
    known: dict[str, dict[str, Any]] = (
        {parameter.wire_name: parameter.rules for parameter in operation.parameters if parameter.location == "query"}
        if where == "query"
        else {field.wire_name: field.rules for field in operation.body_fields}
    )
    return {name: _check(name, value, known[name]) if name in known else value for name, value in extra.items()}


def build_request_spec(
    operation: str,
    /,
    *,
    unwrap: str | None = None,
    retry_safe: bool | None = None,
    cost: float = 1.0,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    **arguments: Any,
) -> RequestSpec:
    """Check `arguments` against the spec's rules for `operation`, then describe the request.

    Arguments left as None or UNSET are not sent. Raises ValueError naming the parameter when an
    argument is out of range, TypeError for an argument the operation does not take, before
    anything is sent. `extra_query`/`extra_body`/`extra_headers` are merged into the request as
    they are (checked by the spec's rules where it knows the name), for what the spec does not
    describe yet.
    """
    described = operation_descriptor(operation)
    given = {name: value for name, value in arguments.items() if value is not None and value is not UNSET}
    given = validate_arguments(described, given)
    built = described.build_request(**given)
    body = built.get("json")
    if isinstance(body, dict):
        for name, rules in body_rules(operation).items():
            value = body.get(name)
            # Encoded already: a date-time is an ISO string here, which the model has produced itself.
            if rules and value is not None and rules.get("format") != "date-time":
                _check(name, value, rules)
    spec = RequestSpec(
        operation=operation,
        method=described.method,
        url=built["url"],
        params=built.get("params") or {},
        json=body,
        requires_auth=described.signed,
        response_model=described.response_model,
        unwrap=unwrap,
        retry_safe=retry_safe,
        cost=cost,
    )
    return with_extras(spec, extra_query=extra_query, extra_body=extra_body, extra_headers=extra_headers)


def with_extras(
    spec: RequestSpec,
    *,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RequestSpec:
    """`spec` with a caller's extra query parameters, body fields and headers merged in (each
    checked by the spec's rules where the spec knows the name; the rest sent as given)."""
    if not (extra_query or extra_body or extra_headers):
        return spec
    described = operation_descriptor(spec.operation)
    params, body = spec.params, spec.json
    if extra_query:
        params = {**params, **_checked_extra(described, "query", extra_query)}
    if extra_body:
        if body is not None and not isinstance(body, dict):
            raise TypeError(f"extra_body needs a JSON object body; {spec.operation} sends {type(body).__name__}")
        body = {**(body or {}), **_checked_extra(described, "body", extra_body)}
    headers = {**(spec.headers or {}), **dict(extra_headers or {})} or None
    return dataclasses.replace(spec, params=params, json=body, headers=headers)


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
    shortest, longest = rules.get("minLength"), rules.get("maxLength")
    if (shortest is not None or longest is not None) and (
        not isinstance(value, str) or len(value) < (shortest or 0) or (longest is not None and len(value) > longest)
    ):
        most = "any number of" if longest is None else longest
        raise ValueError(f"{name} must be a string of {shortest or 0} to {most} characters, got {value!r}")
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
    properties = rules.get("properties")
    if properties is not None and isinstance(value, Mapping):
        for required in rules.get("required") or ():
            if required not in value:
                raise ValueError(f"{name} lacks {required}")
        for key, item in value.items():
            if key in properties and item is not None:
                _check(f"{name}.{key}", item, properties[key])
    allowed = rules.get("enum")
    if allowed is not None and getattr(value, "value", value) not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(str, allowed))}; got {value!r}")
    return value


def validate_arguments(operation: OperationDescriptor[Any], arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments checked against the operation's parameters: known, present when required,
    within the spec's rules, and enum values turned into the generated enum members."""
    checked: dict[str, Any] = {}
    by_name = {parameter.name: parameter for parameter in operation.parameters}
    for name, value in arguments.items():
        parameter = by_name.get(name)
        if parameter is None and not (name == "body" and operation.takes_body):
            known = ", ".join(sorted([*by_name, *(["body"] if operation.takes_body else [])]))
            raise TypeError(f"{operation.name} takes no argument {name!r} (it takes: {known or 'none'})")
        if parameter is None:
            checked[name] = value
            continue
        value = _check(name, value, parameter.rules)
        kind = parameter.type
        if isinstance(kind, type) and issubclass(kind, enum.Enum) and not isinstance(value, kind):
            value = kind(getattr(value, "value", value))
        checked[name] = value
    for parameter in operation.parameters:
        if parameter.required and parameter.name not in checked:
            raise ValueError(f"{parameter.name} is required")
    if operation.takes_body and "body" not in checked and any(f.required for f in operation.body_fields):
        raise ValueError(f"{operation.name} needs a request body")
    return checked
