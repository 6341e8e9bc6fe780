"""The fake exchange's WebSocket endpoint: Kalshi's streaming API (AsyncAPI 2.0.0) on 127.0.0.1.

A real ``websockets`` server runs an asyncio loop in a background thread. It starts the first
time :attr:`FakeExchange.ws_url` is read and stops with the exchange. The protocol itself
(commands, subscriptions, sequence numbers, message shapes, fault rules) lives in the sans-IO
module ``_ws_hub``; this module only moves frames between that hub and the sockets.

Public API (all on :class:`~kalshi_sdk.testing.FakeExchange`)::

    exchange = FakeExchange(ws_ping_interval=10.0,   # heartbeat pings; None turns them off
                            ws_buffer_limit=None)    # frames waiting before a slow reader gets error 25
    exchange.ws_url                  # "ws://127.0.0.1:PORT/trade-api/ws/v2" (starts the server)
    exchange.ws_publish(channel, msg, *, type=None, market_ticker=None, user_id=None) -> int
        # push one message to every matching subscription of ``channel`` (frames sent);
        # ``type`` defaults to the channel's message type, ``seq`` is added on sequenced channels
    exchange.ws_send_raw(frame) -> int   # a dict (JSON-encoded) or str, exactly as given, to every
                                         # connection, queued behind earlier frames (no sending_ts_ms)
    exchange.ws_subscriptions() -> list[dict]   # {"user_id", "channel", "sid", "market_tickers"}

    faults = exchange.ws_faults      # WebSocketFaults
    faults.drop_connections(*, abrupt=True) -> int     # close every open connection now
    faults.skip_seq(*, channel=None, sid=None, count=1, drop_frame=False)
        # the next sequenced frame of a matching subscription jumps its seq by ``count``
        # (drop_frame=True: the next ``count`` such frames are lost instead, a true gap)
    faults.duplicate_next(*, channel=None, sid=None, count=1)  # next matching frames sent twice
    faults.pending, faults.clear_pending()   # frame faults still waiting for a frame / forget them
    faults.overflow(*, channel=None, sid=None, close_connection=True) -> int
        # error 25 "Subscription buffer overflow" on matching subscriptions now, then close
    faults.hold_acks() / faults.release_acks()   # commands wait (unanswered) until released
    faults.delay_acks(seconds)                   # every command waits this long before handling
    faults.refuse_handshakes(count=1, status=503) # next handshakes refused (maintenance window)
    faults.frames_sent, faults.faults_injected, faults.injected (dict: count by fault kind),
    faults.connections_opened, faults.open_connections, faults.handshakes_refused,
    faults.pings_sent, faults.pongs_received, faults.commands_received, faults.commands_handled,
    faults.slow_readers_cut
    faults.wait_until(lambda f: f.open_connections == 1, timeout=5.0) -> None  # TimeoutError

Protocol as served: the handshake must be signed like REST (KALSHI-ACCESS-KEY / -TIMESTAMP /
-SIGNATURE over ``timestamp_ms + "GET" + "/trade-api/ws/v2"``) by a key registered with the
exchange, else HTTP 401 (with ``require_signatures=False`` unsigned handshakes act for the
default account). Heartbeat pings carry ``heartbeat``; a connection whose pong does not come
within the interval is closed (1011). permessage-deflate is negotiated when the client offers it.
Every frame the hub sends carries a top-level ``sending_ts_ms``. Each subscription keeps one
``seq`` counter: data frames of sequenced channels (orderbook_delta, trade, lifecycle,
communications, order_group_updates, cfbenchmarks, pyth), the subscription's ``ok`` and
``unsubscribed`` replies, and its errors on sequenced channels take the next number; ``ticker``,
``fill``, ``market_position`` and ``user_order`` frames carry none.

The matching engine drives ``orderbook_snapshot``/``orderbook_delta`` (net change per price level
after each order change), ``trade``, ``ticker`` (when a field changes), and, to the connections of
the account that owns the order, ``fill``, ``user_order`` and ``market_position``; a new market
(``add_market``) is announced on ``market_lifecycle_v2``. The fake has no order groups, RFQs or
index feeds: those channels answer their commands and carry what :meth:`ws_publish` sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._auth import HEADER_KEY, verify_request
from ._http import ApiError, RecordedRequest
from ._state import DEFAULT_USER_ID
from ._ws_hub import CHANNELS, Frame, Hub, Session, Stats, _Rule, now_ms

if TYPE_CHECKING:
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.http11 import Request, Response

__all__ = ["WS_PATH", "WebSocketFaults", "WebSocketServer"]

WS_PATH = "/trade-api/ws/v2"
# Kalshi allows frames up to 64 MiB; commands are tiny, but accept what the real server would.
MAX_FRAME_BYTES = 64 * 1024 * 1024
HEARTBEAT = b"heartbeat"
# Frames a writer takes from its queue at a time (counted together, then written).
WRITE_BATCH = 64


def _encode(frame: Frame) -> str:
    return json.dumps({**frame, "sending_ts_ms": now_ms()}, separators=(",", ":"))


def _import_websockets() -> Any:
    try:
        import websockets.asyncio.server
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the fake exchange's WebSocket endpoint needs the 'websockets' package: pip install websockets"
        ) from None
    return websockets.asyncio.server


class WebSocketFaults:
    """Fault injection and counters for the fake exchange's WebSocket endpoint (``exchange.ws_faults``).

    Faults that act on frames (:meth:`skip_seq`, :meth:`duplicate_next`) wait for the next
    matching data frame of any connection; the others act at once. Every fault actually applied
    is counted in :attr:`injected` by kind (``drop``, ``skip_seq``, ``duplicate``, ``overflow``,
    ``refuse_handshake``, ``slow_ack``) and in :attr:`faults_injected`.
    """

    def __init__(self, server: WebSocketServer) -> None:
        self._server = server
        self._hub = server.hub
        self._stats: Stats = server.hub.stats

    # -- faults --------------------------------------------------------------------------------

    def drop_connections(self, *, abrupt: bool = True) -> int:
        """Close every open connection now; returns how many.

        ``abrupt=True`` cuts the TCP connection with no close frame (a network failure);
        False sends close code 1001 (going away) first.
        """
        return self._server.drop_connections(abrupt=abrupt)

    def skip_seq(
        self, *, channel: str | None = None, sid: int | None = None, count: int = 1, drop_frame: bool = False
    ) -> None:
        """Make the next sequenced data frame of a matching subscription jump ``count`` seq numbers.

        With ``drop_frame=True`` the next ``count`` matching frames are lost instead: never sent,
        their numbers never seen (a real gap: the data is gone too).
        """
        self._check(channel, count)
        if channel is not None and not CHANNELS[channel].sequenced:
            raise ValueError(f"channel {channel!r} carries no seq; the sequenced channels are {_sequenced()}")
        if drop_frame:
            self._hub.add_rule(_Rule("skip_seq", channel, sid, count, drop_frame=True))
        else:
            self._hub.add_rule(_Rule("skip_seq", channel, sid, 1, amount=count))

    def duplicate_next(self, *, channel: str | None = None, sid: int | None = None, count: int = 1) -> None:
        """Send each of the next ``count`` data frames of matching subscriptions twice (same seq)."""
        self._check(channel, count)
        self._hub.add_rule(_Rule("duplicate", channel, sid, count))

    def overflow(self, *, channel: str | None = None, sid: int | None = None, close_connection: bool = True) -> int:
        """Send error 25 (subscription buffer overflow) on every matching subscription now.

        The subscriptions end; with ``close_connection`` their connections close after the error
        frame (code 1008). Returns how many subscriptions were cut.
        """
        self._check(channel, 1)
        return self._hub.overflow(channel, sid, close_connection)

    @property
    def pending(self) -> int:
        """Frame faults (skip_seq, duplicate_next) still waiting for a matching frame."""
        return self._hub.pending_rules()

    def clear_pending(self) -> int:
        """Forget the frame faults still waiting; returns how many there were."""
        return self._hub.pending_rules(clear=True)

    def hold_acks(self) -> None:
        """Stop handling commands: each waits, unanswered, until :meth:`release_acks`."""
        self._server.set_ack_gate(held=True)

    def release_acks(self) -> None:
        """Handle the held commands (in arrival order) and stop holding new ones."""
        self._server.set_ack_gate(held=False)

    def delay_acks(self, seconds: float) -> None:
        """Wait ``seconds`` before handling each command (0 turns the delay off)."""
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds!r}")
        self._server.ack_delay = seconds

    def refuse_handshakes(self, count: int = 1, *, status: int = 503) -> None:
        """Refuse the next ``count`` handshakes with HTTP ``status`` (Kalshi's maintenance window)."""
        if count < 1:
            raise ValueError(f"count must be at least 1, got {count!r}")
        if not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status (4xx or 5xx), got {status!r}")
        with self._stats.condition:
            self._server.refusals.extend([status] * count)

    @staticmethod
    def _check(channel: str | None, count: int) -> None:
        if channel is not None and channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}; the channels are {', '.join(CHANNELS)}")
        if count < 1:
            raise ValueError(f"count must be at least 1, got {count!r}")

    # -- counters ------------------------------------------------------------------------------

    @property
    def frames_sent(self) -> int:
        """Text frames handed to the socket for clients (a duplicated frame counts twice)."""
        return self._stats.frames_sent

    @property
    def injected(self) -> dict[str, int]:
        """Faults applied so far, by kind."""
        with self._stats.condition:
            return dict(self._stats.injected)

    @property
    def faults_injected(self) -> int:
        """Faults applied so far, all kinds together."""
        with self._stats.condition:
            return sum(self._stats.injected.values())

    @property
    def connections_opened(self) -> int:
        """Handshakes accepted since the server started."""
        return self._stats.connections_opened

    @property
    def open_connections(self) -> int:
        """Connections open right now."""
        return self._stats.open_connections

    @property
    def handshakes_refused(self) -> int:
        """Handshakes refused (bad signature, wrong path, or :meth:`refuse_handshakes`)."""
        return self._stats.handshakes_refused

    @property
    def pings_sent(self) -> int:
        """Heartbeat pings sent."""
        return self._stats.pings_sent

    @property
    def pongs_received(self) -> int:
        """Pongs received for heartbeat pings."""
        return self._stats.pongs_received

    @property
    def slow_readers_cut(self) -> int:
        """Connections cut off with error 25 because ``ws_buffer_limit`` frames were waiting."""
        return self._stats.slow_readers_cut

    @property
    def commands_received(self) -> int:
        """Command frames received (handled or not yet)."""
        return self._stats.commands_received

    @property
    def commands_handled(self) -> int:
        """Command frames handled (answered, or refused with an error frame)."""
        return self._stats.commands_handled

    def wait_until(self, condition: Callable[[WebSocketFaults], bool], timeout: float = 5.0) -> None:
        """Block until ``condition(self)`` holds; TimeoutError after ``timeout``.

        The condition is checked again on every counter change (each command handled included),
        so ``lambda f: len(exchange.ws_subscriptions()) == 2`` works too.
        """
        with self._stats.condition:
            if not self._stats.condition.wait_for(lambda: condition(self), timeout):
                raise TimeoutError(f"WebSocket condition not met within {timeout} s")


