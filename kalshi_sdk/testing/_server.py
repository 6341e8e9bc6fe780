"""FakeExchange: an in-memory Kalshi Trade API v2 served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import copy
import socket
import socketserver
import sys
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

from . import _catalog, _trading
from ._auth import HEADER_KEY, load_public_key, verify_request
from ._events import MarketListed
from ._http import API_PREFIX, ApiError, RecordedRequest, Response, default_error_body, error_body, not_found
from ._keys import ApiKey, generate_api_key
from ._ledger import ASK, BID
from ._numbers import parse_count, parse_dollars
from ._ratelimit import RateLimiter
from ._routes import build_router
from ._seed import seed_game_stats, seed_live_data, seed_milestones
from ._seed_markets import seed_events, seed_liquidity, seed_markets, seed_schedule, seed_series, seed_trades
from ._state import DEFAULT_USER_ID, MARKET_MAKER_ID, ExchangeState, format_rfc3339
from ._times import Clock

if TYPE_CHECKING:
    from .._client import AsyncKalshi, Kalshi
    from ._ws import WebSocketFaults, WebSocketServer

_Self = TypeVar("_Self", bound="FakeExchange")

# Synthetic milestones from make_milestones() start here, one hour apart, after all seed data.
_SYNTHETIC_EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)

DEFAULT_MAX_BATCH_SIZE = 20


@dataclass
class _Failure:
    status: int
    body: object
    headers: dict[str, str]
    remaining: int
    after_handling: bool


class FakeExchange:
    """An in-memory fake of the Kalshi Trade API v2, served over real HTTP on 127.0.0.1.

    Use it as a context manager (or call :meth:`start` / :meth:`stop`) and point a client at
    :attr:`base_url`, or let :meth:`client` build one with a fresh API key. Every request is
    appended to :attr:`requests`.

    With ``seed=True`` it starts with a few series, events and markets (with a market maker's
    resting orders on the open ones, and past trades), milestones with live data, an exchange
    schedule. Every account (the default one, and any other a key is registered for) opens with
    $100.00. ``seed=False`` starts with no market data.

    Args:
        seed: preload the sample data.
        require_signatures: every ``/portfolio/`` request, and any request carrying
            ``KALSHI-ACCESS-KEY``, must be signed by a key given to :meth:`register_key`
            (otherwise 401). With False, unsigned requests act for the default account.
        max_batch_size: the most orders a batch create or batch cancel may hold (400 beyond).
        rate_limit: refuse requests beyond this many per ``rate_limit_window`` seconds with 429
            and a Retry-After header (None: no limit); see :meth:`set_rate_limit`.
        rate_limit_window: the window of ``rate_limit``, in seconds.
        fee_rate: the taker fee coefficient: a taker pays fee_rate x the series' fee multiplier x
            count x p x (1 - p), rounded up to the cent; makers pay nothing. 0 turns fees off.
        ws_ping_interval: seconds between the WebSocket endpoint's heartbeat pings (None: none);
            a connection whose pong does not come within the same time is closed.
        ws_buffer_limit: frames a WebSocket connection may have waiting to be written; beyond
            that the reader is too slow and is cut off with error 25 (None: no limit).
        port: the TCP port to listen on (0, the default: any free port).
        clock: where the exchange reads the time (epoch seconds; default ``time.time``): order
            expiry, the rate-limit window and the timestamps it writes follow it. Give a
            :class:`FakeClock` to test timing without waiting. Signatures are always checked
            against the wall clock, which is the one clients sign with.

    Served under ``/trade-api/v2``: exchange status and schedule; series, events, markets, order
    books, trades; milestones and live data; balance, positions, fills; orders (V2 create, batch
    create, amend, decrease, cancel, batch cancel, cancel all, list, get, queue positions).

    The streaming API is served at :attr:`ws_url` (needs the ``websockets`` package): signed
    handshake, heartbeats, every channel's commands, messages driven by the matching engine,
    :meth:`ws_publish` for the channels it does not drive, and :attr:`ws_faults`.
    """

    def __init__(
        self,
        *,
        seed: bool = True,
        require_signatures: bool = True,
        max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
        rate_limit: int | None = None,
        rate_limit_window: float = 1.0,
        fee_rate: float | str | Decimal = "0.07",
        ws_ping_interval: float | None = 10.0,
        ws_buffer_limit: int | None = None,
        port: int = 0,
        clock: Clock | None = None,
    ) -> None:
        self._port = port
        self.require_signatures = require_signatures
        self.max_batch_size = max_batch_size
        self.requests: list[RecordedRequest] = []
        self._state = ExchangeState(clock or time.time)
        self._state.fee_rate = Decimal(str(fee_rate))
        self._router = build_router(self._state, max_batch_size=lambda: self.max_batch_size)
        self._failures: deque[_Failure] = deque()
        self._rate_limiter: RateLimiter | None = None
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._synthetic_count = 0
        self._seed_order_ids: set[str] = set()
        self.ws_ping_interval = ws_ping_interval
        self.ws_buffer_limit = ws_buffer_limit
        self._ws_lock = threading.Lock()
        self._ws_server: WebSocketServer | None = None
        self._ws_faults: WebSocketFaults | None = None
        self.set_rate_limit(rate_limit, per_seconds=rate_limit_window)
        if seed:
            self._seed()

    def _seed(self) -> None:
        state = self._state
        for milestone in seed_milestones():
            state.add_milestone(milestone)
        for live in seed_live_data():
            state.set_live_data(live["milestone_id"], live)
        for milestone_id, pbp in seed_game_stats().items():
            state.set_game_stats(milestone_id, pbp)
        for series in seed_series():
            _catalog.add_series(state, series)
        for event in seed_events():
            _catalog.add_event(state, event)
        markets = seed_markets()
        for market in markets:
            _catalog.add_market(state, market)
        for ticker, side, price, count in seed_liquidity(markets):
            self._seed_order_ids.add(self._rest(ticker, side, price, count, MARKET_MAKER_ID, ""))
        with state.lock:
            state.trades.extend((state.next_seq(), trade) for trade in seed_trades(markets))
            state.schedule = seed_schedule()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Bind a free port on 127.0.0.1 and serve from a daemon thread (no-op if already running)."""
        if self._server is not None:
            return
        server = _HTTPServer(self, self._port)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="kalshi-fake-exchange", daemon=True
        )
        thread.start()
        self._server, self._thread = server, thread

    def stop(self) -> None:
        """Stop serving, drop open connections and close the listening socket (no-op if stopped)."""
        self._stop_websocket()
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

    # -- streaming ---------------------------------------------------------------------------

    @property
    def ws_url(self) -> str:
        """The WebSocket address, ``ws://127.0.0.1:PORT/trade-api/ws/v2``; the first read starts that server."""
        from ._ws import WS_PATH

        return f"ws://127.0.0.1:{self._websocket().port}{WS_PATH}"

    @property
    def ws_faults(self) -> WebSocketFaults:
        """Fault injection and counters of the WebSocket endpoint (see ``kalshi_sdk.testing._ws``).

        After :meth:`stop` the last endpoint's counters stay readable here.
        """
        if self._server is None and self._ws_faults is not None:
            return self._ws_faults
        self._websocket()
        assert self._ws_faults is not None
        return self._ws_faults

    def ws_publish(
        self,
        channel: str,
        msg: Mapping[str, Any],
        *,
        type: str | None = None,
        market_ticker: str | None = None,
        user_id: str | None = None,
    ) -> int:
        """Send ``msg`` to every subscription of ``channel`` that follows its market; returns frames sent.

        For channels the matching engine does not drive (lifecycle, communications, order groups,
        index and Pyth values) or any message a test wants to inject. ``type`` defaults to the
        channel's message type (``communications`` needs one); ``seq`` is added on sequenced
        channels. The market is ``market_ticker``, else the message's ``market_ticker``/``ticker``;
        ``user_id`` keeps it to that account's connections. Index and underlying filters are not
        applied: a test-made message reaches every subscription of the channel.
        """
        return self._websocket().hub.publish(channel, dict(msg), type, market_ticker, user_id)

    def ws_send_raw(self, frame: Mapping[str, Any] | str) -> int:
        """Send one frame exactly as given (a dict as JSON, or text) to every open connection; returns how many."""
        return self._websocket().send_raw(frame if isinstance(frame, str) else dict(frame))

    def ws_subscriptions(self) -> list[dict[str, Any]]:
        """Live subscriptions of every connection: ``user_id``, ``channel``, ``sid``, ``market_tickers``."""
        hub = self._websocket().hub
        with self._state.lock:
            return [subscription.listing() for subscription in hub.subscriptions()]

    def _websocket(self) -> WebSocketServer:
        with self._ws_lock:
            if self._ws_server is None:
                from ._ws import WebSocketFaults, WebSocketServer
                from ._ws_hub import Hub

                self.port  # noqa: B018 - raises when the exchange is not running
                server = WebSocketServer(
                    Hub(self._state, buffer_limit=self.ws_buffer_limit),
                    require_signatures=lambda: self.require_signatures,
                    ping_interval=self.ws_ping_interval,
                )
                server.start()
                self._ws_server, self._ws_faults = server, WebSocketFaults(server)
            return self._ws_server

    def _stop_websocket(self) -> None:
        with self._ws_lock:
            server, self._ws_server = self._ws_server, None
        if server is not None:
            server.stop()
            server.hub.detach()

    # -- accounts and keys -------------------------------------------------------------------

    @property
    def user_id(self) -> str:
        """The default account: every key trades for it unless registered for another one."""
        return DEFAULT_USER_ID

    @property
    def market_maker_id(self) -> str:
        """The account behind the seeded liquidity (and :meth:`add_resting_order` by default)."""
        return MARKET_MAKER_ID

    def register_key(self, key_id: str, public_key_pem: bytes | str, *, user_id: str | None = None) -> None:
        """Accept signatures made by the private half of this RSA or Ed25519 public key (PEM SPKI).

        Requests signed with it act for ``user_id`` (default: :attr:`user_id`); any new id opens
        an empty account, so two keys with two ids are two traders who can trade with each other.
        """
        key = load_public_key(public_key_pem)
        with self._state.lock:
            self._state.keys[key_id] = key
            self._state.key_users[key_id] = user_id or DEFAULT_USER_ID
            self._state.account(user_id or DEFAULT_USER_ID)

    def new_api_key(self, *, user_id: str | None = None, algorithm: str = "ed25519") -> ApiKey:
        """Make a key pair, register its public half for ``user_id``, and return the key id and private key."""
        api_key = generate_api_key(user_id or DEFAULT_USER_ID, algorithm)
        self.register_key(api_key.key_id, api_key.public_key_pem, user_id=api_key.user_id)
        return api_key

    def client(self, *, user_id: str | None = None, **options: Any) -> Kalshi:
        """A `Kalshi` client pointed at this exchange, signing with a new key for ``user_id``.

        ``options`` go to the client's constructor (``timeout=...``). Close it when done.
        """
        from .._client import Kalshi

        api_key = self.new_api_key(user_id=user_id)
        return Kalshi(base_url=self.base_url, api_key_id=api_key.key_id, private_key=api_key.private_key_pem, **options)

    def async_client(self, *, user_id: str | None = None, **options: Any) -> AsyncKalshi:
        """An `AsyncKalshi` client pointed at this exchange; see :meth:`client`."""
        from .._client import AsyncKalshi

        api_key = self.new_api_key(user_id=user_id)
        return AsyncKalshi(
            base_url=self.base_url, api_key_id=api_key.key_id, private_key=api_key.private_key_pem, **options
        )

    def set_balance(self, balance: int, *, portfolio_value: int | None = None, user_id: str | None = None) -> None:
        """Set an account's available balance in cents (and optionally its portfolio value in cents).

        The portfolio value otherwise follows the cost of the open positions.
        """
        self._state.set_balance(balance, portfolio_value=portfolio_value, user_id=user_id or DEFAULT_USER_ID)

    # -- market data -------------------------------------------------------------------------

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

    def add_series(self, series: Mapping[str, Any]) -> str:
        """Add (or replace) a series shaped like the spec's Series; only ``ticker`` is required."""
        return _catalog.add_series(self._state, series)

    def add_event(self, event: Mapping[str, Any]) -> str:
        """Add (or replace) an event shaped like the spec's EventData; only ``event_ticker`` is required.

        ``series_ticker`` defaults to the ticker's first part; a missing series is created.
        """
        return _catalog.add_event(self._state, event)

    def add_market(self, market: Mapping[str, Any]) -> str:
        """Add (or replace) a market shaped like the spec's Market; only ``ticker`` is required.

        Defaults: an ``active`` binary market priced 0.01-0.99 by cents, open now and closing in
        30 days, in the event named by the ticker without its last ``-`` part (created if
        missing). Best bid/ask, volume and open interest follow the orders and trades.
        """
        with self._state.lock:
            listed = market.get("ticker") not in self._state.markets
            ticker = _catalog.add_market(self._state, market)
            if listed:
                self._state.publish(MarketListed(ticker))
            return ticker

    def set_exchange_status(
        self,
        *,
        exchange_active: bool = True,
        trading_active: bool = True,
        exchange_estimated_resume_time: str | None = None,
    ) -> None:
        """Set what ``GET /exchange/status`` reports.

        While trading is inactive, creating or amending orders answers 503 ``trading_paused``;
        pausing cancels resting orders placed with ``cancel_order_on_pause``.
        """
        with self._state.lock:
            self._state.exchange_status = {
                "exchange_active": exchange_active,
                "trading_active": trading_active,
                "exchange_estimated_resume_time": exchange_estimated_resume_time,
            }
            if not (exchange_active and trading_active):
                _trading.cancel_on_pause(self._state, self._state.now())

    def set_exchange_schedule(self, schedule: Mapping[str, Any]) -> None:
        """Set the Schedule (``standard_hours``, ``maintenance_windows``) served by GetExchangeSchedule."""
        with self._state.lock:
            self._state.schedule = copy.deepcopy(dict(schedule))

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

    # -- orders ------------------------------------------------------------------------------

    def add_resting_order(
        self,
        ticker: str,
        side: str,
        price: str,
        count: str,
        *,
        user_id: str | None = None,
        client_order_id: str = "",
    ) -> str:
        """Put a good-till-canceled order on the book without matching it; returns its order id.

        ``side`` is ``"bid"`` (buy YES) or ``"ask"`` (sell YES); ``price`` and ``count`` are
        fixed-point strings (``"0.5500"``, ``"10.00"``). The owner defaults to the market maker,
        which makes it liquidity your orders can trade with; pass ``user_id=exchange.user_id`` for
        an order of your own. Raises ValueError when the order would cross the book.
        """
        if side not in (BID, ASK):
            raise ValueError(f"side must be 'bid' or 'ask', got {side!r}")
        try:
            return self._rest(
                ticker,
                side,
                parse_dollars(price, "price"),
                parse_count(count, "count"),
                user_id or MARKET_MAKER_ID,
                client_order_id,
            )
        except ApiError as error:
            raise ValueError(error.message) from None

    def _rest(self, ticker: str, side: str, price: Decimal, count: Decimal, user_id: str, client_order_id: str) -> str:
        with self._state.lock:
            market = self._state.markets.get(ticker)
            if market is None:
                raise ValueError(f"no market with ticker {ticker!r}")
            if not _catalog.is_valid_price(market, price):
                raise ValueError(f"price {price} is not on {ticker}'s price steps")
            resting = _catalog.resting_for(self._state, ticker, ASK if side == BID else BID)
            if resting and (resting[0].price <= price if side == BID else resting[0].price >= price):
                raise ValueError(f"a {side} at {price} would cross the book of {ticker}")
            request = _trading.OrderRequest(
                ticker=ticker,
                side=side,
                price=price,
                count=count,
                time_in_force=_trading.GOOD_TILL_CANCELED,
                self_trade_prevention_type="taker_at_cross",
                client_order_id=client_order_id,
                expiration_ts=None,
                post_only=False,
                reduce_only=False,
                cancel_order_on_pause=False,
                subaccount=0,
                order_group_id=None,
            )
            self._state.account(user_id)
            order = _trading.place_order(self._state, user_id, request, self._state.now())
            return order.order_id

    @property
    def orders(self) -> list[dict[str, Any]]:
        """Every order except the seeded liquidity, oldest first, shaped like the API's Order."""
        with self._state.lock:
            return [
                order.to_api()
                for order in sorted(self._state.orders.values(), key=lambda o: o.seq)
                if order.order_id not in self._seed_order_ids
            ]

    def create_count(self, client_order_id: str) -> int:
        """How many order creations carrying ``client_order_id`` the exchange handled.

        Counts single and batch creates, the accepted one and any refused as duplicates (409),
        so a retried create shows up as 2 whether or not the retry placed a second order.
        """
        with self._state.lock:
            return self._state.create_counts[client_order_id]

    def order(self, order_id: str) -> dict[str, Any]:
        """One order by id, shaped like the API's Order; KeyError when there is none."""
        with self._state.lock:
            return self._state.orders[order_id].to_api()

    def fills(self, user_id: str | None = None) -> list[dict[str, Any]]:
        """An account's fills (default account unless given), oldest first, shaped like the API's Fill."""
        with self._state.lock:
            return [dict(fill) for _, fill in self._state.account(user_id or DEFAULT_USER_ID).fills]

    def positions(self, user_id: str | None = None) -> list[dict[str, Any]]:
        """An account's market positions (default account unless given), shaped like MarketPosition."""
        with self._state.lock:
            return [p.to_api() for p in self._state.account(user_id or DEFAULT_USER_ID).positions.values()]

    def balance(self, user_id: str | None = None) -> dict[str, Any]:
        """An account's balance as GetBalance answers it (cents, dollars, portfolio value)."""
        return self._state.balance(user_id or DEFAULT_USER_ID)

    @property
    def trades(self) -> list[dict[str, Any]]:
        """Every public trade, seeded ones included, oldest first, shaped like the API's Trade."""
        with self._state.lock:
            return [dict(trade) for _, trade in self._state.trades]

    # -- failures, limits and recording ------------------------------------------------------

    def set_rate_limit(self, max_requests: int | None, *, per_seconds: float = 1.0) -> None:
        """Refuse requests beyond ``max_requests`` in any ``per_seconds`` window (None: no limit).

        A refused request gets 429 ``too_many_requests`` with ``Retry-After`` (whole seconds until
        a request would be accepted again) and does not count against the limit.
        """
        limiter = None if max_requests is None else RateLimiter(max_requests, per_seconds)
        with self._state.lock:
            self._rate_limiter = limiter

    def fail_next(
        self,
        status: int,
        body: object = None,
        *,
        count: int = 1,
        headers: dict[str, str] | None = None,
        after_handling: bool = False,
    ) -> None:
        """Answer the next ``count`` requests (any path) with ``status`` instead of routing them.

        ``body`` is sent as JSON (bytes are sent verbatim); None means a Kalshi-style error body
        for the status. Calls queue up: a second fail_next applies after the first is used up.
        The failed requests are still recorded. With ``after_handling=True`` each request is
        handled first (an order is placed...) and only its answer is replaced, as when a response
        is lost on the way back: the case client_order_id de-duplication exists for.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        payload = default_error_body(status) if body is None else body
        with self._state.lock:
            self._failures.append(_Failure(status, payload, dict(headers or {}), count, after_handling))

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._state.lock:
            self.requests.clear()

    # -- request handling --------------------------------------------------------------------

    def _dispatch(self, request: RecordedRequest) -> Response:
        """Answer one request: record it, then a queued failure, the rate limit, the signature check, the route."""
        with self._state.lock:
            self.requests.append(request)
            failure = self._failures[0] if self._failures else None
            if failure is not None:
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.popleft()
        if failure is not None and not failure.after_handling:
            return Response(failure.status, failure.body, dict(failure.headers))
        response = self._handle(request)
        if failure is not None:
            return Response(failure.status, failure.body, dict(failure.headers))
        return response

    def _handle(self, request: RecordedRequest) -> Response:
        try:
            if not request.path.startswith(API_PREFIX + "/"):
                raise not_found(f"no route for {request.path}")
            route_path = request.path[len(API_PREFIX) :]
            with self._state.lock:
                if self._rate_limiter is not None:
                    self._rate_limiter.admit(self._state.clock())
                _trading.expire_orders(self._state, self._state.now())
                keys = dict(self._state.keys)
            if self.require_signatures and (
                route_path.startswith("/portfolio/") or route_path == "/portfolio" or HEADER_KEY in request.headers
            ):
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

    def __init__(self, exchange: FakeExchange, port: int = 0) -> None:
        self.exchange = exchange
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", port), _RequestHandler)

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

    # Methods the API does not use are routed too, so they get 405 (with Allow) as from the real server.
    def do_HEAD(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        self._handle()

    def do_TRACE(self) -> None:
        self._handle()

    def do_QUERY(self) -> None:
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
        if self.command != "HEAD":
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
