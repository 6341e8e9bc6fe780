"""Milestones: the real-world happenings (games, races, ...) that markets settle on."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ..pagination import CursorPage
from ._base import SyncAPIResource, async_twin_loader, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import GetMilestonesResponse, Milestone

    from ._async.milestones import AsyncMilestones as AsyncMilestones
    from ._base import RequestOptions

__all__ = ["AsyncMilestones", "Milestones"]

__getattr__ = async_twin_loader(__name__)


class Milestones(SyncAPIResource):
    """`client.milestones`: list and look up milestones."""

    def list(
        self,
        *,
        limit: int | None = None,
        minimum_start_date: datetime.datetime | float | None = None,
        category: str | None = None,
        competition: str | None = None,
        source_id: str | None = None,
        type: str | None = None,
        related_event_ticker: str | None = None,
        min_updated_ts: datetime.datetime | int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetMilestonesResponse, Milestone]:
        """Milestones matching the filters, fetched page by page as you iterate.

        Args:
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
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
        return self._paginate(
            ops.get_milestones,
            "milestones",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type,
            related_event_ticker=related_event_ticker,
            min_updated_ts=min_updated_ts,
            **options,
        )

    def get(self, milestone_id: str, **options: Unpack[RequestOptions]) -> Milestone:
        """The milestone with this `milestone_id`. Raises NotFoundError when there is none."""
        return unwrapped(
            self._call(ops.get_milestone, milestone_id=milestone_id, **options), lambda response: response.milestone
        )
