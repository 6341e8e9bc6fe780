"""`client.stream()`: one WebSocket connection carrying any number of channel subscriptions.

The protocol (commands, replies, sequence numbers, books, buffers) is `StreamProtocol`, which does
no I/O. `Stream` drives it from a reader thread over `websockets.sync.client`, `AsyncStream` from
a reader task over `websockets.asyncio.client`: they differ only in how they read, send and wait.
The reader never runs user code except registered callbacks, so a slow consumer cannot stall it;
each subscription buffers what its reader has not taken yet (see `SubscriptionState.policy`).

`websockets` is imported when a stream opens, never with the SDK.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from kalshi_api.streaming import Channel

from ._environments import resolve_ws_url
from ._exceptions import MissingCredentialsError, StreamConnectionError
from ._orderbook import Orderbook
from ._stream_protocol import (
    BOOK_CHANNEL,
    Command,
    Message,
    ReconnectPolicy,
    StreamEvent,
    StreamProtocol,
    SubscriptionState,
)

if TYPE_CHECKING:
    import asyncio

    from ._auth import KalshiAuth
    from ._client import AsyncKalshi, Kalshi

__all__ = [
    "AsyncStream",
    "AsyncSubscription",
    "Orderbooks",
    "ReconnectPolicy",
    "Stream",
    "StreamEvent",
    "Subscription",
]

log = logging.getLogger("kalshi_sdk.stream")

WS_PATH = "/trade-api/ws/v2"
# The largest frame Kalshi's server may send (a snapshot of a deep book).
MAX_FRAME_BYTES = 64 * 1024 * 1024
# Handshake answers that no retry will change: bad or unknown credentials.
_FATAL_STATUSES = frozenset({400, 401, 403, 404})
# The most frames the blocking reader takes in one go.
_BATCH = 256

ClientT = TypeVar("ClientT")
MessageT = TypeVar("MessageT")


class _RedactSignedHeaders(logging.Filter):
    """websockets logs the handshake's headers at DEBUG: keep the signature and timestamp out."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if record.msg == "> %s: %s" and isinstance(args, tuple) and str(args[0]).upper().startswith("KALSHI-ACCESS"):
            record.args = (args[0], "[redacted]")
        return True


_websockets_log = logging.getLogger("kalshi_sdk.stream.websockets")
_websockets_log.addFilter(_RedactSignedHeaders())


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _receive_safely(receive: Callable[[Any], None], data: Any) -> None:
    """Hand a frame to the protocol; a frame it cannot process is logged, and reading goes on."""
    try:
        receive(data)
    except Exception:
        log.exception("kalshi stream: a frame could not be processed and was skipped")


