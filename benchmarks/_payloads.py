"""Response bodies for the benchmarks, built from the project's spec.

Every property the spec declares for a schema is filled in (so parsing pays for every field), with
values shaped like the production server's: tickers, RFC 3339 timestamps with and without
fractions, fixed-point dollar and count strings, enum values, an occasional null.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "openapi.yaml"
FIXED_POINT = {"FixedPointDollars": "dollars", "FixedPointCount": "count"}
_EPOCH = datetime.datetime(2026, 1, 12, 22, 8, 10, tzinfo=datetime.timezone.utc)
_WORDS = ("Pittsburgh", "Houston", "over 57.5", "Celtics", "yes", "rain in NYC", "Bitcoin above 100k")


class PayloadBuilder:
    """Deterministic JSON values for the spec's schemas; `index` varies them from one item to the next."""

    def __init__(self, spec_path: Path = SPEC) -> None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml is there
        self.spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=loader)
        self.schemas: dict[str, Any] = self.spec["components"]["schemas"]

    def value(self, schema: dict[str, Any], name: str, index: int) -> Any:
        """A value for the property `name` whose schema is `schema`."""
        ref = schema.get("$ref") or next((part.get("$ref") for part in schema.get("allOf", [])), None)
        if ref:
            target = ref.rsplit("/", 1)[-1]
            if schema.get("nullable") and index % 10 == 9:
                return None
            if target in FIXED_POINT:
                return _fixed_point(FIXED_POINT[target], name, index)
            return self.value(self.schemas[target], name, index)
        if schema.get("nullable") and index % 10 == 9:
            return None
        kind = schema.get("type")
        if "enum" in schema:
            options = schema["enum"]
            return options[index % len(options)]
        if kind == "object" or "properties" in schema:
            if not schema.get("properties"):
                return {"Associated Events": f"KXNFLGAME-26JAN{12 + index % 15}HOUPIT", "Side": "yes"}
            return self.object(schema, index)
        if kind == "array":
            return [self.value(schema["items"], name, index * 3 + offset) for offset in range(1 + index % 2)]
        if kind == "integer":
            return (index * 37) % 3600
        if kind == "number":
            return round(50 + (index % 40) * 0.5, 2)
        if kind == "boolean":
            return index % 2 == 0
        if schema.get("format") == "date-time":
            return _timestamp(name, index)
        return _text(name, index)

    def object(self, schema: dict[str, Any], index: int) -> dict[str, Any]:
        """Every declared property of an object schema."""
        return {name: self.value(prop, name, index) for name, prop in schema.get("properties", {}).items()}

    def of(self, schema_name: str, index: int) -> dict[str, Any]:
        """One value of a named component schema."""
        return self.object(self.schemas[schema_name], index)


def _fixed_point(kind: str, name: str, index: int) -> str:
    if kind == "dollars":
        return f"{((index * 37 + len(name)) % 100) / 100:.4f}"
    return f"{(index * 131 + len(name)) % 25000}.00"


def _timestamp(name: str, index: int) -> str:
    moment = _EPOCH + datetime.timedelta(minutes=index * 7 + len(name))
    if index % 2:
        moment = moment.replace(microsecond=(index * 104729) % 1_000_000)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(name: str, index: int) -> str:
    day = 1 + index % 28
    if name == "ticker" or name.endswith("market_ticker"):
        return f"KXHIGHNY-26JAN{day:02d}-B{50 + index % 40}.5"
    if name.endswith("ticker"):
        return f"KXHIGHNY-26JAN{day:02d}"
    if name.startswith("rules"):
        return (
            f"If the highest temperature recorded in Central Park on Jan {day}, 2026 is above "
            f"{50 + index % 40}.5 degrees, then the market resolves to Yes."
        )
    if name in ("start", "end", "step"):
        return {"start": "0.0000", "end": "1.0000", "step": "0.0100"}[name]
    if name == "price_level_structure":
        return "linear_cent"
    return f"{_WORDS[index % len(_WORDS)]} {index}"


def markets_page(builder: PayloadBuilder, count: int, first_index: int = 0) -> list[dict[str, Any]]:
    """`count` distinct markets."""
    return [builder.of("Market", first_index + index) for index in range(count)]


def encoded_markets(count: int) -> list[bytes]:
    """`count` markets, each as its own compact JSON encoding (the server joins them into pages)."""
    builder = PayloadBuilder()
    return [json.dumps(market, separators=(",", ":")).encode() for market in markets_page(builder, count)]
