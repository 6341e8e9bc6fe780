"""FakeExchange: an in-memory Kalshi Trade API v2 served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import sys
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

from ._auth import HEADER_KEY, load_public_key, verify_request
from ._http import API_PREFIX, ApiError, RecordedRequest, Response, default_error_body, error_body, not_found
from ._routes import build_router
from ._seed import seed_game_stats, seed_live_data, seed_milestones
from ._state import ExchangeState, format_rfc3339

_Self = TypeVar("_Self", bound="FakeExchange")

# Synthetic milestones from make_milestones() start here, one hour apart, after all seed data.
_SYNTHETIC_EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


@dataclass
class _Failure:
    status: int
    body: object
    headers: dict[str, str]
    remaining: int


class FakeExchange:
    """An in-memory fake of the Kalshi Trade API v2, served over real HTTP on 127.0.0.1.

    Use it as a context manager (or call :meth:`start` / :meth:`stop`) and point a client at
    :attr:`base_url`. Every request is appended to :attr:`requests`. With ``seed=True`` a few
    realistic milestones and their live data are preloaded. With ``require_signatures=True``
    every ``/portfolio/`` request, and any request carrying ``KALSHI-ACCESS-KEY``, must be signed
    by a key given to :meth:`register_key`.

    Currently served (under ``/trade-api/v2``): ``GET /exchange/status``, ``GET /milestones``,
    ``GET /milestones/{id}``, ``GET /live_data/milestone/{id}``, ``GET /live_data/{type}/milestone/{id}``,
    ``GET /live_data/batch``, ``GET /live_data/milestone/{id}/game_stats`` and ``GET /portfolio/balance``.
    """

    def __init__(self, *, seed: bool = True, require_signatures: bool = True) -> None:
        self.require_signatures = require_signatures
        self.requests: list[RecordedRequest] = []
        self._state = ExchangeState()
        self._router = build_router(self._state)
        self._failures: deque[_Failure] = deque()
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._synthetic_count = 0
        if seed:
            for milestone in seed_milestones():
                self._state.add_milestone(milestone)
            for live in seed_live_data():
                self._state.set_live_data(live["milestone_id"], live)
            for milestone_id, pbp in seed_game_stats().items():
                self._state.set_game_stats(milestone_id, pbp)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Bind a free port on 127.0.0.1 and serve from a daemon thread (no-op if already running)."""
        if self._server is not None:
            return
        server = _HTTPServer(self)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="kalshi-fake-exchange", daemon=True
        )
        thread.start()
        self._server, self._thread = server, thread

    def stop(self) -> None:
        """Stop serving, drop open connections and close the listening socket (no-op if stopped)."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        server.shutdown()
        server.close_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self: _Self) -> _Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        if self._server is None:
            raise RuntimeError("FakeExchange is not running: use it as a context manager or call start()")
        return self._server.server_port

    @property
    def base_url(self) -> str:
        """The API root to give a client, e.g. ``http://127.0.0.1:54321/trade-api/v2``."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    # -- configuration -----------------------------------------------------------------------

    def register_key(self, key_id: str, public_key_pem: bytes | str) -> None:
        """Accept signatures made by the private half of this RSA or Ed25519 public key (PEM SPKI)."""
        key = load_public_key(public_key_pem)
        with self._state.lock:
            self._state.keys[key_id] = key

    def add_milestone(self, milestone: Mapping[str, Any]) -> None:
        """Add (or replace, by id) a milestone shaped like the spec's Milestone schema.

        ``id``, ``category``, ``type`` and ``start_date`` are required; other fields get empty defaults
        and ``last_updated_ts`` defaults to now.
        """
        self._state.add_milestone(milestone)

    def set_live_data(self, milestone_id: str, live_data: Mapping[str, Any]) -> None:
        """Set the LiveData (``{"type", "details", "milestone_id"}``) served for a milestone."""
        self._state.set_live_data(milestone_id, live_data)

    def set_game_stats(self, milestone_id: str, pbp: Mapping[str, Any] | None) -> None:
        """Set the play-by-play (``{"periods": [{"events": [...]}, ...]}``) served by game_stats."""
        self._state.set_game_stats(milestone_id, pbp)

    def set_balance(self, balance: int, *, portfolio_value: int | None = None) -> None:
        """Set the account balance in cents (and optionally the portfolio value in cents)."""
        self._state.set_balance(balance, portfolio_value=portfolio_value)

    def set_exchange_status(
        self,
        *,
        exchange_active: bool = True,
        trading_active: bool = True,
        exchange_estimated_resume_time: str | None = None,
    ) -> None:
        """Set what ``GET /exchange/status`` reports."""
        with self._state.lock:
            self._state.exchange_status = {
                "exchange_active": exchange_active,
                "trading_active": trading_active,
                "exchange_estimated_resume_time": exchange_estimated_resume_time,
            }

    def make_milestones(
        self,
        n: int,
        *,
        category: str = "Sports",
        type: str = "basketball_game",
        live_data: bool = False,
    ) -> list[str]:
        """Add ``n`` synthetic milestones (one hour apart, after the seed data); return their ids in list order.

        With ``live_data=True`` each also gets a small live data record.
        """
        ids: list[str] = []
        with self._state.lock:
            for _ in range(n):
                index = self._synthetic_count
                self._synthetic_count += 1
                milestone_id = f"00000000-0000-4000-8000-{index:012d}"
                ticker = f"KXSYNTH-{index:06d}"
                start = _SYNTHETIC_EPOCH + timedelta(hours=index)
                self._state.add_milestone(
                    {
                        "id": milestone_id,
                        "category": category,
                        "type": type,
                        "title": f"Synthetic milestone {index}",
                        "notification_message": "Synthetic milestone for tests.",
                        "start_date": format_rfc3339(start),
                        "end_date": None,
                        "related_event_tickers": [ticker],
                        "primary_event_tickers": [ticker],
                        "source_id": f"synthetic-{index}",
                        "details": {"competition": "Synthetic League", "status": "scheduled"},
                        "last_updated_ts": format_rfc3339(start - timedelta(days=1)),
                    }
                )
                if live_data:
                    self._state.set_live_data(
                        milestone_id, {"type": type, "details": {"status": "scheduled", "widget_status": "upcoming"}}
                    )
                ids.append(milestone_id)
        return ids

    def fail_next(
        self,
        status: int,
        body: object = None,
        *,
        count: int = 1,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next ``count`` requests (any path) with ``status`` instead of routing them.

        ``body`` is sent as JSON (bytes are sent verbatim); None means a Kalshi-style error body
        for the status. Calls queue up: a second fail_next applies after the first is used up.
        The failed requests are still recorded.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        payload = default_error_body(status) if body is None else body
        with self._state.lock:
            self._failures.append(_Failure(status, payload, dict(headers or {}), count))

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._state.lock:
            self.requests.clear()

    # -- request handling --------------------------------------------------------------------

    def _dispatch(self, request: RecordedRequest) -> Response:
        """Answer one request: record it, then a queued failure, the signature check, the route."""
        with self._state.lock:
            self.requests.append(request)
            failure = self._failures[0] if self._failures else None
            if failure is not None:
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.popleft()
        if failure is not None:
            return Response(failure.status, failure.body, dict(failure.headers))
        try:
            if not request.path.startswith(API_PREFIX + "/"):
                raise not_found(f"no route for {request.path}")
            route_path = request.path[len(API_PREFIX) :]
            if self.require_signatures and (
                route_path.startswith("/portfolio/") or route_path == "/portfolio" or HEADER_KEY in request.headers
            ):
                with self._state.lock:
                    keys = dict(self._state.keys)
                verify_request(keys, request, now_ms=int(time.time() * 1000))
            handler, params = self._router.resolve(request.method, route_path)
            return handler(request, params)
        except ApiError as error:
            return error.to_response()
        except Exception as error:  # a bug in the fake: answer 500 rather than drop the connection
            details = f"{type(error).__name__}: {error}"
            return Response(500, error_body("internal_server_error", "the fake exchange failed", details))


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, exchange: FakeExchange) -> None:
        self.exchange = exchange
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _RequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would resolve the host name (getfqdn), which can stall offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.socket.getsockname()[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def track(self, connection: socket.socket, active: bool) -> None:
        with self._connections_lock:
            if active:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Shut down kept-alive client connections so no request is served after stop()."""
        with self._connections_lock:
            connections = list(self._connections)
            self._connections.clear()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-request are routine in tests; anything else is still reported.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "KalshiFakeExchange/0.1"

    def setup(self) -> None:
        super().setup()
        # Headers and body go out as separate writes; without this, Nagle + delayed ACK add ~40 ms per response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        cast(_HTTPServer, self.server).track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            cast(_HTTPServer, self.server).track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the per-request access log."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer requests the stdlib rejects before routing (malformed, unsupported method) with JSON."""
        payload = Response(code, default_error_body(code)).encode()
        self.send_response(code, message)
        self.send_header("Content-Type", "application/json")
        self.send_header("Connection", "close")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(payload)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _handle(self) -> None:
        body = self._read_body()
        split = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command.upper(),
            path=split.path,
            query=parse_qsl(split.query, keep_blank_values=True),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        response = cast(_HTTPServer, self.server).exchange._dispatch(request)
        payload = response.encode()
        self.send_response(response.status)
        header_names = {name.lower() for name in response.headers}
        if "content-type" not in header_names:
            self.send_header("Content-Type", "application/json")
        for name, value in response.headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # skip trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""
