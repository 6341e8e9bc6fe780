"""Tests for kalshi_sdk.testing.FakeExchange, driven with plain httpx over real sockets."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kalshi_sdk.testing import FakeClock, FakeExchange, RecordedRequest

PREFIX = "/trade-api/v2"
EXCHANGE_TIME = 1_800_000_000  # the time the `fake` fixture's exchange keeps (its clock stands still)
NBA_GAME_ID = "93ce8b69-d3db-412d-b41e-a245a271adcc"

PrivateKey = rsa.RSAPrivateKey | Ed25519PrivateKey


def public_pem(key: PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def signed_headers(
    key: PrivateKey, key_id: str, method: str, path: str, timestamp_ms: int | None = None
) -> dict[str, str]:
    """KALSHI-ACCESS-* headers for ``method`` on ``path`` (the full path from /trade-api/v2, no query)."""
    timestamp = str(int(time.time() * 1000) if timestamp_ms is None else timestamp_ms)
    message = (timestamp + method + path).encode()
    if isinstance(key, rsa.RSAPrivateKey):
        signature = key.sign(
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
            hashes.SHA256(),
        )
    else:
        signature = key.sign(message)
    return {
        "KALSHI-ACCESS-KEY": key_id,
        "KALSHI-ACCESS-TIMESTAMP": timestamp,
        "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
    }


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def other_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def fake() -> Iterator[FakeExchange]:
    with FakeExchange(clock=FakeClock(start=EXCHANGE_TIME)) as exchange:
        yield exchange


@pytest.fixture
def client(fake: FakeExchange) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.base_url, timeout=10) as http:
        yield http


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    return error


def all_pages(client: httpx.Client, limit: int, **params: str) -> list[dict[str, Any]]:
    """Every page of GET /milestones, following cursors until the empty one."""
    pages: list[dict[str, Any]] = []
    cursor = ""
    while True:
        query: dict[str, Any] = {"limit": limit, **params}
        if cursor:
            query["cursor"] = cursor
        response = client.get("/milestones", params=query)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        cursor = pages[-1]["cursor"]
        if cursor == "":
            return pages
        assert len(pages) < 50, "pagination does not end"


# -- lifecycle ---------------------------------------------------------------------------------


def test_base_url_and_shutdown() -> None:
    exchange = FakeExchange()
    with pytest.raises(RuntimeError):
        _ = exchange.base_url
    with exchange:
        assert exchange.base_url.startswith("http://127.0.0.1:")
        assert exchange.base_url.endswith("/trade-api/v2")
        url = exchange.base_url
        assert httpx.get(f"{url}/exchange/status").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/exchange/status", timeout=2)
    exchange.stop()  # stopping twice is harmless


def test_kept_alive_connection_is_closed_on_stop() -> None:
    exchange = FakeExchange()
    exchange.start()
    with httpx.Client(base_url=exchange.base_url, timeout=2) as http:
        assert http.get("/exchange/status").status_code == 200
        exchange.stop()
        with pytest.raises(httpx.TransportError):
            http.get("/exchange/status")


def test_concurrent_requests(fake: FakeExchange) -> None:
    statuses: list[int] = []

    def worker() -> None:
        with httpx.Client(base_url=fake.base_url, timeout=10) as http:
            statuses.extend(http.get("/milestones", params={"limit": 2}).status_code for _ in range(10))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 80
    assert len(fake.requests) == 80


# -- exchange status ---------------------------------------------------------------------------


def test_exchange_status(fake: FakeExchange, client: httpx.Client) -> None:
    response = client.get("/exchange/status")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "exchange_active": True,
        "trading_active": True,
        "exchange_estimated_resume_time": None,
    }
    fake.set_exchange_status(trading_active=False, exchange_estimated_resume_time="2025-11-24T14:00:00Z")
    assert client.get("/exchange/status").json()["trading_active"] is False


def test_unknown_path_and_wrong_method(client: httpx.Client) -> None:
    assert_error(client.get("/no/such/thing"), 404, "not_found")
    assert_error(httpx.get(str(client.base_url).replace(PREFIX, "/elsewhere")), 404, "not_found")
    error = client.post("/exchange/status", json={})
    assert_error(error, 405, "method_not_allowed")
    assert error.headers["allow"] == "GET"


# -- milestones --------------------------------------------------------------------------------


def test_seed_milestones_shape(client: httpx.Client) -> None:
    body = client.get("/milestones", params={"limit": 100}).json()
    milestones = body["milestones"]
    assert body["cursor"] == ""
    assert 6 <= len(milestones) <= 12
    assert {m["category"] for m in milestones} >= {"Sports", "Elections", "Crypto"}
    assert {"football_game", "basketball_game", "political_race"} <= {m["type"] for m in milestones}
    required = {
        "id", "category", "type", "start_date", "related_event_tickers", "title",
        "notification_message", "details", "primary_event_tickers", "last_updated_ts",
    }  # fmt: skip
    for milestone in milestones:
        assert required <= milestone.keys()
        assert milestone["start_date"].endswith("Z") and milestone["last_updated_ts"].endswith("Z")
        assert isinstance(milestone["details"], dict)
    starts = [(m["start_date"], m["id"]) for m in milestones]
    assert starts == sorted(starts)
    assert any("KXNFLGAME-25NOV23KCBUF" in m["related_event_tickers"] for m in milestones)


def test_pagination_three_pages(client: httpx.Client, fake: FakeExchange) -> None:
    ids = fake.make_milestones(250, category="Synthetic")
    pages = all_pages(client, 100, category="Synthetic")
    assert [len(page["milestones"]) for page in pages] == [100, 100, 50]
    assert all(page["cursor"] for page in pages[:-1])
    assert pages[-1]["cursor"] == ""
    assert [m["id"] for page in pages for m in page["milestones"]] == ids


def test_pagination_exact_multiple_ends_without_empty_page(client: httpx.Client, fake: FakeExchange) -> None:
    fake.make_milestones(200, category="Synthetic")
    pages = all_pages(client, 100, category="Synthetic")
    assert [len(page["milestones"]) for page in pages] == [100, 100]


def test_pagination_is_stable_when_items_are_added(client: httpx.Client, fake: FakeExchange) -> None:
    everything = [m["id"] for m in client.get("/milestones", params={"limit": 500}).json()["milestones"]]
    first = client.get("/milestones", params={"limit": 3}).json()
    assert [m["id"] for m in first["milestones"]] == everything[:3]
    # A milestone sorting before the first page must not shift the pages after it.
    fake.add_milestone({"id": "early", "category": "Sports", "type": "x", "start_date": "2000-01-01T00:00:00Z"})
    second = client.get("/milestones", params={"limit": 500, "cursor": first["cursor"]}).json()
    assert [m["id"] for m in second["milestones"]] == everything[3:]
    assert second["cursor"] == ""


@pytest.mark.parametrize("limit", [None, "", "0", "501", "-1", "abc", "2.5"])
def test_milestones_limit_validation(client: httpx.Client, limit: str | None) -> None:
    params = {} if limit is None else {"limit": limit}
    error = assert_error(client.get("/milestones", params=params), 400, "invalid_parameters")
    assert "limit" in error["message"]


@pytest.mark.parametrize("limit", ["1", "500"])
def test_milestones_limit_bounds_accepted(client: httpx.Client, limit: str) -> None:
    assert client.get("/milestones", params={"limit": limit}).status_code == 200


@pytest.mark.parametrize("cursor", ["not-a-cursor", "!!!", base64.urlsafe_b64encode(b"[1,2]").decode()])
def test_milestones_invalid_cursor(client: httpx.Client, cursor: str) -> None:
    assert_error(client.get("/milestones", params={"limit": 10, "cursor": cursor}), 400, "invalid_parameters")


def list_ids(client: httpx.Client, **params: Any) -> set[str]:
    response = client.get("/milestones", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return {m["id"] for m in response.json()["milestones"]}


def test_milestone_filters(client: httpx.Client, fake: FakeExchange) -> None:
    everything = {m["id"]: m for m in client.get("/milestones", params={"limit": 500}).json()["milestones"]}

    def expected(predicate: Any) -> set[str]:
        return {mid for mid, m in everything.items() if predicate(m)}

    assert list_ids(client, category="Elections") == expected(lambda m: m["category"] == "Elections") != set()
    assert list_ids(client, type="football_game") == expected(lambda m: m["type"] == "football_game")
    assert len(list_ids(client, type="football_game")) == 2
    assert list_ids(client, category="Sports", type="basketball_game") == {NBA_GAME_ID}
    assert list_ids(client, competition="Pro Football") == expected(
        lambda m: m["details"].get("competition") == "Pro Football"
    )
    assert list_ids(client, source_id="5a184c70-0bb6-11ef-b760-7da92a5157f2") == {NBA_GAME_ID}
    # related_event_ticker matches related tickers and primary tickers alike.
    kc_buf = list_ids(client, related_event_ticker="KXNFLSPREAD-25NOV23KCBUF")
    assert len(kc_buf) == 1
    assert list_ids(client, related_event_ticker="KXNFLGAME-25NOV23KCBUF") == kc_buf
    assert list_ids(client, related_event_ticker="NOPE") == set()
    assert list_ids(client, minimum_start_date="2025-11-24T02:00:00Z") == expected(
        lambda m: m["start_date"] >= "2025-11-24T02:00:00Z"
    )
    assert list_ids(client, minimum_start_date="2025-11-24T02:00:00.000+00:00") == list_ids(
        client, minimum_start_date="2025-11-24T02:00:00Z"
    )
    fake.add_milestone(
        {
            "id": "fresh",
            "category": "Crypto",
            "type": "crypto_price",
            "start_date": "2025-12-01T00:00:00Z",
            "last_updated_ts": "2030-01-01T00:00:00.123456Z",
        }
    )
    assert list_ids(client, min_updated_ts=str(1893456000)) == {"fresh"}  # 2030-01-01T00:00:00Z


@pytest.mark.parametrize(
    ("name", "value"), [("minimum_start_date", "yesterday"), ("min_updated_ts", "soon"), ("min_updated_ts", "1.5")]
)
def test_milestone_filter_validation(client: httpx.Client, name: str, value: str) -> None:
    error = assert_error(client.get("/milestones", params={"limit": 5, name: value}), 400, "invalid_parameters")
    assert name in error["message"]


def test_get_milestone(client: httpx.Client) -> None:
    response = client.get(f"/milestones/{NBA_GAME_ID}")
    assert response.status_code == 200
    milestone = response.json()["milestone"]
    assert milestone["id"] == NBA_GAME_ID
    assert milestone["type"] == "basketball_game"
    assert_error(client.get("/milestones/00000000-0000-0000-0000-000000000000"), 404, "not_found")


def test_add_milestone_fills_defaults_and_validates(client: httpx.Client, fake: FakeExchange) -> None:
    fake.add_milestone(
        {"id": "m-1", "category": "Sports", "type": "golf_tournament", "start_date": "2025-12-01T14:00Z"}
    )
    milestone = client.get("/milestones/m-1").json()["milestone"]
    assert milestone["related_event_tickers"] == [] and milestone["details"] == {}
    assert milestone["last_updated_ts"].endswith("Z")
    with pytest.raises(ValueError):
        fake.add_milestone({"id": "m-2", "category": "Sports", "type": "x"})
    with pytest.raises(ValueError):
        fake.add_milestone({"id": "m-2", "category": "Sports", "type": "x", "start_date": "not a date"})


def test_seed_false_starts_empty() -> None:
    with FakeExchange(seed=False) as exchange:
        body = httpx.get(f"{exchange.base_url}/milestones", params={"limit": 10}).json()
    assert body == {"milestones": [], "cursor": ""}


# -- live data ---------------------------------------------------------------------------------


def test_live_data_single_and_typed(client: httpx.Client) -> None:
    live = client.get(f"/live_data/milestone/{NBA_GAME_ID}").json()["live_data"]
    assert live["milestone_id"] == NBA_GAME_ID
    assert live["type"] == "basketball_game"
    assert live["details"]["home_points"] == 56 and live["details"]["away_points"] == 67
    typed = client.get(f"/live_data/basketball_game/milestone/{NBA_GAME_ID}", params={"include_player_stats": "true"})
    assert typed.status_code == 200 and typed.json()["live_data"] == live
    assert_error(client.get(f"/live_data/football_game/milestone/{NBA_GAME_ID}"), 404, "not_found")
    assert_error(client.get("/live_data/milestone/unknown"), 404, "not_found")
    assert_error(client.get("/live_data/basketball_game/milestone/unknown"), 404, "not_found")


def test_set_live_data(client: httpx.Client, fake: FakeExchange) -> None:
    [milestone_id] = fake.make_milestones(1, type="hockey_game")
    assert_error(client.get(f"/live_data/milestone/{milestone_id}"), 404, "not_found")
    fake.set_live_data(milestone_id, {"details": {"home_points": 1, "away_points": 0, "status": "inprogress"}})
    live = client.get(f"/live_data/hockey_game/milestone/{milestone_id}").json()["live_data"]
    assert live == {
        "type": "hockey_game",
        "details": {"home_points": 1, "away_points": 0, "status": "inprogress"},
        "milestone_id": milestone_id,
    }


def test_live_data_batch(client: httpx.Client, fake: FakeExchange) -> None:
    seeded = [m["id"] for m in client.get("/milestones", params={"limit": 100}).json()["milestones"]]
    with_live = [mid for mid in seeded if client.get(f"/live_data/milestone/{mid}").status_code == 200]
    assert len(with_live) >= len(seeded) // 2
    wanted = [with_live[2], "unknown-id", with_live[0], with_live[1]]
    fake.clear_requests()
    response = client.get("/live_data/batch", params={"milestone_ids": wanted})
    assert response.status_code == 200
    assert [ld["milestone_id"] for ld in response.json()["live_datas"]] == [with_live[2], with_live[0], with_live[1]]
    # The repeated parameters were recorded as sent.
    [recorded] = fake.requests
    assert recorded.query_values("milestone_ids") == wanted
    assert recorded.query == [("milestone_ids", mid) for mid in wanted]
    # A single comma-joined value works too.
    joined = client.get("/live_data/batch", params={"milestone_ids": ",".join(wanted)})
    assert joined.json() == response.json()


def test_live_data_batch_validation(client: httpx.Client) -> None:
    assert_error(client.get("/live_data/batch"), 400, "invalid_parameters")
    assert_error(client.get("/live_data/batch", params={"milestone_ids": ""}), 400, "invalid_parameters")
    ids = [f"id-{i}" for i in range(101)]
    assert_error(client.get("/live_data/batch", params={"milestone_ids": ids}), 400, "invalid_parameters")
    assert_error(client.get("/live_data/batch", params={"milestone_ids": ",".join(ids)}), 400, "invalid_parameters")
    assert client.get("/live_data/batch", params={"milestone_ids": ids[:100]}).json() == {"live_datas": []}


def test_game_stats(client: httpx.Client, fake: FakeExchange) -> None:
    pbp = client.get(f"/live_data/milestone/{NBA_GAME_ID}/game_stats").json()["pbp"]
    assert isinstance(pbp["periods"], list) and pbp["periods"][0]["events"]
    [other] = fake.make_milestones(1)
    assert client.get(f"/live_data/milestone/{other}/game_stats").json() == {"pbp": None}
    assert_error(client.get("/live_data/milestone/unknown/game_stats"), 404, "not_found")


# -- signatures and balance ----------------------------------------------------------------------

BALANCE_PATH = f"{PREFIX}/portfolio/balance"


def test_balance_with_rsa_signature(fake: FakeExchange, client: httpx.Client, rsa_key: rsa.RSAPrivateKey) -> None:
    fake.register_key("rsa-key", public_pem(rsa_key))
    response = client.get("/portfolio/balance", headers=signed_headers(rsa_key, "rsa-key", "GET", BALANCE_PATH))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["balance"] == 10_000 and body["balance_dollars"] == "100.0000"
    assert body["portfolio_value"] == 0  # no open positions yet
    assert body["updated_ts"] == EXCHANGE_TIME  # the account opened at the exchange's (fake) time
    fake.set_balance(12_345, portfolio_value=1)
    again = client.get("/portfolio/balance", headers=signed_headers(rsa_key, "rsa-key", "GET", BALANCE_PATH))
    assert again.json()["balance"] == 12_345
    assert again.json()["balance_dollars"] == "123.4500"
    assert again.json()["portfolio_value"] == 1


def test_signature_excludes_query_string(fake: FakeExchange, client: httpx.Client, rsa_key: rsa.RSAPrivateKey) -> None:
    fake.register_key("rsa-key", public_pem(rsa_key).decode())  # str PEM accepted too
    headers = signed_headers(rsa_key, "rsa-key", "GET", BALANCE_PATH)
    assert client.get("/portfolio/balance", params={"subaccount": "0"}, headers=headers).status_code == 200
    signed_with_query = signed_headers(rsa_key, "rsa-key", "GET", BALANCE_PATH + "?subaccount=0")
    response = client.get("/portfolio/balance", params={"subaccount": "0"}, headers=signed_with_query)
    assert_error(response, 401, "authentication_error")


def test_balance_with_ed25519_signature(fake: FakeExchange, client: httpx.Client) -> None:
    key = Ed25519PrivateKey.generate()
    fake.register_key("ed-key", public_pem(key))
    response = client.get("/portfolio/balance", headers=signed_headers(key, "ed-key", "GET", BALANCE_PATH))
    assert response.status_code == 200, response.text
    bad = signed_headers(key, "ed-key", "GET", f"{PREFIX}/portfolio/orders")
    assert_error(client.get("/portfolio/balance", headers=bad), 401, "authentication_error")


def test_signature_failures(
    fake: FakeExchange,
    client: httpx.Client,
    rsa_key: rsa.RSAPrivateKey,
    other_rsa_key: rsa.RSAPrivateKey,
) -> None:
    fake.register_key("rsa-key", public_pem(rsa_key))
    # Signed by a different key than the one registered under this id.
    wrong_key = signed_headers(other_rsa_key, "rsa-key", "GET", BALANCE_PATH)
    assert_error(client.get("/portfolio/balance", headers=wrong_key), 401, "authentication_error")
    # Unknown key id.
    unknown = signed_headers(rsa_key, "who", "GET", BALANCE_PATH)
    assert_error(client.get("/portfolio/balance", headers=unknown), 401, "authentication_error")
    # Wrong method in the signed message.
    wrong_method = signed_headers(rsa_key, "rsa-key", "POST", BALANCE_PATH)
    assert_error(client.get("/portfolio/balance", headers=wrong_method), 401, "authentication_error")
    # Stale timestamp.
    stale = signed_headers(rsa_key, "rsa-key", "GET", BALANCE_PATH, int(time.time() * 1000) - 120_000)
    assert_error(client.get("/portfolio/balance", headers=stale), 401, "authentication_error")
    # Garbage signature.
    garbage = {**signed_headers(rsa_key, "rsa-key", "GET", BALANCE_PATH), "KALSHI-ACCESS-SIGNATURE": "%%%"}
    assert_error(client.get("/portfolio/balance", headers=garbage), 401, "authentication_error")


def test_missing_credentials(fake: FakeExchange, client: httpx.Client, rsa_key: rsa.RSAPrivateKey) -> None:
    fake.register_key("rsa-key", public_pem(rsa_key))
    error = assert_error(client.get("/portfolio/balance"), 401, "missing_credentials")
    assert "KALSHI-ACCESS-KEY" in error["message"]
    partial = signed_headers(rsa_key, "rsa-key", "GET", BALANCE_PATH)
    del partial["KALSHI-ACCESS-SIGNATURE"]
    assert_error(client.get("/portfolio/balance", headers=partial), 401, "missing_credentials")
    # Unsigned requests to public paths are fine; a key header on them triggers the check.
    assert client.get("/exchange/status").status_code == 200
    assert_error(client.get("/exchange/status", headers={"KALSHI-ACCESS-KEY": "rsa-key"}), 401, "missing_credentials")
    signed_public = signed_headers(rsa_key, "rsa-key", "GET", f"{PREFIX}/exchange/status")
    assert client.get("/exchange/status", headers=signed_public).status_code == 200


def test_signatures_not_required() -> None:
    with FakeExchange(require_signatures=False) as exchange:
        response = httpx.get(f"{exchange.base_url}/portfolio/balance")
    assert response.status_code == 200
    assert response.json()["balance"] == 10_000


def test_register_key_rejects_other_key_types(fake: FakeExchange) -> None:
    ec_key = ec.generate_private_key(ec.SECP256R1())
    pem = ec_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(TypeError):
        fake.register_key("ec", pem)


# -- fail_next and recording ---------------------------------------------------------------------


def test_fail_next_default_body(fake: FakeExchange, client: httpx.Client) -> None:
    fake.fail_next(503, count=2)
    for _ in range(2):
        assert_error(client.get("/exchange/status"), 503, "service_unavailable")
    assert client.get("/exchange/status").status_code == 200
    assert len(fake.requests) == 3


def test_fail_next_custom_body_headers_and_precedence(fake: FakeExchange, client: httpx.Client) -> None:
    fake.fail_next(429, {"error": {"code": "too_many_requests", "message": "slow down"}}, headers={"Retry-After": "1"})
    fake.fail_next(500)
    response = client.get("/does/not/exist")  # a failure wins over the 404 route
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert response.json()["error"]["message"] == "slow down"
    assert_error(client.get("/portfolio/balance"), 500, "internal_server_error")  # and over the auth check
    assert_error(client.get("/portfolio/balance"), 401, "missing_credentials")
    assert [r.path for r in fake.requests] == [f"{PREFIX}/does/not/exist"] + [BALANCE_PATH] * 2
    with pytest.raises(ValueError):
        fake.fail_next(500, count=0)


def test_requests_are_recorded(fake: FakeExchange, client: httpx.Client) -> None:
    client.get("/milestones?limit=5&category=Sports&category=&limit=7")  # raw, so httpx keeps the order
    client.post("/portfolio/orders", content=b'{"ticker": "X"}', headers={"X-Custom": "Yes"})
    first, second = fake.requests
    assert isinstance(first, RecordedRequest)
    assert (first.method, first.path) == ("GET", f"{PREFIX}/milestones")
    assert first.query == [("limit", "5"), ("category", "Sports"), ("category", ""), ("limit", "7")]
    assert first.query_values("limit") == ["5", "7"]
    assert first.query_values("missing") == []
    assert first.body == b""
    assert (second.method, second.path, second.body) == ("POST", f"{PREFIX}/portfolio/orders", b'{"ticker": "X"}')
    assert second.headers["x-custom"] == "Yes"
    assert all(name == name.lower() for name in second.headers)
    fake.clear_requests()
    assert fake.requests == []
