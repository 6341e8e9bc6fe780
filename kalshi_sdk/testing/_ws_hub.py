"""Kalshi's WebSocket protocol as the fake exchange serves it, with no sockets (sans-IO).

The hub listens to the matching engine (see ``_events``) and turns its events into channel
messages; each connection is a :class:`Session` that parses commands and queues outgoing frames
in an :class:`Outbox` given by the socket layer (``_ws``). Everything runs under the
exchange's lock, so frames are queued in exactly the order the engine changed things, and a
snapshot taken at subscribe time is followed by exactly the deltas made after it.

Sequence numbers: one counter per subscription. Data frames of sequenced channels, ``ok`` and
``unsubscribed`` replies, and subscription-scoped errors on sequenced channels take the next
number; ``ticker``, ``fill``, ``market_position`` and ``user_order`` frames carry none.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from functools import cached_property
from typing import Any, Protocol

from kalshi_api import streaming

from ._catalog import book_levels, market_to_api
from ._events import Filled, MarketListed, OrderChanged, Traded
from ._ledger import BID, Order
from ._numbers import ONE, ZERO, count_fp, dollars
from ._state import ExchangeState
from ._times import format_rfc3339, parse_rfc3339

Frame = dict[str, Any]

# Kalshi's WebSocket error codes and their messages, as the AsyncAPI document lists them.
ERROR_MESSAGES: dict[int, str] = streaming.ERROR_CODES
BUFFER_OVERFLOW = 25
MAX_SHARD_FACTOR = 100

# Market filters a channel takes: required, optional, or none (ignored).
REQUIRED, OPTIONAL, IGNORED = "required", "optional", "ignored"
MARKET_ACTIONS = ("add_markets", "delete_markets")
INDEX_ACTIONS = ("subscribe_indices", "unsubscribe_indices", "indexlist")
UNDERLYING_ACTIONS = ("subscribe_underlyings", "unsubscribe_underlyings", "underlying_list")

# What the fake says is available on the index and Pyth channels (they carry only what tests publish).
CFBENCHMARKS_INDEX_IDS = ("BRTI", "ETHUSD_RTI", "SOLUSD_RTI", "XRPUSD_RTI", "DOGEUSD_RTI")
PYTH_UNDERLYINGS = ("Metal.XAU/USD", "Metal.XAG/USD", "Commodities.Index.PYTHOIL/USD")


@dataclass(frozen=True)
class Channel:
    """One channel: its message types from the AsyncAPI tables, how the fake serves its filters."""

    name: str
    markets: str
    accepts_market_ids: bool
    actions: tuple[str, ...]

    @cached_property
    def message_type(self) -> str | None:
        """The ``type`` of its data messages (None: several, so ws_publish must be told)."""
        types = streaming.CHANNELS[self.name]
        return self.name if self.name in types else types[0] if len(types) == 1 else None

    @cached_property
    def sequenced(self) -> bool:
        return any(t in streaming.SEQUENCED_TYPES for t in streaming.CHANNELS[self.name])


# Market filters and update actions, as the channel descriptions of the AsyncAPI document state them.
_SERVING: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "orderbook_delta": (REQUIRED, False, (*MARKET_ACTIONS, "get_snapshot")),
    "ticker": (OPTIONAL, True, MARKET_ACTIONS),
    "trade": (OPTIONAL, False, MARKET_ACTIONS),
    "fill": (OPTIONAL, False, MARKET_ACTIONS),
    "market_positions": (OPTIONAL, False, MARKET_ACTIONS),
    "user_orders": (OPTIONAL, False, MARKET_ACTIONS),
    "cfbenchmarks_value": (IGNORED, False, INDEX_ACTIONS),
    "cfbenchmarks_value_5hz": (IGNORED, False, INDEX_ACTIONS),
    "pyth_value": (IGNORED, False, UNDERLYING_ACTIONS),
}
# Every channel of the document; any not listed above takes no market filter and no update action.
CHANNELS: dict[str, Channel] = {
    name: Channel(name, *_SERVING.get(name, (IGNORED, False, ()))) for name in streaming.CHANNELS
}


class CommandError(Exception):
    """A command refused with one of Kalshi's WebSocket error codes."""

    def __init__(self, code: int, *, subscription: Subscription | None = None, **extra: Any) -> None:
        super().__init__(ERROR_MESSAGES[code])
        self.code = code
        self.subscription = subscription
        self.extra = extra


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def market_id(market: Mapping[str, Any]) -> str:
    """A market's UUID: its own ``id``/``market_id`` when it has one, else one derived from the ticker."""
    for name in ("market_id", "id"):
        value = market.get(name)
        if isinstance(value, str) and value:
            return value
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kalshi-fake:market:" + str(market["ticker"])))


