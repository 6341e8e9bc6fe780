"""A small Kalshi-like HTTP server on 127.0.0.1 that misbehaves on request, for reliability tests.

It writes its own HTTP/1.1 by hand (asyncio streams in a background thread), so a test can ask for
things a well-behaved server never does: close the connection half-way through a body, send
truncated JSON with a matching Content-Length, answer after the client's timeout, send an HTML
error page or an empty 200.

Run as `python -m tests.fault_server`, it serves from its own process (so a load test measures the
client, not a server sharing its GIL): it prints its port, serves until its stdin closes, and
answers GET /_control/stats with its arrival times and connection counts.

It serves just enough of the API for the tests: the exchange status, a paginated milestone list,
and orders (create, list, get, cancel). Order creates are counted per client_order_id, and a
repeated id is answered 409 the way the exchange de-duplicates, so a test can prove that no order
was ever placed twice. When given a public key it verifies every signed request, and it keeps the
signature headers of each one, so a test can check that retries are signed afresh.

    with FaultServer() as server:
        server.inject(Fault.status(503), count=2)       # the next two requests fail
        ... client pointed at server.base_url ...
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import dataclasses
import json
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from kalshi_sdk import RetryPolicy
from kalshi_sdk._operations import RequestSpec, build_request_spec

PREFIX = "/trade-api/v2"
STATS_PATH = "/_control/stats"
SIGNED_HEADERS = ("kalshi-access-key", "kalshi-access-timestamp", "kalshi-access-signature")


@dataclass(frozen=True)
class Fault:
    """One misbehaviour, applied to one request.

    `handle_first` runs the real handler before misbehaving, so a create takes effect and the
    client still sees a failure: the case where a retry could double an order.
    """

    kind: str
    status: int = 200
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json"
    delay: float = 0.0
    handle_first: bool = False

    @classmethod
    def status_error(cls, status: int, *, retry_after: str | None = None, handle_first: bool = False) -> Fault:
        """An error status with a Kalshi-style JSON body (and a Retry-After header when given)."""
        headers = (("Retry-After", retry_after),) if retry_after is not None else ()
        return cls(f"http_{status}", status=status, headers=headers, handle_first=handle_first)

    @classmethod
    def slow(cls, at_most: float = 30.0) -> Fault:
        """The normal answer, held back until the client has given up and hung up (its timeout fired), or
        `at_most` seconds; the real handler runs only then. Waiting on the hang-up rather than for a fixed
        time keeps the outcome free of timing: the answer always comes after the client's timeout."""
        return cls("slow", delay=at_most)

    @classmethod
    def close_mid_body(cls) -> Fault:
        """The normal status and headers, half the body, then the connection closes."""
        return cls("close_mid_body", handle_first=True)

    @classmethod
    def truncated_json(cls) -> Fault:
        """A complete 200 response whose JSON body is cut in half (Content-Length matches)."""
        return cls("truncated_json", handle_first=True)

    @classmethod
    def html_page(cls, status: int = 502) -> Fault:
        """An HTML error page such as a proxy in front of the exchange sends."""
        page = (
            f"<html><head><title>{status} {HTTPStatus(status).phrase}</title></head>"
            f"<body><h1>{HTTPStatus(status).phrase}</h1><p>upstream unavailable</p></body></html>"
        ).encode()
        return cls(f"html_{status}", status=status, body=page, content_type="text/html")

    @classmethod
    def empty_200(cls, *, handle_first: bool = False) -> Fault:
        """A 200 with no body at all."""
        return cls("empty_200", status=200, body=b"", handle_first=handle_first)


@dataclass
class _Queued:
    fault: Fault
    remaining: int
    method: str | None
    path: str | None


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    at: float
    fault: str | None = None

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class _Answer:
    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str = "application/json"


def _json(status: int, payload: Any) -> _Answer:
    return _Answer(status, json.dumps(payload, separators=(",", ":")).encode())


