"""The generated layer on its own, and `client.call`: any operation of the spec, reachable on day one.

- Each generated endpoint module is a usable low-level client: `sync`/`asyncio` with a
  `kalshi_api.Client` signed by `KalshiAuth`, against the fake exchange over a real socket.
- `client.call(operation_id, **arguments)` sends any operation through the facade's pipeline:
  checks from the generated descriptors, signing, typed errors, pagination where there is a cursor.
- Per-call `extra_query`/`extra_body`/`extra_headers` reach the server as given.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from kalshi_sdk import (
    AsyncKalshi,
    CursorPage,
    Kalshi,
    KalshiAuth,
    MissingCredentialsError,
    NotFoundError,
    OperationUnavailableError,
)
from kalshi_sdk.testing import FakeExchange

from .conftest import KEY_ID, KeyPair
from .fault_server import FaultServer


def test_generated_functions_work_on_their_own_with_kalshi_auth(exchange: FakeExchange, rsa_keys: KeyPair) -> None:
    import kalshi_api
    from kalshi_api.api.market import get_market, get_markets
    from kalshi_api.api.portfolio import get_balance
    from kalshi_api.errors import UnexpectedStatus
    from kalshi_api.models import GetBalanceResponse, GetMarketsResponse

    auth = KalshiAuth(KEY_ID, rsa_keys.private_pem)
    with kalshi_api.Client(base_url=exchange.base_url, auth=auth) as client:
        balance = get_balance.sync(client=client)
        assert isinstance(balance, GetBalanceResponse) and isinstance(balance.balance, int)
        page = get_markets.sync(client=client, limit=2)
        assert isinstance(page, GetMarketsResponse) and len(page.markets) == 2
        one = get_market.sync(page.markets[0].ticker, client=client)
        assert one.market.ticker == page.markets[0].ticker
        assert isinstance(one.market.yes_bid_dollars, Decimal)
    with kalshi_api.Client(base_url=exchange.base_url) as unsigned, pytest.raises(UnexpectedStatus) as caught:
        get_balance.sync(client=unsigned)
    assert caught.value.status_code == 401


async def test_generated_async_function(exchange: FakeExchange, rsa_keys: KeyPair) -> None:
    import kalshi_api
    from kalshi_api.api.portfolio import get_balance

    async with kalshi_api.Client(base_url=exchange.base_url, auth=KalshiAuth(KEY_ID, rsa_keys.private_pem)) as client:
        assert isinstance((await get_balance.asyncio(client=client)).balance, int)


def test_descriptors_describe_each_operation() -> None:
    from kalshi_api.api import OPERATIONS, descriptor
    from kalshi_api.models import GetMarketsResponse, GetMarketsStatus

    markets = descriptor("get_markets")
    assert (markets.method, markets.path, markets.signed) == ("GET", "/markets", False)
    assert markets.response_model is GetMarketsResponse and markets.list_field == "markets"
    status = markets.parameter("status")
    assert status is not None and status.type is GetMarketsStatus and status.location == "query"
    assert "open" in status.rules["enum"]
    request = markets.build_request(limit=3, status=GetMarketsStatus.OPEN)
    assert request["params"] == {"limit": 3, "status": "open"} and request["url"] == "/markets"
    for name in OPERATIONS:  # every operation has a descriptor, consistent with the light index
        assert descriptor(name).method == OPERATIONS[name].method


def test_call_sends_any_operation_through_the_pipeline(client: Kalshi) -> None:
    from kalshi_api.models import GetBalanceResponse, Market

    assert isinstance(client.call("GetBalance"), GetBalanceResponse)
    assert isinstance(client.call("get_balance", subaccount=0), GetBalanceResponse)
    markets = client.call("GetMarkets", max_items=3, status="open")
    assert isinstance(markets, CursorPage)
    tickers = [market.ticker for market in markets]
    assert len(tickers) == 3 and all(isinstance(market, Market) for market in markets)
    assert client.call("GetMarket", ticker=tickers[0]).market.ticker == tickers[0]
    with pytest.raises(NotFoundError):
        client.call("GetMarket", ticker="NO-SUCH-MARKET")
    with pytest.raises(ValueError, match="status must be one of"):
        client.call("GetMarkets", status="bogus")
    with pytest.raises(TypeError, match="get_market takes no argument 'tickr'"):
        client.call("GetMarket", tickr="X")
    with pytest.raises(OperationUnavailableError, match=r"'GetWidgets' is not in version 3\.\d+\.\d+"):
        client.call("GetWidgets")


def test_call_takes_a_body_as_a_dict(client: Kalshi, public_client: Kalshi) -> None:
    ticker = next(iter(client.call("GetMarkets", status="open", max_items=1))).ticker
    order = {
        "ticker": ticker,
        "side": "bid",
        "count": "1.00",
        "price": "0.01",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }
    created = client.call("CreateOrderV2", body=order)
    assert client.call("GetOrder", order_id=created.order_id).order.ticker == ticker
    with pytest.raises(ValueError, match="side must be one of bid, ask"):
        client.call("CreateOrderV2", body={**order, "side": "sell"})
    with pytest.raises(MissingCredentialsError):
        public_client.call("CreateOrderV2", body=order)


async def test_async_call(async_client: AsyncKalshi) -> None:
    from kalshi_api.models import GetBalanceResponse

    assert isinstance(await async_client.call("GetBalance"), GetBalanceResponse)
    tickers = [market.ticker async for market in async_client.call("GetMarkets", max_items=2)]
    assert len(tickers) == 2


@pytest.fixture
def fault_server(rsa_keys: KeyPair) -> Iterator[FaultServer]:
    with FaultServer(public_key_pem=rsa_keys.public_pem, key_id=KEY_ID) as server:
        yield server


def test_extras_reach_the_server(fault_server: FaultServer, rsa_keys: KeyPair) -> None:
    with Kalshi(base_url=fault_server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as client:
        assert list(client.call("GetOrders", extra_query={"preview": "1"}, extra_headers={"X-Trace-Id": "abc"})) == []
        with pytest.raises(NotFoundError):  # the fault server knows no such order; what was sent is what counts
            client.call("CancelOrderV2", order_id="o-1", extra_body={"reason": "test"})
    listing, cancel = fault_server.requests[-2:]
    assert listing.query["preview"] == "1" and listing.headers["x-trace-id"] == "abc"
    assert "kalshi-access-signature" in listing.headers  # still signed
    assert cancel.method == "DELETE" and cancel.json() == {"reason": "test"}


def test_facade_methods_take_extras(fault_server: FaultServer, rsa_keys: KeyPair) -> None:
    with Kalshi(base_url=fault_server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as client:
        client.exchange.status(extra_query={"probe": "1"}, extra_headers={"X-Trace-Id": "status"})
        milestones = list(client.milestones.list(max_items=2, extra_query={"category": "Sports"}))
        created = client.orders.create(ticker="T", side="bid", count=1, price="0.5", extra_body={"note": "hi"})
        with pytest.raises(ValueError, match="limit must be between"):  # a name the spec knows is still checked
            client.milestones.list(extra_query={"limit": 100_000})
        with pytest.raises(TypeError, match="takes no argument 'tickr'"):
            client.markets.get("T", tickr="x")  # type: ignore[call-arg]
    status, *pages, create = fault_server.requests
    assert status.query == {"probe": "1"} and status.headers["x-trace-id"] == "status"
    assert pages and all(page.query["category"] == "Sports" for page in pages) and len(milestones) <= 2
    assert create.json()["note"] == "hi" and create.json()["ticker"] == "T" and created.order_id
