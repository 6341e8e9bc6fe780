"""Bulk export of a listing to one file (JSON lines, CSV or Parquet), resumable.

    from kalshi_sdk import Kalshi, export

    with Kalshi() as client:
        export(client, "trades", "trades.parquet", ticker="KXHIGHNY-26NOV21-T60")

The export walks the listing page by page through the client (so the rate budget, retries and
cursor-loop checks apply as to any call) and appends each page to the output. After each page it
checkpoints, beside the output, the cursor of the next page and how much of the output is
written. Interrupted (Ctrl-C, an error, a killed process), the same call carries on from the
checkpoint: what was written after the last checkpoint is cut off and fetched again, so no row is
written twice and none is skipped. The finished file appears under its name only at the end.

- jsonl: each item as the server sent it, one JSON object a line (no extra needed);
- csv: the table columns of `kalshi_sdk.to_arrow` (lists as JSON text) (needs the `arrow` extra);
- parquet: the table of `kalshi_sdk.to_arrow`, exact decimals included (needs the `arrow` extra).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ._tabular import TableBuilder, require

__all__ = ["EXPORT_FORMATS", "EXPORT_RESOURCES", "ExportResult", "Progress", "export"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
CHECKPOINT_SUFFIX = ".checkpoint.json"
PARTIAL_SUFFIX = ".partial"
# Parquet is written in part files of about this many rows, merged into one file at the end.
PARQUET_PART_ROWS = 100_000


@dataclasses.dataclass(frozen=True)
class _Resource:
    """How to list one resource: the client method, and whether it is a paginated listing."""

    method: str  # dotted path on the client, such as "markets.trades"
    items_field: str
    paginated: bool = True


EXPORT_RESOURCES: dict[str, _Resource] = {
    "markets": _Resource("markets.list", "markets"),
    "events": _Resource("events.list", "events"),
    "trades": _Resource("markets.trades", "trades"),
    "candlesticks": _Resource("markets.candlesticks", "candlesticks", paginated=False),
    "fills": _Resource("portfolio.fills", "fills"),
    "orders": _Resource("orders.list", "orders"),
    "settlements": _Resource("portfolio.settlements", "settlements"),
    "positions": _Resource("portfolio.positions", "market_positions"),
    "milestones": _Resource("milestones.list", "milestones"),
    "historical-markets": _Resource("historical.markets", "markets"),
    "historical-trades": _Resource("historical.trades", "trades"),
    "historical-orders": _Resource("historical.orders", "orders"),
    "historical-fills": _Resource("historical.fills", "fills"),
    "historical-candlesticks": _Resource("historical.candlesticks", "candlesticks", paginated=False),
}
"""Resource name -> how it is listed. Filters are the keyword arguments of that client method."""


@dataclasses.dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    rows: int
    pages: int
    resumed: bool
    """True when this call continued an interrupted export."""


class Progress:
    """A one-line progress display on a terminal: items, pages, rate, elapsed (silent elsewhere)."""

    def __init__(self, label: str, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty()) if enabled is None else enabled
        self.label = label
        self.started = time.monotonic()
        self._shown = 0.0
        self.items = self.pages = 0
        self._first_items = 0

    def start(self, items: int, pages: int) -> None:
        """Counts carried over from an interrupted run (the rate counts this run's items only)."""
        self.items, self.pages, self._first_items = items, pages, items

    def update(self, items: int, *, final: bool = False) -> None:
        self.items += items
        self.pages += 1
        now = time.monotonic()
        if self.enabled and (final or now - self._shown >= 0.1):
            self._shown = now
            self._draw(now, final)

    def finish(self) -> None:
        if self.enabled:
            self._draw(time.monotonic(), True)

    def _draw(self, now: float, final: bool) -> None:
        elapsed = now - self.started
        rate = (self.items - self._first_items) / elapsed if elapsed > 0 else 0.0
        minutes, seconds = divmod(int(elapsed), 60)
        line = (
            f"\r{self.label}: {self.items:,} items, {self.pages:,} pages, {rate:,.0f} items/s, "
            f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d}"
        )
        self.stream.write(line + ("\n" if final else ""))
        self.stream.flush()


