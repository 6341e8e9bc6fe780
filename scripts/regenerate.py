"""Regenerate the low-level client in generated/kalshi_api from openapi/openapi.yaml.

    python scripts/regenerate.py            # rewrite generated/kalshi_api
    python scripts/regenerate.py --check    # exit 1, naming each stale file, if it is out of date

The spec goes through `prepare_for_generator` first: adjustments that only concern how
openapi-python-client reads a schema, never the API itself. The generator then runs with the
project's config and templates (openapi/), and the pinned ruff formats the result, so the same
inputs always give byte-identical output.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))  # so that tests loading this file find its sibling
from asyncapi_models import ASYNCAPI, add_message_schemas, write_streaming
from asyncapi_models import load as load_asyncapi

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.yaml"
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
RUFF_CONFIG = ROOT / "openapi" / "ruff.toml"
PACKAGE = "kalshi_api"
TARGET = ROOT / "generated" / PACKAGE


def is_free_form_object(schema: dict[str, Any]) -> bool:
    """True for `type: object` with no declared properties and no typed additionalProperties."""
    if schema.get("type") != "object" or schema.get("properties"):
        return False
    extra = schema.get("additionalProperties", True)
    return extra is True or extra == {}


# Schemas of fixed-point decimal strings ("0.5600" dollars, "10.00" contracts). Model fields of these
# schemas become `decimal.Decimal`: the prepared spec marks them with this string format, which the
# generator passes through untouched and the model template recognises.
FIXED_POINT_SCHEMAS = ("#/components/schemas/FixedPointDollars", "#/components/schemas/FixedPointCount")
DECIMAL_FORMAT = "decimal"


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("enum") == [None])


def fixed_point_of(schema: Any) -> str | None:
    """The fixed-point schema a property stands for: a `$ref` to one, or an allOf/anyOf/oneOf whose
    only member besides null is such a `$ref` (possibly nullable). None for anything else."""
    if not isinstance(schema, dict):
        return None
    if schema.get("$ref") in FIXED_POINT_SCHEMAS:
        return str(schema["$ref"])
    for keyword in ("allOf", "anyOf", "oneOf"):
        members = [member for member in schema.get(keyword, []) if not _is_null_schema(member)]
        if len(members) == 1 and set(members[0]) == {"$ref"} and members[0]["$ref"] in FIXED_POINT_SCHEMAS:
            return str(members[0]["$ref"])
    return None


def decimal_property(spec: dict[str, Any], schema: dict[str, Any], reference: str) -> dict[str, Any]:
    """The schema of a fixed-point property, as the generator should see it: a string of format
    "decimal" (nullable when the original was), keeping its description and the example."""
    target = resolve(spec, {"$ref": reference})
    nullable = bool(schema.get("nullable")) or any(
        _is_null_schema(member) for keyword in ("anyOf", "oneOf") for member in schema.get(keyword, [])
    )
    marked: dict[str, Any] = {"type": "string", "format": DECIMAL_FORMAT}
    for key in ("description", "example"):
        if key in schema or key in target:
            marked[key] = schema.get(key, target.get(key))
    if nullable:
        marked["nullable"] = True
    return marked


def prepare_for_generator(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the spec adjusted for the generator (the API it describes is unchanged).

    - A free-form JSON object (such as a milestone's `details`) becomes an untyped schema, so the
      client hands it over as the plain dict the server sent instead of an empty wrapper class.
    - An object property of a fixed-point schema (FixedPointDollars, FixedPointCount, or a nullable
      or allOf wrapper of one) becomes `{type: string, format: decimal}`, which the model template
      turns into a `decimal.Decimal` field. Query parameters are left as strings.
    """

    def prepare(node: Any, is_property_map: bool = False) -> Any:
        if isinstance(node, list):
            return [prepare(item) for item in node]
        if not isinstance(node, dict):
            return node
        if is_property_map:
            return {
                name: decimal_property(spec, schema, reference)
                if (reference := fixed_point_of(schema))
                else prepare(schema)
                for name, schema in node.items()
            }
        if is_free_form_object(node):
            return {key: value for key, value in node.items() if key not in ("type", "additionalProperties")}
        return {key: prepare(value, is_property_map=key == "properties") for key, value in node.items()}

    prepared: dict[str, Any] = prepare(spec)
    return prepared


