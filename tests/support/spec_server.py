"""A loopback HTTP server that answers every operation of the spec and checks each request against it.

    with SpecServer() as server:
        httpx.get(f"{server.base_url}/markets", params={"limit": 5})
        server.hits[-1].operation_id  # "GetMarkets"

A request that breaks the spec gets 400 `{"error": {"code": "spec_violation", "message": ...}}`
listing every reason; a secured operation without credentials gets 401; a path outside the spec
gets 404. A valid request gets the operation's success status and an example body built from the
response schema (cursors empty, so pagination stops after one page). Lists in the query follow
the parameter's `explode`: every parameter of this spec explodes, so a list arrives as repeated
keys (`tickers=A&tickers=B`), which is what httpx makes of a list value.
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from .spec_examples import OperationInfo, Parameter, example_value, flatten, operations, schema_violations

__all__ = ["API_PREFIX", "Hit", "Reply", "SpecServer", "parse_scalar", "request_violations"]

API_PREFIX = "/trade-api/v2"

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")  # no nan, inf or 1_000
_NO_CONTENT = frozenset({204, 304})


@dataclass(frozen=True)
class Hit:
    """One request the server received and how it answered.

    `path` is the path as sent (prefix included, query excluded); `query` keeps repeated keys
    and blank values; header names are lower-cased; `body` is the decoded JSON, None when
    empty, or the raw text when it was not JSON.
    """

    operation_id: str | None
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    headers: dict[str, str]
    status: int = 0
    violations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


# --- request checks (pure functions of the operation and the request) ------------------------


def parse_scalar(raw: str, schema: dict[str, Any]) -> tuple[Any, str | None]:
    """A query or path value converted to its schema's type, or the reason it cannot be."""
    kind = flatten(schema).get("type")
    if kind == "integer":
        return (int(raw), None) if _INTEGER.fullmatch(raw) else (None, f"{raw!r} is not an integer")
    if kind == "number":
        return (float(raw), None) if _NUMBER.fullmatch(raw) else (None, f"{raw!r} is not a number")
    if kind == "boolean":
        if raw in ("true", "false"):
            return raw == "true", None
        return None, f"{raw!r} is not a boolean (true or false)"
    return raw, None


def _value_violations(parameter: Parameter, raw_values: list[str], where: str) -> list[str]:
    schema = flatten(parameter.schema)
    if schema.get("type") != "array":
        if len(raw_values) > 1:
            return [f"{where}: sent {len(raw_values)} times, takes one value"]
        value, problem = parse_scalar(raw_values[0], schema)
        return [f"{where}: {problem}"] if problem else schema_violations(value, schema, where=where)
    raw_items = raw_values if parameter.explode else [part for raw in raw_values for part in raw.split(",")]
    items, problems = [], []
    for index, raw in enumerate(raw_items):
        value, problem = parse_scalar(raw, schema.get("items", {}))
        items.append(value)
        if problem:
            problems.append(f"{where}[{index}]: {problem}")
    return problems or schema_violations(items, schema, where=where)


def _path_violations(operation: OperationInfo, path_values: Mapping[str, str]) -> list[str]:
    reasons = []
    for parameter in operation.parameters_in("path"):
        where = f"path parameter {parameter.name!r}"
        value = path_values.get(parameter.name, "")
        if value:
            reasons += _value_violations(parameter, [value], where)
        else:
            reasons.append(f"{where} is empty")
    return reasons


def _query_violations(operation: OperationInfo, query: Mapping[str, list[str]]) -> list[str]:
    declared = {parameter.name: parameter for parameter in operation.parameters_in("query")}
    reasons = [
        f"query parameter {name!r} is not defined for {operation.operation_id}"
        for name in query
        if name not in declared
    ]
    for name, parameter in declared.items():
        where = f"query parameter {name!r}"
        if name in query:
            reasons += _value_violations(parameter, query[name], where)
        elif parameter.required:
            reasons.append(f"{where} is required")
    return reasons