def dollars6(value: Decimal) -> str:
    """Dollars with six decimals, as user_order costs and fees are written."""
    return str(value.quantize(Decimal("0.000001")))


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


# -- fault rules and counters ---------------------------------------------------------------------


@dataclass
class _Rule:
    kind: str
    channel: str | None
    sid: int | None
    remaining: int
    amount: int = 1
    drop_frame: bool = False

    def matches(self, subscription: Subscription) -> bool:
        return (self.channel is None or self.channel == subscription.channel.name) and (
            self.sid is None or self.sid == subscription.sid
        )


class Stats:
    """Counters the tests read, with a condition to wait on (notified on every change)."""

    def __init__(self, lock: threading.RLock) -> None:
        self.condition = threading.Condition(lock)
        self.frames_sent = 0
        self.injected: Counter[str] = Counter()
        self.connections_opened = 0
        self.open_connections = 0
        self.handshakes_refused = 0
        self.pings_sent = 0
        self.pongs_received = 0
        self.commands_received = 0
        self.commands_handled = 0
        self.slow_readers_cut = 0

    def bump(self, name: str, by: int = 1) -> None:
        with self.condition:
            setattr(self, name, getattr(self, name) + by)
            self.condition.notify_all()

    def fault(self, kind: str) -> None:
        with self.condition:
            self.injected[kind] += 1
            self.condition.notify_all()


# -- subscriptions and sessions ------------------------------------------------------------------


@dataclass
class Subscription:
    sid: int
    channel: Channel
    session: Session
    markets: list[str] | None
    """Tickers it follows; None follows every market."""
    by_market_id: bool = False
    skip_ticker_ack: bool = False
    use_yes_price: bool = False
    filters: list[str] = field(default_factory=list)
    """index_ids or underlying_tickers on the index and Pyth channels (``["all"]``: everything)."""
    seq: int = 0

    def follows(self, ticker: str | None) -> bool:
        return self.markets is None or ticker is None or ticker in self.markets

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def listing(self) -> dict[str, Any]:
        return {
            "user_id": self.session.user_id,
            "channel": self.channel.name,
            "sid": self.sid,
            "market_tickers": None if self.markets is None else list(self.markets),
        }


class Outbox(Protocol):
    """Where a session's frames go: the socket layer's queue of one connection (any thread may call)."""

    def push(self, frame: Frame | str) -> int:
        """Queue a frame (a str goes out exactly as it is); returns how many frames wait to be written."""

    def close(self, *, discard: bool = False, last: Frame | None = None) -> None:
        """Close once the frames queued before are written (``discard``: drop them), after ``last``."""


