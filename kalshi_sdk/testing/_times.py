"""Timestamps as the API writes and reads them (RFC 3339, UTC)."""

from __future__ import annotations

import re
from datetime import datetime, timezone

_FRACTION = re.compile(r"\.(\d+)")


def parse_rfc3339(value: str) -> datetime:
    """Parse an RFC 3339 / ISO 8601 timestamp (``Z`` suffix and any fraction length accepted) as UTC.

    A value without an offset is taken as UTC. Raises ValueError when it cannot be read.
    """
    text = value.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    # datetime.fromisoformat on 3.10 only accepts 3 or 6 fraction digits.
    text = _FRACTION.sub(lambda m: "." + (m.group(1) + "000000")[:6], text, count=1)
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def format_rfc3339(moment: datetime) -> str:
    """A UTC timestamp in the ``2025-11-23T18:00:00Z`` style Kalshi uses."""
    text = moment.astimezone(timezone.utc).isoformat()
    return text.replace("+00:00", "Z")
