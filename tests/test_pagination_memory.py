"""Iterating a listing holds one page at a time: the previous one is released before the next is fetched."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from kalshi_sdk import AsyncKalshi, Kalshi
from kalshi_sdk.testing import FakeExchange

PAGE_SIZE = 2


def test_sync_iteration_releases_each_page_before_fetching_the_next(exchange: FakeExchange) -> None:
    with Kalshi(base_url=exchange.base_url) as client:
        first_of_page: list[weakref.ref[Any]] = []
        released: list[bool] = []
        send = client.request

        def watching_request(spec: Any) -> Any:
            released.extend(ref() is None for ref in first_of_page[-1:])
            return send(spec)

        client.request = watching_request  # type: ignore[method-assign]
        gc.disable()  # released by reference counting, not by some later collection
        try:
            for index, milestone in enumerate(client.milestones.list(limit=PAGE_SIZE, max_items=3 * PAGE_SIZE)):
                if index % PAGE_SIZE == 0:
                    first_of_page.append(weakref.ref(milestone))
                del milestone
        finally:
            gc.enable()
    assert released == [True, True]


async def test_async_iteration_releases_each_page_before_fetching_the_next(exchange: FakeExchange) -> None:
    async with AsyncKalshi(base_url=exchange.base_url) as client:
        first_of_page: list[weakref.ref[Any]] = []
        released: list[bool] = []
        send = client.request

        async def watching_request(spec: Any) -> Any:
            released.extend(ref() is None for ref in first_of_page[-1:])
            return await send(spec)

        client.request = watching_request  # type: ignore[method-assign]
        gc.disable()
        try:
            index = 0
            async for milestone in client.milestones.list(limit=PAGE_SIZE, max_items=3 * PAGE_SIZE):
                if index % PAGE_SIZE == 0:
                    first_of_page.append(weakref.ref(milestone))
                index += 1
                del milestone
        finally:
            gc.enable()
    assert released == [True, True]
