"""Write the async twin of every resource class from its sync class (unasync-style).

Each resource method's signature and docstring exist once, in the sync class of
`kalshi_sdk/resources/<name>.py`. This script reads that class and writes
`kalshi_sdk/resources/_async/<name>.py` by a mechanical transformation of its source:

- `SyncAPIResource` becomes `AsyncAPIResource`, `CursorPage` becomes `AsyncCursorPage`, and the
  class `Markets` becomes `AsyncMarkets`;
- a call that waits on the network (`self._call`, `self._call_list`, `self._request_all`,
  `self._client.request`, or another method of the class that becomes async) gets `await`;
- a method with such a call becomes `async def`; one that only builds a page object stays a plain
  `def` (pages are lazy); a `for` over one of the class's pages becomes `async for`.

The twin imports what it uses from the sync module's imports, and the sync module's own helpers
from the sync module. `--check` fails when a written file is not what the sync source gives.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "kalshi_sdk" / "resources"
TWINS = RESOURCES / "_async"
HEADER = '"""The async twin of `{module}`.\n\nWritten by scripts/async_twins.py from the sync class: do not edit.\n"""'

RENAMED = {"SyncAPIResource": "AsyncAPIResource", "CursorPage": "AsyncCursorPage"}
AWAITED_HELPERS = {"_call", "_call_list", "_request_all"}


@dataclass
class _Edits:
    """Text edits of a source, given as (line, column) positions of the AST (columns in UTF-8 bytes)."""

    lines: list[bytes]
    edits: list[tuple[int, int, int, int, str]] = field(default_factory=list)

    def replace(self, node: ast.expr, text: str) -> None:
        assert node.end_lineno is not None and node.end_col_offset is not None
        self.edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, text))

    def insert(self, line: int, column: int, text: str) -> None:
        self.edits.append((line, column, line, column, text))

    def apply(self) -> str:
        lines = list(self.lines)
        for start_line, start, end_line, end, text in sorted(self.edits, reverse=True):
            if start_line == end_line:
                line = lines[start_line - 1]
                lines[start_line - 1] = line[:start] + text.encode() + line[end:]
            else:
                first, last = lines[start_line - 1], lines[end_line - 1]
                lines[start_line - 1 : end_line] = [first[:start] + text.encode() + last[end:]]
        return b"".join(lines).decode()


def _self_method(call: ast.expr) -> str | None:
    """`name` when `call` is `self.name(...)`."""
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute):
        target = call.func.value
        if isinstance(target, ast.Name) and target.id == "self":
            return call.func.attr
    return None


def _waits(call: ast.Call, async_methods: set[str]) -> bool:
    """Whether `call` waits on the network in the async twin."""
    name = _self_method(call)
    if name is not None:
        return name in AWAITED_HELPERS or name in async_methods
    func = call.func
    return (  # self._client.request(...)
        isinstance(func, ast.Attribute)
        and func.attr == "request"
        and isinstance(func.value, ast.Attribute)
        and func.value.attr == "_client"
        and isinstance(func.value.value, ast.Name)
        and func.value.value.id == "self"
    )


def _returns_page(method: ast.FunctionDef) -> bool:
    returns = method.returns
    return returns is not None and any(
        isinstance(node, ast.Name) and node.id == "CursorPage" for node in ast.walk(returns)
    )


def _async_methods(methods: list[ast.FunctionDef]) -> set[str]:
    """The methods that wait on the network, directly or through another method of the class."""
    found: set[str] = set()
    while True:
        more = {
            method.name
            for method in methods
            if any(isinstance(node, ast.Call) and _waits(node, found) for node in ast.walk(method))
        }
        if more <= found:
            return found
        found |= more


def _twin_class(source: str, cls: ast.ClassDef) -> tuple[str, str]:
    """The async twin's name and source, from the sync class `cls` of `source`."""
    edits = _Edits(source.encode().splitlines(keepends=True))
    methods = [node for node in cls.body if isinstance(node, ast.FunctionDef)]
    async_methods = _async_methods(methods)
    pages = {method.name for method in methods if _returns_page(method)}
    parents = {child: node for node in ast.walk(cls) for child in ast.iter_child_nodes(node)}
    for method in methods:
        if method.name in async_methods:
            edits.insert(method.lineno, method.col_offset, "async ")
    for node in ast.walk(cls):
        if isinstance(node, ast.Call) and _waits(node, async_methods):
            parent = parents.get(node)
            if isinstance(parent, (ast.Attribute, ast.Subscript)) or (
                isinstance(parent, ast.Call) and parent.func is node
            ):
                edits.replace(node, f"(await {ast.get_source_segment(source, node)})")
            else:
                edits.insert(node.lineno, node.col_offset, "await ")
        elif isinstance(node, ast.For) and _self_method(node.iter) in pages:
            edits.insert(node.lineno, node.col_offset, "async ")
        elif isinstance(node, ast.comprehension) and _self_method(node.iter) in pages:
            raise SystemExit(f"{cls.name}: a comprehension over a page; write it as a for loop")
        elif isinstance(node, ast.Name) and node.id in RENAMED:
            edits.replace(node, RENAMED[node.id])
    start = cls.decorator_list[0].lineno if cls.decorator_list else cls.lineno
    assert cls.end_lineno is not None
    text = edits.apply().splitlines(keepends=True)[start - 1 : cls.end_lineno]
    twin = f"Async{cls.name}"
    header = f"class {cls.name}("
    if not text[0].startswith(header):
        raise SystemExit(f"{cls.name}: expected the class statement on one line starting {header!r}")
    text[0] = f"class {twin}(" + text[0][len(header) :]
    return twin, "".join(text)


