"""Live data through the facade: single, typed and batch, sync and async."""

from __future__ import annotations

import pytest

from kalshi_api.models import LiveData
from kalshi_sdk import AsyncKalshi, Kalshi, NotFoundError
from kalshi_sdk.testing import FakeExchange, RecordedRequest


def _with_live_data(exchange: FakeExchange, count: int) -> list[str]:
    ids = exchange.make_milestones(count, category="Sports", type="basketball_game")
    for index, milestone_id in enumerate(ids):
        exchange.set_live_data(milestone_id, {
            "type": "basketball_game", "milestone_id": milestone_id,
            "details": {"home_points": index, "away_points": 2 * index, "status": "live"},
        })
    return ids


def _batch_requests(exchange: FakeExchange) -> list[RecordedRequest]:
    return [r for r in exchange.requests if r.path.endswith("/live_data/batch")]


def test_get_by_type_and_without(exchange: FakeExchange, public_client: Kalshi) -> None:
    (milestone_id,) = _with_live_data(exchange, 1)
    typed = public_client.live_data.get("basketball_game", milestone_id)
    assert isinstance(typed, LiveData)
    assert typed.type_ == "basketball_game"
    assert isinstance(typed.details, dict) and typed.details["status"] == "live"
    assert public_client.live_data.get(None, milestone_id) == typed
    paths = [r.path for r in exchange.requests]
    assert paths[-2].endswith(f"/live_data/basketball_game/milestone/{milestone_id}")
    assert paths[-1].endswith(f"/live_data/milestone/{milestone_id}")
    with pytest.raises(NotFoundError):
        public_client.live_data.get("basketball_game", "unknown")


def test_batch_sends_repeated_query_parameters(exchange: FakeExchange, public_client: Kalshi) -> None:
    ids = _with_live_data(exchange, 3)
    results = public_client.live_data.batch(ids)
    (request,) = _batch_requests(exchange)
    assert request.query_values("milestone_ids") == ids
    assert [r.milestone_id for r in results] == ids


def test_batch_splits_250_ids_into_three_requests(exchange: FakeExchange, public_client: Kalshi) -> None:
    ids = _with_live_data(exchange, 250)
    results = public_client.live_data.batch(ids)
    sizes = [len(r.query_values("milestone_ids")) for r in _batch_requests(exchange)]
    assert sizes == [100, 100, 50]
    assert [r.milestone_id for r in results] == ids
    assert [r.details["home_points"] for r in results] == list(range(250))


@pytest.mark.parametrize("bad", [[], [""], "one-id"])
def test_batch_rejects_bad_ids_before_sending(exchange: FakeExchange, public_client: Kalshi, bad: object) -> None:
    with pytest.raises((ValueError, TypeError), match="milestone_ids"):
        public_client.live_data.batch(bad)  # type: ignore[arg-type]
    assert exchange.requests == []


def test_game_stats(exchange: FakeExchange, public_client: Kalshi) -> None:
    (milestone_id,) = _with_live_data(exchange, 1)
    stats = public_client.live_data.game_stats(milestone_id)
    assert stats is not None
    assert exchange.requests[-1].path.endswith(f"/live_data/milestone/{milestone_id}/game_stats")


async def test_async_batch_and_get(exchange: FakeExchange, async_client: AsyncKalshi) -> None:
    ids = _with_live_data(exchange, 250)
    results = await async_client.live_data.batch(ids)
    assert [r.milestone_id for r in results] == ids
    assert sorted(len(r.query_values("milestone_ids")) for r in _batch_requests(exchange)) == [50, 100, 100]
    single = await async_client.live_data.get("basketball_game", ids[0])
    assert single.milestone_id == ids[0]
    with pytest.raises(ValueError, match="at least one"):
        await async_client.live_data.batch([])
