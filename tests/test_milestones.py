"""Milestones through the facade, sync and async, against the fake exchange over real sockets."""

from __future__ import annotations

import datetime

import httpx
import pytest

from kalshi_api.models import GetMilestonesResponse, Milestone
from kalshi_sdk import AsyncKalshi, CursorLoopError, CursorPage, Kalshi, NotFoundError
from kalshi_sdk.testing import FakeExchange, RecordedRequest


def _milestone_requests(exchange: FakeExchange) -> list[RecordedRequest]:
    return [r for r in exchange.requests if r.path.endswith("/milestones")]


def test_list_iterates_every_page(exchange: FakeExchange, public_client: Kalshi) -> None:
    ids = set(exchange.make_milestones(250, category="Esports"))
    exchange.clear_requests()
    found = list(public_client.milestones.list(category="Esports", limit=100))
    assert {m.id for m in found} == ids
    assert all(isinstance(m, Milestone) for m in found)
    requests = _milestone_requests(exchange)
    assert len(requests) == 3
    assert [r.query_values("limit") for r in requests] == [["100"]] * 3
    assert requests[0].query_values("cursor") == []
    assert requests[1].query_values("cursor") and requests[2].query_values("cursor")


def test_iter_pages_gives_response_models(exchange: FakeExchange, public_client: Kalshi) -> None:
    exchange.make_milestones(25, category="Esports")
    pages = list(public_client.milestones.list(category="Esports", limit=10).iter_pages())
    assert [len(page.milestones) for page in pages] == [10, 10, 5]
    assert all(isinstance(page, GetMilestonesResponse) for page in pages)
    assert pages[-1].cursor in ("", None)


def test_max_items_stops_early(exchange: FakeExchange, public_client: Kalshi) -> None:
    exchange.make_milestones(50, category="Esports")
    exchange.clear_requests()
    found = list(public_client.milestones.list(category="Esports", limit=10, max_items=15))
    assert len(found) == 15
    assert len(_milestone_requests(exchange)) == 2


def test_filters_are_sent_as_the_spec_names_them(exchange: FakeExchange, public_client: Kalshi) -> None:
    start = datetime.datetime(2026, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)
    page = public_client.milestones.list(
        minimum_start_date=start, category="Sports", competition="NBA", source_id="sr:1",
        type="basketball_game", related_event_ticker="KXNBAGAME-X", min_updated_ts=1_700_000_000, limit=7,
    )
    assert isinstance(page, CursorPage)
    list(page)
    (request,) = _milestone_requests(exchange)
    query = dict(request.query)
    assert query == {
        "limit": "7", "minimum_start_date": "2026-01-01T12:00:00+00:00", "category": "Sports",
        "competition": "NBA", "source_id": "sr:1", "type": "basketball_game",
        "related_event_ticker": "KXNBAGAME-X", "min_updated_ts": "1700000000",
    }


def test_filters_narrow_results(exchange: FakeExchange, public_client: Kalshi) -> None:
    everything = public_client.milestones.list(limit=500).to_list()
    sports = public_client.milestones.list(category="Sports", limit=500).to_list()
    assert sports and len(sports) < len(everything)
    assert all(m.category == "Sports" for m in sports)


@pytest.mark.parametrize("limit", [0, 501, -1])
def test_page_size_is_checked_before_sending(exchange: FakeExchange, public_client: Kalshi, limit: int) -> None:
    with pytest.raises(ValueError, match=r"limit must be between 1 and 500"):
        public_client.milestones.list(limit=limit)
    assert exchange.requests == []


def test_get_and_not_found(exchange: FakeExchange, public_client: Kalshi) -> None:
    first = public_client.milestones.list(max_items=1).to_list()[0]
    assert public_client.milestones.get(first.id) == first
    with pytest.raises(NotFoundError) as caught:
        public_client.milestones.get("no-such-milestone")
    error = caught.value
    assert error.status_code == 404
    assert error.code == "not_found"
    assert error.method == "GET" and error.path.endswith("/milestones/no-such-milestone")


def test_empty_id_is_rejected_before_sending(exchange: FakeExchange, public_client: Kalshi) -> None:
    with pytest.raises(ValueError, match="milestone_id"):
        public_client.milestones.get("")
    assert exchange.requests == []


def test_repeated_cursor_raises_instead_of_looping() -> None:
    # A server bug cannot be provoked from the fake exchange, so this one mechanism uses a mock transport.
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"milestones": [], "cursor": "same"})

    client = Kalshi(base_url="http://test/trade-api/v2", http_client=httpx.Client(
        base_url="http://test/trade-api/v2", transport=httpx.MockTransport(handler)))
    with pytest.raises(CursorLoopError, match="same"):
        list(client.milestones.list())


async def test_async_list_and_get(exchange: FakeExchange, async_client: AsyncKalshi) -> None:
    ids = set(exchange.make_milestones(120, category="Esports"))
    found = [m async for m in async_client.milestones.list(category="Esports", limit=50)]
    assert {m.id for m in found} == ids
    pages = [page async for page in async_client.milestones.list(category="Esports", limit=50).iter_pages()]
    assert [len(page.milestones) for page in pages] == [50, 50, 20]
    assert await async_client.milestones.get(found[0].id) == found[0]
    assert len(await async_client.milestones.list(category="Esports", max_items=5).to_list()) == 5
    with pytest.raises(NotFoundError):
        await async_client.milestones.get("missing")