class _StreamBase(Generic[ClientT]):
    """What both streams share: settings, the handshake, the protocol state and the backfill."""

    def __init__(
        self,
        client: ClientT,
        auth: KalshiAuth | None,
        base_url: str,
        *,
        ws_url: str | None,
        compression: bool,
        buffer_size: int,
        reconnect: bool | ReconnectPolicy,
        backfill: bool,
        command_timeout: float,
        open_timeout: float,
    ) -> None:
        if auth is None:
            raise MissingCredentialsError(
                "the WebSocket API needs an API key even for public channels: pass api_key_id and "
                "private_key (or private_key_path), or set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH"
            )
        self._client = client
        self._auth = auth
        self.ws_url = resolve_ws_url(base_url, ws_url)
        self._compression = "deflate" if compression else None
        self._protocol = StreamProtocol(buffer_size=buffer_size)
        self._policy = reconnect if isinstance(reconnect, ReconnectPolicy) else ReconnectPolicy()
        self._reconnect = reconnect is not False
        self._backfill = backfill
        self._command_timeout = command_timeout
        self._open_timeout = open_timeout
        self._closing = False
        self._failure: Exception | None = None

    def __repr__(self) -> str:
        state = "closed" if self._closing else "connected" if self._protocol.connected else "connecting"
        return f"{type(self).__name__}({self.ws_url!r}, {state}, {len(self._protocol.subscriptions)} subscriptions)"

    @property
    def books(self) -> Mapping[str, Orderbook]:
        """Every local order book of this stream, by market ticker."""
        return self._protocol.books

    @property
    def reconnects(self) -> int:
        """How many times the connection dropped and was made again."""
        return self._protocol.reconnects

    @property
    def protocol(self) -> StreamProtocol:
        """The stream's protocol state (subscriptions, counters); read it, do not change it."""
        return self._protocol

    def on_event(self, callback: Callable[[StreamEvent], None]) -> None:
        """Call `callback(event)` on the reader for every event of every subscription."""
        self._protocol.event_callbacks.append(callback)

    def _connect_options(self) -> dict[str, Any]:
        # A fresh signature for every attempt: the server rejects stale timestamps.
        headers = self._auth.signed_headers("GET", WS_PATH)
        return {
            "additional_headers": headers,
            "compression": self._compression,
            "max_size": MAX_FRAME_BYTES,
            "open_timeout": self._open_timeout,
            "logger": _websockets_log,
        }

    def _connect_error(self, exc: Exception) -> tuple[bool, StreamConnectionError]:
        """Whether a failed connection attempt is worth repeating, and the error to report."""
        response = getattr(exc, "response", None)
        status = getattr(response, "status_code", None)
        if isinstance(status, int):
            message = f"the stream server at {self.ws_url} refused the handshake with HTTP {status}"
            return status not in _FATAL_STATUSES, StreamConnectionError(message)
        return True, StreamConnectionError(f"cannot connect to {self.ws_url}: {type(exc).__name__}: {exc}")

    def _since_seconds(self, sub: SubscriptionState) -> int:
        seen = sub.last_fill_ts_ms
        reference = seen if seen is not None else sub.started_ms if sub.started_ms is not None else _now_ms()
        return reference // 1000

    def _fill_frames(self, sub: SubscriptionState, fills: Iterable[Any]) -> list[dict[str, Any]]:
        """REST fills as `fill` frames of the stream (the fields both share keep their meaning)."""
        frames = []
        for fill in fills:
            data = fill.to_dict() if hasattr(fill, "to_dict") else dict(fill)
            msg = {key: data[key] for key in _BACKFILL_FIELDS if key in data}
            msg.setdefault("market_ticker", data.get("ticker"))
            if "ts_ms" not in msg and isinstance(data.get("ts"), int):
                msg["ts_ms"] = data["ts"] * 1000
            if "subaccount_number" in data:
                msg.setdefault("subaccount", data["subaccount_number"])
            frames.append({"type": "fill", "sid": sub.sid, "msg": msg, "backfilled": True})
        return frames

    def _subscribe_state(
        self, channel: str, params: dict[str, Any], buffer_size: int | None, backfill: bool | None
    ) -> SubscriptionState:
        sub = self._protocol.subscribe(
            channel, params, backfill=self._backfill if backfill is None else backfill, buffer_size=buffer_size
        )
        sub.started_ms = _now_ms()  # where a backfill starts when no fill was seen yet
        return sub


_BACKFILL_FIELDS = (
    "trade_id",
    "order_id",
    "client_order_id",
    "market_ticker",
    "exchange_index",
    "is_taker",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "purchased_side",
    "yes_price_dollars",
    "count_fp",
    "fee_cost",
    "ts",
    "ts_ms",
    "post_position_fp",
)


class _SubscriptionBase:
    """What both kinds of subscription share: its channel, markets, counters and callbacks."""

    def __init__(self, state: SubscriptionState) -> None:
        self._state = state

    def __repr__(self) -> str:
        return repr(self._state)

    @property
    def channel(self) -> str:
        return self._state.channel

    @property
    def sid(self) -> int | None:
        """The server's id for this subscription on the current connection (it changes on reconnect)."""
        return self._state.sid

    @property
    def markets(self) -> list[str]:
        """The markets this subscription covers (empty: every market the channel serves)."""
        return list(self._state.markets)

    @property
    def events(self) -> list[StreamEvent]:
        """The latest events of this subscription (resyncs, reconnects, backfills), oldest first."""
        return list(self._state.events)

    @property
    def pending(self) -> int:
        """Messages received and not read yet."""
        return len(self._state.buffer)

    @property
    def duplicates_dropped(self) -> int:
        return self._state.duplicates

    @property
    def dropped(self) -> int:
        """Messages a full latest-wins buffer let go (or a resync buffer replaced by a resync event)."""
        return self._state.dropped

    @property
    def error(self) -> Exception | None:
        return self._state.error

    def on_message(self, callback: Callable[[Message], None]) -> None:
        """Hand every message to `callback` on the reader instead of buffering it for iteration.

        Keep the callback quick: the stream reads nothing else while it runs.
        """
        self._state.callbacks.append(callback)

    def on_event(self, callback: Callable[[StreamEvent], None]) -> None:
        """Call `callback(event)` on the reader for each event of this subscription."""
        self._state.event_callbacks.append(callback)


