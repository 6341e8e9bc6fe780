"""Warnings for schema drift the tolerant models absorbed: one WARNING per field, not per response.

The generated models keep a value the spec did not foresee (an unknown enum value, a string where
a datetime was due...) instead of failing. `report_schema_drift` is what they call when that
happens, so the user learns about the drift once, without a flood of lines on every page.

The generated package does not import the SDK: it calls `kalshi_api.types.drift_listener` when
that is set, and importing kalshi_sdk sets it (`install`).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

__all__ = ["install", "report_schema_drift", "reset_schema_drift_reports"]

log = logging.getLogger("kalshi_sdk")

_reported: set[str] = set()
_lock = threading.Lock()


def report_schema_drift(where: str, value: Any) -> None:
    """Log a WARNING that `where` (such as "Market.status") held `value`, which the spec does not allow.

    Only the first report for each `where` is logged; later ones return at once.
    """
    if where in _reported:
        return
    with _lock:
        if where in _reported:
            return
        _reported.add(where)
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    log.warning("schema drift tolerated: %s received %s %s, which the spec does not allow; kept as sent",
                where, type(value).__name__, shown)


def reset_schema_drift_reports() -> None:
    """Forget which fields were reported, so each is reported again (for tests)."""
    with _lock:
        _reported.clear()


def install() -> None:
    """Make the generated models report drift here."""
    import kalshi_api.types

    kalshi_api.types.drift_listener = report_schema_drift
