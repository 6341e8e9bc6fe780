"""Cursor pagination over list operations, for both clients.

A list method returns a page object straight away and sends nothing until it is iterated:

    for milestone in client.milestones.list(category="Sports"):        # every item, all pages
        ...
    for page in client.milestones.list().iter_pages():                   # one response per page
        ...
    async for milestone in async_client.milestones.list(max_items=50):   # async twin
        ...

Iteration stops when the server sends an empty cursor, or after `max_items` items. A server that
repeats a cursor would loop forever; that raises CursorLoopError instead. Each new iteration starts
again from the first page (or from `start_cursor`).

A page that fails is retried like any read. When it still fails, the error carries the cursor of
that page as `resume_cursor`, and `from_cursor()` carries on from there:

    pages = client.milestones.list(category="Sports")
    try:
        for milestone in pages: ...
    except APIError as error:
        for milestone in pages.from_cursor(error.resume_cursor): ...   # none twice, none skipped
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import APIError, CursorLoopError
from ._operations import RequestSpec

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._tabular import TableBuilder

__all__ = ["AsyncCursorPage", "CursorPage"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")
PagesT = TypeVar("PagesT", bound="_BasePage[Any, Any]")
_KEEP: Any = object()


class _Cursor:
    """Where one pass over a list operation stands: sans-IO, shared by the sync and async pages."""

    def __init__(
        self,
        build: Callable[[str | None], RequestSpec],
        start: str | None,
        max_items: int | None,
        cursor_field: str = "cursor",
    ) -> None:
        self._build = build
        self._cursor_field = cursor_field
        self.cursor = start
        self._seen: set[str] = set()
        self._remaining = max_items
        self.done = max_items == 0

    def next_request(self) -> RequestSpec | None:
        """The request for the next page, or None when the pass is over."""
        return None if self.done else self._build(self.cursor)

    def accept(self, page: Any, items_field: str) -> list[Any]:
        """Take in a page; returns its items (cut to max_items) and moves the cursor on."""
        items = getattr(page, items_field, None)
        items = list(items) if isinstance(items, list) else []
        if self._remaining is not None:
            items = items[: self._remaining]
            self._remaining -= len(items)
        cursor = getattr(page, self._cursor_field, None)
        if not isinstance(cursor, str) or not cursor or self._remaining == 0:
            self.done = True
        elif cursor in self._seen:
            raise CursorLoopError(cursor, self._build(cursor).url)
        else:
            self._seen.add(cursor)
            self.cursor = cursor
        return items


class _BasePage(Generic[PageT, ItemT]):
    def __init__(
        self,
        *,
        build: Callable[[str | None], RequestSpec],
        items_field: str,
        cursor_field: str = "cursor",
        max_items: int | None = None,
        start_cursor: str | None = None,
    ) -> None:
        self._build = build
        self._items_field = items_field
        self._cursor_field = cursor_field
        self.max_items = self._checked_max_items(max_items)
        self.start_cursor = start_cursor

    def _new_pass(self) -> _Cursor:
        return _Cursor(self._build, self.start_cursor, self.max_items, self._cursor_field)

    def from_cursor(self: PagesT, cursor: str | None, *, max_items: int | None = _KEEP) -> PagesT:
        """The same list, starting at `cursor` (such as an error's `resume_cursor`; None: the start).

        `max_items` stays as it was unless given.
        """
        clone = copy.copy(self)
        clone.start_cursor = cursor
        if max_items is not _KEEP:
            clone.max_items = type(self)._checked_max_items(max_items)
        return clone

    @staticmethod
    def _checked_max_items(max_items: int | None) -> int | None:
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise ValueError(f"max_items must be a non-negative integer or None, got {max_items!r}")
        return max_items

    @property
    def item_model(self) -> type:
        """The model class of the items (such as `Market`), read from the response model."""
        from ._tabular import item_model

        return item_model(self._build(None).response_model, self._items_field)

    def _table_builder(self, purpose: str, decimals_as_float: bool) -> TableBuilder:
        """A table builder for this list's item model; raises ImportError naming a missing extra before any request."""
        from ._tabular import table_builder

        return table_builder(self._build(None).response_model, self._items_field, purpose, decimals_as_float)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items_field={self._items_field!r}, max_items={self.max_items!r})"