class Orderbooks(Mapping[str, Orderbook]):
    """Live local order books by market ticker, kept by one `orderbook_delta` subscription."""

    def __init__(self, books: dict[str, Orderbook], subscription: Any) -> None:
        self._books = books
        self.subscription = subscription

    def __getitem__(self, ticker: str) -> Orderbook:
        return self._books[ticker]

    def __iter__(self) -> Iterator[str]:
        return iter(self._books)

    def __len__(self) -> int:
        return len(self._books)

    def __repr__(self) -> str:
        return f"Orderbooks({list(self._books.values())!r})"

    @property
    def consistent(self) -> bool:
        """True when every book is built from a snapshot the stream has seen since its last gap."""
        return all(book.consistent for book in self._books.values())


# The blocking stream ---------------------------------------------------------------------------


class Subscription(_SubscriptionBase, Generic[MessageT]):
    """One channel of a blocking `Stream`. Iterate it for messages; it stays valid across reconnects.

    Subscribed with a typed channel (`streaming.channels.FILL`), its messages are typed with the
    channel's models; with a channel's name, they are `Message`.
    """

    def __init__(self, stream: Stream, state: SubscriptionState) -> None:
        super().__init__(state)
        self._stream = stream

    def __iter__(self) -> Iterator[MessageT]:
        return self

    def __next__(self) -> MessageT:
        message = self._stream._next(self._state, None)
        if message is None:
            raise StopIteration
        return cast("MessageT", message)

    def get(self, timeout: float | None = None) -> MessageT | None:
        """The next message, waiting up to `timeout` seconds (None: as long as it takes); None when
        the time ran out or the subscription ended."""
        return cast("MessageT | None", self._stream._next(self._state, timeout))

    def add_markets(self, tickers: Iterable[str]) -> None:
        """Add markets to this subscription (books start with their snapshots)."""
        self._stream._command(lambda: self._stream._protocol.update_markets(self._state, "add_markets", tickers))

    def remove_markets(self, tickers: Iterable[str]) -> None:
        self._stream._command(lambda: self._stream._protocol.update_markets(self._state, "delete_markets", tickers))

    def update(self, action: str, **params: Any) -> list[dict[str, Any]]:
        """Send an update_subscription `action` (such as "get_snapshot", "subscribe_indices"); returns the replies."""
        command = self._stream._command(lambda: self._stream._protocol.update(self._state, action, **params))
        return command.replies if command else []

    def unsubscribe(self) -> None:
        """End this subscription; its iterator stops after what it already holds."""
        self._stream._command(lambda: self._stream._protocol.unsubscribe(self._state))
        self._stream._wake()