class Session:
    """One WebSocket connection: its account, subscriptions and command handling."""

    def __init__(self, hub: Hub, user_id: str, outbox: Outbox) -> None:
        self.hub = hub
        self.user_id = user_id
        self.outbox = outbox
        self.subscriptions: dict[int, Subscription] = {}
        self._next_sid = 0
        self.closed = False

    def send(self, frame: Frame) -> int:
        """Queue a frame; returns the connection's backlog (0 once closed)."""
        return 0 if self.closed else self.outbox.push(frame)

    def close(self) -> None:
        if not self.closed:
            self.outbox.close()
            self.closed = True

    def deliver(self, subscription: Subscription, frame_type: str, msg: Any, **extra: Any) -> None:
        """Send one data frame of a subscription, applying the pending seq and duplicate faults."""
        frame: Frame = {"type": frame_type, "sid": subscription.sid}
        frame.update(extra)
        if subscription.channel.sequenced:
            rule = self.hub.take_rule("skip_seq", subscription)
            if rule is not None and rule.drop_frame:
                subscription.next_seq()  # the frame is lost: its number never arrives
                return
            if rule is not None:
                subscription.seq += rule.amount
            frame["seq"] = subscription.next_seq()
        frame["msg"] = msg
        backlog = self.send(frame)
        if self.hub.take_rule("duplicate", subscription) is not None:
            backlog = self.send(frame)
        limit = self.hub.buffer_limit
        if limit is not None and backlog > limit:
            self.hub.cut_slow_reader(subscription)

    # Commands.

    def handle(self, text: str | bytes) -> None:
        """Answer one command frame (the caller holds the exchange's lock)."""
        command_id: int | None = None
        try:
            try:
                command = json.loads(text)
            except ValueError:
                raise CommandError(1) from None
            if not isinstance(command, dict):
                raise CommandError(1)
            raw_id = command.get("id")
            if isinstance(raw_id, int) and not isinstance(raw_id, bool) and raw_id > 0:
                command_id = raw_id
            handler = {
                "subscribe": self._subscribe,
                "unsubscribe": self._unsubscribe,
                "update_subscription": self._update,
                "list_subscriptions": self._list,
            }.get(command.get("cmd"))  # type: ignore[arg-type]
            if handler is None:
                raise CommandError(5)
            handler(command_id, command.get("params"))
        except CommandError as error:
            self.send(self._error_frame(command_id, error))
        except Exception as error:  # a bug in the fake: answer like the server's general error, not a hang-up
            self.send(self._error_frame(command_id, CommandError(1, detail=f"{type(error).__name__}: {error}")))

    def _error_frame(self, command_id: int | None, error: CommandError) -> Frame:
        frame: Frame = {"type": "error"}
        if command_id is not None:
            frame["id"] = command_id
        subscription = error.subscription
        if subscription is not None:
            frame["sid"] = subscription.sid
            if subscription.channel.sequenced:
                frame["seq"] = subscription.next_seq()
        frame["msg"] = {"code": error.code, "msg": ERROR_MESSAGES[error.code], **error.extra}
        return frame

    def _reply(self, command_id: int | None, frame_type: str, msg: Any = None, **fields: Any) -> None:
        frame: Frame = {"type": frame_type}
        if command_id is not None:
            frame["id"] = command_id
        frame.update(fields)
        if msg is not None:
            frame["msg"] = msg
        self.send(frame)

    def _subscribe(self, command_id: int | None, params: Any) -> None:
        if not isinstance(params, dict):
            raise CommandError(2)
        names = params.get("channels")
        if not isinstance(names, list) or not names:
            raise CommandError(3)
        channels: list[Channel] = []
        for name in names:
            if not isinstance(name, str) or name not in CHANNELS:
                raise CommandError(8)
            channels.append(CHANNELS[name])
        flags = {name: _flag(params, name) for name in ("send_initial_snapshot", "skip_ticker_ack", "use_yes_price")}
        tickers, by_id = self._market_filter(params, channels)
        index_ids, underlyings = _filter_list(params, "index_ids"), _filter_list(params, "underlying_tickers")
        if any(channel.name == "communications" for channel in channels):
            _check_communications(params)
        for channel in channels:
            self._next_sid += 1
            subscription = Subscription(
                sid=self._next_sid,
                channel=channel,
                session=self,
                markets=None if channel.markets == IGNORED or tickers is None else list(tickers),
                by_market_id=by_id and channel.accepts_market_ids,
                skip_ticker_ack=flags["skip_ticker_ack"],
                use_yes_price=flags["use_yes_price"],
                filters=list((underlyings if channel.name == "pyth_value" else index_ids) or ()),
            )
            self.subscriptions[subscription.sid] = subscription
            self._reply(command_id, "subscribed", {"channel": channel.name, "sid": subscription.sid})
            if channel.name == "orderbook_delta":
                for ticker in subscription.markets or ():
                    self.hub.send_snapshot(subscription, ticker)
            elif channel.name == "ticker":
                self.hub.remember_tickers(subscription.markets)
                for ticker in subscription.markets or () if flags["send_initial_snapshot"] else ():
                    self.hub.send_ticker(subscription, ticker)

    def _market_filter(self, params: Mapping[str, Any], channels: Sequence[Channel]) -> tuple[list[str] | None, bool]:
        """The tickers a subscribe names (None: all markets) and whether they came as market ids."""
        tickers, by_id = self.hub.read_markets(params)
        for channel in channels:
            if channel.markets == IGNORED:
                continue
            if by_id and not channel.accepts_market_ids:
                raise CommandError(11, market_ids=params.get("market_ids") or [params.get("market_id")])
            if tickers is None and channel.markets == REQUIRED:
                raise CommandError(14)
        return tickers, by_id

    def _subscription(self, sid: Any) -> Subscription:
        subscription = self.subscriptions.get(sid) if isinstance(sid, int) and not isinstance(sid, bool) else None
        if subscription is None:
            raise CommandError(7)
        return subscription

    def _unsubscribe(self, command_id: int | None, params: Any) -> None:
        if not isinstance(params, dict):
            raise CommandError(2)
        sids = params.get("sids")
        if not isinstance(sids, list) or not sids:
            raise CommandError(4)
        doomed = [self._subscription(sid) for sid in dict.fromkeys(sids) if isinstance(sid, int)]
        if len(doomed) != len(set(sids)):
            raise CommandError(7)
        for subscription in doomed:
            self.subscriptions.pop(subscription.sid, None)
            self.hub.forget(subscription)
            self._reply(command_id, "unsubscribed", sid=subscription.sid, seq=subscription.next_seq())

    def _update(self, command_id: int | None, params: Any) -> None:
        if not isinstance(params, dict):
            raise CommandError(2)
        action = params.get("action")
        if action is None or action == "":
            raise CommandError(15)
        sid, sids = params.get("sid"), params.get("sids")
        if sids is not None:
            if sid is not None or not isinstance(sids, list) or len(sids) != 1:
                raise CommandError(12)
            sid = sids[0]
        elif sid is None:
            raise CommandError(12)
        subscription = self._subscription(sid)
        if action not in subscription.channel.actions:
            raise CommandError(13, subscription=subscription)
        try:
            if action in MARKET_ACTIONS:
                self._update_markets(command_id, subscription, action, params)
            elif action == "get_snapshot":
                tickers, _ = self.hub.read_markets(params)
                if not tickers:
                    raise CommandError(14)
                strangers = [t for t in tickers if not subscription.follows(t)]
                if strangers:
                    raise CommandError(11, market_tickers=strangers)
                for ticker in tickers:
                    self.hub.send_snapshot(subscription, ticker, command_id=command_id)
            else:
                self._update_filters(command_id, subscription, action, params)
        except CommandError as error:
            error.subscription = subscription
            raise

    def _update_markets(
        self, command_id: int | None, subscription: Subscription, action: str, params: Mapping[str, Any]
    ) -> None:
        tickers, by_id = self.hub.read_markets(params)
        initial_snapshot = _flag(params, "send_initial_snapshot")
        if tickers is None:
            raise CommandError(14)
        if by_id and not subscription.channel.accepts_market_ids:
            raise CommandError(11, market_ids=params.get("market_ids") or [params.get("market_id")])
        if subscription.markets is None:
            raise CommandError(13)  # it already follows every market
        before = list(subscription.markets)
        if action == "add_markets":
            added = [t for t in dict.fromkeys(tickers) if t not in before]
            subscription.markets = before + added
        else:
            added = []
            subscription.markets = [t for t in before if t not in tickers]
        self.hub.forget(subscription, keep=subscription.markets)
        msg: dict[str, Any] = {}
        if not subscription.skip_ticker_ack:
            if subscription.by_market_id:
                msg["market_ids"] = [self.hub.market_id(t) for t in subscription.markets]
            else:
                msg["market_tickers"] = list(subscription.markets)
        self._reply(command_id, "ok", msg, sid=subscription.sid, seq=subscription.next_seq())
        if subscription.channel.name == "orderbook_delta":
            for ticker in added:
                self.hub.send_snapshot(subscription, ticker)
        elif subscription.channel.name == "ticker":
            self.hub.remember_tickers(added)
            for ticker in added if initial_snapshot else ():
                self.hub.send_ticker(subscription, ticker)

    def _update_filters(
        self, command_id: int | None, subscription: Subscription, action: str, params: Mapping[str, Any]
    ) -> None:
        pyth = subscription.channel.name == "pyth_value"
        field_name = "underlying_tickers" if pyth else "index_ids"
        if action in ("indexlist", "underlying_list"):
            available = list(PYTH_UNDERLYINGS if pyth else CFBENCHMARKS_INDEX_IDS)
            list_type = "pyth_value_underlying_list" if pyth else f"{subscription.channel.name}_indexlist"
            self._reply(
                command_id, list_type, {field_name: available}, sid=subscription.sid, seq=subscription.next_seq()
            )
            return
        values = _filter_list(params, field_name)
        if not values:
            raise CommandError(28 if pyth else 24)
        if action.startswith("subscribe_"):
            subscription.filters = subscription.filters + [v for v in values if v not in subscription.filters]
        else:
            subscription.filters = [v for v in subscription.filters if v not in values]
        self._reply(
            command_id,
            "ok",
            {field_name: list(subscription.filters)},
            sid=subscription.sid,
            seq=subscription.next_seq(),
        )

    def _list(self, command_id: int | None, params: Any) -> None:
        listing = [{"channel": s.channel.name, "sid": s.sid} for s in self.subscriptions.values()]
        self._reply(command_id, "ok", listing)


