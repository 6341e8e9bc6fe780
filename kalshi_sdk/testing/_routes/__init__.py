"""Route handlers of the fake exchange, one module per API area.

Each module exposes ``register(router, state)``; add a module here to grow the fake.
"""

from __future__ import annotations

from collections.abc import Callable

from .._router import Router
from .._state import ExchangeState
from . import exchange, live_data, markets, milestones, orders, portfolio

_AREAS = (exchange, milestones, live_data, markets, portfolio)


def build_router(state: ExchangeState, *, max_batch_size: Callable[[], int]) -> Router:
    """A router with every area's routes registered against ``state``."""
    router = Router()
    for area in _AREAS:
        area.register(router, state)
    orders.register(router, state, max_batch_size=max_batch_size)
    return router