def _body_violations(operation: OperationInfo, content_type: str, raw: bytes) -> list[str]:
    if operation.request_body is None:
        return [f"request body: {operation.operation_id} takes none, got {len(raw)} bytes"] if raw else []
    if not raw:
        return ["request body: required but empty"] if operation.request_body_required else []
    if content_type.split(";")[0].strip().lower() != "application/json":
        return [f"request body: content type must be application/json, got {content_type or 'none'!r}"]
    try:
        value = json.loads(raw)
    except ValueError as exc:
        return [f"request body: not valid JSON ({exc})"]
    return schema_violations(value, operation.request_body, where="body", reject_unknown=True)


def request_violations(
    operation: OperationInfo,
    path_values: Mapping[str, str],
    query: Mapping[str, list[str]],
    content_type: str,
    body: bytes,
) -> list[str]:
    """Every way a request breaks `operation`'s parameters and body."""
    return [
        *_path_violations(operation, path_values),
        *_query_violations(operation, query),
        *_body_violations(operation, content_type, body),
    ]


def _missing_credentials(operation: OperationInfo, headers: Mapping[str, str]) -> list[str]:
    """Empty when one of the security alternatives is met; else what the first one lacks."""
    if not operation.secured:
        return []
    lacks = []
    for alternative in operation.security:
        missing = []
        for scheme in alternative:
            value = headers.get(scheme.header.lower(), "").strip()
            if scheme.bearer:
                value = value[len("bearer ") :].strip() if value.lower().startswith("bearer ") else ""
            if not value:
                missing.append(f"header {scheme.header} is missing or empty")
        if not missing:
            return []
        lacks.append(missing)
    return lacks[0]


# --- routing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Route:
    operation: OperationInfo
    pattern: re.Pattern[str]
    literal_segments: int


def _route(operation: OperationInfo) -> _Route:
    parts, literals = [], 0
    for segment in operation.path.split("/"):
        placeholder = _PLACEHOLDER.fullmatch(segment)
        if placeholder:
            parts.append(f"(?P<{placeholder.group(1)}>[^/]*)")
        else:
            parts.append(re.escape(segment))
            literals += bool(segment)
    return _Route(operation, re.compile("/".join(parts)), literals)


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, _json({"error": {"code": code, "message": message}}), headers or {})


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


# --- the server ------------------------------------------------------------------------------


