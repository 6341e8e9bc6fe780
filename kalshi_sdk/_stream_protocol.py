"""The streaming protocol without I/O: commands, replies, sequence numbers, books and buffers.

`StreamProtocol` is fed the text of every frame the server sends (`receive`) and told when a
connection opens or drops (`connection_made`, `connection_lost`); it hands back the frames to send
(`outgoing`). It never touches a socket, a thread or an event loop, so the blocking and the asyncio
stream (`_stream.py`) drive the very same logic and differ only in how they wait.

Facts about the API (channels, message types, which types carry a `seq`, the subscribe parameters,
error codes) come from the AsyncAPI document through the generated `kalshi_api.streaming`.
"""

from __future__ import annotations

import itertools
import json
import logging
import random
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kalshi_api import models as _models
from kalshi_api.streaming import ERROR_CODES, MESSAGE_MODELS, SUBSCRIBE_PARAMETERS
from kalshi_api.types import LazyModel

from ._exceptions import StreamCommandError, StreamConnectionError, StreamOverflowError
from ._orderbook import Orderbook

__all__ = [
    "BOOK_CHANNEL",
    "Command",
    "Message",
    "ReconnectPolicy",
    "StreamEvent",
    "StreamProtocol",
    "SubscriptionState",
]

log = logging.getLogger("kalshi_sdk.stream")

# A decoded message: the generated model of its `type`, or the raw dict for a type the AsyncAPI
# document does not know (yet).
Message = LazyModel | dict[str, Any]

BOOK_CHANNEL = "orderbook_delta"
# Channels whose frames supersede each other, so dropping the oldest on overflow loses nothing
# a reader needs ("latest wins"); every other channel fails loudly instead of losing a message.
LATEST_WINS_CHANNELS = frozenset({"ticker", "cfbenchmarks_value", "cfbenchmarks_value_5hz", "pyth_value"})
# Terminal subscription errors (the server stops the subscription): 25 is the buffer overflow of a
# slow reader, which a fresh subscription cures; any other terminal code fails the subscription.
OVERFLOW_CODE = 25
TERMINAL_CODES = frozenset({10, OVERFLOW_CODE})
_CONTROL_TYPES = frozenset({"subscribed", "unsubscribed", "ok", "error"})


@dataclass(frozen=True)
class StreamEvent:
    """Something the stream did on its own that a reader may want to know about.

    kind: "resync" (a book is rebuilt from a fresh snapshot; `reason` says why: "gap",
    "duplicate", "reset", "reconnect", "overflow"), "reconnected", "backfill" (fills fetched over
    REST after a reconnect; `count` of them delivered), "dropped" (a latest-wins buffer dropped
    `count` old messages) or "error" (the server ended the subscription).
    """

    kind: str
    channel: str
    reason: str = ""
    markets: tuple[str, ...] = ()
    count: int = 0