RULE_KEYWORDS = (
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "enum",
    "pattern",
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (such as "#/components/parameters/LimitQuery") to what it names."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def schema_rules(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """The validation keywords of a schema: its own, its array items' (under "items") and, for an
    object, its properties' (under "properties", with the required ones under "required")."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 4:
        return {}
    for part in schema.get("allOf", []):
        inherited = resolve(spec, part)
        if isinstance(inherited, dict):
            schema = {
                **inherited,
                **{k: v for k, v in schema.items() if k != "allOf"},
                "properties": {**inherited.get("properties", {}), **schema.get("properties", {})},
                "required": [*inherited.get("required", []), *schema.get("required", [])],
            }
    rules = {key: schema[key] for key in RULE_KEYWORDS if key in schema}
    if schema.get("type"):
        rules["type"] = schema["type"]
    for key, value in validate_tag_rules(schema).items():
        rules.setdefault(key, value)
    if "items" in schema:
        item_rules = schema_rules(spec, schema["items"], depth + 1)
        if item_rules:
            rules["items"] = item_rules
    if depth > 0 and schema.get("properties"):
        properties = {name: schema_rules(spec, part, depth + 1) for name, part in schema["properties"].items()}
        rules["properties"] = {name: part for name, part in properties.items() if part}
        if schema.get("required"):
            rules["required"] = list(schema["required"])
    return rules


# Bounds some schemas state only in their server's validation tag (`x-oapi-codegen-extra-tags:
# {validate: "gte=0"}`): the spec's own words, in go-playground/validator syntax.
VALIDATE_BOUNDS = {"gte": "minimum", "lte": "maximum", "gt": "minimum", "lt": "maximum"}


def validate_tag_rules(schema: dict[str, Any]) -> dict[str, Any]:
    """Numeric bounds of a schema's validation tag, as rule keywords (`gt=0` on an integer: minimum 1)."""
    tags = schema.get("x-oapi-codegen-extra-tags")
    tag = tags.get("validate") if isinstance(tags, dict) else None
    if not isinstance(tag, str) or schema.get("type") not in ("integer", "number"):
        return {}
    found: dict[str, Any] = {}
    for part in tag.split(","):
        key, _, text = part.partition("=")
        if key not in VALIDATE_BOUNDS:
            continue
        try:
            bound = int(text) if schema["type"] == "integer" else float(text)
        except ValueError:
            continue
        if schema["type"] == "integer" and key in ("gt", "lt"):
            bound = bound + 1 if key == "gt" else bound - 1
        found[VALIDATE_BOUNDS[key]] = bound
    return found


def body_field_rules(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Wire name -> constraints of each top-level field of the operation's JSON body."""
    body = resolve(spec, operation.get("requestBody", {}))
    schema = resolve(spec, body.get("content", {}).get("application/json", {}).get("schema", {}))
    if not isinstance(schema, dict):
        return {}
    whole = schema_rules(spec, schema, depth=1)
    required = set(whole.get("required", []))
    return {
        name: {**rules, "required": name in required} for name, rules in whole.get("properties", {}).items()
    } | {name: {"required": True} for name in required if name not in whole.get("properties", {})}


Rules = dict[str, dict[str, dict[str, Any]]]


def operation_rules(spec: dict[str, Any]) -> tuple[Rules, Rules]:
    """The spec's constraints on every operation, in two tables keyed by operation name:
    python parameter name -> constraints, and body field (wire) name -> constraints.

    Names are the generator's own (operationId and parameter names in snake_case), so the facade
    can check its keyword arguments against the spec before it sends anything.
    """
    from openapi_python_client.config import ConfigFile
    from openapi_python_client.strings import PythonIdentifier

    prefix = ConfigFile.load_from_path(CONFIG).field_prefix
    parameters: Rules = {}
    bodies: Rules = {}
    for path_item in spec.get("paths", {}).values():
        path_item = resolve(spec, path_item)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            rules: dict[str, dict[str, Any]] = {}
            for parameter in path_item.get("parameters", []) + operation.get("parameters", []):
                parameter = resolve(spec, parameter)
                entry = schema_rules(spec, parameter.get("schema", {}))
                entry["in"] = parameter["in"]
                entry["required"] = bool(parameter.get("required", False))
                rules[str(PythonIdentifier(parameter["name"], prefix))] = entry
            name = str(PythonIdentifier(operation["operationId"], prefix))
            parameters[name] = rules
            if body := body_field_rules(spec, operation):
                bodies[name] = body
    return dict(sorted(parameters.items())), dict(sorted(bodies.items()))


def list_field(spec: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """For a cursor-paginated operation (a `cursor` query parameter, and a response holding a
    `cursor` and exactly one array), the name of that array; None for any other operation."""
    names = {resolve(spec, parameter).get("name") for parameter in operation.get("parameters", [])}
    if "cursor" not in names:
        return None
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        schema = resolve(spec, resolve(spec, response).get("content", {}).get("application/json", {}).get("schema"))
        properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
        arrays = [name for name, part in properties.items() if resolve(spec, part).get("type") == "array"]
        if "cursor" in properties and len(arrays) == 1:
            return str(arrays[0])
    return None


def _named_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operationId, its snake_case name here, the operation) for every operation of the spec."""
    from openapi_python_client.config import ConfigFile
    from openapi_python_client.strings import PythonIdentifier

    prefix = ConfigFile.load_from_path(CONFIG).field_prefix
    for path_item in spec.get("paths", {}).values():
        path_item = resolve(spec, path_item)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict) and "operationId" in operation:
                operation_id = str(operation["operationId"])
                yield operation_id, str(PythonIdentifier(operation_id, prefix)), operation


def operation_ids(spec: dict[str, Any]) -> dict[str, str]:
    """The spec's operationId -> its snake_case name here, for every operation."""
    return dict(sorted((operation_id, name) for operation_id, name, _ in _named_operations(spec)))


def list_fields(spec: dict[str, Any]) -> dict[str, str]:
    """operation name -> the list its pages hold, for every cursor-paginated operation."""
    found = {name: items for _, name, operation in _named_operations(spec) if (items := list_field(spec, operation))}
    return dict(sorted(found.items()))


def parameter_rules(spec: dict[str, Any]) -> Rules:
    """operation name -> python parameter name -> constraints (see `operation_rules`)."""
    return operation_rules(spec)[0]


def fixed_point_places(spec: dict[str, Any]) -> dict[str, dict[str, int]]:
    """model class name -> JSON key -> decimal places, for every fixed-point property of a schema.

    The places are those of the fixed-point schema's example ("0.5600": 4), so that tables of the
    models (Arrow decimals) get the scale the spec shows.
    """
    from openapi_python_client.config import ConfigFile
    from openapi_python_client.strings import ClassName

    prefix = ConfigFile.load_from_path(CONFIG).field_prefix
    places: dict[str, int] = {}
    schemas = spec.get("components", {}).get("schemas", {})
    for reference in FIXED_POINT_SCHEMAS:
        if reference.rpartition("/")[2] in schemas:  # older spec versions have no fixed-point types
            example = str(resolve(spec, {"$ref": reference}).get("example", ""))
            places[reference] = len(example.partition(".")[2])
    table: dict[str, dict[str, int]] = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        fields = {
            key: places[fixed_point]
            for key, prop in (schema.get("properties") or {}).items()
            if (fixed_point := fixed_point_of(prop))
        }
        if fields:
            table[str(ClassName(name, prefix))] = fields
    return dict(sorted(table.items()))


def write_rules(spec: dict[str, Any], package: Path) -> None:
    """Write `rules.py` from its template (the spec's version, the constraints of every operation,
    the decimal places of every fixed-point model field) and `py.typed`."""
    import jinja2  # openapi-python-client's own dependency

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    environment.filters["repr"] = repr
    parameters, bodies = operation_rules(spec)
    rules = environment.get_template("rules.py.jinja").render(
        spec_version=str(spec.get("info", {}).get("version", "unknown")),
        parameter_rules=parameters,
        body_rules=bodies,
        operation_ids=operation_ids(spec),
        list_fields=list_fields(spec),
        fixed_point_places=fixed_point_places(spec),
    )
    (package / "rules.py").write_text(rules, encoding="utf-8")
    # Type checkers outside this repository read the package's annotations only with this marker.
    (package / "py.typed").write_text("", encoding="utf-8")


def run(command: list[str], cwd: Path) -> None:
    """Run a build step, showing its output only when it fails."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(command)}")


def tool(module: str) -> list[str]:
    """The command that runs a dev tool with this same Python (so the pinned versions are used)."""
    return [sys.executable, "-m", module]


def generate(spec_path: Path, workdir: Path, asyncapi_path: Path = ASYNCAPI) -> Path:
    """Generate and format the package into `workdir`; return the package folder.

    The WebSocket messages of the AsyncAPI document become models of the same package
    (scripts/asyncapi_models.py), read by the same templates.
    """
    # The C loader when PyYAML has it: the same documents, several times faster on a spec this size.
    spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    asyncapi = load_asyncapi(asyncapi_path)
    prepared = workdir / "spec.json"
    prepared.write_text(
        json.dumps(prepare_for_generator(add_message_schemas(spec, asyncapi)), indent=1), encoding="utf-8"
    )
    output = workdir / PACKAGE
    run(
        [
            *tool("openapi_python_client"),
            "generate",
            "--path",
            str(prepared),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=workdir,
    )
    write_rules(spec, output)
    write_streaming(asyncapi, output)
    ruff = tool("ruff")
    run([*ruff, "check", "--fix", "--quiet", "--config", str(RUFF_CONFIG), str(output)], cwd=workdir)
    run([*ruff, "format", "--quiet", "--config", str(RUFF_CONFIG), str(output)], cwd=workdir)
    for cache in output.rglob("__pycache__"):
        shutil.rmtree(cache)
    return output


def relative_files(folder: Path) -> set[str]:
    """Every file below `folder`, as paths relative to it (caches left out)."""
    if not folder.exists():
        return set()
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def stale_files(fresh: Path, current: Path) -> list[str]:
    """Files that differ between a fresh generation and the committed one, sorted."""
    fresh_files, current_files = relative_files(fresh), relative_files(current)
    differing = fresh_files ^ current_files
    for name in fresh_files & current_files:
        if not filecmp.cmp(fresh / name, current / name, shallow=False):
            differing.add(name)
    return sorted(differing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report whether generated/ is up to date")
    parser.add_argument("--spec", type=Path, default=SPEC, help="spec to generate from (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=TARGET, help="package folder to write (default: %(default)s)")
    args = parser.parse_args(argv)

    if importlib.util.find_spec("openapi_python_client") is None:
        if sys.version_info < (3, 11):
            # The dev extra leaves the generator out here; the same CI run checks generated/ on 3.11+.
            print(
                f"regenerate.py: not run on Python {sys.version_info.major}.{sys.version_info.minor}: "
                "openapi-python-client 0.29.1 needs Python 3.11 or newer"
            )
            return 0 if args.check else 1
        print("regenerate.py: openapi-python-client is missing; install the dev tools: pip install -e '.[dev]'")
        return 1

    with tempfile.TemporaryDirectory(prefix="kalshi-regen-") as tmp:
        fresh = generate(args.spec.resolve(), Path(tmp))
        differing = stale_files(fresh, args.output)
        if args.check:
            if differing:
                print(f"{args.output} is stale; regenerate with scripts/regenerate.py. Differing files:")
                for name in differing:
                    print(f"  {name}")
                return 1
            print(f"{args.output} is up to date ({len(relative_files(fresh))} files).")
            return 0
        if args.output.exists():
            shutil.rmtree(args.output)
        shutil.copytree(fresh, args.output)
        print(f"wrote {args.output} ({len(relative_files(fresh))} files, {len(differing)} changed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
