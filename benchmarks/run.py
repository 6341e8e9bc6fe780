"""Benchmarks of kalshi_sdk, each against the raw-httpx (or bare) way of doing the same work.

    python benchmarks/run.py            # the full run (a few minutes)
    python benchmarks/run.py --quick    # fewer repetitions and shorter pagination runs

One run starts a loopback server (benchmarks/_server.py, in its own process), runs every benchmark
and prints one Markdown table. Each figure is the ratio of the SDK's cost to its baseline's,
measured in the same run: the SDK and the baseline alternate within every repetition, the ratio is
taken per repetition, and the table shows its median with min and max, plus the medians of the
absolute figures for reference. The machine the project runs on is shared and noisy; only ratios
from one run are comparable.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import inspect
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 1000


@dataclass(frozen=True)
class Settings:
    """How much work each benchmark does."""

    repeats: int
    import_runs: int
    parse_loops: int
    round_trip_loops: int
    async_requests: int
    async_concurrency: tuple[int, ...]
    aiohttp_concurrency: tuple[int, ...]
    memory_pages: tuple[int, int]
    memory_runs: int
    sign_loops: int
    stream_frames: int


FULL = Settings(
    repeats=21,
    import_runs=21,
    parse_loops=5,
    round_trip_loops=5,
    async_requests=1000,
    async_concurrency=(10, 50, 100),
    aiohttp_concurrency=(50,),
    memory_pages=(50, 200),
    memory_runs=3,
    sign_loops=100,
    stream_frames=20_000,
)
QUICK = Settings(
    repeats=2,
    import_runs=2,
    parse_loops=1,
    round_trip_loops=1,
    async_requests=200,
    async_concurrency=(10, 50, 100),
    aiohttp_concurrency=(50,),
    memory_pages=(2, 6),
    memory_runs=1,
    sign_loops=10,
    stream_frames=2_000,
)


@dataclass
class Row:
    """One line of the table: paired (SDK, baseline) measurements and the target for their ratio."""

    name: str
    baseline: str
    pairs: list[tuple[float, float]]
    unit: str
    target: str
    meets: Callable[[float, float], bool]
    """Whether the target is met, given the median ratio and the SDK's median figure (in `unit`)."""

    @property
    def ratios(self) -> list[float]:
        return [subject / base for subject, base in self.pairs]


# --- helpers -----------------------------------------------------------------------------------


def timed_pairs(
    subject: Callable[[], object], baseline: Callable[[], object], repeats: int, loops: int
) -> list[tuple[float, float]]:
    """Seconds per call of each function, one pair per repetition.

    Within a repetition the two alternate call by call (taking turns at going first), so both
    see the same machine load; the machine is shared and its load drifts.
    """
    subject()
    baseline()
    pairs = []
    for _ in range(repeats):
        gc.collect()
        spent = {subject: 0.0, baseline: 0.0}
        for turn in range(loops):
            for function in (subject, baseline) if turn % 2 == 0 else (baseline, subject):
                started = time.perf_counter()
                function()
                spent[function] += time.perf_counter() - started
        pairs.append((spent[subject] / loops, spent[baseline] / loops))
    return pairs


