"""The exceptions the SDK raises, one tree rooted at KalshiError.

Status errors carry what the exchange said (status, Kalshi's error code and message) and which
request failed (method and path). They never hold request headers, so neither the private key
nor a request signature can leak through an exception or its traceback.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BatchIncompleteError",
    "ConflictError",
    "CursorLoopError",
    "DuplicateClientOrderIdError",
    "InternalServerError",
    "KalshiError",
    "MissingCredentialsError",
    "NotFoundError",
    "OperationUnavailableError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamCommandError",
    "StreamConnectionError",
    "StreamError",
    "StreamOverflowError",
    "UnprocessableEntityError",
]


class KalshiError(Exception):
    """Base class of every exception this SDK raises on purpose."""


class MissingCredentialsError(KalshiError):
    """An operation needs an API key, and the client has none. Raised before anything is sent."""


class OperationUnavailableError(KalshiError, NotImplementedError):
    """The method calls an operation that the spec this SDK was generated from does not have.

    Raised when the method is called, before anything is sent (an SDK built from an older spec
    still imports, and its other methods work).
    """

    def __init__(self, operation: str, spec_version: str) -> None:
        super().__init__(
            f"operation {operation!r} is not in version {spec_version} of the Kalshi API spec this SDK was "
            "generated from; regenerate from a spec that has it"
        )
        self.operation = operation
        self.spec_version = spec_version


class CursorLoopError(KalshiError):
    """The server handed back a cursor it had already given, which would paginate forever."""

    def __init__(self, cursor: str, path: str) -> None:
        super().__init__(f"pagination of {path} stopped: the server repeated cursor {cursor!r}")
        self.cursor = cursor
        self.path = path


class APIError(KalshiError):
    """A request was attempted and did not give a usable answer.

    `attempts` says how many times it was sent (1 when it was not retried). An error met while
    iterating a list carries `resume_cursor`: pass it to the page object's `from_cursor()` to carry
    on where the iteration stopped (None means from the start).
    """

    attempts: int = 1
    resume_cursor: str | None = None

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path

    def __str__(self) -> str:
        count = self.attempts
        return f"{self.message} (after {count} attempt{'' if count == 1 else 's'})"


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a whole answer arrived.

    `request_sent` is False when no connection was made, so the server cannot have acted on the
    request; when True, a write may or may not have taken effect.
    """

    def __init__(
        self,
        *,
        method: str,
        path: str,
        reason: str = "",
        request_sent: bool = True,
        message: str = "connection to the Kalshi API failed",
    ) -> None:
        said = f"{message}: {reason}" if reason else message
        super().__init__(f"{method} {path}: {said}", method=method, path=path)
        self.reason = reason
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """No answer within the client's timeout."""

    def __init__(self, *, method: str, path: str, reason: str = "", request_sent: bool = True) -> None:
        super().__init__(
            method=method,
            path=path,
            reason=reason,
            request_sent=request_sent,
            message="request to the Kalshi API timed out",
        )


class APIResponseValidationError(APIError):
    """A successful status came with a body the SDK cannot read as the operation's result."""

    def __init__(self, *, method: str, path: str, status_code: int, body: str, reason: str) -> None:
        super().__init__(
            f"{method} {path} returned {status_code}, but {reason}: {body[:200]!r}",
            method=method,
            path=path,
        )
        self.status_code = status_code
        self.body = body