class Stream(_StreamBase["Kalshi"]):
    """A blocking stream (see `Kalshi.stream`). Use it in a `with` block, or call `open()`/`close()`."""

    def __init__(self, client: Kalshi, auth: KalshiAuth | None, base_url: str, **options: Any) -> None:
        self._stopped = threading.Event()
        # The backoff sleep ends early when the stream is closed.
        self._sleep: Callable[[float], Any] = options.pop("sleep", None) or self._stopped.wait
        super().__init__(client, auth, base_url, **options)
        self._cond = threading.Condition()
        self._send_lock = threading.Lock()
        self._ws: Any = None
        self._reader: threading.Thread | None = None

    def __enter__(self) -> Stream:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect (retrying a refused handshake by the reconnect policy) and start reading."""
        self._ws = self._connect()
        with self._cond:
            self._protocol.connection_made()
        self._reader = threading.Thread(target=self._read_forever, name="kalshi-stream", daemon=True)
        self._reader.start()

    def close(self) -> None:
        """Close the connection; every subscription's iterator ends after what it holds."""
        self._closing = True
        self._stopped.set()
        ws = self._ws
        if ws is not None:
            ws.close()
        if self._reader is not None and self._reader is not threading.current_thread():
            self._reader.join()
        with self._cond:
            for sub in self._protocol.subscriptions:
                sub.closed = True
            self._cond.notify_all()

    @overload
    def subscribe(
        self, channel: Channel[MessageT], *, buffer_size: int | None = None, backfill: bool | None = None, **params: Any
    ) -> Subscription[MessageT]: ...
    @overload
    def subscribe(
        self, channel: str, *, buffer_size: int | None = None, backfill: bool | None = None, **params: Any
    ) -> Subscription[Message]: ...
    def subscribe(
        self,
        channel: Channel[Any] | str,
        *,
        buffer_size: int | None = None,
        backfill: bool | None = None,
        **params: Any,
    ) -> Subscription[Any]:
        """Subscribe to one channel and wait for the server's confirmation.

        Args:
            channel: a channel of the AsyncAPI document, typed (`kalshi_sdk.streaming.channels.FILL`,
                whose messages are then typed) or by name ("orderbook_delta", "ticker", "fill", ...).
            buffer_size: messages kept for the iterator before the channel's overflow policy acts.
            backfill: for `fill`, fetch fills missed during a reconnect over REST (default: the stream's).
            params: the subscribe command's parameters (market_ticker, market_tickers, index_ids, ...),
                checked against the document before anything is sent.

        Raises:
            ValueError: an unknown channel or parameter, or a value the document does not allow.
            StreamCommandError: the server answered with an error.
        """
        channel = channel.name if isinstance(channel, Channel) else channel
        with self._cond:
            state = self._subscribe_state(channel, params, buffer_size, backfill)
        self._flush()
        if not self._wait(lambda: state.active or state.error is not None or state.closed, self._command_timeout):
            with self._cond:  # given up: it must not be resubscribed, nor buffer for nobody
                self._protocol.unsubscribe(state)
            self._flush()
            raise TimeoutError(f"no reply to subscribe {channel} within {self._command_timeout} s")
        if state.error is not None:
            raise state.error
        return Subscription[Any](self, state)

    def orderbooks(self, tickers: Iterable[str], *, wait: bool = True) -> Orderbooks:
        """Local order books of these markets, kept from an `orderbook_delta` subscription; with
        `wait`, returns once every book holds its first snapshot."""
        tickers = list(tickers)
        subscription = self.subscribe(BOOK_CHANNEL, market_tickers=tickers)
        books = Orderbooks(self._protocol.books_for(tickers), subscription)
        if wait and not self._wait(lambda: books.consistent, self._command_timeout):
            raise TimeoutError(f"no snapshot of every book within {self._command_timeout} s")
        return books

    def list_subscriptions(self) -> list[dict[str, Any]]:
        """The server's list of this connection's subscriptions ({"channel", "sid"} each)."""
        command = self._command(self._protocol.list_subscriptions)
        msg = command.replies[0].get("msg") if command and command.replies else None
        return list(msg) if isinstance(msg, list) else []

    def wait_for(self, predicate: Callable[[], bool], timeout: float | None = None) -> bool:
        """Wait until `predicate()` holds after some frame (checked under the stream's lock)."""
        with self._cond:
            return self._cond.wait_for(lambda: predicate() or self._failure is not None, timeout)

    # Driving the protocol.

    def _connect(self) -> Any:
        from websockets.sync.client import connect

        failures = 0
        while True:
            try:
                connection = connect(self.ws_url, **self._connect_options())
                # websockets 17 warns about a connection not entered as a context manager; entering
                # it is harmless on every version (closing it stays this stream's job).
                return connection.__enter__()
            except Exception as exc:  # OSError, a refused or broken handshake, a timeout
                retry, error = self._connect_error(exc)
            failures += 1
            delay = self._policy.delay(failures) if retry and self._reconnect else None
            if delay is None or self._closing:
                raise error
            log.warning("kalshi stream: %s; retrying in %.1f s", error, delay)
            self._sleep(delay)

    def _read_forever(self) -> None:
        from websockets.exceptions import ConnectionClosed

        receive = self._protocol.receive
        while not self._closing:
            try:
                batch = [self._ws.recv()]
                # Take what has arrived meanwhile too: one lock and one wake-up for a burst.
                while len(batch) < _BATCH:
                    try:
                        batch.append(self._ws.recv(timeout=0))
                    except TimeoutError:
                        break
            except (ConnectionClosed, OSError):
                if self._closing or not self._reconnected():
                    break
                continue
            with self._cond:
                for data in batch:
                    _receive_safely(receive, data)
                self._cond.notify_all()
            self._flush()

    def _reconnected(self) -> bool:
        with self._cond:
            self._protocol.connection_lost()
            self._cond.notify_all()
        if not self._reconnect:
            return self._fail(StreamConnectionError(f"the connection to {self.ws_url} dropped"))
        try:
            self._ws = self._connect()
        except StreamConnectionError as exc:
            return self._fail(exc)
        with self._cond:
            self._protocol.connection_made()
        self._flush()
        return True

    def _fail(self, error: Exception) -> bool:
        with self._cond:
            self._failure = error
            for sub in self._protocol.subscriptions:
                sub.closed = True
                sub.error = sub.error or error
            self._cond.notify_all()
        return False

    def _flush(self) -> None:
        """Send what the protocol has queued, then run the REST backfills it asks for."""
        with self._cond:
            frames = self._protocol.outgoing()
            backfills = self._protocol.take_backfills()
        if frames:
            with self._send_lock:
                for frame in frames:
                    try:
                        self._ws.send(frame)
                    except Exception:  # the reader sees the drop and resubscribes
                        break
        for sub in backfills:
            self._run_backfill(sub)

    def _run_backfill(self, sub: SubscriptionState) -> None:
        try:
            fills = list(self._client.portfolio.fills(min_ts=self._since_seconds(sub)))
        except Exception:
            log.exception("kalshi stream: the fill backfill over REST failed")
            return
        with self._cond:
            self._protocol.deliver_backfill(sub, self._fill_frames(sub, fills))
            self._cond.notify_all()

    def _command(self, build: Callable[[], Command | None]) -> Command | None:
        with self._cond:
            command = build()
        self._flush()
        if command is None:
            return None
        if not self._wait(lambda: command.done, self._command_timeout):
            raise TimeoutError(f"no reply to {command.cmd} within {self._command_timeout} s")
        if command.error is not None:
            raise command.error
        return command

    def _wait(self, predicate: Callable[[], bool], timeout: float | None = None) -> bool:
        with self._cond:
            done = self._cond.wait_for(lambda: predicate() or self._failure is not None, timeout)
        if self._failure is not None and not predicate():
            raise self._failure
        return done

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def _next(self, state: SubscriptionState, timeout: float | None) -> Message | None:
        buffer = state.buffer
        if buffer:
            try:
                return buffer.popleft()  # deque operations are atomic: no lock while messages wait
            except IndexError:
                pass  # the reader dropped them meanwhile (an overflow policy)
        with self._cond:
            self._cond.wait_for(lambda: state.buffer or state.closed or self._closing, timeout)
            if state.buffer:
                return state.buffer.popleft()
            if state.error is not None and state.closed:
                raise state.error
            return None


