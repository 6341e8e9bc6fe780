"""`kalshi fake-exchange`: the fake exchange in the foreground, for any client to point at."""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any

from ._cli import CommandError, Output, non_negative_int
from ._constants import ENV_API_KEY_ID, ENV_PRIVATE_KEY_PATH

__all__ = ["register"]


def register(commands: Any) -> None:
    serve = commands.add_parser(
        "fake-exchange",
        help="run a fake exchange on 127.0.0.1 until Ctrl-C, with a ready API key",
        description="Serve kalshi_sdk.testing.FakeExchange on 127.0.0.1 in the foreground and print its URL and "
        "an API key (id and private key file) it accepts, until Ctrl-C or SIGTERM.",
    )
    serve.add_argument("--port", type=non_negative_int, default=0, help="TCP port (default: any free port)")
    serve.add_argument(
        "--key-file", type=Path, help="where to write the private key (default: a temporary file removed on exit)"
    )
    # With --json, one JSON line as soon as it serves: {"base_url", "api_key_id", "private_key_path"}.
    serve.set_defaults(handler=fake_exchange, json_lines=True)


def fake_exchange(options: argparse.Namespace, out: Output) -> None:
    from .testing import FakeExchange

    exchange = FakeExchange(port=options.port)
    try:
        exchange.start()
    except OSError as error:
        raise CommandError(f"cannot listen on 127.0.0.1:{options.port}: {error.strerror or error}") from None
    stop = threading.Event()
    scratch = None if options.key_file else Path(tempfile.mkdtemp(prefix="kalshi-fake-exchange-"))
    key_file: Path = options.key_file if scratch is None else scratch / "private_key.pem"
    try:
        with exchange:
            key = exchange.new_api_key()
            key_file.write_bytes(key.private_key_pem)
            os.chmod(key_file, 0o600)
            # Ctrl-C and SIGTERM both end the wait (also where a shell started it with SIGINT ignored),
            # from the moment the address is announced.
            stopping = (signal.SIGINT, signal.SIGTERM)
            previous = {number: signal.signal(number, lambda *_: stop.set()) for number in stopping}
            try:
                announce(out, exchange.base_url, key.key_id, key_file)
                stop.wait()
            finally:
                for number, handler in previous.items():
                    signal.signal(number, handler)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def announce(out: Output, base_url: str, key_id: str, key_file: Path) -> None:
    if out.as_json:
        out.emit({"base_url": base_url, "api_key_id": key_id, "private_key_path": str(key_file)})
        return
    out.line(f"Fake Kalshi exchange at {base_url} (Ctrl-C stops it)")
    out.line(f"API key id:        {key_id}")
    out.line(f"Private key file:  {key_file}")
    out.line("")
    out.line("Point a client at it, for example:")
    out.line(f"  export {ENV_API_KEY_ID}={key_id} {ENV_PRIVATE_KEY_PATH}={key_file}")
    out.line(f"  kalshi --env {base_url} balance")