def child_env() -> dict[str, str]:
    """The environment for child processes: no credentials, so clients stay unauthenticated, and
    bytecode caches allowed, so imports are timed as users see them (not recompiled every time)."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KALSHI_") and key != "PYTHONDONTWRITEBYTECODE"
    }


def sdk_options() -> dict[str, Any]:
    """Client options for measuring the SDK's own cost: no client-side rate limit, where the SDK has
    one (it would measure the budget, not the SDK; the loopback server has no budget to protect)."""
    from kalshi_sdk import Kalshi

    return {"rate_limit": None} if "rate_limit" in inspect.signature(Kalshi).parameters else {}


class LoopbackServer:
    """benchmarks/_server.py in a child process."""

    def __enter__(self) -> LoopbackServer:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "_server.py"), "--markets", str(PAGE_SIZE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.process.kill()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.base_url = f"http://127.0.0.1:{int(line.split()[1])}/trade-api/v2"
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# --- benchmarks --------------------------------------------------------------------------------


def bench_import(settings: Settings) -> list[Row]:
    """Fresh interpreters: time of the import statement(s), measured inside the child."""
    statements = {
        "httpx": "import httpx",
        "sdk": "import kalshi_sdk",
        "client": "import kalshi_sdk; kalshi_sdk.Kalshi()",
    }
    seconds: dict[str, list[float]] = {name: [] for name in statements}
    env = child_env()
    for run in range(settings.import_runs + 1):
        names = list(statements) if run % 2 == 0 else list(reversed(statements))
        for name in names:
            code = (
                f"import time\nstarted = time.perf_counter()\n{statements[name]}\nprint(time.perf_counter() - started)"
            )
            output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            if run:  # the first round only warms the bytecode caches
                seconds[name].append(float(output.stdout))
    return [
        Row(
            "import kalshi_sdk",
            "import httpx",
            list(zip(seconds["sdk"], seconds["httpx"], strict=True)),
            "ms",
            "≤ 1.5x",
            lambda ratio, _: ratio <= 1.5,
        ),
        Row(
            "import kalshi_sdk + first Kalshi()",
            "import httpx",
            list(zip(seconds["client"], seconds["httpx"], strict=True)),
            "ms",
            "≤ 1.5x",
            lambda ratio, _: ratio <= 1.5,
        ),
    ]


def bench_parse(settings: Settings, body: bytes) -> list[Row]:
    """One GetMarkets page of 1,000 markets: bytes -> the facade's typed page."""
    from kalshi_sdk._operations import build_request_spec

    page_model = build_request_spec("get_markets", limit=PAGE_SIZE).response_model
    loads = json.loads

    def typed_page() -> Any:
        page = page_model.from_dict(loads(body))
        assert len(page.markets) == PAGE_SIZE
        return page

    first = typed_page().markets[0]
    fields = [attribute for attribute, _ in first._FIELDS] + ["additional_properties"]
    read_all = attrgetter(*fields)

    def typed_page_every_field() -> Any:
        page = typed_page()
        for market in page.markets:
            read_all(market)
        return page

    def raw() -> Any:
        return loads(body)

    return [
        Row(
            "parse 1,000 markets",
            "json.loads",
            timed_pairs(typed_page, raw, settings.repeats, settings.parse_loops),
            "ms",
            "≤ 1.2x",
            lambda ratio, _: ratio <= 1.2,
        ),
        Row(
            f"parse 1,000 markets + read all {len(fields)} fields",
            "json.loads",
            timed_pairs(typed_page_every_field, raw, settings.repeats, settings.parse_loops),
            "ms",
            "≤ 2.0x",
            lambda ratio, _: ratio <= 2.0,
        ),
    ]


def bench_round_trip(settings: Settings, base_url: str) -> list[Row]:
    """client.markets.list(limit=1000), first page, vs httpx.Client.get + json.loads."""
    import httpx

    from kalshi_sdk import Kalshi

    with Kalshi(base_url=base_url, **sdk_options()) as client, httpx.Client(base_url=base_url) as http:

        def sdk() -> Any:
            page = next(iter(client.markets.list(limit=PAGE_SIZE).iter_pages()))
            assert len(page.markets) == PAGE_SIZE
            return page

        def raw() -> Any:
            response = http.get("/markets", params={"limit": PAGE_SIZE})
            response.raise_for_status()
            return json.loads(response.content)

        pairs = timed_pairs(sdk, raw, settings.repeats, settings.round_trip_loops)
    return [
        Row(
            "round trip: first page of 1,000 markets",
            "httpx.Client.get + json.loads",
            pairs,
            "ms",
            "≤ 1.15x",
            lambda ratio, _: ratio <= 1.15,
        )
    ]


