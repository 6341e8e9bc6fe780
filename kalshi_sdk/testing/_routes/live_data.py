"""Live data endpoints: per milestone, typed, batch and game stats."""

from __future__ import annotations

import copy
from collections.abc import Mapping

from .._http import RecordedRequest, Response, bad_params, not_found, ok
from .._router import Router
from .._state import ExchangeState

MAX_BATCH_IDS = 100


def register(router: Router, state: ExchangeState) -> None:
    """Register the live data routes."""

    def lookup(milestone_id: str, expected_type: str | None = None) -> Response:
        with state.lock:
            live = state.live_data.get(milestone_id)
            if live is None or (expected_type is not None and live["type"] != expected_type):
                raise not_found(f"no live data for milestone {milestone_id!r}")
            return ok({"live_data": copy.deepcopy(live)})

    @router.get("/live_data/milestone/{milestone_id}")
    def by_milestone(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        return lookup(params["milestone_id"])

    @router.get("/live_data/{type}/milestone/{milestone_id}")
    def by_type_and_milestone(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        return lookup(params["milestone_id"], params["type"])

    @router.get("/live_data/batch")
    def batch(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        # Repeated ``milestone_ids=a&milestone_ids=b`` and a comma-joined ``milestone_ids=a,b`` both work.
        ids = [part.strip() for value in request.query_values("milestone_ids") for part in value.split(",")]
        ids = [milestone_id for milestone_id in ids if milestone_id]
        if not ids:
            raise bad_params("milestone_ids is required")
        if len(ids) > MAX_BATCH_IDS:
            raise bad_params(f"milestone_ids accepts at most {MAX_BATCH_IDS} ids, got {len(ids)}")
        with state.lock:
            found = [copy.deepcopy(state.live_data[i]) for i in dict.fromkeys(ids) if i in state.live_data]
        return ok({"live_datas": found})

    @router.get("/live_data/milestone/{milestone_id}/game_stats")
    def game_stats(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        milestone_id = params["milestone_id"]
        with state.lock:
            if milestone_id not in state.milestones and milestone_id not in state.live_data:
                raise not_found(f"milestone {milestone_id!r} not found")
            # Milestones without play-by-play (unsupported types included) answer {"pbp": null}.
            return ok({"pbp": copy.deepcopy(state.game_stats.get(milestone_id))})
