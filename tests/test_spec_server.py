"""The spec-checking loopback server and the example builder, exercised over real sockets with httpx."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.support import spec_examples
from tests.support.spec_examples import (
    OperationInfo,
    example_arguments,
    example_problems,
    example_value,
    flatten,
    operations,
    python_name,
    schema_violations,
)
from tests.support.spec_server import SpecServer

CREDENTIALS = {
    "KALSHI-ACCESS-KEY": "test-key-id",
    "KALSHI-ACCESS-SIGNATURE": "c2lnbmF0dXJl",
    "KALSHI-ACCESS-TIMESTAMP": "1795275000000",
}
ORDERS = "/portfolio/events/orders"
OPERATIONS = operations()


@pytest.fixture(scope="module")
def server() -> Iterator[SpecServer]:
    with SpecServer() as running:
        yield running


@pytest.fixture(scope="module")
def http(server: SpecServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=CREDENTIALS) as client:
        yield client


@pytest.fixture(autouse=True)
def _fresh(server: SpecServer) -> None:
    server.clear()


def error_of(response: httpx.Response) -> dict[str, str]:
    error: dict[str, str] = response.json()["error"]
    return error


def valid_order() -> dict[str, Any]:
    body = example_value(OPERATIONS["CreateOrderV2"].request_body or {})
    assert isinstance(body, dict)
    return body


# --- answers to valid requests ---------------------------------------------------------------


def test_a_valid_get_is_answered_with_a_body_shaped_like_the_spec(server: SpecServer, http: httpx.Client) -> None:
    response = http.get("/markets", params={"limit": 5, "status": "open", "series_ticker": "KXHIGHNY"})

    assert response.status_code == 200
    body = response.json()
    assert schema_violations(body, OPERATIONS["GetMarkets"].response_schema or {}, reject_unknown=True) == []
    assert body["cursor"] == ""
    assert body["markets"][0]["ticker"] == "KXHIGHNY-26NOV21-T60"
    [hit] = server.hits
    assert (hit.operation_id, hit.method, hit.path) == ("GetMarkets", "GET", "/trade-api/v2/markets")
    assert hit.query == {"limit": ["5"], "status": ["open"], "series_ticker": ["KXHIGHNY"]}
    assert hit.headers["kalshi-access-key"] == "test-key-id"
    assert (hit.status, hit.violations, hit.body) == (200, (), None)


def test_a_list_query_parameter_arrives_as_repeated_keys(server: SpecServer, http: httpx.Client) -> None:
    response = http.get("/markets/orderbooks", params={"tickers": ["KXA-1", "KXB-2"]})

    assert response.status_code == 200, response.text
    assert server.hits[0].query == {"tickers": ["KXA-1", "KXB-2"]}
    assert b"tickers=KXA-1&tickers=KXB-2" in response.request.url.query


def test_a_valid_post_body_is_accepted_and_recorded(server: SpecServer, http: httpx.Client) -> None:
    order = valid_order()

    response = http.post(ORDERS, json=order)

    assert response.status_code == 201, response.text
    assert schema_violations(response.json(), OPERATIONS["CreateOrderV2"].response_schema or {}) == []
    assert server.hits[0].body == order


def test_an_operation_without_response_content_answers_an_empty_body(http: httpx.Client) -> None:
    response = http.delete("/communications/rfqs/some-rfq")

    assert response.status_code == 204
    assert response.content == b""


def test_a_canned_reply_answers_the_next_valid_call_only(server: SpecServer, http: httpx.Client) -> None:
    limited = {"error": {"code": "too_many_requests", "message": "slow down"}}
    server.respond("GetMarkets", 429, limited, headers={"Retry-After": "1"})

    refused = http.get("/markets", params={"limit": 5000})
    canned = http.get("/markets")
    normal = http.get("/markets")

    assert refused.status_code == 400  # a spec violation is never hidden by a canned reply
    assert (canned.status_code, canned.json(), canned.headers["retry-after"]) == (429, limited, "1")
    assert normal.status_code == 200


def test_respond_refuses_an_operation_the_spec_lacks(server: SpecServer) -> None:
    with pytest.raises(ValueError, match="NoSuchOperation"):
        server.respond("NoSuchOperation", 500)


# --- requests that break the spec ------------------------------------------------------------

TS = {"start_ts": 1795275000, "end_ts": 1795361400, "period_interval": 60}
FORECAST = "/series/KXHIGHNY/events/KXHIGHNY-26NOV21/forecast_percentile_history"


@pytest.mark.parametrize(
    ("path", "params", "reason"),
    [
        ("/markets", {"limit": 5000}, "query parameter 'limit': 5000 is above maximum 1000"),
        ("/markets", {"limit": -1}, "query parameter 'limit': -1 is below minimum 0"),
        ("/markets", {"limit": "ten"}, "query parameter 'limit': 'ten' is not an integer"),
        ("/markets", {"colour": "blue"}, "query parameter 'colour' is not defined for GetMarkets"),
        ("/markets", {"status": "asleep"}, "query parameter 'status': 'asleep' is not one of"),
        ("/markets", [("limit", "1"), ("limit", "2")], "query parameter 'limit': sent 2 times"),
        ("/markets/orderbooks", {}, "query parameter 'tickers' is required"),
        ("/markets/orderbooks", {"tickers": ["T"] * 101}, "'tickers': 101 items, above maxItems 100"),
        ("/series/fee_changes", {"show_historical": "yes"}, "'show_historical': 'yes' is not a boolean"),
        ("/milestones", {"limit": 5, "minimum_start_date": "yesterday"}, "'yesterday' is not an RFC 3339 date-time"),
        ("/milestones", {"limit": 5, "minimum_start_date": "2026-11-21T15:30:00"}, "with an offset"),
        (FORECAST, {"percentiles": "10,50", **TS}, "query parameter 'percentiles'[0]: '10,50' is not an integer"),
        (FORECAST, {"percentiles": [10, 10000], **TS}, "'percentiles'[1]: 10000 is above maximum 9999"),
        ("/markets/", {}, "path parameter 'ticker' is empty"),
    ],
)
def test_a_bad_parameter_gets_400_naming_it(http: httpx.Client, path: str, params: Any, reason: str) -> None:
    response = http.get(path, params=params)

    assert response.status_code == 400
    assert error_of(response)["code"] == "spec_violation"
    assert reason in error_of(response)["message"]


def test_every_reason_is_reported_at_once(server: SpecServer, http: httpx.Client) -> None:
    response = http.get("/markets", params={"limit": 0, "mve_filter": "all", "colour": "blue"})

    message = error_of(response)["message"]
    assert "'colour' is not defined" in message
    assert "'mve_filter': 'all' is not one of ['only', 'exclude']" in message
    assert "'limit'" not in message  # 0 is inside GetMarkets' own range (0..1000)
    assert len(server.hits[0].violations) == 2


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"count": 10}, "body.count: expected a string, got int 10"),
        ({"ticker": None}, "body.ticker: null is not allowed"),
        ({"side": "up"}, "body.side: 'up' is not one of ['bid', 'ask']"),
        ({"subaccount": -1}, "body.subaccount: -1 is below minimum 0"),
        ({"post_only": "yes"}, "body.post_only: expected a boolean"),
        ({"expiration_time": 1.5}, "body.expiration_time: expected an integer"),
        ({"colour": "blue"}, "body: property 'colour' is not defined in CreateOrderV2Request"),
    ],
)
def test_a_bad_body_field_gets_400_naming_it(http: httpx.Client, change: dict[str, Any], reason: str) -> None:
    response = http.post(ORDERS, json={**valid_order(), **change})

    assert response.status_code == 400
    assert reason in error_of(response)["message"]


def test_a_missing_required_body_property_is_named(http: httpx.Client) -> None:
    order = valid_order()
    del order["ticker"], order["side"]

    message = error_of(http.post(ORDERS, json=order))["message"]

    assert "body: required property 'ticker' is missing" in message
    assert "body: required property 'side' is missing" in message


def test_nested_body_items_are_checked(http: httpx.Client) -> None:
    orders = [valid_order(), {**valid_order(), "time_in_force": "forever"}]

    response = http.post(f"{ORDERS}/batched", json={"orders": orders})

    assert response.status_code == 400
    assert "body.orders[1].time_in_force: 'forever' is not one of" in error_of(response)["message"]


@pytest.mark.parametrize(
    ("method", "path", "content", "content_type", "reason"),
    [
        ("POST", ORDERS, b"{not json", "application/json", "request body: not valid JSON"),
        ("POST", ORDERS, b"", "application/json", "request body: required but empty"),
        ("POST", ORDERS, b"{}", "text/plain", "content type must be application/json, got 'text/plain'"),
        ("GET", "/markets", b"{}", "application/json", "request body: GetMarkets takes none, got 2 bytes"),
        ("PUT", "/portfolio/order_groups/g1/reset", b'{"x": 1}', "application/json", "property 'x' is not defined"),
    ],
)
def test_a_body_that_cannot_be_read_as_specified_gets_400(
    http: httpx.Client, method: str, path: str, content: bytes, content_type: str, reason: str
) -> None:
    response = http.request(method, path, content=content, headers={"Content-Type": content_type})

    assert response.status_code == 400
    assert reason in error_of(response)["message"]


def test_an_optional_body_may_be_left_out(http: httpx.Client) -> None:
    assert http.put("/portfolio/order_groups/g1/reset").status_code == 200


def test_a_chunked_body_is_read(http: httpx.Client) -> None:
    chunks = iter([json.dumps(valid_order()).encode()])

    response = http.post(ORDERS, content=chunks, headers={"Content-Type": "application/json"})

    assert response.request.headers["transfer-encoding"] == "chunked"
    assert response.status_code == 201, response.text


# --- credentials and routing -----------------------------------------------------------------


def test_a_secured_operation_without_credentials_gets_401(server: SpecServer) -> None:
    with httpx.Client(base_url=server.base_url) as anonymous:
        bare = anonymous.get("/portfolio/balance")
        blank_signature = anonymous.get("/portfolio/balance", headers={**CREDENTIALS, "KALSHI-ACCESS-SIGNATURE": ""})
        signed = anonymous.get("/portfolio/balance", headers=CREDENTIALS)
        public = anonymous.get("/exchange/status")

    assert bare.status_code == 401
    assert all(name in error_of(bare)["message"] for name in CREDENTIALS)
    assert blank_signature.status_code == 401
    assert error_of(blank_signature)["message"] == "header KALSHI-ACCESS-SIGNATURE is missing or empty"
    assert (signed.status_code, public.status_code) == (200, 200)


def test_a_bearer_token_is_an_alternative_where_the_spec_allows_one(server: SpecServer) -> None:
    bearer_operations = [op for op in OPERATIONS.values() if any(s.bearer for alt in op.security for s in alt)]
    assert bearer_operations, "the spec lists OAuth as an alternative on some operations"
    operation = next(op for op in bearer_operations if op.method == "GET" and not op.parameters_in("path"))
    required = {p.name: example_value(p.schema, name=p.name) for p in operation.parameters if p.required}

    with httpx.Client(base_url=server.base_url) as anonymous:
        with_token = anonymous.get(operation.path, params=required, headers={"Authorization": "Bearer t0ken"})
        not_bearer = anonymous.get(operation.path, params=required, headers={"Authorization": "Basic dXNlcjpwdw=="})

    assert with_token.status_code == operation.success_status, with_token.text
    assert not_bearer.status_code == 401


def test_a_path_outside_the_spec_gets_404_and_a_wrong_method_405(server: SpecServer, http: httpx.Client) -> None:
    unknown = http.get("/no/such/thing")
    outside = httpx.get(server.base_url.replace("/trade-api/v2", "/markets"))
    wrong_method = http.patch("/markets")

    assert (unknown.status_code, error_of(unknown)["code"]) == (404, "not_found")
    assert outside.status_code == 404
    assert (wrong_method.status_code, wrong_method.headers["allow"]) == (405, "GET")
    assert [hit.operation_id for hit in server.hits] == [None, None, None]


def test_the_most_literal_template_wins(server: SpecServer, http: httpx.Client) -> None:
    http.get("/live_data/milestone/abc/game_stats")
    http.get("/live_data/football/milestone/abc")
    http.get("/portfolio/orders/queue_positions", params={"market_tickers": "KXA-1"})

    assert [hit.operation_id for hit in server.hits] == ["GetGameStats", "GetLiveData", "GetOrderQueuePositions"]


# --- the examples agree with the validator, for every operation ------------------------------


def wire(value: Any) -> Any:
    """What the generated client puts on the wire for a keyword argument's value."""
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def request_from_examples(operation: OperationInfo) -> dict[str, Any]:
    """An httpx request built from `example_arguments`, every argument placed where the spec says."""
    arguments = example_arguments(operation.operation_id)
    path = operation.path
    for parameter in operation.parameters_in("path"):
        value = arguments.pop(python_name(parameter.name))
        path = path.replace(f"{{{parameter.name}}}", quote(str(value), safe=""))
    query = {p.name: wire(arguments.pop(python_name(p.name))) for p in operation.parameters_in("query")}
    body = None
    if operation.request_body is not None:
        names = flatten(operation.request_body).get("properties", {})
        body = {name: wire(arguments.pop(python_name(name))) for name in names}
    assert arguments == {}, "every example argument is a parameter or a body property"
    return {"method": operation.method, "url": path, "params": query, "json": body}


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_example_arguments_satisfy_the_server_for_every_operation(
    server: SpecServer, http: httpx.Client, operation_id: str
) -> None:
    operation = OPERATIONS[operation_id]

    response = http.request(**request_from_examples(operation))

    assert response.status_code == operation.success_status, response.text
    [hit] = server.hits
    assert hit.operation_id == operation_id
    assert set(hit.query) == {p.name for p in operation.parameters_in("query")}
    if operation.response_schema is None:
        assert response.content == b""
    else:
        assert schema_violations(response.json(), operation.response_schema, reject_unknown=True) == []