def _flag(params: Mapping[str, Any], name: str) -> bool:
    value = params.get(name, False)
    if not isinstance(value, bool):
        raise CommandError(11)
    return value


def _filter_list(params: Mapping[str, Any], name: str) -> list[str] | None:
    value = params.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise CommandError(11)
    return list(value)


def _check_communications(params: Mapping[str, Any]) -> None:
    factor, key = params.get("shard_factor"), params.get("shard_key")
    for value in (factor, key):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise CommandError(11)
    if factor is not None and factor <= 0:
        raise CommandError(19)
    if key is not None and factor is None:
        raise CommandError(20)
    if factor is not None and factor > MAX_SHARD_FACTOR:
        raise CommandError(22)
    if key is not None and factor is not None and not 0 <= key < factor:
        raise CommandError(21)
    if params.get("user_filter", "") not in ("", "self"):
        raise CommandError(11)


# -- the hub ----------------------------------------------------------------------------------------


class Hub:
    """Every session of one exchange, the fault rules, and the engine listener that feeds them."""

    def __init__(self, state: ExchangeState, *, buffer_limit: int | None = None) -> None:
        self.state = state
        self.buffer_limit = buffer_limit
        """Frames a connection may have waiting before it is cut off with error 25 (None: no limit)."""
        self.sessions: list[Session] = []
        self.stats = Stats(state.lock)
        self._rules: list[_Rule] = []
        # Last book and ticker fields sent per market, to turn engine events into deltas.
        self._books: dict[str, tuple[dict[Decimal, Decimal], dict[Decimal, Decimal]]] = {}
        self._tickers: dict[str, dict[str, Any]] = {}
        self._last_trade_size: dict[str, str] = {}
        self._taker: Order | None = None  # the order behind the latest trade: it caused the fills' book changes
        state.listeners.append(self.on_event)

    def detach(self) -> None:
        """Stop listening to the engine (the server stopped)."""
        with self.state.lock:
            if self.on_event in self.state.listeners:
                self.state.listeners.remove(self.on_event)
            self.sessions.clear()

    # Sessions.

    def open_session(self, user_id: str, outbox: Outbox) -> Session:
        with self.state.lock:
            session = Session(self, user_id, outbox)
            self.sessions.append(session)
            return session

    def close_session(self, session: Session) -> None:
        with self.state.lock:
            session.closed = True
            if session in self.sessions:
                self.sessions.remove(session)
            for subscription in session.subscriptions.values():
                self.forget(subscription)
            session.subscriptions.clear()

    def subscriptions(self, channel: str | None = None) -> list[Subscription]:
        return [
            s
            for session in self.sessions
            for s in session.subscriptions.values()
            if channel is None or s.channel.name == channel
        ]

    def forget(self, subscription: Subscription, keep: Iterable[str] = ()) -> None:
        """Drop cached books no orderbook subscription follows any more (``keep``: still followed)."""
        if subscription.channel.name != "orderbook_delta":
            return
        followed = set(keep)
        for other in self.subscriptions("orderbook_delta"):
            if other is not subscription and other.session.subscriptions.get(other.sid) is other:
                followed.update(other.markets or ())
        for ticker in [t for t in self._books if t not in followed]:
            del self._books[ticker]

    # Fault rules.

    def add_rule(self, rule: _Rule) -> None:
        with self.state.lock:
            self._rules.append(rule)

    def pending_rules(self, clear: bool = False) -> int:
        """Frame faults still waiting for a frame (dropped when ``clear``)."""
        with self.state.lock:
            count = sum(rule.remaining for rule in self._rules)
            if clear:
                self._rules.clear()
            return count

    def take_rule(self, kind: str, subscription: Subscription) -> _Rule | None:
        for rule in self._rules:
            if rule.kind == kind and rule.matches(subscription):
                rule.remaining -= 1
                if rule.remaining <= 0:
                    self._rules.remove(rule)
                self.stats.fault(kind)
                return rule
        return None

    def cut_slow_reader(self, subscription: Subscription) -> None:
        """A connection fell too far behind: what waits is dropped, error 25 goes out, then it closes."""
        session = subscription.session
        error = session._error_frame(None, CommandError(BUFFER_OVERFLOW, subscription=subscription))
        session.outbox.close(discard=True, last=error)
        session.closed = True
        session.subscriptions.pop(subscription.sid, None)
        self.forget(subscription)
        self.stats.bump("slow_readers_cut")

    def overflow(self, channel: str | None, sid: int | None, close_connection: bool) -> int:
        """Error 25 on every matching subscription (which ends), then close their connections."""
        with self.state.lock:
            hit = [s for s in self.subscriptions(channel) if sid is None or s.sid == sid]
            for subscription in hit:
                session = subscription.session
                session.send(session._error_frame(None, CommandError(BUFFER_OVERFLOW, subscription=subscription)))
                session.subscriptions.pop(subscription.sid, None)
                self.forget(subscription)
                self.stats.fault("overflow")
            if close_connection:
                for session in {s.session for s in hit}:
                    session.close()
            return len(hit)

    # Markets.

    def read_markets(self, params: Mapping[str, Any]) -> tuple[list[str] | None, bool]:
        """The tickers named by market_ticker(s) or market_id(s) (None when none is given)."""
        given = [name for name in ("market_ticker", "market_tickers", "market_id", "market_ids") if name in params]
        if not given:
            return None, False
        if len(given) > 1:
            raise CommandError(11)
        name = given[0]
        value = params[name]
        values = [value] if name in ("market_ticker", "market_id") else value
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            raise CommandError(11)
        if name.startswith("market_id"):
            by_id = {self.market_id(t): t for t in self.state.markets}
            unknown = [v for v in values if v not in by_id]
            if unknown:
                raise CommandError(11, market_ids=unknown)
            return [by_id[v] for v in values], True
        unknown = [v for v in values if v not in self.state.markets]
        if unknown:
            raise CommandError(11, market_tickers=unknown)
        return list(values), False

    def market_id(self, ticker: str) -> str:
        return market_id(self.state.markets[ticker])

    # Channel messages.

    def send_snapshot(self, subscription: Subscription, ticker: str, command_id: int | None = None) -> None:
        bids, asks = self._books.get(ticker) or book_levels(self.state, ticker)
        self._books[ticker] = (bids, asks)
        msg: dict[str, Any] = {"market_ticker": ticker, "market_id": self.market_id(ticker)}
        if bids:
            msg["yes_dollars_fp"] = [[dollars(p), count_fp(s)] for p, s in sorted(bids.items())]
        if asks:
            prices = sorted(asks.items()) if subscription.use_yes_price else sorted(asks.items(), reverse=True)
            msg["no_dollars_fp"] = [[dollars(self._no_price(subscription, p)), count_fp(s)] for p, s in prices]
        extra = {} if command_id is None else {"id": command_id}
        subscription.session.deliver(subscription, "orderbook_snapshot", msg, **extra)

    @staticmethod
    def _no_price(subscription: Subscription, yes_price: Decimal) -> Decimal:
        return yes_price if subscription.use_yes_price else ONE - yes_price

    def ticker_fields(self, ticker: str) -> dict[str, Any]:
        market = market_to_api(self.state, ticker)
        last = Decimal(market.get("last_price_dollars") or "0")
        volume = Decimal(market["volume_fp"])
        interest = Decimal(market["open_interest_fp"])
        return {
            "market_id": market_id(market),
            "market_ticker": ticker,
            "price_dollars": dollars(last),
            "yes_bid_dollars": market["yes_bid_dollars"],
            "yes_ask_dollars": market["yes_ask_dollars"],
            "volume_fp": market["volume_fp"],
            "open_interest_fp": market["open_interest_fp"],
            # The fake keeps no notional history: whole dollars of the count at the last price.
            "dollar_volume": int(volume * last),
            "dollar_open_interest": int(interest * last),
            "yes_bid_size_fp": market["yes_bid_size_fp"],
            "yes_ask_size_fp": market["yes_ask_size_fp"],
            "last_trade_size_fp": self._last_trade_size.get(ticker, "0.00"),
        }

    def remember_tickers(self, tickers: Iterable[str] | None) -> None:
        """Note the ticker fields as they are now, so only later changes are sent (None: every market)."""
        # Between engine events what was last sent equals the current state for followed markets,
        # so refreshing is safe, and it drops what was kept while nobody followed a market.
        for ticker in self.state.markets if tickers is None else tickers:
            self._tickers[ticker] = self.ticker_fields(ticker)

    def send_ticker(self, subscription: Subscription, ticker: str, fields: dict[str, Any] | None = None) -> None:
        msg = dict(fields or self.ticker_fields(ticker))
        ms = now_ms()
        msg.update(
            {"ts": ms // 1000, "ts_ms": ms, "time": format_rfc3339(datetime.fromtimestamp(ms / 1000, timezone.utc))}
        )
        subscription.session.deliver(subscription, "ticker", msg)

    def publish(self, channel: str, msg: Any, frame_type: str | None, market: str | None, user_id: str | None) -> int:
        """Send a test-made message to every matching subscription of ``channel``; frames sent."""
        spec = CHANNELS.get(channel)
        if spec is None:
            raise ValueError(f"unknown channel {channel!r}; the channels are {', '.join(CHANNELS)}")
        kind = frame_type or spec.message_type
        if kind is None:
            raise ValueError(f"channel {channel!r} carries several message types: pass type=")
        if market is None and isinstance(msg, Mapping):
            found = msg.get("market_ticker", msg.get("ticker"))
            market = found if isinstance(found, str) else None
        frozen = json.loads(json.dumps(msg))  # the caller may change its dict afterwards
        with self.state.lock:
            targets = [
                s
                for s in self.subscriptions(channel)
                if s.follows(market) and (user_id is None or s.session.user_id == user_id)
            ]
            for subscription in targets:
                subscription.session.deliver(subscription, kind, frozen)
            return len(targets)

    # The engine listener.

    def on_event(self, event: object) -> None:
        if not self.sessions:
            return
        if isinstance(event, OrderChanged):
            self._order_changed(event)
        elif isinstance(event, Traded):
            self._taker = event.taker
            self._traded(event.trade)
        elif isinstance(event, Filled):
            self._filled(event)
        elif isinstance(event, MarketListed):
            self._listed(event.ticker)

    def _listed(self, ticker: str) -> None:
        market = self.state.markets[ticker]
        event = self.state.events.get(market["event_ticker"], {})

        def seconds(name: str) -> int:
            return int(parse_rfc3339(market[name]).timestamp())

        msg: dict[str, Any] = {
            "market_ticker": ticker,
            "exchange_index": 0,
            "open_ts": seconds("open_time"),
            "close_ts": seconds("close_time"),
            "additional_metadata": {
                "name": market.get("title", ""),
                "title": event.get("title", market.get("title", "")),
                "yes_sub_title": market["yes_sub_title"],
                "no_sub_title": market["no_sub_title"],
                "rules_primary": market["rules_primary"],
                "rules_secondary": market["rules_secondary"],
                "can_close_early": market["can_close_early"],
                "event_ticker": market["event_ticker"],
                "expected_expiration_ts": seconds("expected_expiration_time"),
            },
            "event_type": "created",
            "price_level_structure": market["price_level_structure"],
        }
        for subscription in self.subscriptions("market_lifecycle_v2"):
            subscription.session.deliver(subscription, "market_lifecycle_v2", json.loads(json.dumps(msg)))

    def _private(self, channel: str, user_id: str, ticker: str) -> list[Subscription]:
        return [s for s in self.subscriptions(channel) if s.session.user_id == user_id and s.follows(ticker)]

    def _order_changed(self, event: OrderChanged) -> None:
        order = event.order
        for subscription in self._private("user_orders", order.user_id, order.ticker):
            subscription.session.deliver(subscription, "user_order", user_order(order, event.reason))
        if order.ticker in self._books:
            self._book_deltas(order, event.reason)
        self._ticker_changed(order.ticker)

    def _book_deltas(self, order: Order, reason: str | None) -> None:
        ticker = order.ticker
        cause = self._taker if reason == "Trade" and self._taker is not None else order
        old_bids, old_asks = self._books[ticker]
        bids, asks = book_levels(self.state, ticker)
        self._books[ticker] = (bids, asks)
        changes = [
            (side, price, new.get(price, ZERO) - old.get(price, ZERO))
            for side, old, new in (("yes", old_bids, bids), ("no", old_asks, asks))
            for price in sorted(set(old) | set(new))
            if new.get(price, ZERO) != old.get(price, ZERO)
        ]
        if not changes:
            return
        ms = now_ms()
        stamp = format_rfc3339(datetime.fromtimestamp(ms // 1000, timezone.utc))
        market = self.market_id(ticker)
        for subscription in self.subscriptions("orderbook_delta"):
            if not subscription.follows(ticker) or subscription.markets is None:
                continue
            for side, price, delta in changes:
                shown = price if side == "yes" else self._no_price(subscription, price)
                msg: dict[str, Any] = {
                    "market_ticker": ticker,
                    "market_id": market,
                    "price_dollars": dollars(shown),
                    "delta_fp": count_fp(delta),
                    "side": side,
                    "ts": stamp,
                    "ts_ms": ms,
                }
                if subscription.session.user_id == cause.user_id and cause.client_order_id:
                    msg["client_order_id"] = cause.client_order_id
                    if cause.subaccount:
                        msg["subaccount"] = cause.subaccount
                subscription.session.deliver(subscription, "orderbook_delta", msg)

    def _ticker_changed(self, ticker: str) -> None:
        watchers = [s for s in self.subscriptions("ticker") if s.follows(ticker)]
        if not watchers:
            return
        fields = self.ticker_fields(ticker)
        if self._tickers.get(ticker) == fields:
            return
        self._tickers[ticker] = fields
        for subscription in watchers:
            self.send_ticker(subscription, ticker, fields)

    def _traded(self, trade: Mapping[str, Any]) -> None:
        ticker = trade["ticker"]
        self._last_trade_size[ticker] = trade["count_fp"]
        ms = now_ms()
        msg = {
            "trade_id": trade["trade_id"],
            "market_ticker": ticker,
            "yes_price_dollars": trade["yes_price_dollars"],
            "no_price_dollars": trade["no_price_dollars"],
            "count_fp": trade["count_fp"],
            "taker_side": trade["taker_outcome_side"],
            "taker_outcome_side": trade["taker_outcome_side"],
            "taker_book_side": trade["taker_book_side"],
            "is_block_trade": trade["is_block_trade"],
            "ts": ms // 1000,
            "ts_ms": ms,
        }
        for subscription in self.subscriptions("trade"):
            if subscription.follows(ticker):
                subscription.session.deliver(subscription, "trade", dict(msg))

    def _filled(self, event: Filled) -> None:
        order, fill, position = event.order, event.fill, event.position
        fills = self._private("fill", order.user_id, order.ticker)
        positions = self._private("market_positions", order.user_id, order.ticker)
        if not fills and not positions:
            return
        ms = now_ms()
        outcome = "yes" if order.side == BID else "no"
        msg: dict[str, Any] = {
            "trade_id": fill["trade_id"],
            "order_id": order.order_id,
            "market_ticker": order.ticker,
            "exchange_index": 0,
            "is_taker": fill["is_taker"],
            "side": outcome,
            "yes_price_dollars": fill["yes_price_dollars"],
            "count_fp": fill["count_fp"],
            "fee_cost": dollars6(Decimal(fill["fee_cost"])),
            "action": "buy",
            "ts": ms // 1000,
            "ts_ms": ms,
            "post_position_fp": count_fp(position.contracts),
            "purchased_side": outcome,
            "outcome_side": outcome,
            "book_side": order.side,
        }
        if order.client_order_id:
            msg["client_order_id"] = order.client_order_id
        if order.subaccount:
            msg["subaccount"] = order.subaccount
        for subscription in fills:
            subscription.session.deliver(subscription, "fill", dict(msg))
        if positions:
            account = self.state.account(order.user_id)
            volume = sum((Decimal(f["count_fp"]) for _, f in account.fills if f["ticker"] == order.ticker), ZERO)
            position_msg: dict[str, Any] = {
                "user_id": order.user_id,
                "market_ticker": order.ticker,
                "position_fp": count_fp(position.contracts),
                "position_cost_dollars": dollars(position.exposure),
                "realized_pnl_dollars": dollars(position.realized_pnl),
                "fees_paid_dollars": dollars(position.fees_paid),
                "position_fee_cost_dollars": dollars(position.fees_paid),
                "volume_fp": count_fp(volume),
            }
            if order.subaccount:
                position_msg["subaccount"] = order.subaccount
            for subscription in positions:
                subscription.session.deliver(subscription, "market_position", dict(position_msg))


def user_order(order: Order, reason: str | None) -> dict[str, Any]:
    """An order as the user_orders channel shows it."""
    outcome = "yes" if order.side == BID else "no"
    updated = order.updated or order.created
    msg: dict[str, Any] = {
        "order_id": order.order_id,
        "user_id": order.user_id,
        "ticker": order.ticker,
        "exchange_index": 0,
        "status": order.status,
        "side": outcome,
        "is_yes": order.side == BID,
        "outcome_side": outcome,
        "book_side": order.side,
        "yes_price_dollars": dollars(order.price),
        "fill_count_fp": count_fp(order.fill_count),
        "remaining_count_fp": count_fp(order.remaining_count),
        "initial_count_fp": count_fp(order.initial_count),
        "taker_fill_cost_dollars": dollars6(order.taker_fill_cost),
        "maker_fill_cost_dollars": dollars6(order.maker_fill_cost),
        "taker_fees_dollars": dollars6(order.taker_fees),
        "maker_fees_dollars": dollars6(order.maker_fees),
        "client_order_id": order.client_order_id,
        "created_time": format_rfc3339(order.created),
        "created_ts_ms": _ms(order.created),
        "last_update_time": format_rfc3339(updated),
        "last_updated_ts_ms": _ms(updated),
        "subaccount_number": order.subaccount,
    }
    if order.order_group_id:
        msg["order_group_id"] = order.order_group_id
    if order.self_trade_prevention_type:
        msg["self_trade_prevention_type"] = order.self_trade_prevention_type
    if order.expiration_ts is not None:
        expires = datetime.fromtimestamp(order.expiration_ts, timezone.utc)
        msg["expiration_time"] = format_rfc3339(expires)
        msg["expiration_ts_ms"] = order.expiration_ts * 1000
    if reason:
        msg["last_update_reason"] = reason
    return msg
