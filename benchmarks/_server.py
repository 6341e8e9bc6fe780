"""A minimal HTTP/1.1 server on 127.0.0.1 that answers like the Trade API, for the benchmarks.

It runs in its own process (so it never competes with the measured client for the GIL) and only
copies pre-encoded bytes onto the socket, so the client side is what the benchmarks measure.

    python benchmarks/_server.py [--markets 1000]     # prints "PORT <n>", serves until stdin closes

Routes (below /trade-api/v2):
    GET /markets?limit=N&cursor=C   N markets (at most --markets). The cursor "PAGE/PAGES" asks for
                                    page PAGE of PAGES; the last page answers an empty cursor. With no
                                    cursor the listing is endless (page 0 of a million).
    GET /markets/{ticker}           {"market": ...}
    GET /exchange/status            {"exchange_active": true, "trading_active": true}
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from urllib.parse import parse_qs, urlsplit

from _payloads import encoded_markets

PREFIX = "/trade-api/v2"
ENDLESS = 1_000_000


class Routes:
    """Pre-encoded response bodies and the logic that picks one."""

    def __init__(self, market_count: int) -> None:
        self.markets = encoded_markets(market_count)
        self.pages: dict[int, bytes] = {}
        self.single_market = b'{"market":' + self.markets[0] + b"}"
        self.status = b'{"exchange_active":true,"trading_active":true,"exchange_estimated_resume_time":null}'

    def page(self, limit: int) -> bytes:
        body = self.pages.get(limit)
        if body is None:
            body = self.pages[limit] = b",".join(self.markets[:limit])
        return body

    def answer(self, target: str) -> tuple[int, bytes]:
        url = urlsplit(target)
        path = url.path[len(PREFIX) :] if url.path.startswith(PREFIX) else url.path
        if path == "/markets":
            query = parse_qs(url.query)
            limit = max(1, min(int(query.get("limit", ["100"])[0]), len(self.markets)))
            page_number, pages = 0, ENDLESS
            cursor = query.get("cursor", [""])[0]
            if cursor:
                first, _, total = cursor.partition("/")
                page_number, pages = int(first), int(total)
            following = f"{page_number + 1}/{pages}" if page_number + 1 < pages else ""
            return 200, b'{"markets":[' + self.page(limit) + b'],"cursor":"' + following.encode() + b'"}'
        if path.startswith("/markets/"):
            return 200, self.single_market
        if path == "/exchange/status":
            return 200, self.status
        return 404, b'{"code":"not_found","message":"no such route"}'


async def serve_connection(routes: Routes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            lines = head.decode("latin-1").split("\r\n")
            _method, target, _version = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                if line[:15].lower() == "content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            status, body = routes.answer(target)
            reason = b"OK" if status == 200 else b"Not Found"
            # One write per response: a separate header segment would wait on Nagle and delayed ACKs.
            writer.write(
                b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                % (status, reason, len(body), body)
            )
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):  # client gone, or the server shutting down
        return
    finally:
        writer.close()


async def main(market_count: int) -> None:
    routes = Routes(market_count)
    server = await asyncio.start_server(
        lambda reader, writer: serve_connection(routes, reader, writer), "127.0.0.1", 0, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    loop = asyncio.get_running_loop()
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--markets", type=int, default=1000)
    asyncio.run(main(parser.parse_args().markets))
