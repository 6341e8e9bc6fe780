"""Exchange-level endpoints: status and trading schedule."""

from __future__ import annotations

import copy
from collections.abc import Mapping

from .._http import RecordedRequest, Response, ok
from .._router import Router
from .._state import ExchangeState


def register(router: Router, state: ExchangeState) -> None:
    """Register the exchange routes."""

    @router.get("/exchange/status")
    def exchange_status(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        with state.lock:
            return ok(copy.deepcopy(state.exchange_status))

    @router.get("/exchange/schedule")
    def exchange_schedule(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        with state.lock:
            return ok({"schedule": copy.deepcopy(state.schedule)})