class SpecServer:
    """The spec-checking server on 127.0.0.1 (a free port), run in a background thread."""

    def __init__(self) -> None:
        self._routes = [_route(operation) for operation in operations().values()]
        self._known = {route.operation.operation_id for route in self._routes}
        self._lock = threading.Lock()
        self._hits: list[Hit] = []
        self._canned: dict[str, deque[Reply]] = {}
        self._bodies: dict[str, bytes] = {}
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    def start(self) -> SpecServer:
        if self._httpd is not None:
            raise RuntimeError("the server is already running")
        self._httpd = _HTTPServer(("127.0.0.1", 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="spec-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None or self._thread is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> SpecServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT/trade-api/v2`, the root a client is pointed at."""
        if self._httpd is None:
            raise RuntimeError("the server is not running")
        return f"http://127.0.0.1:{self._httpd.server_port}{API_PREFIX}"

    # what tests look at and steer

    @property
    def hits(self) -> list[Hit]:
        """Every request so far, oldest first (a copy)."""
        with self._lock:
            return list(self._hits)

    def clear(self) -> None:
        """Forget the recorded requests and any queued replies."""
        with self._lock:
            self._hits.clear()
            self._canned.clear()

    def respond(
        self, operation_id: str, status: int, body: Any = None, headers: Mapping[str, str] | None = None
    ) -> None:
        """Answer the next valid call of `operation_id` with `status` and `body` instead.

        `body` is sent as JSON, or as is when bytes; None sends no body. Replies queue up in
        order. A request that breaks the spec still gets its 400: a canned reply never hides one.
        """
        if operation_id not in self._known:
            raise ValueError(f"no operation {operation_id!r} in the spec")
        encoded = b"" if body is None else body if isinstance(body, bytes) else _json(body)
        with self._lock:
            self._canned.setdefault(operation_id, deque()).append(Reply(status, encoded, dict(headers or {})))

    # answering

    def answer(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """The reply to one request (`target` is path and query as sent), recorded in `hits`."""
        url = urlsplit(target)
        query = parse_qs(url.query, keep_blank_values=True)
        route, path_values = self._match(method, url.path)
        reasons: list[str] = []
        if route is None:
            reply = self._no_route(method, url.path)
        else:
            reply, reasons = self._answer_operation(route.operation, path_values, query, headers, body)
        hit = Hit(
            operation_id=route.operation.operation_id if route else None,
            method=method,
            path=url.path,
            query=query,
            body=_decoded(body),
            headers=dict(headers),
            status=reply.status,
            violations=tuple(reasons),
        )
        with self._lock:
            self._hits.append(hit)
        return reply

    def _answer_operation(
        self,
        operation: OperationInfo,
        path_values: dict[str, str],
        query: dict[str, list[str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> tuple[Reply, list[str]]:
        missing = _missing_credentials(operation, headers)
        if missing:
            return _error(401, "unauthorized", "; ".join(missing)), missing
        reasons = request_violations(operation, path_values, query, headers.get("content-type", ""), body)
        if reasons:
            return _error(400, "spec_violation", "; ".join(reasons)), reasons
        with self._lock:
            queue = self._canned.get(operation.operation_id)
            canned = queue.popleft() if queue else None
        return canned or Reply(operation.success_status, self._example_body(operation)), []

    def _example_body(self, operation: OperationInfo) -> bytes:
        if operation.operation_id not in self._bodies:  # a race here only builds the same bytes twice
            schema = operation.response_schema
            body = b"" if schema is None else _json(example_value(schema, response=True))
            self._bodies[operation.operation_id] = body
        return self._bodies[operation.operation_id]

    def _match(self, method: str, path: str) -> tuple[_Route | None, dict[str, str]]:
        """The route for a request; when several templates match, the most literal one wins."""
        if not path.startswith(API_PREFIX + "/"):
            return None, {}
        relative = path[len(API_PREFIX) :]
        best: tuple[_Route, dict[str, str]] | None = None
        for route in self._routes:
            match = route.pattern.fullmatch(relative) if route.operation.method == method else None
            if match and (best is None or route.literal_segments > best[0].literal_segments):
                best = (route, {name: unquote(value) for name, value in match.groupdict().items()})
        return best if best else (None, {})

    def _no_route(self, method: str, path: str) -> Reply:
        relative = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else None
        allowed = sorted(
            {route.operation.method for route in self._routes if relative and route.pattern.fullmatch(relative)}
        )
        if allowed:
            message = f"{method} is not allowed on {path}"
            return _error(405, "method_not_allowed", message, {"Allow": ", ".join(allowed)})
        return _error(404, "not_found", f"no operation for {method} {path}")


def _decoded(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], owner: SpecServer) -> None:
        super().__init__(address, handler)
        self.owner = owner


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every reply carries a Content-Length
    timeout = 30  # an idle kept-alive connection is dropped after this many seconds
    server: _HTTPServer

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            self._send(_error(400, "bad_request", "unreadable request body framing"))
            self.close_connection = True
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        self._send(self.server.owner.answer(self.command, self.path, headers, body))

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunks()
        length = self.headers.get("Content-Length", "0").strip()
        return self.rfile.read(int(length)) if length.isdigit() else None

    def _read_chunks(self) -> bytes | None:
        chunks: list[bytes] = []
        while True:
            size_line = self.rfile.readline().split(b";")[0].strip()
            try:
                size = int(size_line, 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline().strip():  # trailers, up to the blank line
                    pass
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.status in _NO_CONTENT:  # such a reply has neither a body nor a Content-Length
            self.end_headers()
            return
        if reply.body:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the hits list is the log."""