# The asyncio stream ----------------------------------------------------------------------------


class AsyncSubscription(_SubscriptionBase, Generic[MessageT]):
    """One channel of an `AsyncStream`. `async for` it for messages; valid across reconnects (typed
    like `Subscription`)."""

    def __init__(self, stream: AsyncStream, state: SubscriptionState) -> None:
        super().__init__(state)
        self._stream = stream

    def __aiter__(self) -> AsyncIterator[MessageT]:
        return self

    async def __anext__(self) -> MessageT:
        message = await self._stream._next(self._state, None)
        if message is None:
            raise StopAsyncIteration
        return cast("MessageT", message)

    async def get(self, timeout: float | None = None) -> MessageT | None:
        """The next message, waiting up to `timeout` seconds; None when the time ran out or it ended."""
        return cast("MessageT | None", await self._stream._next(self._state, timeout))

    async def add_markets(self, tickers: Iterable[str]) -> None:
        await self._stream._command(lambda: self._stream._protocol.update_markets(self._state, "add_markets", tickers))

    async def remove_markets(self, tickers: Iterable[str]) -> None:
        await self._stream._command(
            lambda: self._stream._protocol.update_markets(self._state, "delete_markets", tickers)
        )

    async def update(self, action: str, **params: Any) -> list[dict[str, Any]]:
        command = await self._stream._command(lambda: self._stream._protocol.update(self._state, action, **params))
        return command.replies if command else []

    async def unsubscribe(self) -> None:
        await self._stream._command(lambda: self._stream._protocol.unsubscribe(self._state))
        self._stream._wake()