# --- the example builder ---------------------------------------------------------------------


def test_examples_follow_names_formats_and_named_schemas() -> None:
    market = example_value(flatten(OPERATIONS["GetMarket"].response_schema or {})["properties"]["market"])

    assert market["ticker"] == "KXHIGHNY-26NOV21-T60"
    assert market["event_ticker"] == "KXHIGHNY-26NOV21"
    assert market["yes_bid_dollars"] == "0.5600"
    assert re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", market["created_time"])
    assert example_value({"$ref": "unused", "type": "string", "x-schema-name": "FixedPointCount"}) == "10.00"
    assert uuid.UUID(example_value({"type": "string"}, name="order_id"))
    epoch = example_value({"type": "integer", "format": "int64"}, name="min_created_ts")
    assert datetime(2026, 1, 1).timestamp() < epoch < datetime(2027, 1, 1).timestamp()


def test_examples_keep_within_limits_and_prefer_the_spec_example() -> None:
    assert example_value({"type": "integer", "minimum": 5, "maximum": 9}) == 5
    assert example_value({"type": "integer", "maximum": -3}) == -3
    assert len(example_value({"type": "array", "items": {"type": "string"}, "maxItems": 1})) == 1
    assert len(example_value({"type": "array", "items": {"type": "string"}, "minItems": 3})) == 3
    assert example_value({"type": "string", "enum": ["b", "a"]}) == "b"
    assert example_value({"type": "string", "example": "given"}) == "given"
    assert example_value({"type": "integer", "example": "not an int", "minimum": 7}) == 7
    completed = {
        "type": "object",
        "required": ["a"],
        "example": {"b": 2},
        "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
    }
    assert example_value(completed) == {"b": 2, "a": 1}
    assert example_value({"type": "object"}) == {}


