"""The `kalshi` command: everyday lookups against any environment, a demo, a local fake exchange.

    kalshi markets list --series-ticker KXHIGHNY --status open
    kalshi markets get KXHIGHNY-26NOV21-T60
    kalshi orderbook KXHIGHNY-26NOV21-T60 --depth 5
    kalshi milestones list --category Sports
    kalshi live-data MILESTONE_ID [MILESTONE_ID ...]
    kalshi balance                      # needs KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH
    kalshi orders list --status resting
    kalshi demo                         # a walk through the main job against a local fake exchange
    kalshi watch TICKER                 # a live orderbook ladder; `kalshi stream CHANNEL` prints JSON lines
    kalshi fake-exchange --port 8000    # a fake exchange in the foreground, with a ready API key

Global options (`--env`, `--json`, `--retries`) go before or after the subcommand. Failures print
one line on stderr and exit with status 1 (2 for a usage error); no traceback.

Commands live in small modules (`COMMAND_MODULES`), each with `register(commands)`, which adds its
subparsers and gives each one a `handler`: a function of the parsed arguments and the `Output`.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import importlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit

from ._constants import DEFAULT_MAX_RETRIES, ENV_API_KEY_ID, ENV_PRIVATE_KEY, ENV_PRIVATE_KEY_PATH
from ._environments import resolve_base_url
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    KalshiError,
    MissingCredentialsError,
    NotFoundError,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._client import Kalshi

__all__ = ["COMMAND_MODULES", "CommandError", "Output", "client_options", "main", "open_client"]

# The modules that add subcommands, in the order `kalshi --help` lists them. Each has
# `register(commands: argparse._SubParsersAction) -> None`; see the module docstring.
COMMAND_MODULES = (
    "._cli_market_data",
    "._cli_portfolio",
    "._cli_export",
    "._cli_stream",
    "._demo",
    "._cli_fake_exchange",
)

CELL_WIDTH = 60
# The SDK's parameter names that a command fills from an option of another name.
SDK_PARAMETER_OPTIONS = {"max_items": "--limit"}

Handler = Callable[[argparse.Namespace, "Output"], None]


class CommandError(Exception):
    """A command that ran and failed, such as an id that matched nothing: one line, exit status 1."""


# -- output --------------------------------------------------------------------------------------


class Output:
    """Where a command's results go: aligned tables for people, JSON for programs.

    With `--json`, a command prints exactly one JSON document, except the commands that declare
    `json_lines=True` (streams, the demo): they print one compact JSON document per line.
    """

    def __init__(self, as_json: bool, stream: TextIO, *, json_lines: bool = False) -> None:
        self.as_json = as_json
        self.json_lines = json_lines
        self.stream = stream
        self.section = ""
        self._documents = 0

    def title(self, text: str) -> None:
        """A heading for people; in JSON lines, the `section` of the documents that follow it."""
        self.section = text
        if not self.as_json:
            self.line(f"\n== {text}")

    def line(self, text: str) -> None:
        """One line of text for people, written at once (a stream's reader sees it without delay)."""
        print(text, file=self.stream, flush=True)

    def emit(self, document: Any) -> None:
        """One JSON document: the command's only one, or the next line of a JSON-lines command."""
        if self.json_lines:
            entry = {"section": self.section, "data": document} if self.section else document
            self.line(json.dumps(entry, default=str, separators=(",", ":")))
            return
        if self._documents:
            raise RuntimeError("a command without json_lines printed a second JSON document")
        self._documents += 1
        self.line(json.dumps(document, default=str, indent=2))

    def table(self, rows: Iterable[Any], columns: Sequence[str], *, key: str | None = None) -> list[dict[str, Any]]:
        """Rows (models or dicts) as a table of `columns`, or as JSON (a list, or `{key: list}`).

        Returns the rows as shown (dicts), for commands that check what came back.
        """
        shown = [presentable(row) for row in rows]
        if self.as_json:
            self.emit({key: shown} if key and not self.json_lines else shown)
            return shown
        cells = [[cell_text(row.get(column)) for column in columns] for row in shown]
        widths = [max([len(column), *(len(line[index]) for line in cells)]) for index, column in enumerate(columns)]
        for line in [list(columns), *cells]:
            padded = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
            self.line("  ".join(padded).rstrip())
        if not cells:
            self.line("(none)")
        return shown

    def record(self, row: Any, columns: Sequence[str]) -> dict[str, Any]:
        """One object as `name  value` lines, or as JSON (all its fields)."""
        shown: dict[str, Any] = presentable(row)
        if self.as_json:
            self.emit(shown)
            return shown
        width = max(len(column) for column in columns)
        for column in columns:
            self.line(f"{column.ljust(width)}  {cell_text(shown.get(column))}")
        return shown


# -- how values are shown: money in dollars, times in ISO 8601 UTC -----------------------------

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
# Amounts the API gives in cents (or hundredths of a cent) without a `_dollars` twin.
CENTS_FIELDS = {"portfolio_value": 100}
CENTS_SUFFIXES = (("_centi_cents", 10_000), ("_cents", 100))


def presentable(value: Any) -> Any:
    """A model or value as JSON-ready data, every amount in dollars and every time in ISO 8601 UTC.

    Models become their JSON objects (`to_dict()`). In objects, an amount in cents is replaced by
    its `_dollars` form (dropped when the object already has one), integer epoch timestamps
    (`ts`, `*_ts`, `*_ts_ms`) and date-times become `YYYY-MM-DDTHH:MM:SSZ`.
    """
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
    if isinstance(value, Mapping):
        return _presentable_object(value)
    if isinstance(value, (list, tuple)):
        return [presentable(item) for item in value]
    if isinstance(value, datetime.datetime):
        return iso_utc(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        return _iso_text(value)
    return value


def _presentable_object(data: Mapping[str, Any]) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for key, value in data.items():
        name, converted = _convert_field(str(key), value, data)
        if name is not None:
            shown[name] = converted
    return shown


def _convert_field(key: str, value: Any, siblings: Mapping[str, Any]) -> tuple[str | None, Any]:
    """The (name, value) a field is shown as; name None drops it (a cents twin of a `_dollars` field)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if key == "ts" or key.endswith("_ts"):
            return key, iso_utc(datetime.datetime.fromtimestamp(value, datetime.timezone.utc))
        if key == "ts_ms" or key.endswith("_ts_ms"):
            return key, iso_utc(datetime.datetime.fromtimestamp(value / 1000, datetime.timezone.utc))
        if f"{key}_dollars" in siblings:
            return None, None
        divisor = CENTS_FIELDS.get(key)
        dollars_key = f"{key}_dollars"
        for suffix, suffix_divisor in CENTS_SUFFIXES:
            if key.endswith(suffix):
                divisor, dollars_key = suffix_divisor, key[: -len(suffix)] + "_dollars"
                break
        if divisor is not None:
            return dollars_key, format((Decimal(value) / divisor).quantize(Decimal("0.0001")), "f")
    return key, presentable(value)


def iso_utc(moment: datetime.datetime) -> str:
    """`2026-11-21T15:04:05Z` (with fractions of a second when there are any); naive means UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    moment = moment.astimezone(datetime.timezone.utc)
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds" if moment.microsecond else "seconds") + "Z"


def _iso_text(text: str) -> str:
    from dateutil.parser import isoparse  # fromisoformat of Python 3.10 refuses "Z" and 5-digit fractions

    try:
        moment = isoparse(text)
    except (ValueError, OverflowError):
        return text
    return iso_utc(moment)


def cell_text(value: Any) -> str:
    if value is None or type(value).__name__ == "Unset":
        return "-"
    shown = json.dumps(value, default=str) if isinstance(value, (dict, list)) else str(value)
    # Long cells (free-form details) would stretch a table past any terminal.
    return shown if len(shown) <= CELL_WIDTH else shown[: CELL_WIDTH - 1] + "…"


# -- clients -------------------------------------------------------------------------------------


def environment_url(text: str) -> str:
    """`--env`: a named environment or a base URL, as the SDK resolves them."""
    try:
        return resolve_base_url(text)
    except ValueError as error:
        # The SDK's own message, which names its parameter: argparse names the option instead.
        raise argparse.ArgumentTypeError(str(error).removeprefix("environment ")) from None


def client_options(options: argparse.Namespace, *, credentials: bool = False) -> dict[str, Any]:
    """Keyword arguments for any client of the SDK (`Kalshi`, `AsyncKalshi`...) from the global options.

    Credentials come from the environment only when `credentials` is true: a command reading public
    data works whatever KALSHI_PRIVATE_KEY holds.
    """
    settings: dict[str, Any] = {"base_url": options.env, "credentials_from_env": credentials}
    if options.retries is not None:
        settings["max_retries"] = options.retries
    return settings


def open_client(options: argparse.Namespace, *, credentials: bool = False) -> Kalshi:
    """A blocking client for the command's `--env` and `--retries` (with credentials when asked)."""
    from ._client import Kalshi

    try:
        return Kalshi(**client_options(options, credentials=credentials))
    except ValueError as error:
        raise CommandError(
            f"cannot use the API key from {ENV_API_KEY_ID} and {ENV_PRIVATE_KEY_PATH} or {ENV_PRIVATE_KEY}: {error}"
        ) from None


def require_found(kind: str, requested: Iterable[str], found: Iterable[Any]) -> None:
    """Fail naming the requested ids that matched nothing (after what was found has been shown)."""
    found_ids = {str(item) for item in found}
    missing = [item for item in requested if item not in found_ids]
    if missing:
        raise CommandError(f"not found: {kind} {', '.join(missing)}")


# -- the parser ----------------------------------------------------------------------------------


def allowed_values(operation: str, parameter: str) -> str:
    """The values the spec allows for an operation's parameter, for an option's help ("" if it lists none)."""
    from kalshi_api.rules import PARAMETER_RULES

    values = PARAMETER_RULES.get(operation, {}).get(parameter, {}).get("enum")
    return ", ".join(str(value) for value in values) if values else ""


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 or more, got {text!r}")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number, 1 or more, got {text!r}")
    return value


def _add_global_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """The options every command takes, before or after its name.

    The top level holds the defaults; under a subcommand they default to SUPPRESS, so an option
    given there overrides the top level's, and one left out leaves it alone.
    """

    def default(value: Any) -> Any:
        return value if top_level else argparse.SUPPRESS

    group = parser.add_argument_group("global options")
    group.add_argument(
        "--env", type=environment_url, default=default("production"), help="prod (default), demo, or a base URL"
    )
    group.add_argument("--json", action="store_true", default=default(False), help="print JSON instead of tables")
    group.add_argument(
        "--retries",
        type=non_negative_int,
        default=default(None),
        metavar="N",
        help=f"how often a failed request is sent again (default {DEFAULT_MAX_RETRIES}; 0 never retries)",
    )


class CommandParser(argparse.ArgumentParser):
    """A subcommand's parser: it takes the global options too, and names itself in the results."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _add_global_options(self, top_level=False)
        self.set_defaults(command_parser=self)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kalshi", description="Kalshi Trade API v2 from the command line.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (kalshi-trade-sdk)")
    _add_global_options(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=CommandParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name, __package__).register(commands)
    return parser


def cli_names(parser: argparse.ArgumentParser | None) -> dict[str, str]:
    """The command line's name for each parameter a handler may pass on: `--event-ticker`, `TICKER`..."""
    names = dict(SDK_PARAMETER_OPTIONS)
    for action in parser._actions if parser is not None else ():
        if action.option_strings:
            names[action.dest] = max(action.option_strings, key=len)
        elif action.dest != argparse.SUPPRESS:
            names[action.dest] = str(action.metavar or action.dest.upper())
    return names


def in_cli_terms(message: str, names: Mapping[str, str]) -> str:
    """A message from the SDK with its parameter names replaced by the command line's."""
    for name, option in names.items():
        message = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", option, message)
    return message


# -- running -------------------------------------------------------------------------------------


def describe(error: Exception, options: argparse.Namespace, elapsed: float) -> str:
    """One line saying what went wrong, for a person at a terminal."""
    if isinstance(error, MissingCredentialsError):
        return f"this command needs an API key: set {ENV_API_KEY_ID} and {ENV_PRIVATE_KEY_PATH} (or {ENV_PRIVATE_KEY})"
    if isinstance(error, NotFoundError):
        return f"not found: {error.method} {error.path} ({error.error_message or error.code or 'HTTP 404'})"
    if isinstance(error, APIStatusError):
        said = ": ".join(part for part in (error.code, error.error_message) if part)
        return f"the exchange refused the request: HTTP {error.status_code}{f' {said}' if said else ''}"
    if isinstance(error, APIConnectionError):
        host = urlsplit(options.env).netloc
        what = "no answer from" if isinstance(error, APITimeoutError) else "could not reach"
        tries = f"{error.attempts} attempt{'' if error.attempts == 1 else 's'}"
        return (
            f"{what} {host} ({error.reason or 'connection failed'}): gave up after {tries} in {elapsed:.1f} s "
            f"(--retries N changes how often it retries)"
        )
    return str(error)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    options = build_parser().parse_args(argv)
    out = Output(options.json, stdout, json_lines=getattr(options, "json_lines", False))
    handler: Handler = options.handler
    started = time.monotonic()
    try:
        handler(options, out)
        stdout.flush()
    except BrokenPipeError:
        # The reader went away (`kalshi demo | head -3`): as for any Unix tool, that is no failure.
        # Python would report the failed flush of the rest at exit; send the rest to /dev/null.
        _silence(stdout)
        return 0
    except CommandError as error:
        print(f"kalshi: {error}", file=stderr)
        return 1
    except (ValueError, TypeError) as error:
        # The SDK checked an argument before sending: say it with the option's name.
        print(f"kalshi: {in_cli_terms(str(error), cli_names(options.command_parser))}", file=stderr)
        return 1
    except KalshiError as error:
        print(f"kalshi: {' '.join(describe(error, options, time.monotonic() - started).split())}", file=stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _silence(stream: TextIO) -> None:
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)
