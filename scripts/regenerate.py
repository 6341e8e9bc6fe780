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
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

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


def prepare_for_generator(node: Any) -> Any:
    """Return a copy of the spec adjusted for the generator.

    A free-form JSON object (such as a milestone's `details`) becomes an untyped schema, so the
    client hands it over as the plain dict the server sent instead of an empty wrapper class.
    """
    if isinstance(node, list):
        return [prepare_for_generator(item) for item in node]
    if not isinstance(node, dict):
        return node
    if is_free_form_object(node):
        return {key: value for key, value in node.items() if key not in ("type", "additionalProperties")}
    return {key: prepare_for_generator(value) for key, value in node.items()}


def run(command: list[str], cwd: Path) -> None:
    """Run a build step, showing its output only when it fails."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(command)}")


def tool(name: str) -> str:
    """The console script `name` installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def generate(spec_path: Path, workdir: Path) -> Path:
    """Generate and format the package into `workdir`; return the package folder."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    prepared = workdir / "spec.json"
    prepared.write_text(json.dumps(prepare_for_generator(spec), indent=1), encoding="utf-8")
    output = workdir / PACKAGE
    run(
        [
            tool("openapi-python-client"),
            "generate",
            "--path", str(prepared),
            "--config", str(CONFIG),
            "--custom-template-path", str(TEMPLATES),
            "--meta", "none",
            "--output-path", str(output),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=workdir,
    )
    ruff = tool("ruff")
    run([ruff, "check", "--fix", "--quiet", "--config", str(RUFF_CONFIG), str(output)], cwd=workdir)
    run([ruff, "format", "--quiet", "--config", str(RUFF_CONFIG), str(output)], cwd=workdir)
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