@dataclass(frozen=True)
class ReconnectPolicy:
    """How a stream reconnects after its connection drops or a handshake is refused.

    Args:
        max_attempts: connection attempts in a row before the stream gives up (None: never).
        backoff_base: seconds before the second attempt (the first is immediate after a drop);
            each further wait doubles, up to `backoff_cap`, jittered to between half and all of it.
        backoff_cap: the longest wait, in seconds.
        random: the source of jitter, a function returning a float in [0, 1).
    """

    max_attempts: int | None = None
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    random: Callable[[], float] = field(default=random.random, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts is not None and (not isinstance(self.max_attempts, int) or self.max_attempts < 1):
            raise ValueError(f"max_attempts must be a positive integer or None, got {self.max_attempts!r}")
        for name in ("backoff_base", "backoff_cap"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a non-negative number of seconds, got {value!r}")

    def delay(self, failures: int) -> float | None:
        """Seconds to wait after `failures` failed attempts in a row, or None to give up."""
        if self.max_attempts is not None and failures >= self.max_attempts:
            return None
        if failures <= 0:
            return 0.0
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** (failures - 1))
        return ceiling * (0.5 + self.random() / 2)


class Command:
    """One command sent to the server, waiting for its replies (a subscribe of N channels gets N)."""

    def __init__(self, command_id: int, cmd: str, params: dict[str, Any], expected: int = 1) -> None:
        self.id = command_id
        self.cmd = cmd
        self.params = params
        self.expected = expected
        self.replies: list[dict[str, Any]] = []
        self.error: Exception | None = None
        self.done = False

    def __repr__(self) -> str:
        state = "done" if self.done else "pending"
        return f"Command(id={self.id}, cmd={self.cmd!r}, {state})"

    def frame(self) -> str:
        body: dict[str, Any] = {"id": self.id, "cmd": self.cmd}
        if self.params or self.cmd != "list_subscriptions":
            body["params"] = self.params
        return json.dumps(body, separators=(",", ":"))

    def _reply(self, frame: dict[str, Any]) -> None:
        self.replies.append(frame)
        if len(self.replies) >= self.expected:
            self.done = True

    def _fail(self, error: Exception) -> None:
        self.error = error
        self.done = True


class SubscriptionState:
    """One channel subscription as the protocol keeps it, across reconnects and changing sids."""

    def __init__(self, channel: str, params: dict[str, Any], buffer_size: int, backfill: bool) -> None:
        self.channel = channel
        self.params = params
        self.markets: list[str] = _markets_of(params)
        self.sid: int | None = None
        self.active = False  # subscribed on the current connection
        self.closed = False
        self.error: Exception | None = None
        self.last_seq: int | None = None
        self.buffer: deque[Message] = deque()
        self.buffer_size = buffer_size
        self.policy = "resync" if channel == BOOK_CHANNEL else "latest" if channel in LATEST_WINS_CHANNELS else "error"
        self.callbacks: list[Callable[[Message], None]] = []
        self.event_callbacks: list[Callable[[StreamEvent], None]] = []
        self.events: deque[StreamEvent] = deque(maxlen=1000)
        self.delivered = 0
        self.dropped = 0
        self.duplicates = 0
        self.backfill = backfill and channel == "fill"
        self.seen_trade_ids: set[str] = set()
        self.last_fill_ts_ms: int | None = None
        self.started_ms: int | None = None  # set by the driver: the clock is not the protocol's
        self.pending_command: Command | None = None
        self.snapshots_pending: set[str] = set()  # markets with a get_snapshot out

    def __repr__(self) -> str:
        markets = f", markets={self.markets!r}" if self.markets else ""
        return f"Subscription({self.channel!r}, sid={self.sid}{markets})"


_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _parse(data: str | bytes) -> dict[str, Any] | None:
    """A frame's JSON object, or None when it is not one. The scanner is called directly: frames
    are objects, and json.loads would spend a third of its time on checks around it."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        frame, _ = _scan(data, 0)
    except (StopIteration, ValueError):
        try:
            frame = json.loads(data)
        except ValueError:
            return None
    return frame if frame.__class__ is dict else None


def _msg_of(frame: Mapping[str, Any]) -> dict[str, Any]:
    msg = frame.get("msg")
    return msg if isinstance(msg, dict) else {}


def _markets_of(params: Mapping[str, Any]) -> list[str]:
    single = params.get("market_ticker")
    many = params.get("market_tickers") or []
    return ([single] if single else []) + [ticker for ticker in many if ticker != single]


def check_subscribe_params(channel: str, params: Mapping[str, Any]) -> None:
    """ValueError, before anything is sent, when a channel or parameter breaks the document's rules."""
    channels = SUBSCRIBE_PARAMETERS["channels"]["items"]["enum"]
    if channel not in channels:
        raise ValueError(f"channel must be one of {', '.join(channels)}; got {channel!r}")
    for name, value in params.items():
        rules = SUBSCRIBE_PARAMETERS.get(name)
        if rules is None or name == "channels":
            allowed = ", ".join(sorted(set(SUBSCRIBE_PARAMETERS) - {"channels"}))
            raise ValueError(f"unknown subscribe parameter {name!r}; the parameters are {allowed}")
        _check_value(name, value, rules)
    if "market_ticker" in params and "market_tickers" in params:
        raise ValueError("give market_ticker or market_tickers, not both")


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "array": (list, tuple),
    "number": (int, float),
}


