"""The async twin of `kalshi_sdk.resources.structured_targets.StructuredTargets`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource, present
from ..structured_targets import _id_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import GetStructuredTargetsResponse, StructuredTarget

    from .._base import RequestOptions


__all__ = ["AsyncStructuredTargets"]


class AsyncStructuredTargets(AsyncAPIResource):
    """`client.structured_targets`: entities such as teams and players. No credentials needed."""

    def list(
        self,
        *,
        ids: Iterable[str] | None = None,
        type: str | None = None,
        competition: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetStructuredTargetsResponse, StructuredTarget]:
        """Structured targets matching the filters, fetched page by page as you iterate.

        Args:
            ids: only these targets (a list of ids, at most 2000).
            type: only targets of this kind.
            competition: only targets of this league, conference, division or tour.
            page_size: targets per page, 1 to 2000 (default: the largest, or `max_items` when
                smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many targets (default: all).

        Returns:
            A `CursorPage` of `StructuredTarget`; `iter_pages()` yields each
            `GetStructuredTargetsResponse`.

        Raises:
            TypeError: `ids` is a single string rather than a list.
            ValueError: more than 2000 ids, or `page_size` out of range (before anything is sent).
        """
        return self._paginate(
            ops.get_structured_targets,
            "structured_targets",
            max_items=max_items,
            cursor=cursor,
            page_size=page_size,
            ids=_id_list(ids),
            type_=type,
            competition=competition,
            **options,
        )

    async def get(self, structured_target_id: str, **options: Unpack[RequestOptions]) -> StructuredTarget:
        """The structured target with this id.

        Raises:
            ValueError: `structured_target_id` is empty (nothing is sent).
            NotFoundError: no target has this id.
        """
        found = await self._call(ops.get_structured_target, structured_target_id=structured_target_id, **options)
        return present(found.structured_target, ops.get_structured_target, "structured_target")
