"""The fake exchange's WebSocket endpoint: Kalshi's streaming API (AsyncAPI 2.0.0) on 127.0.0.1.

A real ``websockets`` server runs an asyncio loop in a background thread. It starts the first
time :attr:`FakeExchange.ws_url` is read and stops with the exchange. The protocol itself
(commands, subscriptions, sequence numbers, message shapes, fault rules) lives in the sans-IO
module ``_ws_hub``; this module only moves frames between that hub and the sockets.

Public API (all on :class:`~kalshi_sdk.testing.FakeExchange`)::

    exchange = FakeExchange(ws_ping_interval=10.0)   # heartbeat pings; None turns them off
    exchange.ws_url                  # "ws://127.0.0.1:PORT/trade-api/ws/v2" (starts the server)
    exchange.ws_publish(channel, msg, *, type=None, market_ticker=None, user_id=None) -> int
        # push one message to every matching subscription of ``channel`` (frames sent);
        # ``type`` defaults to the channel's message type, ``seq`` is added on sequenced channels
    exchange.ws_send_raw(frame) -> int   # a dict (JSON-encoded as is) or str to every connection
    exchange.ws_subscriptions() -> list[dict]   # {"user_id", "channel", "sid", "market_tickers"}

    faults = exchange.ws_faults      # WebSocketFaults
    faults.drop_connections(*, abrupt=True) -> int     # close every open connection now
    faults.skip_seq(*, channel=None, sid=None, count=1, drop_frame=False)
        # the next sequenced frame of a matching subscription jumps its seq by ``count``
        # (drop_frame=True: that frame is lost as well, a true gap)
    faults.duplicate_next(*, channel=None, sid=None, count=1)  # next matching frames sent twice
    faults.overflow(*, channel=None, sid=None, close_connection=True) -> int
        # error 25 "Subscription buffer overflow" on matching subscriptions now, then close
    faults.hold_acks() / faults.release_acks()   # commands wait (unanswered) until released
    faults.delay_acks(seconds)                   # every command waits this long before handling
    faults.refuse_handshakes(count=1, status=503) # next handshakes refused (maintenance window)
    faults.frames_sent, faults.faults_injected, faults.injected (Counter by fault kind),
    faults.connections_opened, faults.open_connections, faults.handshakes_refused,
    faults.pings_sent, faults.pongs_received, faults.commands_received
    faults.wait_until(lambda f: f.open_connections == 1, timeout=5.0) -> None  # TimeoutError

Protocol as served: the handshake must be signed like REST (KALSHI-ACCESS-KEY / -TIMESTAMP /
-SIGNATURE over ``timestamp_ms + "GET" + "/trade-api/ws/v2"``) by a key registered with the
exchange, else HTTP 401 (with ``require_signatures=False`` unsigned handshakes act for the
default account). Every frame carries a top-level ``sending_ts_ms``. Each subscription keeps
one ``seq`` counter: data frames of sequenced channels (orderbook_delta, trade, lifecycle,
communications, order_group_updates, cfbenchmarks, pyth) and the subscription's control replies
(``ok``, ``unsubscribed``, subscription-scoped ``error``) take the next number; ``ticker``,
``fill``, ``market_position`` and ``user_order`` frames carry none.
"""

from __future__ import annotations
