"""Reading query parameters the way the server does, and cursor pagination over in-memory lists.

Every list the fake serves is kept in a fixed order with an integer sequence number per item
(insertion order, or newest first). A cursor names the list and the last sequence number served,
so pages stay stable when items are added while a client is paging.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ._http import ApiError, RecordedRequest, bad_params
from ._times import parse_rfc3339

T = TypeVar("T")


@dataclass(frozen=True)
class PageLimit:
    """The ``limit`` an operation accepts: ``minimum``..``maximum``, ``default`` when absent.

    ``zero_means_default`` mirrors operations whose spec allows 0 and whose server reads 0 as
    "not given" (GetMarkets, GetTrades).
    """

    minimum: int
    maximum: int
    default: int | None
    zero_means_default: bool = False


# The server's page sizes per operation, as the spec states them.
PAGE_LIMITS: dict[str, PageLimit] = {
    "get_milestones": PageLimit(1, 500, None),
    "get_events": PageLimit(1, 200, 200),
    "get_markets": PageLimit(0, 1000, 100, zero_means_default=True),
    "get_trades": PageLimit(0, 1000, 100, zero_means_default=True),
    "get_orders": PageLimit(1, 1000, 100),
    "get_fills": PageLimit(1, 1000, 100),
    "get_positions": PageLimit(1, 1000, 100),
}


def encode_token(payload: Any) -> str:
    """An opaque URL-safe token holding a JSON value."""
    raw = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_token(token: str) -> Any:
    """The JSON value inside a token from :func:`encode_token`; ValueError when it is not one."""
    try:
        return json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, UnicodeDecodeError) as error:
        raise ValueError(token) from error


def invalid_cursor(cursor: str) -> ApiError:
    return bad_params("cursor is invalid", f"cursor {cursor!r} was not issued by this server for this list")


def parse_limit(request: RecordedRequest, operation: str) -> int:
    """The page size of a list request, checked against the operation's :data:`PAGE_LIMITS`."""
    rule = PAGE_LIMITS[operation]
    value = request.query_value("limit")
    allowed = f"limit must be an integer between {rule.minimum} and {rule.maximum}"
    if value is None or value == "":
        if rule.default is None:
            raise bad_params("limit is required", allowed)
        return rule.default
    try:
        limit = int(value)
    except ValueError:
        raise bad_params(allowed, f"got limit={value!r}") from None
    if not rule.minimum <= limit <= rule.maximum:
        raise bad_params(allowed, f"got limit={value!r}")
    if limit == 0 and rule.zero_means_default and rule.default is not None:
        return rule.default
    return limit


def paginate(
    items: Sequence[T],
    *,
    list_name: str,
    seq: Callable[[T], int],
    limit: int,
    cursor: str | None,
    descending: bool = False,
) -> tuple[list[T], str]:
    """One page of ``items`` (already in listing order) and the cursor of the next page ("" at the end).

    ``seq`` gives each item's sequence number, growing along the list (shrinking if ``descending``).
    """
    start = 0
    if cursor:
        try:
            name, after = decode_token(cursor)
        except (ValueError, TypeError):
            raise invalid_cursor(cursor) from None
        if name != list_name or not isinstance(after, int) or isinstance(after, bool):
            raise invalid_cursor(cursor)
        start = next(
            (i for i, item in enumerate(items) if (seq(item) < after if descending else seq(item) > after)),
            len(items),
        )
    page = list(items[start : start + limit])
    more = start + limit < len(items)
    return page, encode_token([list_name, seq(page[-1])]) if more and page else ""


def newest_first(
    records: Sequence[tuple[int, T]], keep: Callable[[T], bool], *, list_name: str, limit: int, cursor: str | None
) -> tuple[list[T], str]:
    """A page of the ``records`` (``(seq, item)``, oldest first) that ``keep`` accepts, newest first."""
    wanted = [record for record in reversed(records) if keep(record[1])]
    page, next_cursor = paginate(
        wanted, list_name=list_name, seq=lambda record: record[0], limit=limit, cursor=cursor, descending=True
    )
    return [item for _, item in page], next_cursor


