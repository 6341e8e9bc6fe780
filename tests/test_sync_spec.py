"""Tests for scripts/sync_spec.py, run against Kalshi's published 3.31.0 spec."""

from __future__ import annotations

import copy
import functools
import http.server
import importlib.util
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPT = REPO_ROOT / "scripts" / "sync_spec.py"
OWN_SPEC = REPO_ROOT / "openapi" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROSE_KEYS = frozenset({"description", "externalDocs", "x-mint"})


@pytest.fixture(scope="module")
def sync_spec() -> ModuleType:
    """Import the script as a module by its file path."""
    spec = importlib.util.spec_from_file_location("sync_spec", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sync_spec"] = module
    spec.loader.exec_module(module)
    return module


def with_upstream_prose(spec: Any, path: tuple[Any, ...] = ()) -> Any:
    """A copy of ``spec`` dressed the way Kalshi publishes it: long prose in descriptions, x-mint, externalDocs.

    The project's own spec stripped of upstream prose, dressed up again, stands in for the
    published one, so these tests need nothing outside the repository; the sync step must give
    back the project's spec unchanged.
    """
    if isinstance(spec, list):
        return [with_upstream_prose(item, (*path, index)) for index, item in enumerate(spec)]
    if not isinstance(spec, dict):
        return spec
    dressed = {key: with_upstream_prose(value, (*path, key)) for key, value in spec.items()}
    where = "/".join(map(str, path)) or "the document"
    in_properties = bool(path) and path[-1] == "properties"
    if not in_properties and ("type" in spec or "operationId" in spec or ("$ref" not in spec and "content" in spec)):
        dressed["description"] = f"Upstream prose about {where}, long enough to count as documentation text."
    if "operationId" in spec:
        dressed["x-mint"] = {"content": f"Upstream page text for {spec['operationId']}, also to be left out."}
        dressed["externalDocs"] = {"url": "https://docs.example.invalid/" + spec["operationId"]}
    return dressed


@pytest.fixture(scope="module")
def upstream_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An upstream-style spec (see with_upstream_prose) made from the project's own, in a temporary directory."""
    own = with_upstream_prose(yaml.safe_load(OWN_SPEC.read_text(encoding="utf-8")))
    own["info"]["description"] = "Upstream prose introducing the API, long enough to count as documentation."
    for response in own["components"]["responses"].values():
        response["description"] = "Upstream prose describing this shared error response at length."
    return write_yaml(tmp_path_factory.mktemp("upstream") / "openapi-upstream.yaml", own)


@pytest.fixture(scope="module")
def upstream(upstream_path: Path) -> dict[str, Any]:
    """The parsed upstream spec."""
    data: dict[str, Any] = yaml.safe_load(upstream_path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def output_file(sync_spec: ModuleType, upstream_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the script once on the upstream spec and return the output path."""
    out = tmp_path_factory.mktemp("sync") / "openapi.yaml"
    assert sync_spec.main([str(upstream_path), "--output", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def output_text(output_file: Path) -> str:
    """The text of the generated spec."""
    return output_file.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def output(output_text: str) -> dict[str, Any]:
    """The parsed generated spec."""
    data: dict[str, Any] = yaml.safe_load(output_text)
    return data


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Map operationId to operation object."""
    found: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = item[method]
    return found


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local $ref."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def parameters(spec: dict[str, Any]) -> set[tuple[str, str, str, bool]]:
    """All (operationId, in, name, required) parameter tuples."""
    found: set[tuple[str, str, str, bool]] = set()
    for op_id, op in operations(spec).items():
        for raw in op.get("parameters", []):
            param = resolve(spec, raw)
            found.add((op_id, param["in"], param["name"], bool(param.get("required"))))
    return found


def walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Yield (path, value) for every mapping entry and list item."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key), value
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index), value
            yield from walk(value, (*path, index))


def is_keyword(path: tuple[Any, ...]) -> bool:
    """Tell whether the last path element is an OpenAPI keyword, not a property."""
    return len(path) < 2 or path[-2] != "properties"


def property_names(spec: dict[str, Any]) -> set[tuple[Any, ...]]:
    """Paths of every schema property, anywhere in the document."""
    return {path for path, _ in walk(spec) if len(path) >= 2 and path[-2] == "properties" and is_keyword(path[:-1])}


def enums(spec: dict[str, Any]) -> dict[tuple[Any, ...], Any]:
    """Every enum list keyed by its location."""
    return {path: value for path, value in walk(spec) if path[-1] == "enum"}


def upstream_descriptions(spec: dict[str, Any]) -> list[str]:
    """Every prose string upstream carries in description keywords or x-mint."""
    texts: list[str] = []
    for path, value in walk(spec):
        if path[-1] == "description" and is_keyword(path) and isinstance(value, str):
            texts.append(value)
        if "x-mint" in path and isinstance(value, str):
            texts.append(value)
    return texts


def assert_same_interface(up: Any, out: Any, path: tuple[Any, ...] = ()) -> None:
    """Check OUT equals UP apart from prose keys and our own short texts."""
    if isinstance(up, dict):
        assert isinstance(out, dict), path
        in_properties = bool(path) and path[-1] == "properties"
        for key, value in up.items():
            if key in PROSE_KEYS and not in_properties:
                continue
            assert key in out, (*path, key)
            if (*path, key) != ("info", "title"):
                assert_same_interface(value, out[key], (*path, key))
        for key in set(out) - set(up):
            assert key == "description" and not in_properties, (*path, key)
        if "description" in out and not in_properties:
            # Only our own short labels (reason phrases, server names) are allowed.
            text = out["description"]
            assert isinstance(text, str) and len(text) <= 40, (*path, "description")
    elif isinstance(up, list):
        assert isinstance(out, list) and len(out) == len(up), path
        for index, (u_item, o_item) in enumerate(zip(up, out, strict=True)):
            assert_same_interface(u_item, o_item, (*path, index))
    else:
        assert out == up and type(out) is type(up), path


def write_yaml(path: Path, data: Any) -> Path:
    """Dump DATA to PATH as YAML and return PATH."""
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


# --------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------


def test_counts(output: dict[str, Any]) -> None:
    assert len(operations(output)) == 117
    assert len(output["components"]["schemas"]) == 207


def test_gives_back_the_project_spec(output_text: str) -> None:
    assert output_text == OWN_SPEC.read_text(encoding="utf-8")


def test_interface_is_preserved(upstream: dict[str, Any], output: dict[str, Any]) -> None:
    assert_same_interface(upstream, output)


def test_operation_ids_parameters_properties_enums(upstream: dict[str, Any], output: dict[str, Any]) -> None:
    assert set(operations(upstream)) == set(operations(output))
    assert parameters(upstream) == parameters(output)
    assert property_names(upstream) <= property_names(output)
    assert enums(upstream) == enums(output)


def test_no_upstream_prose(upstream: dict[str, Any], output_text: str) -> None:
    long_texts = [t for t in upstream_descriptions(upstream) if len(t.strip()) > 25]
    assert len(long_texts) > 100  # sanity: upstream really has prose
    leaked = [t for t in long_texts if t.strip() in output_text]
    assert leaked == []
    assert "externalDocs" not in output_text
    assert "x-mint" not in output_text


def test_own_texts(upstream: dict[str, Any], output: dict[str, Any]) -> None:
    assert output["info"] == {
        "title": "Kalshi Trade API v2",
        "version": upstream["info"]["version"],
    }
    labels = {s["url"]: s["description"] for s in output["servers"]}
    assert [s["url"] for s in output["servers"]] == [s["url"] for s in upstream["servers"]]
    for url, label in labels.items():
        assert label == ("Demo" if "demo" in url else "Production")
    status = output["paths"]["/exchange/status"]["get"]["responses"]
    assert status["200"]["description"] == "OK"
    responses = output["components"]["responses"]
    assert responses["BadRequestError"]["description"] == "Bad Request Error"
    for name, response in responses.items():
        upstream_text = upstream["components"]["responses"][name].get("description")
        assert response["description"] != upstream_text


def test_property_named_description_survives(upstream: dict[str, Any], output: dict[str, Any]) -> None:
    with_description = {
        name
        for name, schema in upstream["components"]["schemas"].items()
        if "description" in (schema.get("properties") or {})
    }
    out_schemas = output["components"]["schemas"]
    for name in with_description:
        assert out_schemas[name]["properties"]["description"] == (
            {
                k: v
                for k, v in upstream["components"]["schemas"][name]["properties"]["description"].items()
                if k != "description"
            }
        )
    if not with_description:
        assert all("description" not in (s.get("properties") or {}) for s in out_schemas.values())


def test_output_header_and_no_aliases(output_text: str) -> None:
    first_lines = output_text.splitlines()[:3]
    assert all(line.startswith("#") for line in first_lines)
    assert "scripts/sync_spec.py" in output_text.split("openapi:", 1)[0]
    assert "3.31.0" in "\n".join(first_lines)
    assert "&id" not in output_text and "*id" not in output_text


def test_deterministic(
    sync_spec: ModuleType,
    upstream_path: Path,
    output_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    again = tmp_path / "again.yaml"
    assert sync_spec.main([str(upstream_path), "--output", str(again)]) == 0
    first_bytes = again.read_bytes()
    assert first_bytes == output_file.read_bytes()
    capsys.readouterr()
    assert sync_spec.main([str(upstream_path), "--output", str(again)]) == 0
    assert again.read_bytes() == first_bytes
    out = capsys.readouterr().out
    assert "No changes" in out
    assert f"Wrote {again}" in out


def test_change_summary(
    sync_spec: ModuleType,
    upstream: dict[str, Any],
    upstream_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "openapi.yaml"
    assert sync_spec.main([str(upstream_path), "--output", str(out)]) == 0

    modified = copy.deepcopy(upstream)
    modified["info"]["version"] = "9.9.9"
    modified["paths"]["/zz_test/widgets"] = {
        "get": {
            "operationId": "GetTestWidgets",
            "summary": "Get Test Widgets",
            "responses": {"200": {"description": "Upstream text here"}},
        }
    }
    schema_name, schema = next(
        (name, s) for name, s in modified["components"]["schemas"].items() if len(s.get("properties") or {}) >= 2
    )
    removed_prop = list(schema["properties"])[-1]
    del schema["properties"][removed_prop]
    if removed_prop in schema.get("required", []):
        schema["required"].remove(removed_prop)
    status_op = modified["paths"]["/exchange/status"]["get"]
    status_op["parameters"] = [{"name": "zz_flag", "in": "query", "schema": {"type": "boolean"}}]
    source = write_yaml(tmp_path / "modified.yaml", modified)

    capsys.readouterr()
    assert sync_spec.main([str(source), "--output", str(out)]) == 0
    report = capsys.readouterr().out
    assert "Spec version: 3.31.0 -> 9.9.9" in report
    assert "Operations added (1):" in report
    assert "+ GetTestWidgets  GET /zz_test/widgets" in report
    assert "Operations removed" not in report
    assert "~ GetExchangeStatus  GET /exchange/status: parameters added: query:zz_flag" in (report)
    assert f"~ {schema_name}: properties removed: {removed_prop}" in report
    assert "Upstream text here" not in out.read_text(encoding="utf-8")


def test_url_source(sync_spec: ModuleType, upstream_path: Path, output_file: Path, tmp_path: Path) -> None:
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any, **kwargs: Any) -> None:
            """Keep test output clean."""

    handler = functools.partial(QuietHandler, directory=str(upstream_path.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        url = f"http://127.0.0.1:{port}/{upstream_path.name}"
        out = tmp_path / "from_url.yaml"
        assert sync_spec.main([url, "--output", str(out), "--timeout", "10"]) == 0
        assert out.read_bytes() == output_file.read_bytes()
        missing = f"http://127.0.0.1:{port}/does-not-exist.yaml"
        assert sync_spec.main([missing, "--output", str(tmp_path / "x.yaml")]) != 0
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_bad_sources(sync_spec: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.yaml"
    cases = {
        "missing": tmp_path / "missing.yaml",
        "not_yaml": tmp_path / "broken.yaml",
        "swagger2": tmp_path / "swagger.yaml",
        "list": tmp_path / "list.yaml",
    }
    cases["not_yaml"].write_text("openapi: [unclosed\n", encoding="utf-8")
    write_yaml(cases["swagger2"], {"swagger": "2.0", "info": {"version": "1"}, "paths": {}})
    write_yaml(cases["list"], ["openapi", "3.0.0"])
    for name, path in cases.items():
        capsys.readouterr()
        assert sync_spec.main([str(path), "--output", str(out)]) == 1, name
        assert "error:" in capsys.readouterr().err, name
    assert not out.exists()


def test_unquoted_yes_no_stay_strings(sync_spec: ModuleType, tmp_path: Path) -> None:
    source = tmp_path / "tiny.yaml"
    source.write_text(
        "openapi: 3.0.3\n"
        "info: {title: T, version: '1', description: Some upstream words}\n"
        "paths: {}\n"
        "components:\n"
        "  schemas:\n"
        "    Side:\n"
        "      type: string\n"
        "      enum: [yes, no]\n"
        "      description: Which side of the market.\n"
        "    Thing:\n"
        "      type: object\n"
        "      properties:\n"
        "        description: {type: string, description: Free text.}\n",
        encoding="utf-8",
    )
    out = tmp_path / "tiny_out.yaml"
    assert sync_spec.main([str(source), "--output", str(out)]) == 0
    result = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert result["components"]["schemas"]["Side"] == {
        "type": "string",
        "enum": ["yes", "no"],
    }
    assert result["components"]["schemas"]["Thing"]["properties"] == {"description": {"type": "string"}}
    assert result["info"] == {"title": "Kalshi Trade API v2", "version": "1"}