def _error(status: int, code: str, message: str) -> _Answer:
    return _json(status, {"error": {"code": code, "message": message}})


class FaultServer:
    """The server. Start it with `with FaultServer() as server:` (or start()/stop())."""

    def __init__(self, *, milestones: int = 0, public_key_pem: bytes | None = None, key_id: str | None = None) -> None:
        self._lock = threading.Lock()
        self._faults: list[_Queued] = []
        self.requests: list[Received] = []
        self.orders: dict[str, dict[str, Any]] = {}
        self._order_ids: dict[str, str] = {}
        self.creates: Counter[str] = Counter()
        self.open_connections = 0
        self.connections_opened = 0
        self.most_open = 0  # the most connections open at one time
        self.faults_applied: Counter[str] = Counter()
        self._milestones = [_milestone(index) for index in range(milestones)]
        self._public_key = serialization.load_pem_public_key(public_key_pem) if public_key_pem else None
        self._key_id = key_id
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="fault-server", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fault server did not start")

    def _run(self, ready: threading.Event) -> None:
        loop = self._loop = asyncio.new_event_loop()
        self._server = loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0, backlog=512))
        self.port = self._server.sockets[0].getsockname()[1]
        ready.set()
        loop.run_forever()
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shut() -> None:
            assert self._server is not None
            self._server.close()
            handlers = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in handlers:
                task.cancel()
            await asyncio.gather(*handlers, return_exceptions=True)
            await self._server.wait_closed()
            loop.stop()

        asyncio.run_coroutine_threadsafe(shut(), loop)
        thread.join(10)
        self._loop = self._thread = None

    def __enter__(self) -> FaultServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    # -- control -----------------------------------------------------------------------------

    def inject(self, fault: Fault, *, count: int = 1, method: str | None = None, path: str | None = None) -> None:
        """Apply `fault` to the next `count` requests (matching `method` and a path starting with `path`)."""
        with self._lock:
            self._faults.append(_Queued(fault, count, method, path and PREFIX + path))

    def pending_faults(self) -> int:
        with self._lock:
            return sum(queued.remaining for queued in self._faults)

    def wait_until_idle(self, timeout: float = 5.0) -> bool:
        """Wait for every client connection to be closed; whether that happened in time."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.open_connections == 0:
                return True
            time.sleep(0.01)
        return self.open_connections == 0

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for queued in self._faults:
                if (queued.method is None or queued.method == method) and (
                    queued.path is None or path.startswith(queued.path)
                ):
                    queued.remaining -= 1
                    if queued.remaining <= 0:
                        self._faults.remove(queued)
                    self.faults_applied[queued.fault.kind] += 1
                    return queued.fault
        return None

    # -- HTTP --------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.CancelledError):  # stop() cancels handlers; that is their normal end
            await self._converse(reader, writer)

    async def _converse(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.open_connections += 1
        self.connections_opened += 1
        self.most_open = max(self.most_open, self.open_connections)
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length") or 0)
                body = await reader.readexactly(length) if length else b""
                split = urlsplit(target)
                received = Received(method, split.path, dict(parse_qsl(split.query)), headers, body, time.monotonic())
                with self._lock:
                    self.requests.append(received)
                if not await self._respond(reader, writer, received):
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self.open_connections -= 1
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _respond(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, received: Received) -> bool:
        """Answer one request; False when the connection is to be closed."""
        fault = self._take_fault(received.method, received.path)
        received.fault = fault.kind if fault else None
        if fault is not None and fault.kind == "slow":
            with contextlib.suppress(asyncio.TimeoutError, ConnectionError):
                await asyncio.wait_for(reader.read(1), fault.delay)  # b"": the client hung up
        elif fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        answer = self._handle(received) if fault is None or fault.handle_first or fault.kind == "slow" else None
        if fault is None or fault.kind == "slow":
            assert answer is not None
            return await self._write(writer, answer)
        if fault.kind == "close_mid_body":
            assert answer is not None
            head = self._head(answer.status, answer.content_type, len(answer.body), answer.headers)
            writer.write(head + answer.body[: len(answer.body) // 2])
            await writer.drain()
            return False
        if fault.kind == "truncated_json":
            assert answer is not None
            return await self._write(writer, _Answer(200, answer.body[: len(answer.body) // 2]))
        body = fault.body
        if body is None:
            phrase = HTTPStatus(fault.status).phrase
            body = json.dumps({"error": {"code": phrase.lower().replace(" ", "_"), "message": phrase}}).encode()
        return await self._write(writer, _Answer(fault.status, body, list(fault.headers), fault.content_type))

    @staticmethod
    def _head(status: int, content_type: str, length: int, headers: list[tuple[str, str]]) -> bytes:
        lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", f"Content-Type: {content_type}"]
        lines += [f"{name}: {value}" for name, value in headers]
        lines.append(f"Content-Length: {length}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def _write(self, writer: asyncio.StreamWriter, answer: _Answer) -> bool:
        writer.write(self._head(answer.status, answer.content_type, len(answer.body), answer.headers) + answer.body)
        try:
            await writer.drain()
        except ConnectionError:
            return False
        return True

    # -- the API -----------------------------------------------------------------------------

    def _handle(self, received: Received) -> _Answer:
        if received.path == STATS_PATH:
            return _json(200, self._stats())
        path = received.path[len(PREFIX) :] if received.path.startswith(PREFIX + "/") else None
        if path is None:
            return _error(404, "not_found", "no such route")
        if path.startswith("/portfolio"):
            problem = self._check_signature(received)
            if problem is not None:
                return _error(401, "authentication_error", problem)
        method = received.method
        if method == "GET" and path == "/exchange/status":
            return _json(200, {"exchange_active": True, "trading_active": True})
        if method == "GET" and path == "/milestones":
            return self._milestone_page(received.query)
        if method == "POST" and path == "/portfolio/events/orders":
            return self._create_order(received.json() or {})
        if method == "GET" and path == "/portfolio/orders":
            with self._lock:
                orders = [o for o in self.orders.values() if received.query.get("ticker") in (None, o["ticker"])]
            return _json(200, {"orders": orders, "cursor": ""})
        if path.startswith("/portfolio/orders/") and method == "GET":
            order = self.orders.get(path.rsplit("/", 1)[1])
            return _json(200, {"order": order}) if order else _error(404, "not_found", "no such order")
        if path.startswith("/portfolio/events/orders/") and method == "DELETE":
            return self._cancel_order(path.rsplit("/", 1)[1])
        return _error(404, "not_found", f"no route for {method} {path}")

    def order_id_of(self, client_order_id: str) -> str | None:
        """The exchange's id of the order placed with this client_order_id, if any."""
        with self._lock:
            return self._order_ids.get(client_order_id)

    def _stats(self) -> dict[str, Any]:
        """What a test in another process needs to know; the connection asking is not counted."""
        with self._lock:
            api_requests = [request for request in self.requests if request.path != STATS_PATH]
        return {
            "arrivals": [request.at for request in api_requests],
            "faults": [request.fault for request in api_requests],
            "open_connections": self.open_connections - 1,
            "connections_opened": self.connections_opened - 1,
            "most_open": self.most_open,
        }

    def _check_signature(self, received: Received) -> str | None:
        if self._public_key is None:
            return None
        key_id, timestamp, signature = (received.headers.get(name) for name in SIGNED_HEADERS)
        if not key_id or not timestamp or not signature:
            return "missing signature headers"
        if key_id != self._key_id:
            return "unknown key"
        message = f"{timestamp}{received.method}{received.path}".encode()
        assert isinstance(self._public_key, RSAPublicKey)
        try:
            self._public_key.verify(
                base64.b64decode(signature),
                message,
                padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
                hashes.SHA256(),
            )
        except (InvalidSignature, ValueError):
            return "signature does not verify"
        return None

    def _milestone_page(self, query: dict[str, str]) -> _Answer:
        start = int(query.get("cursor") or 0)
        limit = int(query.get("limit") or 100)
        page = self._milestones[start : start + limit]
        after = start + len(page)
        return _json(200, {"milestones": page, "cursor": str(after) if after < len(self._milestones) else ""})

    def _create_order(self, body: dict[str, Any]) -> _Answer:
        client_order_id = body.get("client_order_id")
        with self._lock:
            if client_order_id in self._order_ids:
                return _error(409, "order_already_exists", "an order with this client_order_id exists")
            order_id = str(uuid.uuid4())
            if client_order_id:
                self.creates[client_order_id] += 1
                self._order_ids[client_order_id] = order_id
            self.orders[order_id] = order = {
                "order_id": order_id,
                "client_order_id": client_order_id or "",
                "ticker": body.get("ticker", ""),
                "side": body.get("side", ""),
                "status": "resting",
                "fill_count": "0.00",
                "remaining_count": body.get("count", "0"),
                "ts_ms": int(time.time() * 1000),
            }
        return _json(201, {key: order[key] for key in ("order_id", "client_order_id", "fill_count",
                                                        "remaining_count", "ts_ms")})

    def _cancel_order(self, order_id: str) -> _Answer:
        with self._lock:
            order = self.orders.get(order_id)
            if order is None or order["status"] == "canceled":
                return _error(404, "not_found", "no such resting order")
            order["status"] = "canceled"
        return _json(200, {"order_id": order_id, "client_order_id": order["client_order_id"],
                           "reduced_by": order["remaining_count"], "ts_ms": int(time.time() * 1000)})