def export(
    client: Any,
    resource: str,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    overwrite: bool = False,
    progress: bool | Progress | None = None,
    **filters: Any,
) -> ExportResult:
    """Write every item of a listing to `path`, resuming an interrupted export of the same listing.

    Args:
        client: a `Kalshi` client (credentials needed for fills, orders, settlements, positions).
        resource: one of `EXPORT_RESOURCES` (markets, events, trades, candlesticks, fills, orders,
            settlements, positions, milestones, historical-markets, -trades, -orders, -fills,
            -candlesticks).
        path: the output file.
        format: "jsonl", "csv" or "parquet"; by default from the file's suffix.
        overwrite: replace an existing finished file at `path` (an interrupted export is always
            continued; delete its checkpoint file to start over).
        progress: True shows progress on stderr, False hides it, None shows it when stderr is a
            terminal; or a `Progress` to use.
        filters: the listing's keyword arguments (such as `ticker=`, `min_ts=`, `max_items=`).

    Raises:
        ValueError: unknown resource or format, or a checkpoint of a different export at `path`.
        FileExistsError: `path` exists and `overwrite` is False.
    """
    spec = EXPORT_RESOURCES.get(resource)
    if spec is None:
        raise ValueError(f"resource must be one of {', '.join(EXPORT_RESOURCES)}; got {resource!r}")
    target = Path(path)
    chosen = format or target.suffix.lstrip(".").lower()
    if chosen not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)} (or a path ending in one); got {chosen!r}")
    if chosen != "jsonl":
        require("pyarrow", f"export to {chosen}")
    method = _method(client, spec.method)
    _check_filters(resource, method, filters)
    checkpoint_path = target.with_name(target.name + CHECKPOINT_SUFFIX)
    identity = {"resource": resource, "format": chosen, "filters": _jsonable(filters)}
    state = _read_checkpoint(checkpoint_path)
    if state is not None and state["identity"] != identity:
        raise ValueError(
            f"{checkpoint_path} belongs to another export ({state['identity']}); delete it to start this one"
        )
    if state is None:
        if target.exists() and not overwrite:
            raise FileExistsError(f"{target} exists; pass overwrite=True (--overwrite) to replace it")
        state = {"identity": identity, "cursor": None, "rows": 0, "pages": 0, "written": 0}
    resumed = state["pages"] > 0
    display = progress if isinstance(progress, Progress) else Progress(resource, enabled=progress)
    display.start(state["rows"], state["pages"])
    writer = _WRITERS[chosen](target, state)
    max_items = filters.pop("max_items", None)
    live = dict(state)
    try:
        for model, items, cursor in _pages(method, spec, filters, state["cursor"], max_items, state["rows"]):
            writer.write(model, items)
            live.update(cursor=cursor, rows=live["rows"] + len(items), pages=live["pages"] + 1, model=model.__name__)
            durable = writer.durable(live["rows"] - state["rows"], closing=False)
            if durable is not None:
                state = {**live, **durable}
                _write_checkpoint(checkpoint_path, state)
            display.update(len(items))
            del items
    except BaseException:
        # Ctrl-C or an error: keep what is durably written, then let the exception go on.
        with contextlib.suppress(Exception):
            durable = writer.durable(live["rows"] - state["rows"], closing=True)
            if durable is not None:
                _write_checkpoint(checkpoint_path, {**live, **durable})
        raise
    writer.finish(_model_named(live.get("model")))
    checkpoint_path.unlink(missing_ok=True)
    display.finish()
    return ExportResult(target, live["rows"], live["pages"], resumed)


def _check_filters(resource: str, method: Callable[..., Any], filters: dict[str, Any]) -> None:
    """A TypeError naming the filters `resource` takes, before anything is written or sent."""
    import inspect

    from .resources._base import RequestOptions

    signature = inspect.signature(method)
    # The method's named parameters, plus the per-call extras its **options take.
    names = [
        name
        for name, parameter in signature.parameters.items()
        if name != "self" and parameter.kind is not inspect.Parameter.VAR_KEYWORD
    ]
    allowed = {*names, *RequestOptions.__annotations__}
    try:
        unknown = sorted(set(filters) - allowed)
        if unknown:
            raise TypeError(f"got an unexpected keyword argument {unknown[0]!r}")
        signature.bind(**filters)
    except TypeError as error:
        raise TypeError(f"{resource}: {error}; its filters are {', '.join(names)}") from None


def _model_named(name: str | None) -> type | None:
    import kalshi_api.models

    return None if name is None else getattr(kalshi_api.models, name)


def _method(client: Any, dotted: str) -> Callable[..., Any]:
    target = client
    for name in dotted.split("."):
        target = getattr(target, name)
    return target  # type: ignore[no-any-return]


def _pages(
    method: Callable[..., Any],
    spec: _Resource,
    filters: dict[str, Any],
    cursor: str | None,
    max_items: int | None,
    done: int,
) -> Iterator[tuple[type, list[Any], str | None]]:
    """(item model, items, cursor of the next page) of each page from `cursor` on; the last page's cursor is None."""
    from ._tabular import item_model

    remaining = None if max_items is None else max_items - done
    if not spec.paginated:
        if not done:
            response = method(**filters)
            items = list(getattr(response, spec.items_field, None) or [])
            yield item_model(type(response), spec.items_field), items[:remaining], None
        return
    if remaining is not None and remaining <= 0:
        return
    if done and cursor is None:  # every page is written; only the finishing step was interrupted
        return
    pages = method(**filters)
    if done:  # resuming: from the checkpointed cursor (a fresh export starts where the filters say)
        pages = pages.from_cursor(cursor)
    model = pages.item_model
    for page in pages.iter_pages():
        found = getattr(page, spec.items_field, None)
        items = list(found)[:remaining] if isinstance(found, list) else []
        if remaining is not None:
            remaining -= len(items)
        next_cursor = getattr(page, "cursor", None)
        last = not isinstance(next_cursor, str) or not next_cursor or remaining == 0
        yield model, items, None if last else next_cursor
        if last:
            return


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str, sort_keys=True))