class AsyncStream(_StreamBase["AsyncKalshi"]):
    """An asyncio stream (see `AsyncKalshi.stream`). Use it in an `async with` block."""

    def __init__(self, client: AsyncKalshi, auth: KalshiAuth | None, base_url: str, **options: Any) -> None:
        self._sleep_async: Callable[[float], Any] | None = options.pop("sleep", None)
        super().__init__(client, auth, base_url, **options)
        self._ws: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._changed: asyncio.Event | None = None

    async def __aenter__(self) -> AsyncStream:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def open(self) -> None:
        import asyncio

        self._changed = asyncio.Event()
        self._ws = await self._connect()
        self._protocol.connection_made()
        self._reader = asyncio.get_running_loop().create_task(self._read_forever())

    async def close(self) -> None:
        import asyncio

        self._closing = True
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            # A reader still waiting out a reconnect backoff is cancelled when the time is up.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._reader, self._command_timeout)
        for sub in self._protocol.subscriptions:
            sub.closed = True
        self._wake()

    @overload
    async def subscribe(
        self, channel: Channel[MessageT], *, buffer_size: int | None = None, backfill: bool | None = None, **params: Any
    ) -> AsyncSubscription[MessageT]: ...
    @overload
    async def subscribe(
        self, channel: str, *, buffer_size: int | None = None, backfill: bool | None = None, **params: Any
    ) -> AsyncSubscription[Message]: ...
    async def subscribe(
        self,
        channel: Channel[Any] | str,
        *,
        buffer_size: int | None = None,
        backfill: bool | None = None,
        **params: Any,
    ) -> AsyncSubscription[Any]:
        """Subscribe to one channel and wait for the confirmation (see `Stream.subscribe`)."""
        channel = channel.name if isinstance(channel, Channel) else channel
        state = self._subscribe_state(channel, params, buffer_size, backfill)
        await self._flush()
        try:
            await self._wait_or_timeout(
                lambda: state.active or state.error is not None or state.closed, f"subscribe {channel}"
            )
        except TimeoutError:
            self._protocol.unsubscribe(state)  # given up: not to be resubscribed, nor to buffer for nobody
            await self._flush()
            raise
        if state.error is not None:
            raise state.error
        return AsyncSubscription[Any](self, state)

    async def orderbooks(self, tickers: Iterable[str], *, wait: bool = True) -> Orderbooks:
        """Local order books of these markets (see `Stream.orderbooks`)."""
        tickers = list(tickers)
        subscription = await self.subscribe(BOOK_CHANNEL, market_tickers=tickers)
        books = Orderbooks(self._protocol.books_for(tickers), subscription)
        if wait:
            await self._wait_or_timeout(lambda: books.consistent, "the books' snapshots")
        return books

    async def list_subscriptions(self) -> list[dict[str, Any]]:
        command = await self._command(self._protocol.list_subscriptions)
        msg = command.replies[0].get("msg") if command and command.replies else None
        return list(msg) if isinstance(msg, list) else []

    async def wait_for(self, predicate: Callable[[], bool], timeout: float | None = None) -> bool:
        """Wait until `predicate()` holds after some frame; False when `timeout` seconds passed first."""
        import asyncio

        try:
            await asyncio.wait_for(self._wait(predicate), timeout)
        except asyncio.TimeoutError:
            return False
        return True

    # Driving the protocol.

    async def _sleep(self, seconds: float) -> None:
        if self._sleep_async is not None:
            await self._sleep_async(seconds)
            return
        import asyncio

        await asyncio.sleep(seconds)

    async def _connect(self) -> Any:
        from websockets.asyncio.client import connect

        failures = 0
        while True:
            try:
                return await connect(self.ws_url, **self._connect_options())
            except Exception as exc:
                retry, error = self._connect_error(exc)
            failures += 1
            delay = self._policy.delay(failures) if retry and self._reconnect else None
            if delay is None or self._closing:
                raise error
            log.warning("kalshi stream: %s; retrying in %.1f s", error, delay)
            await self._sleep(delay)

    async def _read_forever(self) -> None:
        from websockets.exceptions import ConnectionClosed

        while not self._closing:
            try:
                data = await self._ws.recv()
            except (ConnectionClosed, OSError):
                if self._closing or not await self._reconnected():
                    break
                continue
            _receive_safely(self._protocol.receive, data)
            self._wake()
            await self._flush()

    async def _reconnected(self) -> bool:
        self._protocol.connection_lost()
        self._wake()
        if not self._reconnect:
            return self._fail(StreamConnectionError(f"the connection to {self.ws_url} dropped"))
        try:
            self._ws = await self._connect()
        except StreamConnectionError as exc:
            return self._fail(exc)
        self._protocol.connection_made()
        await self._flush()
        return True

    def _fail(self, error: Exception) -> bool:
        self._failure = error
        for sub in self._protocol.subscriptions:
            sub.closed = True
            sub.error = sub.error or error
        self._wake()
        return False

    async def _flush(self) -> None:
        frames = self._protocol.outgoing()
        for frame in frames:
            try:
                await self._ws.send(frame)
            except Exception:  # the reader sees the drop and resubscribes
                break
        for sub in self._protocol.take_backfills():
            await self._run_backfill(sub)

    async def _run_backfill(self, sub: SubscriptionState) -> None:
        try:
            fills = [fill async for fill in self._client.portfolio.fills(min_ts=self._since_seconds(sub))]
        except Exception:
            log.exception("kalshi stream: the fill backfill over REST failed")
            return
        self._protocol.deliver_backfill(sub, self._fill_frames(sub, fills))
        self._wake()

    async def _command(self, build: Callable[[], Command | None]) -> Command | None:

        command = build()
        await self._flush()
        if command is None:
            return None
        await self._wait_or_timeout(lambda: command.done, command.cmd)
        if command.error is not None:
            raise command.error
        return command

    async def _wait_or_timeout(self, predicate: Callable[[], bool], what: str) -> None:
        import asyncio

        try:
            await asyncio.wait_for(self._wait(predicate), self._command_timeout)
        except asyncio.TimeoutError:
            raise TimeoutError(f"no reply to {what} within {self._command_timeout} s") from None

    def _wake(self) -> None:
        changed = self._changed
        if changed is not None:
            changed.set()

    async def _wait(self, predicate: Callable[[], bool]) -> None:
        import asyncio

        while not predicate():
            if self._failure is not None:
                raise self._failure
            if self._changed is None or self._changed.is_set():
                self._changed = asyncio.Event()
            await self._changed.wait()

    async def _next(self, state: SubscriptionState, timeout: float | None) -> Message | None:
        import asyncio

        if not state.buffer and not state.closed:
            ready = self._wait(lambda: bool(state.buffer) or state.closed or self._closing)
            if timeout is None:
                await ready
            else:
                try:
                    await asyncio.wait_for(ready, timeout)
                except asyncio.TimeoutError:
                    return None
        if state.buffer:
            return state.buffer.popleft()
        if state.error is not None and state.closed:
            raise state.error
        return None
