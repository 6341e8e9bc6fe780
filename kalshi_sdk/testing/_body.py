"""Reading fields of JSON request bodies, answering 400 with the field's name when one is wrong."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._http import RecordedRequest, bad_params

_MISSING = object()
# The server decodes integer fields as int64.
_INT64 = (-(2**63), 2**63 - 1)


def json_object(request: RecordedRequest) -> dict[str, Any]:
    """The request body as a JSON object."""
    try:
        body = request.json()
    except ValueError:
        raise bad_params("the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise bad_params("the request body must be a JSON object")
    return body


def _get(body: Mapping[str, Any], name: str, required: bool) -> Any:
    value = body.get(name, _MISSING)
    if value is None:
        value = _MISSING
    if value is _MISSING and required:
        raise bad_params(f"{name} is required")
    return value


def string(body: Mapping[str, Any], name: str, *, required: bool = False) -> str | None:
    """A string field (None when absent and not required)."""
    value = _get(body, name, required)
    if value is _MISSING:
        return None
    if not isinstance(value, str) or (required and not value):
        raise bad_params(f"{name} must be a non-empty string" if required else f"{name} must be a string")
    return value


def choice(body: Mapping[str, Any], name: str, allowed: Sequence[str], *, required: bool = True) -> str | None:
    """A field that must be one of ``allowed``."""
    value = _get(body, name, required)
    if value is _MISSING:
        return None
    if value not in allowed:
        raise bad_params(f"{name} must be one of {', '.join(allowed)}", f"got {value!r}")
    return str(value)


def integer(body: Mapping[str, Any], name: str, *, minimum: int | None = None) -> int | None:
    """An optional integer field."""
    value = _get(body, name, False)
    if value is _MISSING:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not _INT64[0] <= value <= _INT64[1]:
        raise bad_params(f"{name} must be a (64-bit) integer", f"got {value!r}")
    if minimum is not None and value < minimum:
        raise bad_params(f"{name} must be at least {minimum}", f"got {value!r}")
    return value


def boolean(body: Mapping[str, Any], name: str) -> bool:
    """An optional boolean field (False when absent)."""
    value = _get(body, name, False)
    if value is _MISSING:
        return False
    if not isinstance(value, bool):
        raise bad_params(f"{name} must be true or false", f"got {value!r}")
    return value


def object_list(body: Mapping[str, Any], name: str, *, maximum: int) -> list[Any]:
    """A required, non-empty array field of at most ``maximum`` items."""
    value = _get(body, name, True)
    if not isinstance(value, list) or not value:
        raise bad_params(f"{name} must be a non-empty array")
    if len(value) > maximum:
        raise bad_params(f"{name} takes at most {maximum} items", f"got {len(value)}")
    return value


def no_nulls(body: Mapping[str, Any]) -> None:
    """Refuse explicit nulls, for bodies whose schema has no nullable field."""
    for name, value in body.items():
        if value is None:
            raise bad_params(f"{name} must not be null")