def _read_checkpoint(path: Path) -> dict[str, Any] | None:
    try:
        state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return state


def _write_checkpoint(path: Path, state: dict[str, Any]) -> None:
    # Written beside and renamed over: a reader sees the old checkpoint or the new one, never half of one.
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, path)


def _raw(item: Any) -> Any:
    json_source = getattr(item, "_json", None)
    return json_source if json_source is not None else item.to_dict()


class _AppendWriter:
    """JSON lines: appended to `PATH.partial`, which is cut back to the checkpointed size on resume."""

    def __init__(self, target: Path, state: dict[str, Any]) -> None:
        self.target = target
        self.partial = target.with_name(target.name + PARTIAL_SUFFIX)
        written = state.get("written", 0) if state["pages"] else 0
        self.file = open(self.partial, "r+b" if written else "wb")  # noqa: SIM115 - closed in finish()
        self.file.truncate(written)  # drop whatever came after the last checkpoint
        self.file.seek(written)

    def write(self, model: type, items: list[Any]) -> None:
        self.file.write(self.encode(model, items))

    def encode(self, model: type, items: list[Any]) -> bytes:
        return b"".join(json.dumps(_raw(item), separators=(",", ":")).encode() + b"\n" for item in items)

    def durable(self, rows: int, *, closing: bool) -> dict[str, Any] | None:
        """The checkpoint fields after the pages written so far (None: keep the last checkpoint)."""
        if closing:  # the pages were checkpointed one by one; bytes after the last one are cut on resume
            self.file.close()
            return None
        self.file.flush()
        return {"written": self.file.tell()}

    def finish(self, model: type | None) -> None:
        self.file.close()
        os.replace(self.partial, self.target)


class _CsvWriter(_AppendWriter):
    """CSV: the table columns (lists as JSON text), with the header before the first row."""

    builder: TableBuilder | None = None

    def encode(self, model: type, items: list[Any]) -> bytes:
        import io

        import pyarrow.csv

        header = self.builder is None and self.file.tell() == 0
        if self.builder is None:
            self.builder = TableBuilder(model, lists_as_json=True)
        buffer = io.BytesIO()
        pyarrow.csv.write_csv(self.builder.batch(items), buffer, pyarrow.csv.WriteOptions(include_header=header))
        return buffer.getvalue()


class _ParquetWriter:
    """Parquet: pages go to part files in `PATH.parts/`, merged into `PATH` at the end.

    A part is closed, and the checkpoint moved on, every PARQUET_PART_ROWS rows and when the export
    is interrupted; a part left open by a killed process is in no checkpoint and is written again.
    """

    def __init__(self, target: Path, state: dict[str, Any]) -> None:
        self.target = target
        self.folder = target.with_name(target.name + ".parts")
        self.parts: list[str] = list(state.get("parts", [])) if state["pages"] else []
        if not state["pages"]:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(exist_ok=True)
        for leftover in self.folder.iterdir():  # written after the last checkpoint
            if leftover.name not in self.parts:
                leftover.unlink()
        self.builder: TableBuilder | None = None
        self.writer: Any = None
        self.open_rows = 0

    def write(self, model: type, items: list[Any]) -> None:
        import pyarrow.parquet as pq

        if self.builder is None:
            self.builder = TableBuilder(model)
        if not items:
            return
        if self.writer is None:
            self.name = f"part-{len(self.parts):05d}.parquet"
            self.writer = pq.ParquetWriter(self.folder / self.name, self.builder.schema)
        self.writer.write_batch(self.builder.batch(items))
        self.open_rows += len(items)

    def durable(self, rows: int, *, closing: bool) -> dict[str, Any] | None:
        if self.writer is None:
            return {"parts": self.parts} if rows == 0 else None
        if not closing and self.open_rows < PARQUET_PART_ROWS:
            return None
        self.writer.close()
        self.writer = None
        if self.open_rows != rows:  # interrupted between writing a page and counting it: not a clean part
            (self.folder / self.name).unlink()
            return None
        self.open_rows = 0
        self.parts.append(self.name)
        return {"parts": self.parts}

    def finish(self, model: type | None) -> None:
        import pyarrow.parquet as pq

        if self.writer is not None:
            self.writer.close()
            self.parts.append(self.name)
        if self.builder is None:  # resumed after the last page: the checkpoint names the model
            if model is None:
                raise ValueError(f"cannot finish {self.target}: the export has no pages")
            self.builder = TableBuilder(model)
        partial = self.target.with_name(self.target.name + PARTIAL_SUFFIX)
        with pq.ParquetWriter(partial, self.builder.schema) as merged:
            for name in self.parts:
                merged.write_table(pq.read_table(self.folder / name, schema=self.builder.schema))
        os.replace(partial, self.target)
        shutil.rmtree(self.folder)


_WRITERS: dict[str, Any] = {"jsonl": _AppendWriter, "csv": _CsvWriter, "parquet": _ParquetWriter}
