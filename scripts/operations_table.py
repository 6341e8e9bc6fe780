"""Write the README's table of operations per resource from `kalshi_sdk._operation_map`, and the
list of operations the fake exchange answers with 501 from the fake's router.

    python scripts/operations_table.py            # rewrite both in README.md
    python scripts/operations_table.py --check    # exit 1 when README.md is stale
    python scripts/operations_table.py --awaiting # list the operations without a facade method yet

Each sits between two marker comments in README.md; everything else is left as it is.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START = "<!-- operations-table:start -->"
END = "<!-- operations-table:end -->"
FAKE_START = "<!-- fake-exchange-501:start -->"
FAKE_END = "<!-- fake-exchange-501:end -->"


def operations_table() -> str:
    """The markdown table: one row per operation, grouped by resource in the clients' order."""
    from kalshi_api.api import OPERATIONS
    from kalshi_sdk._operation_map import OPERATION_METHODS, RESOURCES

    by_resource: dict[str, list[tuple[str, str]]] = {resource: [] for resource in RESOURCES}
    for operation_id, target in OPERATION_METHODS.items():
        resource, method = target.split(".")
        by_resource[resource].append((method, operation_id))

    lines = ["| Resource | Method | Operation | HTTP |", "|---|---|---|---|"]
    for resource, entries in by_resource.items():
        for method, operation_id in entries:
            facts = OPERATIONS[_snake_name(operation_id, OPERATIONS)]
            lines.append(f"| `{resource}` | `{method}()` | {operation_id} | `{facts.method.upper()} {facts.path}` |")
    for operation_id in awaiting_methods():
        facts = OPERATIONS[_snake_name(operation_id, OPERATIONS)]
        lines.append(f"| | via `client.call` | {operation_id} | `{facts.method.upper()} {facts.path}` |")
    return "\n".join(lines)


def awaiting_methods() -> list[str]:
    """operationIds of the generated spec without a facade method yet (reachable via `client.call`)."""
    from kalshi_api.rules import OPERATION_IDS
    from kalshi_sdk._operation_map import OPERATION_METHODS

    return sorted(set(OPERATION_IDS) - set(OPERATION_METHODS))


def unimplemented_table() -> str:
    """The markdown table of what the fake exchange does not serve: per resource, the methods that get 501."""
    from kalshi_api.api import OPERATIONS
    from kalshi_sdk._operation_map import OPERATION_METHODS, RESOURCES
    from kalshi_sdk.testing._routes import unimplemented_operations

    target_of = {_snake_name(operation_id, OPERATIONS): target for operation_id, target in OPERATION_METHODS.items()}
    by_resource: dict[str, list[str]] = {resource: [] for resource in RESOURCES}
    for name, _method, _path in unimplemented_operations():
        resource, method = target_of[name].split(".")
        by_resource[resource].append(f"`{method}()`")
    lines = ["| Resource | Methods the fake exchange answers with 501 `not_implemented` |", "|---|---|"]
    lines += [f"| `{resource}` | {', '.join(sorted(names))} |" for resource, names in by_resource.items() if names]
    return "\n".join(lines)


def _snake_name(operation_id: str, operations: Iterable[str]) -> str:
    """The generated registry's key of an operationId (its snake_case form)."""
    wanted = operation_id.lower()
    for name in operations:
        if name.replace("_", "") == wanted:
            return name
    raise KeyError(f"{operation_id} is not in the generated registry; run scripts/regenerate.py")


def with_table(readme: str, table: str, start: str = START, end: str = END) -> str:
    before, found_start, rest = readme.partition(start)
    _, found_end, after = rest.partition(end)
    if not found_start or not found_end:
        raise SystemExit(f"README.md lacks the markers {start} and {end}")
    return f"{before}{start}\n{table}\n{end}{after}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only report whether README.md is up to date")
    parser.add_argument("--awaiting", action="store_true", help="list operations without a facade method yet")
    options = parser.parse_args(argv)
    if options.awaiting:
        for operation_id in awaiting_methods():
            print(operation_id)
        return 0
    current = README.read_text(encoding="utf-8")
    wanted = with_table(current, operations_table())
    wanted = with_table(wanted, unimplemented_table(), FAKE_START, FAKE_END)
    if options.check:
        if wanted != current:
            print("README.md's operation tables are stale: run python scripts/operations_table.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
