"""Live data: scores, clocks and other in-play state of milestones, and weather indices."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from .._operations import RequestSpec, build_request_spec, most_items, with_extras
from ._base import AsyncAPIResource, SyncAPIResource, async_twin_of, non_empty

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        GetEventLiveDataResponse,
        GetGameStatsResponse,
        GetWeatherIndexCalibrationsResponse,
        GetWeatherIndexResponse,
        LiveData,
    )

    from ._base import RequestOptions

__all__ = ["AsyncLiveDataResource", "LiveDataResource"]


def _batch_requests(milestone_ids: Iterable[str], include_player_stats: bool | None) -> list[RequestSpec]:
    """One GetLiveDatas request per batch of as many ids as the spec allows, in input order; all
    ids checked first."""
    if isinstance(milestone_ids, str):
        raise TypeError("milestone_ids must be a list of ids, not a single string")
    ids = list(milestone_ids)
    if not ids:
        raise ValueError("milestone_ids must contain at least one id")
    for index, milestone_id in enumerate(ids):
        non_empty(f"milestone_ids[{index}]", milestone_id)
    size = most_items("get_live_datas", "milestone_ids") or len(ids)
    return [
        build_request_spec(
            "get_live_datas",
            milestone_ids=ids[start : start + size],
            include_player_stats=include_player_stats,
            unwrap="live_datas",
        )
        for start in range(0, len(ids), size)
    ]


def _get_request(type: str | None, milestone_id: str, include_player_stats: bool | None) -> RequestSpec:
    if type is None:
        return build_request_spec(
            "get_live_data_by_milestone",
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
            unwrap="live_data",
        )
    return build_request_spec(
        "get_live_data",
        type_=type,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
        unwrap="live_data",
    )


class LiveDataResource(SyncAPIResource):
    """`client.live_data`: in-play state of milestones."""

    def get(
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
        found: LiveData = self._client.request(
            with_extras(_get_request(type, milestone_id, include_player_stats), **options)
        )
        return found

    def batch(
        self,
        milestone_ids: Iterable[str],
        *,
        include_player_stats: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[LiveData]:
        """Live data of many milestones, in the order of `milestone_ids` (unknown ids are skipped).

        Args:
            milestone_ids: any number of ids; they go in requests of at most 100 (the server's limit).
            include_player_stats: add player statistics where the sport supports them.

        Returns:
            A list of `LiveData`.

        Raises:
            ValueError: `milestone_ids` is empty or holds an empty id (nothing is sent).
        """
        results: list[LiveData] = []
        for spec in _batch_requests(milestone_ids, include_player_stats):
            results.extend(self._client.request(with_extras(spec, **options)))
        return results

    def game_stats(self, milestone_id: str, **options: Unpack[RequestOptions]) -> GetGameStatsResponse:
        """Play-by-play statistics of the game behind `milestone_id` (empty for sports without them).

        Raises:
            NotFoundError: no such milestone.
        """
        return self._call(ops.get_game_stats, milestone_id=milestone_id, **options)

    def for_event(
        self, event_ticker: str, *, range: str | None = None, **options: Unpack[RequestOptions]
    ) -> GetEventLiveDataResponse:
        """Live data of every milestone tied to an event.

        Args:
            event_ticker: the event.
            range: how much history to include, as the API names it.

        Raises:
            NotFoundError: no such event.
        """
        return self._call(ops.get_event_live_data, event_ticker=event_ticker, range_=range, **options)

    def weather(
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
        return self._call(
            ops.get_weather_index, city=city, from_=from_, to=to, last_sec=last_sec, detailed=detailed, **options
        )

    def weather_calibrations(self, city: str, **options: Unpack[RequestOptions]) -> GetWeatherIndexCalibrationsResponse:
        """Calibration data of the weather index of `city`."""
        return self._call(ops.get_weather_index_calibrations, city=city, **options)


@async_twin_of(LiveDataResource)
class AsyncLiveDataResource(AsyncAPIResource):
    async def get(
        self,
        type: str | None,
        milestone_id: str,
        *,
        include_player_stats: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> LiveData:
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
        """Live data of many milestones, in input order; see `LiveDataResource.batch`.

        The requests of 100 `milestone_ids` run concurrently; `include_player_stats` as in the sync client.
        """
        specs = _batch_requests(milestone_ids, include_player_stats)
        pages = await asyncio.gather(*(self._client.request(with_extras(spec, **options)) for spec in specs))
        return [live_data for page in pages for live_data in page]

    async def game_stats(self, milestone_id: str, **options: Unpack[RequestOptions]) -> GetGameStatsResponse:
        return await self._call(ops.get_game_stats, milestone_id=milestone_id, **options)

    async def for_event(
        self, event_ticker: str, *, range: str | None = None, **options: Unpack[RequestOptions]
    ) -> GetEventLiveDataResponse:
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
        return await self._call(
            ops.get_weather_index, city=city, from_=from_, to=to, last_sec=last_sec, detailed=detailed, **options
        )

    async def weather_calibrations(
        self, city: str, **options: Unpack[RequestOptions]
    ) -> GetWeatherIndexCalibrationsResponse:
        return await self._call(ops.get_weather_index_calibrations, city=city, **options)