class CursorPage(_BasePage[PageT, ItemT]):
    """Every item of a paginated list operation (sync). Iterate it, or use `iter_pages()`."""

    def __init__(self, client: SyncAPIClient, **options: Any) -> None:
        super().__init__(**options)
        self._client = client

    def iter_pages(self) -> Iterator[PageT]:
        """Each page's full response model (with its items and its `cursor`), in order."""
        for page, _ in self._walk():
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for _, items in self._walk():
            yield from items
            del _, items  # let this page go before the next one is fetched: one page in memory, not two

    def to_list(self) -> list[ItemT]:
        """All items in one list (mind `max_items` on large collections)."""
        return list(self)

    def to_arrow(self, *, decimals_as_float: bool = False) -> Any:
        """Every item as a `pyarrow.Table`, fetched and converted page by page (the `arrow` extra).

        Columns follow the item model's declared fields; fixed-point amounts are exact decimals
        unless `decimals_as_float` (see `kalshi_sdk.to_arrow` for the column rules).
        """
        builder = self._table_builder("to_arrow()", decimals_as_float)
        for _, items in self._walk():
            builder.add(items)
            del _, items
        return builder.table()

    def to_pandas(self, *, decimals_as_float: bool = False) -> Any:
        """Every item as a `pandas.DataFrame` (the `pandas` extra); decimals stay `decimal.Decimal`."""
        from ._tabular import arrow_to_pandas, require

        require("pandas", "to_pandas()")
        return arrow_to_pandas(self.to_arrow(decimals_as_float=decimals_as_float))

    def to_polars(self, *, decimals_as_float: bool = False) -> Any:
        """Every item as a `polars.DataFrame` (the `polars` extra)."""
        from ._tabular import arrow_to_polars, require

        require("polars", "to_polars()")
        return arrow_to_polars(self.to_arrow(decimals_as_float=decimals_as_float))

    def _walk(self) -> Iterator[tuple[PageT, list[ItemT]]]:
        state = self._new_pass()
        while (spec := state.next_request()) is not None:
            try:
                page = self._client.request(spec)
            except APIError as error:
                error.resume_cursor = state.cursor
                raise
            yield page, state.accept(page, self._items_field)
            del page


class AsyncCursorPage(_BasePage[PageT, ItemT]):
    """Every item of a paginated list operation (async). Use `async for`, or `iter_pages()`."""

    def __init__(self, client: AsyncAPIClient, **options: Any) -> None:
        super().__init__(**options)
        self._client = client

    async def iter_pages(self) -> AsyncIterator[PageT]:
        """Each page's full response model (with its items and its `cursor`), in order."""
        async for page, _ in self._walk():
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for _, items in self._walk():
            for item in items:
                yield item
            del _, items  # let this page go before the next one is fetched: one page in memory, not two

    async def to_list(self) -> list[ItemT]:
        """All items in one list (mind `max_items` on large collections)."""
        return [item async for item in self]

    async def to_arrow(self, *, decimals_as_float: bool = False) -> Any:
        """Every item as a `pyarrow.Table`, fetched and converted page by page (the `arrow` extra)."""
        builder = self._table_builder("to_arrow()", decimals_as_float)
        async for _, items in self._walk():
            builder.add(items)
            del _, items
        return builder.table()

    async def to_pandas(self, *, decimals_as_float: bool = False) -> Any:
        """Every item as a `pandas.DataFrame` (the `pandas` extra); decimals stay `decimal.Decimal`."""
        from ._tabular import arrow_to_pandas, require

        require("pandas", "to_pandas()")
        return arrow_to_pandas(await self.to_arrow(decimals_as_float=decimals_as_float))

    async def to_polars(self, *, decimals_as_float: bool = False) -> Any:
        """Every item as a `polars.DataFrame` (the `polars` extra)."""
        from ._tabular import arrow_to_polars, require

        require("polars", "to_polars()")
        return arrow_to_polars(await self.to_arrow(decimals_as_float=decimals_as_float))

    async def _walk(self) -> AsyncIterator[tuple[PageT, list[ItemT]]]:
        state = self._new_pass()
        while (spec := state.next_request()) is not None:
            try:
                page = await self._client.request(spec)
            except APIError as error:
                error.resume_cursor = state.cursor
                raise
            yield page, state.accept(page, self._items_field)
            del page
