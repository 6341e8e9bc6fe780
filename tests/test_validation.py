"""Arguments are checked against the spec before anything is sent; errors name the parameter, value and rule."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest

from kalshi_sdk import Kalshi
from kalshi_sdk import _operations as operations
from kalshi_sdk._operations import build_request_spec

from .conftest import KEY_ID, KeyPair
from .fault_server import FaultServer, order_spec

BAD_ARGUMENTS = [
    # Path parameters must be non-empty.
    ("get_order", {"order_id": ""}, ValueError, "order_id must be a non-empty string, got ''"),
    ("get_milestone", {"milestone_id": "   "}, ValueError, "milestone_id must be a non-empty string, got '   '"),
    ("cancel_order_v2", {"order_id": None}, ValueError, "order_id is required"),
    # Numbers within the spec's minimum and maximum.
    ("get_markets", {"limit": 1001}, ValueError, "limit must be between 0 and 1000, got 1001"),
    ("get_milestones", {"limit": 0}, ValueError, "limit must be between 1 and 500, got 0"),
    ("get_markets", {"limit": "10"}, TypeError, "limit must be an integer, got '10'"),
    ("get_markets", {"limit": True}, TypeError, "limit must be an integer, got True"),
    # Lists within maxItems.
    ("get_live_datas", {"milestone_ids": ["m"] * 101}, ValueError, "milestone_ids takes at most 100 items, got 101"),
    ("get_live_datas", {"milestone_ids": "m"}, TypeError, "milestone_ids must be a list, got str"),
    # Enums, for inputs.
    ("get_markets", {"status": "opne"}, ValueError,
     "status must be one of unopened, open, paused, closed, settled; got 'opne'"),
    ("get_market_candlesticks", {"series_ticker": "S", "ticker": "T", "start_ts": 1, "end_ts": 2, "period_interval": 5},
     ValueError, "period_interval must be one of 1, 60, 1440; got 5"),
    # Timestamps: a datetime or epoch seconds.
    ("get_trades", {"min_ts": "yesterday"}, TypeError, "min_ts must be a datetime or epoch seconds, got 'yesterday'"),
    ("get_milestones", {"limit": 5, "minimum_start_date": "2026"}, TypeError,
     "minimum_start_date must be a datetime or epoch seconds, got str"),
]


@pytest.mark.parametrize(("operation", "arguments", "error", "message"), BAD_ARGUMENTS)
def test_bad_arguments_are_named(
    operation: str, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        build_request_spec(operation, **arguments)
    assert str(caught.value) == message


def test_timestamps_accept_datetimes_and_epoch_seconds() -> None:
    new_year = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    epoch = int(new_year.timestamp())
    params = build_request_spec("get_trades", min_ts=new_year, max_ts=epoch + 0.9).params
    assert (params["min_ts"], params["max_ts"]) == (epoch, epoch)
    naive = build_request_spec("get_trades", min_ts=datetime.datetime(2026, 1, 1)).params  # naive means UTC
    assert naive["min_ts"] == epoch
    for start in (new_year, epoch, float(epoch)):
        assert build_request_spec("get_milestones", limit=5, minimum_start_date=start).params[
            "minimum_start_date"] == "2026-01-01T00:00:00+00:00"


def test_responses_stay_tolerant_of_values_inputs_may_not_use() -> None:
    from kalshi_api.models import Market

    market = Market.from_dict({"ticker": "T", "status": "frozen_by_exchange"})
    assert market.status == "frozen_by_exchange"  # no error reading what we would refuse to send


@pytest.fixture
def server(rsa_keys: KeyPair) -> Iterator[FaultServer]:
    with FaultServer(public_key_pem=rsa_keys.public_pem, key_id=KEY_ID) as fault_server:
        yield fault_server


def test_nothing_is_sent_when_an_argument_is_bad(server: FaultServer, rsa_keys: KeyPair) -> None:
    with Kalshi(base_url=server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as client:
        with pytest.raises(ValueError, match="limit must be between 1 and 500, got 501"):
            client.milestones.list(limit=501)
        with pytest.raises(ValueError, match="milestone_id must be a non-empty string"):
            client.milestones.get("")
        with pytest.raises(ValueError, match="milestone_ids takes at most 100 items"):
            client.request(build_request_spec("get_live_datas", milestone_ids=["x"] * 101))
    assert server.requests == []


def test_body_fields_are_checked_against_the_generated_body_rules() -> None:
    """regenerate.py writes the spec's body rules; the descriptor carries them; nothing is hand-copied."""
    from kalshi_api.models import CreateOrderV2Request
    from kalshi_api.rules import BODY_RULES

    rules = BODY_RULES["create_order_v2"]
    assert rules["subaccount"]["minimum"] == 0 and "bid" in rules["side"]["enum"]
    fields = {field.wire_name: field for field in operations.operation_descriptor("create_order_v2").body_fields}
    assert fields["subaccount"].rules is rules["subaccount"] and fields["side"].required

    body = order_spec("fine").json  # valid: passes the same rules
    assert body["side"] == "bid" and "subaccount" not in body

    with pytest.raises(ValueError, match="subaccount must be at least 0, got -1"):
        build_request_spec("create_order_v2", body=CreateOrderV2Request.from_dict({**body, "subaccount": -1}))
    with pytest.raises(ValueError, match="side must be one of bid, ask; got 'sell'"):
        build_request_spec("create_order_v2", body=CreateOrderV2Request.from_dict({**body, "side": "sell"}))


