"""A synthetic "next" spec version: 3.31.0 plus the kinds of change Kalshi's changelog shows.

    python -m tests.support.newer_spec SOURCE OUTPUT

adds to the spec at SOURCE (an upstream or synced 3.31.0) and writes OUTPUT:
- a new operation, GetMarketWidgets (`GET /markets/{ticker}/widgets`, cursor-paginated);
- a new query parameter on GetPositions, `settlement_status` ("all", "settled", "unsettled");
- a new field on Market, `rulebook_variant`;
- a new value of the GetMarkets `status` filter, "halted";
and bumps info.version to 3.32.0.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

VERSION = "3.32.0"
NEW_OPERATION = "GetMarketWidgets"
NEW_PARAMETER = ("GetPositions", "settlement_status", ["all", "settled", "unsettled"])
NEW_FIELD = ("Market", "rulebook_variant")
NEW_ENUM_VALUE = ("MarketStatusQuery", "halted")


def newer_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` with the four additions above."""
    spec = copy.deepcopy(spec)
    spec["info"]["version"] = VERSION
    schemas = spec["components"]["schemas"]
    schemas["GetMarketWidgetsResponse"] = {
        "type": "object",
        "required": ["widgets", "cursor"],
        "properties": {"widgets": {"type": "array", "items": {"type": "string"}}, "cursor": {"type": "string"}},
    }
    spec["paths"]["/markets/{ticker}/widgets"] = {
        "get": {
            "operationId": NEW_OPERATION,
            "tags": ["market"],
            "summary": "Get Market Widgets",
            "parameters": [
                {"name": "ticker", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 50}},
                {"name": "cursor", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/GetMarketWidgetsResponse"}}
                    },
                }
            },
        }
    }
    operation_id, name, values = NEW_PARAMETER
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                operation.setdefault("parameters", []).append(
                    {"name": name, "in": "query", "schema": {"type": "string", "enum": values}}
                )
    model, field = NEW_FIELD
    schemas[model]["properties"][field] = {"type": "string"}
    parameter, value = NEW_ENUM_VALUE
    spec["components"]["parameters"][parameter]["schema"]["enum"].append(value)
    return spec


def main(argv: list[str]) -> int:
    source, output = Path(argv[0]), Path(argv[1])
    spec = yaml.load(source.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    output.write_text(yaml.dump(newer_spec(spec), Dumper=dumper, sort_keys=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
