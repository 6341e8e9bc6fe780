"""Milestones: the real-world happenings (games, races, ...) that markets settle on."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._constants import DEFAULT_PAGE_SIZE
from .._operations import RequestSpec, build_request_spec
from ..pagination import AsyncCursorPage, CursorPage
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from kalshi_api.models import GetMilestonesResponse, Milestone

__all__ = ["AsyncMilestones", "Milestones"]


def _list_requests(**filters: Any) -> Callable[[str | None], RequestSpec]:
    """Page requests for GetMilestones; checks the filters now, before anything is sent."""
    build_request_spec("get_milestones", **filters)

    def build(cursor: str | None) -> RequestSpec:
        return build_request_spec("get_milestones", cursor=cursor, **filters)

    return build


class Milestones(SyncAPIResource):
    """`client.milestones`: list and look up milestones."""

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        minimum_start_date: datetime.datetime | float | None = None,
        category: str | None = None,
        competition: str | None = None,
        source_id: str | None = None,
        type: str | None = None,
        related_event_ticker: str | None = None,
        min_updated_ts: datetime.datetime | int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
    ) -> CursorPage[GetMilestonesResponse, Milestone]:
        """Milestones matching the filters, fetched page by page as you iterate.

        Args:
            limit: page size, 1 to 500 (checked before sending).
            minimum_start_date: only milestones starting at or after this time (a datetime; naive
                means UTC; or epoch seconds).
            category: such as "Sports", "Elections", "Crypto".
            competition: such as a league name.
            source_id: the data provider's id of the milestone.
            type: such as "football_game", "basketball_game", "political_race".
            related_event_ticker: only milestones tied to this event.
            min_updated_ts: only milestones updated after this time (epoch seconds or datetime).
            max_items: stop after this many milestones (default: all).
            cursor: start from this cursor instead of the first page.

        Returns:
            A `CursorPage` of `Milestone`; `iter_pages()` gives each `GetMilestonesResponse`.

        Raises:
            ValueError: an argument is out of range. API errors surface while iterating.
        """
        build = _list_requests(
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type,
            related_event_ticker=related_event_ticker,
            min_updated_ts=min_updated_ts,
        )
        return CursorPage(self._client, build=build, items_field="milestones", max_items=max_items, start_cursor=cursor)

    def get(self, milestone_id: str) -> Milestone:
        """The milestone with this id. Raises NotFoundError when there is none."""
        return self._client.request(build_request_spec("get_milestone", milestone_id=milestone_id, unwrap="milestone"))


class AsyncMilestones(AsyncAPIResource):
    """`client.milestones` of `AsyncKalshi`: list and look up milestones."""

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        minimum_start_date: datetime.datetime | float | None = None,
        category: str | None = None,
        competition: str | None = None,
        source_id: str | None = None,
        type: str | None = None,
        related_event_ticker: str | None = None,
        min_updated_ts: datetime.datetime | int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
    ) -> AsyncCursorPage[GetMilestonesResponse, Milestone]:
        """Milestones matching the filters; use `async for`. Arguments as in `Milestones.list`."""
        build = _list_requests(
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type,
            related_event_ticker=related_event_ticker,
            min_updated_ts=min_updated_ts,
        )
        return AsyncCursorPage(
            self._client, build=build, items_field="milestones", max_items=max_items, start_cursor=cursor
        )

    async def get(self, milestone_id: str) -> Milestone:
        """The milestone with this id. Raises NotFoundError when there is none."""
        return await self._client.request(
            build_request_spec("get_milestone", milestone_id=milestone_id, unwrap="milestone")
        )
