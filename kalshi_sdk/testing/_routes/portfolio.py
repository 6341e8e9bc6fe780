"""Portfolio endpoints. The server checks signatures for every /portfolio/ path before routing."""

from __future__ import annotations

from collections.abc import Mapping

from .._http import RecordedRequest, Response, ok
from .._router import Router
from .._state import ExchangeState


def register(router: Router, state: ExchangeState) -> None:
    """Register the portfolio routes."""

    @router.get("/portfolio/balance")
    def balance(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        with state.lock:
            return ok(dict(state.balance))
