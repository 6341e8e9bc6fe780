"""Values passed between the fake exchange's HTTP layer, router and route handlers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

API_PREFIX = "/trade-api/v2"

# Kalshi-style error codes for statuses that fail_next() or the router produce without a caller-given body.
_DEFAULT_CODES: dict[int, str] = {
    400: "bad_request",
    401: "authentication_error",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "unprocessable_entity",
    429: "too_many_requests",
    500: "internal_server_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request as the fake exchange received it.

    ``path`` excludes the query string; ``query`` keeps every pair in arrival order (repeated keys
    and blank values included); header names are lower-cased.
    """

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes

    def query_values(self, name: str) -> list[str]:
        """Every value sent for query parameter ``name``, in order."""
        return [value for key, value in self.query if key == name]

    def query_value(self, name: str) -> str | None:
        """The first value sent for query parameter ``name``, or None when absent."""
        values = self.query_values(name)
        return values[0] if values else None

    def header(self, name: str) -> str | None:
        """A header's value looked up case-insensitively, or None when absent."""
        return self.headers.get(name.lower())

    def json(self) -> Any:
        """The body decoded as JSON (None when the body is empty)."""
        return json.loads(self.body) if self.body else None


def error_body(code: str, message: str, details: str | None = None) -> dict[str, Any]:
    """A body shaped like Kalshi's errors: ``{"error": {"code", "message", "details"?}}``."""
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def default_error_body(status: int) -> dict[str, Any]:
    """The Kalshi-style error body used when a status comes without a body of its own."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = f"HTTP {status}"
    code = _DEFAULT_CODES.get(status) or phrase.lower().replace(" ", "_").replace("-", "_")
    return error_body(code, phrase.lower())


@dataclass
class Response:
    """What a handler answers. ``body`` is JSON-encoded unless it is already bytes."""

    status: int
    body: object
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        """The bytes to put on the wire."""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body, separators=(",", ":")).encode("utf-8")


def ok(body: object) -> Response:
    """A 200 JSON response."""
    return Response(200, body)


class ApiError(Exception):
    """Raised by handlers (or the auth check) to answer with a Kalshi-style error."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: str | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = dict(headers or {})

    def to_response(self) -> Response:
        """The error as an HTTP response."""
        return Response(self.status, error_body(self.code, self.message, self.details), dict(self.headers))


def bad_params(message: str, details: str | None = None) -> ApiError:
    """A 400 ``invalid_parameters`` error."""
    return ApiError(400, "invalid_parameters", message, details)


def not_found(message: str) -> ApiError:
    """A 404 ``not_found`` error."""
    return ApiError(404, "not_found", message)
