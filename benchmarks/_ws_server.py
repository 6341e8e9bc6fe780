"""A loopback WebSocket server for the streaming benchmarks, run in its own process.

    python benchmarks/_ws_server.py FRAMES     # prints "PORT" once listening

Each connection's first text frame is read; a subscribe command gets its `subscribed` reply (sid 1).
Then the server sends FRAMES frames of one `orderbook_delta` subscription as fast as it can: a
snapshot, then deltas with consecutive `seq`, made once up front so that only sending is measured.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

TICKER = "BENCH-MARKET"


def frames(count: int) -> list[str]:
    """A snapshot and `count - 1` deltas that keep the book bounded (each level goes up, then down)."""
    levels = [f"0.{price:02d}00" for price in range(1, 99)]
    snapshot = {
        "type": "orderbook_snapshot",
        "sid": 1,
        "seq": 1,
        "sending_ts_ms": 1700000000000,
        "msg": {
            "market_ticker": TICKER,
            "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1",
            "yes_dollars_fp": [[price, "100.00"] for price in levels[:49]],
            "no_dollars_fp": [[price, "100.00"] for price in levels[:49]],
        },
    }
    out = [json.dumps(snapshot)]
    for n in range(1, count):
        delta = {
            "type": "orderbook_delta",
            "sid": 1,
            "seq": n + 1,
            "sending_ts_ms": 1700000000000 + n,
            "msg": {
                "market_ticker": TICKER,
                "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1",
                "price_dollars": levels[n % 49],
                "delta_fp": "5.00" if (n // 49) % 2 == 0 else "-5.00",
                "side": "yes" if n % 2 else "no",
                "ts": "2026-11-29T23:00:00Z",
                "ts_ms": 1700000000000 + n,
            },
        }
        out.append(json.dumps(delta))
    return out


async def serve(count: int) -> None:
    from websockets.asyncio.server import serve as ws_serve

    prepared = frames(count)

    async def handler(connection: Any) -> None:
        first = json.loads(await connection.recv())
        if first.get("cmd") == "subscribe":
            reply = {"id": first["id"], "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": 1}}
            await connection.send(json.dumps(reply))
        for frame in prepared:
            await connection.send(frame)
        await connection.wait_closed()

    async with ws_serve(handler, "127.0.0.1", 0, max_size=None, compression=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(port, flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
