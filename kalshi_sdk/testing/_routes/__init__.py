"""Route handlers of the fake exchange, one module per API area.

Each module exposes ``register(router, state)``; add a module here to grow the fake.
"""

from __future__ import annotations

from .._router import Router
from .._state import ExchangeState
from . import exchange, live_data, milestones, portfolio

_AREAS = (exchange, milestones, live_data, portfolio)


def build_router(state: ExchangeState) -> Router:
    """A router with every area's routes registered against ``state``."""
    router = Router()
    for area in _AREAS:
        area.register(router, state)
    return router
