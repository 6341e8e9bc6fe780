"""Importing the SDK and building a client stays cheap: what only some programs need loads on first use."""

from __future__ import annotations

import json
import subprocess
import sys


def test_import_and_first_client_leave_out_asyncio_decimal_uuid_and_the_connection_pool() -> None:
    # What httpx loads itself is no cost of the SDK's: with click installed (mkdocs, of the docs
    # extra, brings it), `import httpx` loads its command line, and uuid and decimal with it.
    code = (
        "import json, sys; import httpx; baseline = set(sys.modules);"
        "import kalshi_sdk; client = kalshi_sdk.Kalshi();"
        "loaded = sorted(m for m in ('asyncio', 'decimal', 'uuid') if m in sys.modules and m not in baseline);"
        "print(json.dumps([loaded, client._pool.http is None]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [[], True]