class APIStatusError(APIError):
    """The server answered with an error status (4xx or 5xx)."""

    status_code: int

    def __init__(
        self,
        *,
        method: str,
        path: str,
        status_code: int,
        code: str | None,
        error_message: str | None,
        details: Any = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        said = ": ".join(part for part in (code, error_message) if part) or "no error details in the body"
        super().__init__(f"{method} {path} failed with HTTP {status_code}: {said}", method=method, path=path)
        self.status_code = status_code
        self.code = code
        self.error_message = error_message
        self.details = details
        self.body = body
        self.headers = headers or {}


class BadRequestError(APIStatusError):
    """400: the server rejected the request's parameters or body."""


class AuthenticationError(APIStatusError):
    """401: the API key is unknown, or the signature or timestamp did not verify."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such market, event, order, milestone... ."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (for example a repeated client_order_id)."""


class DuplicateClientOrderIdError(ConflictError):
    """409 on an order create whose first attempt met an existing `client_order_id`.

    The order with that id was placed earlier, not by this call. (When an earlier attempt of the
    same call may have landed, the create returns that order instead of raising.)
    """

    client_order_id: str | None = None

    @classmethod
    def from_conflict(cls, error: ConflictError, client_order_id: str) -> DuplicateClientOrderIdError:
        """The same 409, naming the id that already exists."""
        duplicate = cls(
            method=error.method,
            path=error.path,
            status_code=error.status_code,
            code=error.code,
            error_message=error.error_message or f"an order with client_order_id {client_order_id!r} exists",
            details=error.details,
            body=error.body,
            headers=error.headers,
        )
        duplicate.client_order_id = client_order_id
        duplicate.attempts = error.attempts
        return duplicate


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but cannot be carried out."""


class RateLimitError(APIStatusError):
    """429: too many requests. The client slows its own rate limiter down for a while when it sees one."""


class InternalServerError(APIStatusError):
    """5xx: the exchange failed to answer the request."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_fields(body: Any) -> tuple[str | None, str | None, Any]:
    """Kalshi's (code, message, details) from an error body, which nests them under "error" or not."""
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            code, message = inner.get("code"), inner.get("message")
            return (
                code if isinstance(code, str) else None,
                message if isinstance(message, str) else None,
                inner.get("details"),
            )
        if isinstance(inner, str):
            return None, inner, None
    return None, None, None


def make_status_error(
    *, method: str, path: str, status_code: int, content: bytes, headers: dict[str, str]
) -> APIStatusError:
    """The exception for an error response: the class by status, the fields from the body."""
    try:
        body: Any = json.loads(content) if content else None
    except ValueError:
        body = content[:500].decode("utf-8", "replace")
    code, message, details = error_fields(body)
    if message is None and isinstance(body, str) and body.strip():
        message = _describe_text(body)
    error_class = _BY_STATUS.get(status_code, InternalServerError if status_code >= 500 else APIStatusError)
    return error_class(
        method=method,
        path=path,
        status_code=status_code,
        code=code,
        error_message=message,
        details=details,
        body=body,
        headers=headers,
    )


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _describe_text(body: str) -> str:
    """A short description of a non-JSON error body: an HTML page by its title, other text as it is."""
    text = body.strip()
    if text[:1] == "<" and ("<html" in text[:200].lower() or "<!doctype" in text[:200].lower()):
        title = _TITLE.search(text)
        heading = " ".join(title.group(1).split()) if title else ""
        return f"an HTML page instead of JSON{f' ({heading[:100]})' if heading else ''}"
    return text[:200]


class BatchIncompleteError(KalshiError):
    """A batch split into several requests stopped part-way: one request failed.

    Nothing is lost: `results` holds the answers for the items that were sent (in input order),
    `unsent` the items not yet sent, and the failure is chained as `__cause__`.
    """

    def __init__(self, operation: str, *, results: list[Any], unsent: list[Any], cause: Exception) -> None:
        super().__init__(f"{operation} stopped after {len(results)} items ({len(unsent)} not sent): {cause}")
        self.results = results
        self.unsent = unsent


class StreamError(KalshiError):
    """Base class of the errors of a WebSocket stream (`client.stream()`)."""


class StreamCommandError(StreamError):
    """The server answered a stream command, or ended a subscription, with an `error` frame.

    `code` is Kalshi's WebSocket error code (such as 8, unknown channel, or 25, buffer overflow)
    and `error_message` its text; `command` and `params` name the command it answered, if any.
    """

    def __init__(self, code: Any, error_message: str, command: str | None, params: Any = None) -> None:
        where = f" to {command}" if command else ""
        super().__init__(f"the stream server replied{where} with error {code}: {error_message}")
        self.code = code
        self.error_message = error_message
        self.command = command
        self.params = params


class StreamConnectionError(StreamError):
    """The stream could not connect, or lost its connection and may not reconnect."""


class StreamOverflowError(StreamError):
    """A subscription's buffer filled up because its messages were not read in time.

    Raised by the subscription's iterator after the messages it holds, on channels where dropping
    one would lose information (fills, orders, positions, ...); the subscription has ended.
    """

    def __init__(self, channel: str, buffer_size: int) -> None:
        super().__init__(
            f"the {channel} subscription ended: {buffer_size} unread messages filled its buffer "
            "(read faster, raise buffer_size, or register a callback)"
        )
        self.channel = channel
        self.buffer_size = buffer_size