def bench_async(settings: Settings, base_url: str) -> list[Row]:
    """Requests per second at fixed concurrencies: AsyncKalshi vs a default httpx.AsyncClient on the same server.

    One row per (transport, concurrency): the SDK as users make it (`AsyncKalshi()`, or with
    `http_client=DefaultAioHttpClient()` for the aiohttp extra) against `httpx.AsyncClient()` with
    httpx's defaults. Each repetition drives `async_requests` GETs of one market through each.
    """
    variants = [("httpx", concurrency, "≥ 0.95x", 0.95) for concurrency in settings.async_concurrency]
    variants += [("aiohttp", concurrency, "≥ 3x", 3.0) for concurrency in settings.aiohttp_concurrency]
    rows = []
    for transport, concurrency, target, least in variants:
        pairs = asyncio.run(_async_pairs(settings, base_url, concurrency, transport))
        rows.append(
            Row(
                f"async{' over aiohttp' if transport == 'aiohttp' else ''}: "
                f"{settings.async_requests:,} requests at concurrency {concurrency}",
                "httpx.AsyncClient() + json.loads",
                pairs,
                "req/s",
                target,
                functools.partial(_at_least, least),
            )
        )
    return rows


def _at_least(least: float, ratio: float, _: float) -> bool:
    return ratio >= least


