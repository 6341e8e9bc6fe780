"""`kalshi export`: a whole listing to a JSON lines, CSV or Parquet file, resumable.

    kalshi export markets --out markets.parquet series_ticker=KXHIGHNY status=settled
    kalshi export trades --format csv --out trades.csv ticker=KXHIGHNY-26NOV21-T60 min_ts=1763683200
    kalshi export fills --out fills.jsonl          # needs KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH

Filters are `name=value` pairs: the keyword arguments of the listing's client method (integers,
true/false and comma-separated lists are understood). Run the same command again after Ctrl-C or
an error and it carries on where it stopped.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ._cli import CommandError, Output, open_client
from ._export import EXPORT_FORMATS, EXPORT_RESOURCES, export

__all__ = ["register"]


def register(commands: Any) -> None:
    """Add the `export` subcommand to the `kalshi` command's subparsers."""
    parser = commands.add_parser(
        "export",
        help="a whole listing to a file (jsonl, csv, parquet), resumable",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    names = ", ".join(EXPORT_RESOURCES)
    parser.add_argument("resource", choices=list(EXPORT_RESOURCES), metavar="RESOURCE", help=names)
    parser.add_argument("filters", nargs="*", metavar="NAME=VALUE", help="filters of the listing, such as ticker=...")
    parser.add_argument("--out", required=True, help="the output file")
    parser.add_argument("--format", choices=EXPORT_FORMATS, help="default: from the file's suffix")
    parser.add_argument("--quiet", action="store_true", help="no progress display")
    parser.add_argument("--overwrite", action="store_true", help="replace a finished file at --out")
    parser.set_defaults(handler=run_export)
    _parse_intermixed(parser)


def _parse_intermixed(parser: argparse.ArgumentParser) -> None:
    """Let filters come before or after the options (`export trades --out t.csv ticker=X`).

    The parent parser hands the subcommand's arguments to `parse_known_args`; this routes them
    through `parse_known_intermixed_args`, which itself calls `parse_known_args` (the plain one).
    """
    plain = parser.parse_known_args
    busy = False

    def intermixed(args: Any = None, namespace: Any = None) -> Any:
        nonlocal busy
        if busy:
            return plain(args, namespace)
        busy = True
        try:
            return parser.parse_known_intermixed_args(args, namespace)
        finally:
            busy = False

    parser.parse_known_args = intermixed  # type: ignore[method-assign]


def run_export(options: argparse.Namespace, out: Output) -> None:
    filters: dict[str, Any] = {}
    for pair in options.filters:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            options.command_parser.error(f"filters are NAME=VALUE pairs, got {pair!r}")
        filters[name.replace("-", "_")] = _value(value)
    try:
        with open_client(options, credentials=_needs_credentials(options.resource)) as client:
            result = export(
                client,
                options.resource,
                options.out,
                format=options.format,
                overwrite=options.overwrite,
                progress=False if options.quiet else None,
                **filters,
            )
    except TypeError as error:  # an unknown filter name: a usage error (exit status 2)
        options.command_parser.error(str(error))
    except FileExistsError as error:
        raise CommandError(str(error)) from None
    if not options.quiet:
        resumed = " (resumed)" if result.resumed else ""
        print(f"wrote {result.rows} {options.resource} to {result.path}{resumed}", file=sys.stderr)


def _needs_credentials(resource: str) -> bool:
    """Whether the spec has the operation behind `resource` signed (public listings never load a key)."""
    from kalshi_api.api import OPERATIONS
    from kalshi_api.rules import OPERATION_IDS

    from ._operation_map import OPERATION_METHODS

    method = EXPORT_RESOURCES[resource].method
    operation_id = next(name for name, target in OPERATION_METHODS.items() if target == method)
    return OPERATIONS[OPERATION_IDS[operation_id]].requires_auth


def _value(text: str) -> Any:
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(text)
    except ValueError:
        return text