def _sequenced() -> str:
    return ", ".join(name for name, channel in CHANNELS.items() if channel.sequenced)


class _Close:
    """Queued after the last frame a connection must send before it closes."""

    def __init__(self, code: int, reason: str) -> None:
        self.code, self.reason = code, reason


class _Outbox:
    """One connection's queue of frames, filled under the exchange's lock and emptied by its writer task."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.items: deque[Frame | str | _Close] = deque()  # str: a raw frame, sent as it is
        self.wake = asyncio.Event()
        self.wake_pending = False  # a wake-up is on its way: a burst costs the loop one, not one per frame
        self._loop = loop

    def push(self, frame: Frame | str) -> int:
        self.items.append(frame)
        if not self.wake_pending:
            self._notify()
        return len(self.items)

    def close(self, *, discard: bool = False, last: Frame | None = None) -> None:
        if discard:
            self.items.clear()
        if last is not None:
            self.items.append(last)
        self.items.append(_Close(1008, "subscription buffer overflow"))
        self._notify()

    def _notify(self) -> None:
        self.wake_pending = True
        with contextlib.suppress(RuntimeError):  # the loop is closing
            self._loop.call_soon_threadsafe(self.wake.set)


class WebSocketServer:
    """A ``websockets`` asyncio server in its own thread, moving frames between sockets and the hub."""

    def __init__(
        self,
        hub: Hub,
        *,
        require_signatures: Callable[[], bool],
        ping_interval: float | None,
    ) -> None:
        self.hub = hub
        self._require_signatures = require_signatures
        self.ping_interval = ping_interval
        self.ack_delay = 0.0
        self.refusals: deque[int] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self._acks_open: asyncio.Event | None = None
        self._connections: dict[Any, _Outbox] = {}
        # Sessions opened by an accepted handshake, until their handler takes them over.
        self._opening: dict[Any, tuple[Session, _Outbox]] = {}
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Bind a free port on 127.0.0.1 and serve from a daemon thread (returns once listening)."""
        if self._thread is not None:
            return
        _import_websockets()
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve(ready))
            except BaseException as error:  # reported to start() when it happens before ready
                failure.append(error)
                ready.set()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        thread = threading.Thread(target=run, name="kalshi-fake-exchange-ws", daemon=True)
        self._loop, self._thread = loop, thread
        thread.start()
        ready.wait()
        if failure:
            self._loop = self._thread = None
            raise RuntimeError("the fake exchange's WebSocket server failed to start") from failure[0]

    def stop(self) -> None:
        """Close every connection and the listening socket, then end the thread (no-op if stopped)."""
        loop, thread, stopping = self._loop, self._thread, self._stopping
        if loop is None or thread is None:
            return
        self._loop = self._thread = None
        if stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout=10)

    async def _serve(self, ready: threading.Event) -> None:
        server_module = _import_websockets()
        self._stopping = asyncio.Event()
        self._acks_open = asyncio.Event()
        self._acks_open.set()
        server: Server = await server_module.serve(
            self._handle,
            "127.0.0.1",
            0,
            process_request=self._process_request,
            process_response=self._process_response,
            ping_interval=None,  # heartbeats are sent by _heartbeat, with Kalshi's payload
            max_size=MAX_FRAME_BYTES,
            compression="deflate",  # permessage-deflate, when the client offers it
            close_timeout=2,
        )
        self.port = int(next(iter(server.sockets)).getsockname()[1])
        ready.set()
        try:
            await self._stopping.wait()
        finally:
            server.close()
            await server.wait_closed()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    # -- handshake -----------------------------------------------------------------------------

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        stats = self.hub.stats
        if urlsplit(request.path).path != WS_PATH:
            stats.bump("handshakes_refused")
            return connection.respond(404, f"no WebSocket endpoint here; connect to {WS_PATH}\n")
        with stats.condition:
            refusal = self.refusals.popleft() if self.refusals else None
        if refusal is not None:
            stats.bump("handshakes_refused")
            stats.fault("refuse_handshake")
            return connection.respond(refusal, "the exchange is unavailable (maintenance)\n")
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        user_id = DEFAULT_USER_ID
        if self._require_signatures() or HEADER_KEY in headers:
            state = self.hub.state
            with state.lock:
                keys = dict(state.keys)
            signed = RecordedRequest(method="GET", path=WS_PATH, query=[], headers=headers, body=b"")
            try:
                key_id = verify_request(keys, signed, now_ms=int(time.time() * 1000))
            except ApiError as error:
                stats.bump("handshakes_refused")
                return connection.respond(401, f"{error.code}: {error.message}\n")
            with state.lock:
                user_id = state.key_users.get(key_id, DEFAULT_USER_ID)
        # The session opens now, so frames published once connect() returns are not missed.
        outbox = _Outbox(asyncio.get_running_loop())
        self._opening[connection] = (self.hub.open_session(user_id, outbox), outbox)
        stats.bump("connections_opened")
        stats.bump("open_connections")
        return None

    def _process_response(self, connection: ServerConnection, request: Request, response: Response) -> None:
        opening = self._opening.get(connection)
        if opening is not None and response.status_code != 101:  # the handshake failed after all
            del self._opening[connection]
            self.hub.close_session(opening[0])
            self.hub.stats.bump("open_connections", -1)

    # -- connections ---------------------------------------------------------------------------

    async def _handle(self, connection: ServerConnection) -> None:
        session, outbox = self._opening.pop(connection)
        self._connections[connection] = outbox
        stats = self.hub.stats
        writer = asyncio.create_task(self._write(connection, outbox))
        heartbeat = asyncio.create_task(self._heartbeat(connection)) if self.ping_interval else None
        try:
            async for message in connection:
                stats.bump("commands_received")
                await self._wait_for_ack_gate()
                with self.hub.state.lock:
                    session.handle(message)
                    stats.bump("commands_handled")
        except Exception:  # the connection broke; the finally block cleans up
            pass
        finally:
            self.hub.close_session(session)
            self._connections.pop(connection, None)
            for task in (writer, heartbeat):
                if task is not None:
                    task.cancel()
            await asyncio.gather(*(t for t in (writer, heartbeat) if t is not None), return_exceptions=True)
            stats.bump("open_connections", -1)

    async def _write(self, connection: ServerConnection, outbox: _Outbox) -> None:
        stats = self.hub.stats
        try:
            while True:
                await outbox.wake.wait()
                outbox.wake.clear()
                outbox.wake_pending = False  # frames pushed from now on wake the writer again
                while outbox.items:
                    batch: list[str] = []
                    closing: _Close | None = None
                    while outbox.items and len(batch) < WRITE_BATCH:
                        item = outbox.items.popleft()
                        if isinstance(item, _Close):
                            closing = item
                            break
                        batch.append(item if isinstance(item, str) else _encode(item))
                    # Counted first, so a client holding a frame always finds it counted.
                    stats.bump("frames_sent", len(batch))
                    for text in batch:
                        await connection.send(text)
                    if closing is not None:
                        await connection.close(closing.code, closing.reason)
                        return
        except Exception:  # the connection closed under us: the reader ends the session
            return

    async def _heartbeat(self, connection: ServerConnection) -> None:
        interval = self.ping_interval or 0.0
        stats = self.hub.stats
        while True:
            await asyncio.sleep(interval)
            try:
                pong = await connection.ping(HEARTBEAT)
            except Exception:
                return
            stats.bump("pings_sent")
            try:
                await asyncio.wait_for(pong, timeout=interval)
            except asyncio.TimeoutError:
                await connection.close(1011, "heartbeat timeout")
                return
            except Exception:
                return
            stats.bump("pongs_received")

    async def _wait_for_ack_gate(self) -> None:
        gate = self._acks_open
        held = gate is not None and not gate.is_set()
        if self.ack_delay > 0 or held:
            self.hub.stats.fault("slow_ack")
        if gate is not None:
            await gate.wait()
        if self.ack_delay > 0:
            await asyncio.sleep(self.ack_delay)

    def set_ack_gate(self, *, held: bool) -> None:
        loop, gate = self._require_running()
        loop.call_soon_threadsafe(gate.clear if held else gate.set)
        self._call(self._noop)  # wait until the loop applied it

    async def _noop(self) -> None:
        return None

    # -- faults acting on connections ----------------------------------------------------------

    def drop_connections(self, *, abrupt: bool) -> int:
        async def drop() -> int:
            connections = list(self._connections)
            for connection in connections:
                if abrupt:
                    connection.transport.abort()
                else:
                    await connection.close(1001, "going away")
            return len(connections)

        dropped = int(self._call(drop))
        for _ in range(dropped):
            self.hub.stats.fault("drop")
        return dropped

    def send_raw(self, frame: Frame | str) -> int:
        """Queue a frame, exactly as given, on every open connection; returns how many."""
        text = frame if isinstance(frame, str) else json.dumps(frame)
        with self.hub.state.lock:  # queued behind what the hub queued before, like any frame
            sessions = [s for s in self.hub.sessions if not s.closed]
            for session in sessions:
                session.outbox.push(text)
            return len(sessions)

    def _require_running(self) -> tuple[asyncio.AbstractEventLoop, asyncio.Event]:
        if self._loop is None or self._acks_open is None:
            raise RuntimeError("the WebSocket server is not running: read exchange.ws_url first")
        return self._loop, self._acks_open

    def _call(self, coroutine: Callable[[], Any]) -> Any:
        loop, _ = self._require_running()
        return asyncio.run_coroutine_threadsafe(coroutine(), loop).result(timeout=10)