async def _async_pairs(
    settings: Settings, base_url: str, concurrency: int, transport: str
) -> list[tuple[float, float]]:
    """(SDK, raw httpx) requests per second, one pair per repetition.

    Within a repetition each side sends `async_requests` requests in rounds of a few times the
    concurrency, the two sides taking turns round by round (and at going first), so both see the
    same machine load; this machine's load drifts over seconds, longer than a round.
    """
    import httpx

    from kalshi_sdk import AsyncKalshi

    ticker = "KXHIGHNY-26JAN01-B50.5"
    total = settings.async_requests
    round_size = min(max(5 * concurrency, 100), total)

    async def drive(fetch: Callable[[], Any], requests: int) -> float:
        """Seconds to send `requests` requests through `concurrency` workers."""
        remaining = requests

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await fetch()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - started

    options = sdk_options()
    if transport == "aiohttp":
        from kalshi_sdk import DefaultAioHttpClient

        options["http_client"] = DefaultAioHttpClient()
    async with AsyncKalshi(base_url=base_url, **options) as client, httpx.AsyncClient(base_url=base_url) as http:

        async def sdk() -> Any:
            market = await client.markets.get(ticker)
            assert market.ticker == ticker
            return market

        async def raw() -> Any:
            response = await http.get(f"/markets/{ticker}")
            response.raise_for_status()
            return json.loads(response.content)

        await drive(sdk, total)  # opens the connections
        await drive(raw, total)
        pairs = []
        for repeat in range(max(settings.repeats // 3, 1)):
            spent = {sdk: 0.0, raw: 0.0}
            sent = 0
            while sent < total:
                requests = min(round_size, total - sent)
                for fetch in (sdk, raw) if (repeat + sent // round_size) % 2 == 0 else (raw, sdk):
                    spent[fetch] += await drive(fetch, requests)
                sent += requests
            pairs.append((total / spent[sdk], total / spent[raw]))
        return pairs


def memory_child(mode: str, pages: int, base_url: str) -> None:
    """In a fresh process: how far peak RSS rises above the RSS before iterating `pages` pages of 1,000 markets."""
    import resource

    import httpx

    from kalshi_sdk import Kalshi

    def peak_bytes() -> int:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB

    def current_bytes() -> int:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
        return resident_pages * resource.getpagesize()

    count = 0
    start = f"0/{pages}"
    if mode == "sdk":
        with Kalshi(base_url=base_url, **sdk_options()) as client:
            client.exchange.status()  # connection open, request path loaded
            before = current_bytes()
            for market in client.markets.list(limit=PAGE_SIZE, cursor=start):
                if market.ticker and market.yes_bid_dollars is not None:
                    count += 1
            after = peak_bytes()
    else:
        with httpx.Client(base_url=base_url) as http:
            http.get("/exchange/status").raise_for_status()
            before = current_bytes()
            cursor = start
            while cursor:
                data = json.loads(http.get("/markets", params={"limit": PAGE_SIZE, "cursor": cursor}).content)
                for market in data["markets"]:
                    if market["ticker"] and market["yes_bid_dollars"] is not None:
                        count += 1
                cursor = data["cursor"]
            after = peak_bytes()
    if count != pages * PAGE_SIZE:
        raise SystemExit(f"expected {pages * PAGE_SIZE} markets, iterated {count}")
    print(json.dumps({"growth": after - before}))


def bench_memory(settings: Settings, base_url: str) -> list[Row]:
    """Peak memory growth of the auto-paginator over many pages, in fresh processes."""
    few, many = settings.memory_pages
    growth: dict[tuple[str, int], list[float]] = {}
    env = child_env()
    for run in range(settings.memory_runs):
        for mode in ("sdk", "raw") if run % 2 == 0 else ("raw", "sdk"):
            for pages in (few, many):
                output = subprocess.run(
                    [sys.executable, __file__, "--memory-child", mode, str(pages), base_url],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                growth.setdefault((mode, pages), []).append(json.loads(output.stdout)["growth"])
    return [
        Row(
            f"pagination memory: {few * PAGE_SIZE:,} markets ({few} pages)",
            "httpx + json.loads loop",
            list(zip(growth[("sdk", few)], growth[("raw", few)], strict=True)),
            "MB",
            "≤ 50 MB",
            lambda _, megabytes: megabytes <= 50,
        ),
        Row(
            f"pagination memory: {many * PAGE_SIZE:,} markets ({many} pages)",
            "httpx + json.loads loop",
            list(zip(growth[("sdk", many)], growth[("raw", many)], strict=True)),
            "MB",
            "≤ 50 MB",
            lambda _, megabytes: megabytes <= 50,
        ),
        Row(
            f"pagination memory: {many} pages vs {few} pages",
            f"kalshi_sdk, {few} pages",
            list(zip(growth[("sdk", many)], growth[("sdk", few)], strict=True)),
            "MB",
            "flat (~ 1x)",
            lambda ratio, _: ratio <= 1.25,
        ),
    ]


def bench_signing(settings: Settings) -> list[Row]:
    """KalshiAuth's per-request step vs a bare RSA-PSS signature of the same message."""
    import httpx
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    from kalshi_sdk import KalshiAuth

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    auth = KalshiAuth("benchmark-key-id", key)
    request = httpx.Request("GET", "https://127.0.0.1/trade-api/v2/portfolio/balance")
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
    sha256 = hashes.SHA256()
    message = f"{time.time_ns() // 1_000_000}GET/trade-api/v2/portfolio/balance".encode()

    def sdk() -> None:
        flow = auth.sync_auth_flow(request)
        next(flow)
        flow.close()

    def bare() -> bytes:
        return key.sign(message, pss, sha256)

    return [
        Row(
            "signing: auth step per request",
            "bare RSA-PSS sign",
            timed_pairs(sdk, bare, settings.repeats, settings.sign_loops),
            "µs",
            "≤ 1.2x",
            lambda ratio, _: ratio <= 1.2,
        )
    ]


def bench_stream_decode(settings: Settings) -> list[Row]:
    """Frames of an orderbook subscription decoded, sequence-checked and applied to the local book
    by the stream's protocol, vs json.loads of the same frames."""
    from _ws_server import frames

    from kalshi_sdk._stream_protocol import StreamProtocol

    texts = frames(settings.stream_frames)
    protocol = StreamProtocol(buffer_size=len(texts) + 1)
    protocol.connection_made()
    sub = protocol.subscribe("orderbook_delta", {"market_tickers": ["BENCH-MARKET"]})
    protocol.receive(json.dumps({"id": 1, "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": 1}}))
    assert sub.sid == 1
    receive = protocol.receive

    def sdk() -> None:
        sub.last_seq = None  # the same frames again: a fresh subscription's numbering
        for text in texts:
            receive(text)
        assert len(sub.buffer) == len(texts) and protocol.books["BENCH-MARKET"].consistent
        sub.buffer.clear()

    def bare() -> None:
        loads = json.loads
        for text in texts:
            loads(text)

    pairs = timed_pairs(sdk, bare, settings.repeats, 1)
    per_frame = [(subject / len(texts), base / len(texts)) for subject, base in pairs]
    return [
        Row(
            "stream: decode + apply an orderbook frame",
            "json.loads",
            per_frame,
            "µs",
            "≤ 3x",
            lambda ratio, _: ratio <= 3.0,
        )
    ]


class LoopbackWebSocketServer:
    """benchmarks/_ws_server.py in a child process, sending `frames` frames to each connection."""

    def __init__(self, frames: int) -> None:
        self.frames = frames

    def __enter__(self) -> LoopbackWebSocketServer:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "_ws_server.py"), str(self.frames)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.url = f"ws://127.0.0.1:{int(self.process.stdout.readline())}/trade-api/ws/v2"
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.process.kill()
        self.process.wait()


def bench_stream_throughput(settings: Settings) -> list[Row]:
    """Frames a second over loopback: a blocking kalshi_sdk stream iterating an orderbook
    subscription (books kept, messages typed) vs a bare websockets client running json.loads."""
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from websockets.sync.client import connect

    from kalshi_sdk import Kalshi

    count = settings.stream_frames
    client = Kalshi(api_key_id="benchmark-key-id", private_key=ed25519.Ed25519PrivateKey.generate())

    with LoopbackWebSocketServer(count) as server:

        def sdk() -> float:
            started = time.perf_counter()
            with client.stream(ws_url=server.url) as stream:
                subscription = stream.subscribe("orderbook_delta", market_tickers=["BENCH-MARKET"])
                for received, _ in enumerate(subscription, start=1):
                    if received == count:
                        break
            return count / (time.perf_counter() - started)

        def bare() -> float:
            started = time.perf_counter()
            with connect(server.url, max_size=None, compression=None) as websocket:
                websocket.send(json.dumps({"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"]}}))
                json.loads(websocket.recv())
                for _ in range(count):
                    json.loads(websocket.recv())
            return count / (time.perf_counter() - started)

        sdk()
        bare()
        pairs = []
        for repeat in range(max(settings.repeats // 3, 1)):
            if repeat % 2 == 0:
                pairs.append((sdk(), bare()))
            else:
                bare_rate = bare()
                pairs.append((sdk(), bare_rate))
    client.close()
    return [
        Row(
            f"stream: {count:,} frames over loopback (sync)",
            "websockets sync client + json.loads",
            pairs,
            "frames/s",
            "≥ 0.8x",
            lambda ratio, _: ratio >= 0.8,
        )
    ]


# --- report ------------------------------------------------------------------------------------

SCALE = {"ms": 1e3, "µs": 1e6, "req/s": 1.0, "frames/s": 1.0, "rows/s": 1.0, "MB": 1 / 1e6}


def bench_to_arrow(settings: Settings, base_url: str, body: bytes) -> list[Row]:
    """to_arrow(): one page's conversion, and a whole listing fetched and converted page by page,
    against pyarrow.Table.from_pylist of the raw dicts (which leaves dollars and times as strings)."""
    import httpx
    import pyarrow as pa

    from kalshi_sdk import Kalshi, to_arrow
    from kalshi_sdk._operations import build_request_spec

    page_model = build_request_spec("get_markets", limit=PAGE_SIZE).response_model
    raw_page = json.loads(body)["markets"]
    pages = 10 if settings is QUICK else 200

    def convert_page() -> Any:
        return to_arrow(page_model.from_dict(json.loads(body)).markets)

    def from_pylist_page() -> Any:
        return pa.Table.from_pylist(json.loads(body)["markets"])

    assert convert_page().num_rows == len(raw_page)
    rows = [
        Row(
            "to_arrow: one page of 1,000 markets (parse + convert)",
            "json.loads + pa.Table.from_pylist",
            timed_pairs(convert_page, from_pylist_page, settings.repeats, settings.parse_loops),
            "ms",
            "≤ 1.5x",
            lambda ratio, _: ratio <= 1.5,
        )
    ]
    with Kalshi(base_url=base_url, **sdk_options()) as client, httpx.Client(base_url=base_url) as http:

        def sdk() -> Any:
            table = client.markets.list(limit=PAGE_SIZE, cursor=f"0/{pages}").to_arrow()
            assert table.num_rows == pages * PAGE_SIZE
            return table

        def raw() -> Any:
            tables, cursor = [], f"0/{pages}"
            while cursor:
                response = http.get("/markets", params={"limit": PAGE_SIZE, "cursor": cursor})
                response.raise_for_status()
                document = json.loads(response.content)
                tables.append(pa.Table.from_pylist(document["markets"]))
                cursor = document["cursor"]
            return pa.concat_tables(tables)

        pairs = timed_pairs(sdk, raw, max(settings.repeats // 7, 1), 1)
    rows.append(
        Row(
            f"to_arrow: {pages * PAGE_SIZE:,} markets ({pages} pages, fetched)",
            "httpx + json.loads + from_pylist per page",
            pairs,
            "ms",
            "≤ 1.5x",
            lambda ratio, _: ratio <= 1.5,
        )
    )
    return rows


def bench_export(settings: Settings, base_url: str) -> list[Row]:
    """kalshi_sdk.export to JSON lines (checkpointed page by page) vs a plain page loop writing JSON lines."""
    import tempfile

    import httpx

    from kalshi_sdk import Kalshi, export

    pages = 5 if settings is QUICK else 50
    with (
        tempfile.TemporaryDirectory(prefix="kalshi-bench-") as folder,
        Kalshi(base_url=base_url, **sdk_options()) as client,
        httpx.Client(base_url=base_url) as http,
    ):
        target = Path(folder) / "markets.jsonl"

        def sdk() -> Any:
            result = export(
                client, "markets", target, overwrite=True, progress=False, limit=PAGE_SIZE, cursor=f"0/{pages}"
            )
            assert result.rows == pages * PAGE_SIZE
            return result

        def raw() -> Any:
            cursor = f"0/{pages}"
            with open(Path(folder) / "plain.jsonl", "w", encoding="utf-8") as out:
                while cursor:
                    response = http.get("/markets", params={"limit": PAGE_SIZE, "cursor": cursor})
                    response.raise_for_status()
                    document = json.loads(response.content)
                    out.writelines(json.dumps(item, separators=(",", ":")) + "\n" for item in document["markets"])
                    cursor = document["cursor"]

        seconds = timed_pairs(sdk, raw, max(settings.repeats // 3, 1), 1)
    rows_each = pages * PAGE_SIZE
    return [
        Row(
            f"export: {rows_each:,} markets to JSON lines ({pages} pages)",
            "httpx page loop writing JSON lines",
            [(rows_each / subject, rows_each / base) for subject, base in seconds],
            "rows/s",
            "≥ 0.8x",
            lambda ratio, _: ratio >= 0.8,
        )
    ]


def in_unit(values: list[float], unit: str) -> float:
    return statistics.median(values) * SCALE[unit]


def shown(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}" if value >= 10 else f"{value:.2f} {unit}"


def render(rows: list[Row]) -> str:
    lines = [
        "| benchmark | ratio (median) | min - max | target | met | kalshi_sdk | baseline |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratios = row.ratios
        median = statistics.median(ratios)
        subject = in_unit([subject for subject, _ in row.pairs], row.unit)
        baseline = in_unit([baseline for _, baseline in row.pairs], row.unit)
        met = "yes" if row.meets(median, subject) else "NO"
        lines.append(
            f"| {row.name} | {median:.2f}x | {min(ratios):.2f} - {max(ratios):.2f} | {row.target} | {met} | "
            f"{shown(subject, row.unit)} | {shown(baseline, row.unit)} ({row.baseline}) |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions; checks that every benchmark runs")
    parser.add_argument("--memory-child", nargs=3, metavar=("MODE", "PAGES", "BASE_URL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        mode, pages, base_url = args.memory_child
        memory_child(mode, int(pages), base_url)
        return 0

    settings = QUICK if args.quick else FULL
    started = time.perf_counter()
    rows: list[Row] = []
    rows += bench_import(settings)
    with LoopbackServer() as server:
        import httpx

        body = httpx.get(f"{server.base_url}/markets", params={"limit": PAGE_SIZE}).content
        rows += bench_parse(settings, body)
        rows += bench_round_trip(settings, server.base_url)
        rows += bench_async(settings, server.base_url)
        rows += bench_memory(settings, server.base_url)
        rows += bench_to_arrow(settings, server.base_url, body)
        rows += bench_export(settings, server.base_url)
    rows += bench_signing(settings)
    rows += bench_stream_decode(settings)
    rows += bench_stream_throughput(settings)

    print(
        f"kalshi_sdk benchmarks ({'quick' if args.quick else 'full'} run): Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, page body {len(body) / 1e6:.2f} MB, "
        f"{time.perf_counter() - started:.0f} s"
    )
    print()
    print(render(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
