"""Milestone endpoints: the filtered, cursor-paginated list and single lookups."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from .._http import RecordedRequest, Response, bad_params, not_found, ok
from .._query import decode_token, encode_token, invalid_cursor, parse_limit
from .._router import Router
from .._state import ExchangeState, format_rfc3339, parse_rfc3339

SortKey = tuple[datetime, str]


def encode_cursor(key: SortKey) -> str:
    """An opaque cursor pointing just after ``key`` (keyset pagination: stable under inserts)."""
    return encode_token([format_rfc3339(key[0]), key[1]])


def decode_cursor(cursor: str) -> SortKey:
    """The sort key inside a cursor made by :func:`encode_cursor`; ApiError 400 if it is not one."""
    try:
        start, milestone_id = decode_token(cursor)
        if not isinstance(start, str) or not isinstance(milestone_id, str):
            raise ValueError(cursor)
        return parse_rfc3339(start), milestone_id
    except (ValueError, TypeError):
        raise invalid_cursor(cursor) from None


def _build_filters(request: RecordedRequest) -> list[Callable[[dict[str, Any], datetime], bool]]:
    """One predicate (milestone, parsed start_date) -> bool per filter present in the query."""
    filters: list[Callable[[dict[str, Any], datetime], bool]] = []

    def equals(field: str, wanted: str) -> Callable[[dict[str, Any], datetime], bool]:
        return lambda m, _start: m.get(field) == wanted

    for field in ("category", "type", "source_id"):
        value = request.query_value(field)
        if value:
            filters.append(equals(field, value))

    competition = request.query_value("competition")
    if competition:
        filters.append(lambda m, _start: (m.get("details") or {}).get("competition") == competition)

    ticker = request.query_value("related_event_ticker")
    if ticker:
        filters.append(
            lambda m, _start: (
                ticker in (m.get("related_event_tickers") or []) or ticker in (m.get("primary_event_tickers") or [])
            )
        )

    minimum_start = request.query_value("minimum_start_date")
    if minimum_start:
        try:
            earliest = parse_rfc3339(minimum_start)
        except ValueError:
            raise bad_params("minimum_start_date must be an RFC 3339 date-time", f"got {minimum_start!r}") from None
        filters.append(lambda _m, start: start >= earliest)

    min_updated = request.query_value("min_updated_ts")
    if min_updated:
        try:
            threshold = int(min_updated)
        except ValueError:
            raise bad_params("min_updated_ts must be an integer (unix seconds)", f"got {min_updated!r}") from None
        filters.append(lambda m, _start: parse_rfc3339(m["last_updated_ts"]).timestamp() >= threshold)

    return filters


def register(router: Router, state: ExchangeState) -> None:
    """Register the milestone routes."""

    @router.get("/milestones")
    def list_milestones(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        limit = parse_limit(request, "get_milestones")
        filters = _build_filters(request)
        cursor = request.query_value("cursor")
        after = decode_cursor(cursor) if cursor else None
        with state.lock:
            keyed = sorted(
                (
                    ((state.milestone_starts[mid], mid), milestone)
                    for mid, milestone in state.milestones.items()
                    if all(check(milestone, state.milestone_starts[mid]) for check in filters)
                ),
                key=lambda item: item[0],
            )
            remaining = [(key, m) for key, m in keyed if after is None or key > after]
            page = remaining[:limit]
            body = [copy.deepcopy(m) for _, m in page]
        next_cursor = encode_cursor(page[-1][0]) if len(remaining) > limit else ""
        return ok({"milestones": body, "cursor": next_cursor})

    @router.get("/milestones/{milestone_id}")
    def get_milestone(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        milestone_id = params["milestone_id"]
        with state.lock:
            milestone = state.milestones.get(milestone_id)
            if milestone is None:
                raise not_found(f"milestone {milestone_id!r} not found")
            return ok({"milestone": copy.deepcopy(milestone)})
