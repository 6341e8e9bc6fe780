"""The generation pipeline: other spec versions regenerate without hand edits; output suits Python 3.10."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "openapi.yaml"


def _regenerate(spec: dict[str, object], tmp_path: Path) -> Path:
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False))
    output = tmp_path / "out" / "kalshi_api"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--spec", str(spec_file),
                    "--output", str(output)], check=True, capture_output=True, text=True)
    return output


@pytest.mark.skipif(
    sys.version_info < (3, 11), reason="openapi-python-client 0.29 needs Python 3.11+ (CI runs this on 3.11-3.13)"
)
def test_a_changed_spec_regenerates_and_reads(tmp_path: Path) -> None:
    """A newer spec (new operation, schema, enum value; a field removed) needs no hand edit."""
    spec = copy.deepcopy(yaml.safe_load(SPEC.read_text()))
    schemas = spec["components"]["schemas"]
    schemas["Market"]["properties"].pop("subtitle", None)
    status = schemas["Market"]["properties"]["status"]
    status_schema = schemas[status["$ref"].rsplit("/", 1)[1]] if "$ref" in status else status
    status_schema["enum"] = [*status_schema["enum"], "paused"]
    schemas["Widget"] = {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "string"}, "made": {"type": "string", "format": "date-time"},
        "extras": {"type": "object"}}}
    spec["paths"]["/widgets/{widget_id}"] = {"get": {
        "operationId": "GetWidget", "summary": "Get Widget", "tags": ["widgets"],
        "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}},
                       {"name": "depth", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9}}],
        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"widget": {"$ref": "#/components/schemas/Widget"}}}}}}}}}
    output = _regenerate(spec, tmp_path)

    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]);"
        "from kalshi_api.api import OPERATIONS; from kalshi_api.rules import PARAMETER_RULES;"
        "from kalshi_api.models import Market, Widget;"
        "w = Widget.from_dict({'made': '2026-01-01T00:00:00Z', 'extras': {'a': 1}, 'new': 2});"
        "m = Market.from_dict({'ticker': 'T', 'status': 'paused', 'subtitle': 'kept'});"
        "print(json.dumps([OPERATIONS['get_widget'].path, PARAMETER_RULES['get_widget']['depth']['maximum'],"
        " str(w.id), w.made.year, w.extras, w.additional_properties, str(m.status), m.additional_properties]))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(output.parent)], capture_output=True, text=True,
                            check=True)
    assert json.loads(result.stdout) == [
        "/widgets/{widget_id}", 9, "UNSET", 2026, {"a": 1}, {"new": 2}, "paused", {"subtitle": "kept"}]


# Names that exist only from Python 3.11 on; the package supports 3.10.
PY311_ONLY = re.compile(r"\b(StrEnum|datetime\.UTC|tomllib|ExceptionGroup|LiteralString|assert_never)\b"
                        r"|from typing import[^\n]*\bSelf\b|typing\.Self\b|except\*")


@pytest.mark.parametrize("package", ["generated/kalshi_api", "kalshi_sdk"])
def test_no_python_311_only_names(package: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for match in PY311_ONLY.finditer(path.read_text())
    ]
    assert offenders == []