def test_cursor_is_empty_only_in_responses() -> None:
    page = {"type": "object", "properties": {"cursor": {"type": "string"}}}

    assert example_value(page, response=True) == {"cursor": ""}
    assert example_value(page)["cursor"] != ""


def test_example_arguments_rename_keywords_and_flatten_the_body() -> None:
    weather = example_arguments("GetWeatherIndex")
    order = example_arguments("CreateOrderV2")
    proposal = example_arguments("ProposeBlockTrade")

    assert "from_" in weather and "from" not in weather
    assert isinstance(example_arguments("GetMarketOrderbooks")["tickers"], list)
    assert {"ticker", "side", "count", "price", "expiration_time", "order_group_id"} <= set(order)
    assert isinstance(proposal["expiration_ts"], datetime) and proposal["expiration_ts"].tzinfo is not None


def test_example_problems_reports_an_example_that_breaks_its_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    document = {
        "components": {
            "schemas": {
                "Price": {"type": "string", "example": 56},
                "Good": {"type": "integer", "example": 3},
                "Order": {
                    "type": "object",
                    "example": {"n": 1},
                    "properties": {"price": {"$ref": "#/components/schemas/Price"}},
                },
            }
        }
    }
    monkeypatch.setattr(spec_examples, "_raw_spec", lambda: document)

    problems = example_problems()

    assert problems == [
        "#/components/schemas/Price/example: expected a string, got int 56",
        "#/components/schemas/Order/example: property 'n' is not defined in the schema",
    ]
