"""Live data: scores, clocks and other in-play state of milestones, and weather indices."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from .._operations import RequestSpec, build_request_spec, most_items, with_extras
from ._base import SyncAPIResource, async_twin_loader, non_empty

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        GetEventLiveDataResponse,
        GetGameStatsResponse,
        GetWeatherIndexCalibrationsResponse,
        GetWeatherIndexResponse,
        LiveData,
    )

    from ._async.live_data import AsyncLiveDataResource as AsyncLiveDataResource
    from ._base import RequestOptions

__all__ = ["AsyncLiveDataResource", "LiveDataResource"]

__getattr__ = async_twin_loader(__name__)


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
            milestone_ids: any number of ids; they go in requests of at most 100 (the server's limit),
                which run concurrently on the async client.
            include_player_stats: add player statistics where the sport supports them.

        Returns:
            A list of `LiveData`.

        Raises:
            ValueError: `milestone_ids` is empty or holds an empty id (nothing is sent).
        """
        specs = _batch_requests(milestone_ids, include_player_stats)
        pages = self._request_all(with_extras(spec, **options) for spec in specs)
        return [live_data for page in pages for live_data in page]

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