def _milestone(index: int) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-8000-{index:012d}",
        "category": "Sports",
        "type": "basketball_game",
        "title": f"Game {index}",
        "start_date": "2026-01-01T00:00:00Z",
        "related_event_tickers": [],
        "primary_event_tickers": [],
        "details": {},
        "last_updated_ts": "2026-01-01T00:00:00Z",
    }


# -- shared by the reliability tests ---------------------------------------------------------

# The arguments of an order create (client.orders.create(**ORDER, client_order_id=...)).
ORDER: dict[str, Any] = {"ticker": "KXTEST-26JAN01-T1", "side": "bid", "count": "1", "price": "0.5"}

# Retries with waits of a few milliseconds, so the tests stay quick.
FAST_RETRIES = RetryPolicy(max_retries=3, backoff_base=0.005, backoff_cap=0.02, retry_after_cap=0.05)


def client_options(server: FaultServer, private_pem: bytes, key_id: str, **overrides: Any) -> dict[str, Any]:
    """A client's options for `server`: signed with the key, quick retries, no rate limit (unless overridden)."""
    options = {"base_url": server.base_url, "api_key_id": key_id, "private_key": private_pem}
    return {**options, "retry_policy": FAST_RETRIES, "rate_limit": None, **overrides}


def order_spec(client_order_id: str, *, ticker: str = "KXTEST-26JAN01-T1") -> RequestSpec:
    """An order create as `orders.create` sends it: retry-safe, since it carries a client_order_id."""
    from kalshi_api.models import (
        BookSide,
        CreateOrderV2Request,
        CreateOrderV2RequestTimeInForce,
        SelfTradePreventionType,
    )

    body = CreateOrderV2Request(
        ticker=ticker,
        client_order_id=client_order_id,
        side=BookSide.BID,
        count=Decimal("1.00"),
        price=Decimal("0.5000"),
        time_in_force=CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
        self_trade_prevention_type=SelfTradePreventionType.TAKER_AT_CROSS,
    )
    return dataclasses.replace(build_request_spec("create_order_v2", body=body), retry_safe=True)


if __name__ == "__main__":
    import sys

    with FaultServer() as served:
        print(served.port, flush=True)
        sys.stdin.read()  # serve until the parent closes our stdin