def _used_names(code: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Name)}


def _deeper(node: ast.ImportFrom, names: list[ast.alias]) -> str:
    """`node` keeping only `names`, as seen from one package further down."""
    level = node.level + 1 if node.level else 0
    return ast.unparse(ast.ImportFrom(module=node.module, names=names, level=level))


def _imports(tree: ast.Module, used: set[str], module: str) -> tuple[list[str], list[str]]:
    """The twin's run-time and type-checking-only imports of the names in `used`."""
    runtime: list[str] = ["from __future__ import annotations"]
    typing_only: list[str] = []

    def wanted(aliases: list[ast.alias]) -> list[ast.alias]:
        """The aliases the twin uses, a sync name standing for its async counterpart."""
        renamed = [ast.alias(RENAMED.get(alias.name, alias.name), alias.asname) for alias in aliases]
        return [alias for alias in renamed if (alias.asname or alias.name) in used]

    def keep(statement: ast.stmt, into: list[str]) -> None:
        if isinstance(statement, ast.Import):
            names = wanted(statement.names)
            if names:
                into.append(ast.unparse(ast.Import(names=names)))
        elif isinstance(statement, ast.ImportFrom) and statement.module != "__future__":
            names = wanted(statement.names)
            if names:
                into.append(_deeper(statement, names))

    own: list[str] = []
    for statement in tree.body:
        if isinstance(statement, ast.If) and ast.unparse(statement.test) == "TYPE_CHECKING":
            for inner in statement.body:
                keep(inner, typing_only)
        elif isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
            own.append(statement.name)
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            own.extend(target.id for target in targets if isinstance(target, ast.Name))
        else:
            keep(statement, runtime)
    helpers = sorted(name for name in own if name in used and not name.startswith("__"))
    if helpers:
        runtime.append(f"from ..{module} import {', '.join(helpers)}")
    if typing_only:
        runtime.append("from typing import TYPE_CHECKING")
    return runtime, typing_only


def _ruff(code: str, path: Path, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *arguments, "--stdin-filename", str(path), "-"],
        input=code,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode not in (0, 1) or not result.stdout:
        raise SystemExit(f"ruff failed on the twin of {path.name}: {result.stderr}")
    return result.stdout


def twin_module(path: Path) -> tuple[str, str]:
    """The async twin module of the resource module at `path`: its class name and its source."""
    source = path.read_text()
    tree = ast.parse(source)
    classes = [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(isinstance(base, ast.Name) and base.id == "SyncAPIResource" for base in node.bases)
    ]
    if len(classes) != 1:
        raise SystemExit(f"{path.name}: expected one SyncAPIResource class, found {len(classes)}")
    twin, body = _twin_class(source, classes[0])
    used = _used_names(body)
    runtime, typing_only = _imports(tree, used, path.stem)
    parts = [HEADER.format(module=f"kalshi_sdk.resources.{path.stem}.{classes[0].name}"), "\n".join(runtime)]
    if typing_only:
        parts.append("if TYPE_CHECKING:\n" + "".join(f"    {line}\n" for line in typing_only))
    parts.append(f'__all__ = ["{twin}"]')
    code = "\n\n".join(parts) + "\n\n\n" + body
    target = TWINS / path.name
    code = _ruff(code, target, "check", "--fix-only", "--select", "I", "--exit-zero")
    return twin, _ruff(code, target, "format")


def written() -> dict[Path, str]:
    """Every file this script writes, with its content."""
    files: dict[Path, str] = {}
    for path in sorted(RESOURCES.glob("*.py")):
        if path.name.startswith("_"):
            continue
        _, files[TWINS / path.name] = twin_module(path)
    files[TWINS / "__init__.py"] = '"""Async resource classes, written by scripts/async_twins.py; do not edit."""\n'
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a written file differs from its sync source")
    check = parser.parse_args().check
    files = written()
    stale = [path for path, code in files.items() if not path.exists() or path.read_text() != code]
    extra = [path for path in TWINS.glob("*.py") if path not in files]
    if check:
        for path in [*stale, *extra]:
            print(f"out of date: {path.relative_to(ROOT)} (run python scripts/async_twins.py)", file=sys.stderr)
        return 1 if stale or extra else 0
    TWINS.mkdir(exist_ok=True)
    for path in stale:
        path.write_text(files[path])
        print(f"wrote {path.relative_to(ROOT)}")
    for path in extra:
        path.unlink()
        print(f"removed {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
