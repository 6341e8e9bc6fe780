"""The async twin of `kalshi_sdk.resources.live_data.LiveDataResource`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ..._operations import with_extras
from .._base import AsyncAPIResource
from ..live_data import _batch_requests, _get_request

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        GetEventLiveDataResponse,
        GetGameStatsResponse,
        GetWeatherIndexCalibrationsResponse,
        GetWeatherIndexResponse,
        LiveData,
    )

    from .._base import RequestOptions


__all__ = ["AsyncLiveDataResource"]


class AsyncLiveDataResource(AsyncAPIResource):
    """`client.live_data`: in-play state of milestones."""

    async def get(
        self,
        type: str | None,
        milestone_id: str,
        *,
        include_player_stats: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> LiveData:
        """Live data of one milestone.

        Args:
            type: the milestone's type (such as "basketball_game"), or None to let the server use the
                milestone's own type.
            milestone_id: the milestone's id.
            include_player_stats: add player statistics where the sport supports them.

        Raises:
            NotFoundError: no live data for this milestone (and type).
        """
        found: LiveData = await self._client.request(
            with_extras(_get_request(type, milestone_id, include_player_stats), **options)
        )
        return found

    async def batch(
        self,
        milestone_ids: Iterable[str],
        *,
        include_player_stats: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[LiveData]:
        """Live data of many milestones, in the order of `milestone_ids` (unknown ids are skipped).

        Args:
            milestone_ids: any number of ids; they go in requests of at most 100 (the server's limit),
                which run concurrently on the async client.
            include_player_stats: add player statistics where the sport supports them.

        Returns:
            A list of `LiveData`.

        Raises:
            ValueError: `milestone_ids` is empty or holds an empty id (nothing is sent).
        """
        specs = _batch_requests(milestone_ids, include_player_stats)
        pages = await self._request_all(with_extras(spec, **options) for spec in specs)
        return [live_data for page in pages for live_data in page]

    async def game_stats(self, milestone_id: str, **options: Unpack[RequestOptions]) -> GetGameStatsResponse:
        """Play-by-play statistics of the game behind `milestone_id` (empty for sports without them).

        Raises:
            NotFoundError: no such milestone.
        """
        return await self._call(ops.get_game_stats, milestone_id=milestone_id, **options)

    async def for_event(
        self, event_ticker: str, *, range: str | None = None, **options: Unpack[RequestOptions]
    ) -> GetEventLiveDataResponse:
        """Live data of every milestone tied to an event.

        Args:
            event_ticker: the event.
            range: how much history to include, as the API names it.

        Raises:
            NotFoundError: no such event.
        """
        return await self._call(ops.get_event_live_data, event_ticker=event_ticker, range_=range, **options)

    async def weather(
        self,
        city: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        last_sec: int | None = None,
        detailed: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> GetWeatherIndexResponse:
        """Weather index readings of a city.

        Args:
            city: the city's code as the API names it.
            from_, to: only readings within this window (epoch seconds).
            last_sec: only readings of the last this many seconds.
            detailed: include the detailed breakdown of each reading.

        Returns:
            `GetWeatherIndexResponse` with the `timeseries` of readings and their `units`.
        """
        return await self._call(
            ops.get_weather_index, city=city, from_=from_, to=to, last_sec=last_sec, detailed=detailed, **options
        )

    async def weather_calibrations(
        self, city: str, **options: Unpack[RequestOptions]
    ) -> GetWeatherIndexCalibrationsResponse:
        """Calibration data of the weather index of `city`."""
        return await self._call(ops.get_weather_index_calibrations, city=city, **options)
