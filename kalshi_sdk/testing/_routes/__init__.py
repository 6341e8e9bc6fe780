"""Route handlers of the fake exchange, one module per API area.

Each module exposes ``register(router, state)``; add a module here to grow the fake. Every
operation of the spec that no module serves answers 501 ``not_implemented``, naming it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .._http import ApiError, RecordedRequest, Response
from .._query import check_parameters
from .._router import Handler, Router
from .._state import ExchangeState
from . import exchange, live_data, markets, milestones, orders, portfolio

__all__ = ["build_router", "unimplemented_operations"]

_AREAS = (exchange, milestones, live_data, markets, portfolio)
_PLACEHOLDER = re.compile(r"\{([^}]*)\}")


def build_router(state: ExchangeState, *, max_batch_size: Callable[[], int]) -> Router:
    """A router with every area's routes registered against ``state``, and 501 for the rest of the spec."""
    router = Router()
    for area in _AREAS:
        area.register(router, state)
    orders.register(router, state, max_batch_size=max_batch_size)
    router.wrap(_checking_parameters)
    for name, method, path in _missing(router):
        router.add(method, path, _not_implemented(name, method, path), implemented=False)
    return router


def unimplemented_operations() -> list[tuple[str, str, str]]:
    """The spec's operations the fake does not serve, as (operation, method, path), by path."""
    return _missing(build_router(ExchangeState(), max_batch_size=lambda: 1))


def _missing(router: Router) -> list[tuple[str, str, str]]:
    from kalshi_api.api import OPERATIONS  # the spec's operations, as the generated client lists them

    served = {(method, _PLACEHOLDER.sub("{}", pattern)) for method, pattern in router.patterns()}
    missing = [
        (name, operation.method, operation.path)
        for name, operation in OPERATIONS.items()
        if (operation.method, _PLACEHOLDER.sub("{}", operation.path)) not in served
    ]
    return sorted(missing, key=lambda item: (item[2], item[1]))


def _checking_parameters(method: str, pattern: str, handler: Handler) -> Handler:
    """``handler``, behind a check of the request's parameters against its operation's rules in the spec."""
    from kalshi_api.api import OPERATIONS
    from kalshi_api.rules import PARAMETER_RULES

    shape = (method, _PLACEHOLDER.sub("{}", pattern))
    found = next(
        ((name, op.path) for name, op in OPERATIONS.items() if (op.method, _PLACEHOLDER.sub("{}", op.path)) == shape),
        None,
    )
    if found is None:  # generated from a spec version without this operation: nothing to check against
        return handler
    name, path = found
    rules = PARAMETER_RULES.get(name, {})
    # The route may name its placeholders differently from the spec ({type} for {type_}): match them by position.
    spec_names = dict(zip(_PLACEHOLDER.findall(pattern), _PLACEHOLDER.findall(path), strict=True))

    def checked(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        check_parameters(request, {spec_names[key]: value for key, value in params.items()}, rules)
        return handler(request, params)

    return checked


def _not_implemented(name: str, method: str, path: str) -> Handler:
    def answer(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        raise ApiError(
            501,
            "not_implemented",
            f"the fake exchange does not implement {name} ({method} {path})",
            "the real exchange serves it; see the README for what the fake covers",
        )

    return answer