def _check_value(name: str, value: Any, rules: Mapping[str, Any]) -> None:
    expected = rules.get("type")
    kinds = _JSON_TYPES.get(expected or "", (object,))
    if not isinstance(value, kinds) or (expected in ("integer", "number") and isinstance(value, bool)):
        raise ValueError(f"{name} must be of JSON type {expected}, got {type(value).__name__}")
    if "enum" in rules and value not in rules["enum"]:
        raise ValueError(f"{name} must be one of {rules['enum']!r}, got {value!r}")
    if "minimum" in rules and value < rules["minimum"]:
        raise ValueError(f"{name} must be at least {rules['minimum']}, got {value!r}")
    if "maximum" in rules and value > rules["maximum"]:
        raise ValueError(f"{name} must be at most {rules['maximum']}, got {value!r}")
    if isinstance(value, (list, tuple)):
        if "minItems" in rules and len(value) < rules["minItems"]:
            raise ValueError(f"{name} needs at least {rules['minItems']} item(s)")
        for item in value:
            _check_value(f"an item of {name}", item, rules.get("items", {}))


class StreamProtocol:
    """The state of one multiplexed stream: its subscriptions, pending commands and local books."""

    def __init__(self, *, buffer_size: int = 10_000) -> None:
        if buffer_size < 1:
            raise ValueError(f"buffer_size must be at least 1, got {buffer_size!r}")
        self.buffer_size = buffer_size
        self.subscriptions: list[SubscriptionState] = []
        self.books: dict[str, Orderbook] = {}
        self.event_callbacks: list[Callable[[StreamEvent], None]] = []
        self.connected = False
        self.reconnects = 0
        self.frames = 0
        self.duplicates_dropped = 0
        self.gaps = 0
        self._ids = itertools.count(1)
        self._pending: dict[int, Command] = {}
        self._by_sid: dict[int, SubscriptionState] = {}
        self._out: list[str] = []
        self._unknown_types: set[str] = set()
        self._unrouted_types: set[str] = set()
        self.unrouted: deque[dict[str, Any]] = deque(maxlen=1000)
        self._models: dict[str, Any] = {}
        self._backfills: list[SubscriptionState] = []

    # Commands -----------------------------------------------------------------------------------

    def _command(self, cmd: str, params: dict[str, Any], expected: int = 1) -> Command:
        command = Command(next(self._ids), cmd, params, expected)
        if self.connected:
            self._pending[command.id] = command
            self._out.append(command.frame())
        return command

    def subscribe(
        self, channel: str, params: dict[str, Any], *, backfill: bool = True, buffer_size: int | None = None
    ) -> SubscriptionState:
        """A new subscription; its subscribe command goes out now or on the next connection."""
        check_subscribe_params(channel, params)
        sub = SubscriptionState(channel, dict(params), buffer_size or self.buffer_size, backfill)
        self.subscriptions.append(sub)
        if channel == BOOK_CHANNEL:
            for ticker in sub.markets:
                self.books.setdefault(ticker, Orderbook(ticker))
        if self.connected:
            self._send_subscribe([sub])
        return sub

    def _send_subscribe(self, subs: list[SubscriptionState]) -> Command:
        """One subscribe command for subscriptions sharing their parameters (N channels, N replies)."""
        params = {key: value for key, value in subs[0].params.items() if key not in ("market_ticker", "market_tickers")}
        if subs[0].markets:
            params["market_tickers"] = list(subs[0].markets)
        params = {"channels": [sub.channel for sub in subs], **params}
        command = self._command("subscribe", params, expected=len(subs))
        for sub in subs:
            sub.pending_command = command
        return command

    def unsubscribe(self, sub: SubscriptionState) -> Command | None:
        """Stop a subscription; None when it has no server subscription to end."""
        sub.closed = True
        if sub in self.subscriptions:
            self.subscriptions.remove(sub)
        if sub.sid is None or not self.connected:
            return None
        return self._command("unsubscribe", {"sids": [sub.sid]})

    def update_markets(self, sub: SubscriptionState, action: str, tickers: Iterable[str]) -> Command | None:
        """`add_markets` or `delete_markets`: the subscription's market set changes now, so that a
        resubscription after a reconnect carries it even if the reply never comes."""
        tickers = list(tickers)
        if not tickers or not all(isinstance(ticker, str) and ticker for ticker in tickers):
            raise ValueError("tickers must be a non-empty list of market tickers")
        if action == "add_markets":
            sub.markets.extend(ticker for ticker in tickers if ticker not in sub.markets)
            if sub.channel == BOOK_CHANNEL:
                for ticker in tickers:
                    self.books.setdefault(ticker, Orderbook(ticker))
        else:
            sub.markets = [ticker for ticker in sub.markets if ticker not in tickers]
        if sub.sid is None or not self.connected:
            return None
        return self._command("update_subscription", {"sid": sub.sid, "action": action, "market_tickers": tickers})

    def update(self, sub: SubscriptionState, action: str, **params: Any) -> Command | None:
        """Any other update_subscription action (get_snapshot, subscribe_indices, underlying_list, ...)."""
        if sub.sid is None or not self.connected:
            return None
        return self._command("update_subscription", {"sid": sub.sid, "action": action, **params})

    def list_subscriptions(self) -> Command:
        command = self._command("list_subscriptions", {})
        if not self.connected:
            command._fail(StreamConnectionError("the stream is not connected"))
        return command

    def outgoing(self) -> list[str]:
        """The frames to send now, oldest first (each is handed out once)."""
        frames, self._out = self._out, []
        return frames

    def take_backfills(self) -> list[SubscriptionState]:
        """Fill subscriptions whose missed fills are to be fetched over REST now: after a reconnect,
        once the subscription is live again (so that no fill falls between the two)."""
        ready = [sub for sub in self._backfills if sub.active and not sub.closed]
        self._backfills = [sub for sub in self._backfills if not sub.active and not sub.closed]
        return ready

    # Connection -----------------------------------------------------------------------------

    def connection_made(self) -> None:
        """A connection is open: (re)subscribe every live subscription with its current markets."""
        self.connected = True
        live = [sub for sub in self.subscriptions if not sub.closed]
        for sub in live:
            self._send_subscribe([sub])

    def connection_lost(self) -> None:
        """The connection dropped: sids are void, books wait for fresh snapshots, and commands in
        flight end (a market change stays recorded and is carried by the resubscription)."""
        was_connected = self.connected
        self.connected = False
        self._by_sid.clear()
        for command in self._pending.values():
            if command.cmd in ("subscribe", "update_subscription", "unsubscribe"):
                command.done = True
            else:
                command._fail(StreamConnectionError("the connection dropped before the server replied"))
        self._pending.clear()
        self._out.clear()
        for sub in self.subscriptions:
            sub.sid = None
            sub.active = False
            sub.last_seq = None
            sub.snapshots_pending.clear()
        for book in self.books.values():
            book.consistent = False
        if was_connected:
            self.reconnects += 1
            for sub in self.subscriptions:
                if sub.backfill:
                    self._backfills.append(sub)

    # Frames ---------------------------------------------------------------------------------

    def receive(self, data: str | bytes) -> None:
        """Process one frame from the server."""
        self.frames += 1
        frame = _parse(data)
        if frame is None:
            log.warning("kalshi stream: a frame that is not a JSON object was skipped (%d bytes)", len(data))
            return
        kind = frame.get("type")
        sid = frame.get("sid")
        sub = self._by_sid.get(sid) if sid.__class__ is int else None
        if kind in _CONTROL_TYPES:
            self._control(kind, frame, sub)
            return
        if sub is None:
            self._unrouted(kind, frame)
            return
        seq = frame.get("seq")
        if seq is not None:
            last = sub.last_seq
            if last is not None and seq.__class__ is int and seq == last + 1:
                sub.last_seq = seq
            elif not self._in_sequence(sub, frame):
                return
        if "id" in frame:
            command = self._pending.pop(frame["id"], None) if frame["id"].__class__ is int else None
            if command is not None:
                command._reply(frame)
        channel = sub.channel
        if channel == BOOK_CHANNEL:
            if not self._apply_book(sub, kind, frame):
                return
        elif channel == "fill" and not self._new_fill(sub, frame.get("msg")):
            return
        self._deliver(sub, self.decode(frame))

    def _unrouted(self, kind: Any, frame: dict[str, Any]) -> None:
        """A frame naming no live subscription (a late one after an unsubscribe, or a new kind of
        frame without a sid): kept in `unrouted` for inspection rather than lost."""
        command_id = frame.get("id")
        command = self._pending.pop(command_id, None) if isinstance(command_id, int) else None
        if command is not None:  # a get_snapshot reply may come before anything else names its sid
            command._reply(frame)
        self.unrouted.append(frame)
        if kind not in self._unrouted_types:
            self._unrouted_types.add(str(kind))
            log.info("kalshi stream: a %s frame for no live subscription kept in `unrouted`", kind)

    def decode(self, frame: dict[str, Any]) -> Message:
        """The model of the frame's type, or the frame itself for a type the document does not know."""
        kind = frame.get("type")
        model = self._models.get(kind) if kind.__class__ is str else None
        if model is None:
            name = MESSAGE_MODELS.get(kind) if isinstance(kind, str) else None
            if name is None:
                if kind not in self._unknown_types:
                    self._unknown_types.add(str(kind))
                    log.warning("kalshi stream: unknown message type %r kept as a dict", kind)
                return frame
            model = self._models[str(kind)] = getattr(_models, name)
        decoded: LazyModel = model.from_dict(frame)
        return decoded

    def _control(self, kind: str, frame: dict[str, Any], sub: SubscriptionState | None) -> None:
        command = self._pending.get(frame.get("id"))  # type: ignore[arg-type]
        if sub is not None and "seq" in frame and not self._in_sequence(sub, frame):
            return
        if kind == "subscribed":
            self._subscribed(command, frame)
        elif kind == "error":
            self._error(command, frame, sub)
        elif kind == "unsubscribed" and sub is not None:
            self._by_sid.pop(sub.sid, None)  # type: ignore[arg-type]
            sub.active = False
        elif kind == "ok" and sub is not None:
            msg = frame.get("msg")
            if isinstance(msg, dict) and isinstance(msg.get("market_tickers"), list):
                sub.markets = [ticker for ticker in msg["market_tickers"] if isinstance(ticker, str)]
        if command is not None and kind != "subscribed" and kind != "error":
            command._reply(frame)
        if command is not None and command.done:
            self._pending.pop(command.id, None)

    def _subscribed(self, command: Command | None, frame: dict[str, Any]) -> None:
        msg = _msg_of(frame)
        channel, sid = msg.get("channel"), msg.get("sid")
        if command is None or not isinstance(sid, int):
            log.warning("kalshi stream: a subscribed reply for no pending subscribe (id %r)", frame.get("id"))
            return
        for sub in self.subscriptions:
            if sub.pending_command is command and sub.channel == channel and sub.sid is None:
                sub.sid = sid
                sub.active = True
                sub.last_seq = None
                sub.pending_command = None
                self._by_sid[sid] = sub
                if self.reconnects and sub.channel == BOOK_CHANNEL:
                    self._event(sub, StreamEvent("resync", sub.channel, "reconnect", tuple(sub.markets)))
                elif self.reconnects:
                    self._event(sub, StreamEvent("reconnected", sub.channel))
                break
        command._reply(frame)

    def _error(self, command: Command | None, frame: dict[str, Any], sub: SubscriptionState | None) -> None:
        msg = _msg_of(frame)
        code = msg.get("code")
        text = str(msg.get("msg") or ERROR_CODES.get(code if isinstance(code, int) else -1, "unknown error"))
        error = StreamCommandError(code, text, command.cmd if command else None, command.params if command else None)
        if command is not None:
            command._fail(error)
            for waiting in self.subscriptions:
                if waiting.pending_command is command:  # the subscribe failed: nothing was subscribed
                    waiting.pending_command = None
                    waiting.error = error
                    waiting.closed = True
            self.subscriptions = [waiting for waiting in self.subscriptions if waiting.error is not error]
            return
        if sub is None:
            log.warning("kalshi stream: server error %s: %s", code, text)
            return
        if code == OVERFLOW_CODE:
            # The server dropped this subscription because we read too slowly: subscribe afresh.
            self._by_sid.pop(sub.sid, None)  # type: ignore[arg-type]
            sub.sid, sub.active, sub.last_seq = None, False, None
            for ticker in sub.markets if sub.channel == BOOK_CHANNEL else ():
                self.books.setdefault(ticker, Orderbook(ticker)).consistent = False
            self._event(sub, StreamEvent("resync", sub.channel, "overflow", tuple(sub.markets)))
            if sub.backfill:
                self._backfills.append(sub)
            if self.connected:
                self._send_subscribe([sub])
        elif code in TERMINAL_CODES:
            sub.error = error
            sub.closed = True
            self._event(sub, StreamEvent("error", sub.channel, text))
        else:
            log.warning("kalshi stream: server error %s on %s: %s", code, sub.channel, text)

    # Sequence numbers -------------------------------------------------------------------------

    def _in_sequence(self, sub: SubscriptionState, frame: dict[str, Any]) -> bool:
        """Check the frame's `seq` against its subscription's; False to drop it (a duplicate)."""
        seq = frame.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool):
            return True
        last = sub.last_seq
        if last is None or seq == last + 1:
            sub.last_seq = seq
            return True
        if seq > last + 1:
            self.gaps += 1
            sub.last_seq = seq
            self._resync(sub, "gap")
            # A gap's first frame is not applied to a book (it is about to be replaced) but is
            # still delivered on other channels: it is a real message, only its predecessors are lost.
            return sub.channel != BOOK_CHANNEL or frame.get("type") != "orderbook_delta"
        if seq == 1 and last > 1:
            sub.last_seq = seq
            self._resync(sub, "reset")
            return frame.get("type") != "orderbook_delta"
        sub.duplicates += 1
        self.duplicates_dropped += 1
        if sub.channel == BOOK_CHANNEL:
            self._resync(sub, "duplicate")
        return False

    def _resync(self, sub: SubscriptionState, reason: str, markets: list[str] | None = None) -> None:
        """Books of `markets` (default: all the subscription's) wait for fresh snapshots, asked for now.

        Asked again at every gap, even when a request is out: its reply may be the frame that was lost.
        """
        if sub.channel != BOOK_CHANNEL:
            self._event(sub, StreamEvent("resync", sub.channel, reason))
            return
        stale = list(sub.markets if markets is None else markets)
        for ticker in stale:
            self.books.setdefault(ticker, Orderbook(ticker)).consistent = False
        self._event(sub, StreamEvent("resync", sub.channel, reason, tuple(stale)))
        if stale and self.update(sub, "get_snapshot", market_tickers=stale) is not None:
            sub.snapshots_pending.update(stale)

    # Books and fills --------------------------------------------------------------------------

    def _apply_book(self, sub: SubscriptionState, kind: Any, frame: dict[str, Any]) -> bool:
        """Apply a book message; False when it must not be delivered (a delta to a stale book)."""
        msg = frame.get("msg")
        ticker = msg.get("market_ticker") if msg.__class__ is dict else None
        if ticker.__class__ is not str:
            return True
        book = self.books.get(ticker)
        if book is None:
            book = self.books[ticker] = Orderbook(ticker)
        sent = frame.get("sending_ts_ms")
        sent_ms = sent if sent.__class__ is int else None
        if kind == "orderbook_delta":
            if not book.consistent:
                # The server sends a market's snapshot before its deltas: a delta for a book without
                # one, and no snapshot asked for, means the snapshot was lost.
                if ticker not in sub.snapshots_pending:
                    self._resync(sub, "stale", [ticker])
                return False
            book.apply_delta(msg, sent_ms)  # type: ignore[arg-type]
        elif kind == "orderbook_snapshot":
            book.apply_snapshot(msg, sent_ms)  # type: ignore[arg-type]
            sub.snapshots_pending.discard(ticker)
        return True

    def _new_fill(self, sub: SubscriptionState, msg: Any) -> bool:
        """Remember a fill; False when its trade_id was delivered already (by the stream or REST)."""
        if not isinstance(msg, dict):
            return True
        trade_id = msg.get("trade_id")
        if isinstance(trade_id, str):
            if trade_id in sub.seen_trade_ids:
                sub.duplicates += 1
                return False
            sub.seen_trade_ids.add(trade_id)
        ts = msg.get("ts_ms")
        if isinstance(ts, int) and (sub.last_fill_ts_ms is None or ts > sub.last_fill_ts_ms):
            sub.last_fill_ts_ms = ts
        return True

    def deliver_backfill(self, sub: SubscriptionState, fills: Iterable[dict[str, Any]]) -> int:
        """Deliver fills fetched over REST (as `fill` message dicts) that the stream has not; returns
        how many were new."""
        new = 0
        for frame in sorted(fills, key=lambda f: f.get("msg", {}).get("ts_ms") or 0):
            if self._new_fill(sub, frame.get("msg")):
                new += 1
                self._deliver(sub, self.decode(frame))
        self._event(sub, StreamEvent("backfill", sub.channel, count=new))
        return new

    # Delivery ---------------------------------------------------------------------------------

    def _deliver(self, sub: SubscriptionState, message: Message) -> None:
        if sub.callbacks:
            sub.delivered += 1
            for callback in sub.callbacks:
                try:
                    callback(message)
                except Exception:
                    log.exception("kalshi stream: a message callback of %s raised", sub.channel)
            return
        if sub.closed and sub.error is not None:
            return
        if len(sub.buffer) >= sub.buffer_size and not self._overflow(sub):
            return
        sub.buffer.append(message)
        sub.delivered += 1

    def _overflow(self, sub: SubscriptionState) -> bool:
        """Make room in a full buffer by the subscription's policy; False when the message is not kept."""
        # The blocking stream's consumer takes messages without the lock (deque operations are
        # atomic), so the buffer may shrink while this runs: pop, never assume a length.
        if sub.policy == "latest":
            try:
                sub.buffer.popleft()
            except IndexError:  # the consumer took it meanwhile: room made
                return True
            sub.dropped += 1
            if sub.dropped == 1 or sub.dropped % 1000 == 0:
                self._event(sub, StreamEvent("dropped", sub.channel, "overflow", count=sub.dropped))
            return True
        if sub.policy == "resync":
            # The local books are current whatever the reader does; the messages it has not read are
            # dropped and the event tells it to read the books (or the next snapshot) afresh.
            unread = sub.buffer
            while unread:
                try:
                    unread.popleft()
                except IndexError:
                    break
                sub.dropped += 1
            self._event(sub, StreamEvent("resync", sub.channel, "overflow", tuple(sub.markets)))
            return True
        sub.error = StreamOverflowError(sub.channel, sub.buffer_size)
        sub.closed = True
        self._event(sub, StreamEvent("error", sub.channel, "overflow"))
        log.error("kalshi stream: %s", sub.error)
        return False

    def _event(self, sub: SubscriptionState, event: StreamEvent) -> None:
        sub.events.append(event)
        for callback in (*sub.event_callbacks, *self.event_callbacks):
            try:
                callback(event)
            except Exception:
                log.exception("kalshi stream: an event callback raised")
        if event.kind in ("resync", "error", "dropped"):
            log.info("kalshi stream: %s on %s (%s)", event.kind, event.channel, event.reason or event.count)

    def books_for(self, tickers: Iterable[str]) -> dict[str, Orderbook]:
        return {ticker: self.books.setdefault(ticker, Orderbook(ticker)) for ticker in tickers}