def int_param(
    request: RecordedRequest, name: str, *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """An optional integer query parameter, range-checked; ApiError 400 naming it when unreadable."""
    value = request.query_value(name)
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except ValueError:
        raise bad_params(f"{name} must be an integer", f"got {name}={value!r}") from None
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        low = "" if minimum is None else f" at least {minimum}"
        high = "" if maximum is None else f" at most {maximum}"
        raise bad_params(f"{name} must be{low}{' and' if low and high else ''}{high}", f"got {name}={value!r}")
    return number


def bool_param(request: RecordedRequest, name: str) -> bool | None:
    """An optional boolean query parameter (``true``/``false``)."""
    value = request.query_value(name)
    if value is None or value == "":
        return None
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise bad_params(f"{name} must be true or false", f"got {name}={value!r}")


def list_param(request: RecordedRequest, name: str) -> list[str]:
    """A list parameter sent repeated (``a=x&a=y``) or comma-joined (``a=x,y``); blanks dropped."""
    return [part.strip() for value in request.query_values(name) for part in value.split(",") if part.strip()]


def enum_param(request: RecordedRequest, name: str, allowed: Sequence[str]) -> str | None:
    """An optional query parameter that must be one of ``allowed``."""
    value = request.query_value(name)
    if value is None or value == "":
        return None
    if value not in allowed:
        raise bad_params(f"{name} must be one of {', '.join(allowed)}", f"got {name}={value!r}")
    return value


# -- the spec's parameter rules, checked before any handler runs --------------------------------------

_INTEGER = re.compile(r"-?[0-9]+")
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def check_parameters(request: RecordedRequest, path_params: Mapping[str, str], rules: Mapping[str, Any]) -> None:
    """Refuse, with 400 naming the parameter, a request whose query or path parameters break ``rules``.

    ``rules`` is one operation's entry of the generated ``PARAMETER_RULES`` (the spec's types, formats,
    ranges, enums, item counts and required flags), so the fake holds every request to the spec the
    way the real server does, even parameters its handlers ignore.
    """
    for name, rule in rules.items():
        if rule.get("in") == "path":
            values = [path_params[name]] if name in path_params else []
        elif rule.get("in") == "query":
            values = request.query_values(name)
        else:
            continue
        if not values:
            if rule.get("required"):
                raise bad_params(f"{name} is required")
            continue
        if rule.get("type") == "array":
            items = [part for value in values for part in value.split(",")]
            count = f"{name} takes between {rule.get('minItems', 0)} and {rule.get('maxItems', 'any number of')} items"
            if len(items) < rule.get("minItems", 0) or len(items) > rule.get("maxItems", len(items)):
                raise bad_params(count, f"got {len(items)}")
            # Each value as sent is one item to the spec (explode=true); commas inside one are also
            # taken as a list, as Kalshi does, for counting only.
            for value in values:
                _check_value(name, value, rule.get("items") or {})
        else:
            if len(values) > 1:
                raise bad_params(f"{name} must be given once", f"got {len(values)} values")
            _check_value(name, values[0], rule)


def _check_value(name: str, value: str, rule: Mapping[str, Any]) -> None:
    kind = rule.get("type")
    problem: str | None = None
    if kind == "integer":
        low, high = _INTEGER_RANGES.get(rule.get("format") or "int64", _INTEGER_RANGES["int64"])
        low, high = max(low, rule.get("minimum", low)), min(high, rule.get("maximum", high))
        if not _INTEGER.fullmatch(value) or not low <= int(value) <= high:
            problem = f"{name} must be an integer between {low} and {high}"
    elif kind == "boolean":
        if value not in ("true", "false"):
            problem = f"{name} must be true or false"
    elif kind == "string" and rule.get("format") == "date-time":
        try:
            parse_rfc3339(value)
        except (ValueError, IndexError):
            problem = f"{name} must be an RFC 3339 date-time"
    if problem is None and "enum" in rule and value not in [str(option) for option in rule["enum"]]:
        problem = f"{name} must be one of {', '.join(map(str, rule['enum']))}"
    if problem is None and len(value) > rule.get("maxLength", len(value)):
        problem = f"{name} must be at most {rule['maxLength']} characters"
    if problem is not None:
        raise bad_params(problem, f"got {name}={value!r}")
