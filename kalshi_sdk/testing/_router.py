"""A tiny router: (method, path pattern) -> handler, patterns like ``/milestones/{milestone_id}``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from ._http import ApiError, RecordedRequest, Response, not_found

Handler = Callable[[RecordedRequest, Mapping[str, str]], Response]

_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: str
    regex: re.Pattern[str]
    literal_segments: int
    handler: Handler
    implemented: bool


class Router:
    """Maps a method and a path (relative to the API prefix) to a handler.

    A ``{name}`` placeholder matches one non-empty path segment and is percent-decoded. When
    several patterns match, the one with the most literal segments wins, so
    ``/live_data/milestone/{id}/game_stats`` beats ``/live_data/{type}/milestone/{id}``.
    """

    def __init__(self) -> None:
        self._routes: list[_Route] = []

    def add(self, method: str, pattern: str, handler: Handler, *, implemented: bool = True) -> None:
        """Register ``handler`` for ``method`` requests whose path matches ``pattern``.

        ``implemented=False`` marks a stand-in that only says the operation is not served.
        """
        parts: list[str] = []
        literals = 0
        for segment in pattern.split("/"):
            param = _PARAM.fullmatch(segment)
            if param:
                parts.append(f"(?P<{param.group(1)}>[^/]+)")
            else:
                parts.append(re.escape(segment))
                literals += 1 if segment else 0
        regex = "^" + "/".join(parts) + "$"
        self._routes.append(_Route(method.upper(), pattern, re.compile(regex), literals, handler, implemented))

    def wrap(self, wrapper: Callable[[str, str, Handler], Handler]) -> None:
        """Replace each implemented route's handler with ``wrapper(method, pattern, handler)``."""
        self._routes = [
            dataclasses.replace(route, handler=wrapper(route.method, route.pattern, route.handler))
            if route.implemented
            else route
            for route in self._routes
        ]

    def patterns(self, *, implemented: bool = True) -> list[tuple[str, str]]:
        """The (method, pattern) pairs registered, in order: the implemented ones, or the stand-ins."""
        return [(route.method, route.pattern) for route in self._routes if route.implemented == implemented]

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`add`."""

        def register(handler: Handler) -> Handler:
            self.add(method, pattern, handler)
            return handler

        return register

    def get(self, pattern: str) -> Callable[[Handler], Handler]:
        """Decorator registering a GET handler."""
        return self.route("GET", pattern)

    def post(self, pattern: str) -> Callable[[Handler], Handler]:
        """Decorator registering a POST handler."""
        return self.route("POST", pattern)

    def delete(self, pattern: str) -> Callable[[Handler], Handler]:
        """Decorator registering a DELETE handler."""
        return self.route("DELETE", pattern)

    def resolve(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        """The handler and path parameters for a request; raises ApiError 404 or 405."""
        best: tuple[_Route, dict[str, str]] | None = None
        allowed: set[str] = set()
        for route in self._routes:
            match = route.regex.match(path)
            if match is None:
                continue
            allowed.add(route.method)
            if route.method != method.upper():
                continue
            if best is None or route.literal_segments > best[0].literal_segments:
                best = (route, {name: unquote(value) for name, value in match.groupdict().items()})
        if best is not None:
            return best[0].handler, best[1]
        if allowed:
            raise ApiError(
                405,
                "method_not_allowed",
                f"method {method} is not allowed on this path",
                headers={"Allow": ", ".join(sorted(allowed))},
            )
        raise not_found(f"no route for {path}")