BAD_BODIES = [
    # Stated by the spec as schema keywords (maximum, maxItems, nested properties, enum) ...
    (lambda c: c.communications.accept_block_trade_proposal("p", subaccount=64), "subaccount must be between 0 and 63"),
    (lambda c: c.communications.accept_rfq_quote("r", "q", accepted_side="maybe"),
     "accepted_side must be one of yes, no"),
    (lambda c: c.portfolio.set_target_balance_allocation(allocations=[{"exchange_index": 0, "percent": 101}]),
     r"allocations\[0\]\.percent must be between 0 and 100"),
    (lambda c: c.portfolio.set_target_balance_allocation(allocations=[{"exchange_index": 0}]),
     r"allocations\[0\] lacks percent"),
    (lambda c: c.portfolio.set_target_balance_allocation(allocations=[{"exchange_index": 0, "percent": 0}] * 102),
     "allocations takes at most 101 items"),
    (lambda c: c.api_keys.create(name="k", public_key="pem", scopes=["root"]), r"scopes\[0\] must be one of read"),
    # ... as a validation tag (x-oapi-codegen-extra-tags: gte=0) ...
    (lambda c: c.portfolio.create_instance_transfer(source="margined", destination="event_contract", amount=5,
                                                      source_subaccount=-1), "source_subaccount must be at least 0"),
    # ... and only in prose (PROSE_RULES, the one hand-kept table).
    (lambda c: c.communications.create_quote(rfq_id="r", yes_bid="0.5", no_bid="0.4", rest_remainder=False,
                                             subaccount=64), "subaccount must be between 0 and 63"),
    (lambda c: c.fcm.set_blocked_categories(subtrader_id="s", category="x" * 101, blocked=True),
     "category must be a string of 1 to 100"),
]


@pytest.mark.parametrize(("call", "message"), BAD_BODIES)
def test_bad_body_fields_are_refused_before_sending(server: FaultServer, rsa_keys: KeyPair, call: Any,
                                                    message: str) -> None:
    with Kalshi(base_url=server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as client:
        with pytest.raises(ValueError, match=message):
            call(client)
    assert server.requests == []


def test_unknown_arguments_and_extras_are_checked() -> None:
    with pytest.raises(TypeError, match="get_markets takes no argument 'colour'"):
        build_request_spec("get_markets", colour="red")
    spec = build_request_spec("get_markets", limit=5, extra_query={"new_filter": "x"}, extra_headers={"X-Trace": "1"})
    assert spec.params == {"limit": 5, "new_filter": "x"} and spec.headers == {"X-Trace": "1"}
    with pytest.raises(ValueError, match="limit must be between 0 and 1000"):  # a name the spec knows is checked
        build_request_spec("get_markets", extra_query={"limit": 5000})
    spec = build_request_spec("cancel_order_v2", order_id="o", extra_body={"note": "hi"})
    assert spec.json == {"note": "hi"}
