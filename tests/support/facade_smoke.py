"""Smoke test of the facade over whatever `kalshi_api` is importable (run with PYTHONPATH set to a
package regenerated from another spec version); prints one JSON object: operationId -> outcome.

    PYTHONPATH=/tmp/gen python -m tests.support.facade_smoke

Each facade method is called against a fake exchange on 127.0.0.1. The outcome is "ok", or
"unavailable: <message>" when the method's operation is not in the spec version (the facade then
raises OperationUnavailableError on the call, having imported fine), or "error: <type>: <message>".
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_ID = "smoke-key"

# operationId -> a facade call exercising it (on a client with credentials, `ticker` an open market).
CALLS: dict[str, Callable[[Any, str], Any]] = {
    "GetExchangeStatus": lambda client, ticker: client.exchange.status(),
    "GetExchangeSchedule": lambda client, ticker: client.exchange.schedule(),
    "GetMarkets": lambda client, ticker: list(client.markets.list(status="open", max_items=3)),
    "GetMarket": lambda client, ticker: client.markets.get(ticker),
    "GetMarketOrderbook": lambda client, ticker: client.markets.orderbook(ticker),
    "GetMarketOrderbooks": lambda client, ticker: client.markets.orderbooks([ticker]),
    "GetTrades": lambda client, ticker: list(client.markets.trades(ticker=ticker, max_items=3)),
    "GetEvents": lambda client, ticker: list(client.events.list(max_items=3)),
    "GetSeriesList": lambda client, ticker: client.series.list(),
    "GetMilestones": lambda client, ticker: list(client.milestones.list(max_items=3)),
    "GetBalance": lambda client, ticker: client.portfolio.balance(),
    "GetPositions": lambda client, ticker: list(client.portfolio.positions(max_items=3)),
    "GetFills": lambda client, ticker: list(client.portfolio.fills(max_items=3)),
    "GetOrders": lambda client, ticker: list(client.orders.list(max_items=3)),
    "CreateOrderV2": lambda client, ticker: client.orders.create(ticker=ticker, side="bid", count=1, price="0.01"),
}


def outcomes() -> dict[str, str]:
    from kalshi_api.rules import OPERATION_IDS
    from kalshi_sdk import Kalshi, OperationUnavailableError
    from kalshi_sdk.testing import FakeExchange

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    results: dict[str, str] = {}
    with FakeExchange() as exchange:
        exchange.register_key(KEY_ID, public_pem)
        with Kalshi(base_url=exchange.base_url, api_key_id=KEY_ID, private_key=private_pem) as client:
            ticker = str(next(iter(client.call("GetMarkets", status="open", max_items=1))).ticker)
            for operation_id, call in CALLS.items():
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore", DeprecationWarning)
                        call(client, ticker)
                    results[operation_id] = "ok"
                except OperationUnavailableError as error:
                    results[operation_id] = f"unavailable: {error}"
                except Exception as error:  # reported, not raised: the test names every failure at once
                    results[operation_id] = f"error: {type(error).__name__}: {error}"
            if "GetMarketWidgets" in OPERATION_IDS:  # the synthetic newer spec: its additions are reachable
                results.update(newer_outcomes(client, ticker))
    return results


def newer_outcomes(client: Any, ticker: str) -> dict[str, str]:
    """The additions of tests/support/newer_spec.py, used before any facade method knows them."""
    from kalshi_api.api import descriptor
    from kalshi_api.models import Market
    from kalshi_sdk import APIStatusError
    from kalshi_sdk._operations import build_request_spec

    found: dict[str, str] = {}
    widgets = descriptor("get_market_widgets")
    found["new operation described"] = "ok" if widgets.list_field == "widgets" else f"error: {widgets}"
    try:
        list(client.call("GetMarketWidgets", ticker=ticker, max_items=1))
        found["new operation sent"] = "error: the fake exchange answered an operation it does not know"
    except APIStatusError as error:  # sent, signed and answered: the fake answers 501 for what it does not serve
        served = error.status_code == 501 and "/widgets" in str(error)
        found["new operation sent"] = "ok" if served else f"error: {error}"
    positions = client.call("GetPositions", settlement_status="settled")
    found["new parameter"] = "ok" if positions is not None else "error: no response"
    spec = build_request_spec("get_markets", status="halted")
    found["new enum value"] = "ok" if spec.params["status"] == "halted" else f"error: {spec.params}"
    market = Market.from_dict({"ticker": ticker, "rulebook_variant": "b"})
    # The field exists in the package regenerated from the newer spec, not in the one mypy sees.
    found["new field"] = "ok" if market.rulebook_variant == "b" else "error: field not read"  # type: ignore[attr-defined]
    return found


if __name__ == "__main__":
    print(json.dumps(outcomes()))
