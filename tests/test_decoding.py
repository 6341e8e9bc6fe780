"""How the generated models decode JSON: fixed-point decimals, decoding on first access, drift kept."""

from __future__ import annotations

import copy
import datetime
import importlib.util
import os
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any, cast, get_args

import attrs
import pytest
import yaml

import kalshi_api.models as models
import kalshi_api.types
from kalshi_api.models import (
    AmendOrderV2Request,
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    DecreaseOrderV2Request,
    GetMarketsResponse,
    Market,
    MarketStatus,
    MveSelectedLeg,
    PriceRange,
    SelfTradePreventionType,
)
from kalshi_api.types import UNSET, LazyModel, decode_decimal, list_decoder, model_decoder, union_decoder

ROOT = Path(__file__).resolve().parents[1]

MARKET: dict[str, Any] = {
    "ticker": "KXHIGHNY-26JAN12-B57.5",
    "event_ticker": "KXHIGHNY-26JAN12",
    "status": "active",
    "close_time": "2026-01-13T05:00:00Z",
    "yes_bid_dollars": "0.5600",
    "yes_bid_size_fp": "10.00",
    "volume_fp": "1250.00",
    "settlement_value_dollars": None,
    "price_ranges": [{"start": "0.0000", "end": "1.0000", "step": "0.0100"}],
    "liquidity_dollars": "12.3400",
}


def _regenerate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "scripts" / "regenerate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["regenerate"] = module
    spec.loader.exec_module(module)
    return module


def _annotation(model: type, field: str) -> Any:
    """A field's annotation, evaluated in its module (so the test sees the real class, not a name)."""
    module = sys.modules[model.__module__]
    return eval(cast(str, attrs.fields_dict(model)[field].type), vars(module))


# --- Decimal fields --------------------------------------------------------------------------------


def test_fixed_point_fields_are_annotated_decimal() -> None:
    assert _annotation(Market, "yes_bid_dollars") is Decimal
    assert _annotation(Market, "volume_fp") is Decimal
    assert set(get_args(_annotation(Market, "settlement_value_dollars"))) >= {Decimal, type(None)}
    # Names that do not end in _dollars/_fp but use the fixed-point schemas.
    assert _annotation(CreateOrderV2Request, "price") is Decimal
    assert _annotation(CreateOrderV2Request, "count") is Decimal
    assert _annotation(AmendOrderV2Request, "price") is Decimal
    assert Decimal in get_args(_annotation(DecreaseOrderV2Request, "reduce_by"))
    # Other strings stay strings.
    assert _annotation(Market, "ticker") is str


def test_every_fixed_point_property_of_the_spec_is_decimal() -> None:
    regenerate = _regenerate_module()
    spec = yaml.safe_load((ROOT / "openapi" / "openapi.yaml").read_text())
    expected = {
        (name, prop)
        for name, schema in spec["components"]["schemas"].items()
        for prop, prop_schema in (schema.get("properties") or {}).items()
        if regenerate.fixed_point_of(prop_schema)
    }
    assert len(expected) > 100
    for schema_name, prop in sorted(expected):
        model = getattr(models, schema_name)
        python_name = next(attribute for attribute, key in model._FIELDS if key == prop)
        annotation = _annotation(model, python_name)
        assert annotation is Decimal or Decimal in get_args(annotation), (schema_name, prop, annotation)


def test_wrappers_of_fixed_point_schemas_are_recognised() -> None:
    regenerate = _regenerate_module()
    dollars = "#/components/schemas/FixedPointDollars"
    assert regenerate.fixed_point_of({"$ref": dollars}) == dollars
    assert regenerate.fixed_point_of({"$ref": dollars, "nullable": True}) == dollars
    assert regenerate.fixed_point_of({"allOf": [{"$ref": dollars}], "nullable": True}) == dollars
    assert regenerate.fixed_point_of({"anyOf": [{"$ref": dollars}, {"type": "null"}]}) == dollars
    assert regenerate.fixed_point_of({"type": "string"}) is None
    assert regenerate.fixed_point_of({"allOf": [{"$ref": dollars}, {"$ref": "#/components/schemas/Other"}]}) is None
    spec = {"components": {"schemas": {"FixedPointDollars": {"type": "string", "example": "0.5600"}}}}
    marked = regenerate.decimal_property(spec, {"allOf": [{"$ref": dollars}], "nullable": True}, dollars)
    assert marked == {"type": "string", "format": "decimal", "example": "0.5600", "nullable": True}


def test_fixed_point_strings_decode_to_exact_decimals() -> None:
    market = Market.from_dict(MARKET)
    assert market.yes_bid_dollars == Decimal("0.5600")
    assert isinstance(market.yes_bid_dollars, Decimal)
    assert str(market.yes_bid_dollars) == "0.5600"  # the scale the server sent is kept
    assert market.volume_fp == Decimal("1250")
    assert market.settlement_value_dollars is None
    assert cast(Any, market.no_bid_dollars) is UNSET  # required yet left out: outside the annotations
    # Unknown fields are kept as sent, even when named like a fixed-point field.
    assert market.additional_properties == {"liquidity_dollars": "12.3400"}


@pytest.mark.parametrize("drifted", ["", "abc", "0.56.1", "NaN", "Infinity", 0.56, 56, True, ["0.56"], {"v": 1}])
def test_a_value_that_is_not_a_decimal_string_is_kept_as_sent(drifted: Any) -> None:
    market = Market.from_dict({**MARKET, "yes_bid_dollars": drifted})
    assert market.yes_bid_dollars == drifted
    assert type(market.yes_bid_dollars) is type(drifted)
    assert market.to_dict()["yes_bid_dollars"] == drifted
    assert decode_decimal(drifted) is drifted


def test_the_decimal_cache_is_bounded_and_passes_nulls_through() -> None:
    cache, size = kalshi_api.types.decimal_cache, kalshi_api.types._DECIMAL_CACHE_SIZE
    for number in range(size + 100):
        assert cache[f"{number}.25"] == Decimal(number) + Decimal("0.25")
    assert len(cache) <= size
    assert cache[None] is None and cache[UNSET] is UNSET
    long = "123456789012.00"  # longer than the cache keeps: decoded all the same, not stored
    assert cache[long] == Decimal(long) and long not in cache


def test_undeclared_keys_are_found_whatever_layout_came_before() -> None:
    full = {"start": "0.0000", "end": "1.0000", "step": "0.0100"}
    sent = [
        dict(full),
        dict(full),
        {**full, "tick": "0.01"},
        {"start": "0", "end": "1", "tick": "0.01"},  # as many keys as a full object, one of them new
        {"end": "1", "start": "0", "step": "0.01"},
        dict(full),
        {"start": "0", "end": "1"},
    ]
    read = [PriceRange.from_dict(item) for item in sent]
    assert [item.additional_properties for item in read] == [{}, {}, {"tick": "0.01"}, {"tick": "0.01"}, {}, {}, {}]
    assert [item.to_dict() for item in read] == sent
    markets = [Market.from_dict({**MARKET, "liquidity_dollars": None}), Market.from_dict({**MARKET, "new": 1})]
    assert [market.additional_properties for market in markets] == [
        {"liquidity_dollars": None},
        {"liquidity_dollars": "12.3400", "new": 1},
    ]


def test_objects_of_a_known_full_layout_still_keep_drift_as_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    reports: list[tuple[str, Any]] = []
    monkeypatch.setattr(kalshi_api.types, "drift_listener", lambda where, value: reports.append((where, value)))
    full = {"event_ticker": "E", "market_ticker": "M", "side": "yes", "yes_settlement_value_dollars": "0.5600"}
    values = ["0.5600", None, 0.56, ["0.56"], "NaN", "0.5700"]
    read = [MveSelectedLeg.from_dict({**full, "yes_settlement_value_dollars": value}) for value in values]
    assert [leg.yes_settlement_value_dollars for leg in read] == [
        Decimal("0.5600"), None, 0.56, ["0.56"], "NaN", Decimal("0.5700")
    ]
    assert [leg.additional_properties for leg in read] == [{}] * len(values)
    assert [value for _, value in reports] == [0.56, ["0.56"], "NaN"]


def test_decimals_encode_as_plain_fixed_point_strings() -> None:
    round_trip = Market.from_dict(MARKET).to_dict()
    assert round_trip["yes_bid_dollars"] == "0.5600"
    assert round_trip["yes_bid_size_fp"] == "10.00"
    assert round_trip["volume_fp"] == "1250.00"
    order = CreateOrderV2Request(
        ticker="KXHIGHNY-26JAN12-B57.5",
        side=BookSide.BID,
        count=Decimal("1E+2"),
        price=Decimal("0.56"),
        time_in_force=CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
        self_trade_prevention_type=SelfTradePreventionType.TAKER_AT_CROSS,
    )
    body = order.to_dict()
    assert body["count"] == "100"  # never exponent notation
    assert body["price"] == "0.56"
    assert body["side"] == "bid"
    assert DecreaseOrderV2Request(reduce_by=Decimal("0.0000001")).to_dict() == {"reduce_by": "0.0000001"}
    assert all(not isinstance(value, float) for value in body.values())


# --- decoding on first access ------------------------------------------------------------------------


def test_fields_are_typed_on_first_access_and_then_stored() -> None:
    market = Market.from_dict(MARKET)
    assert market.close_time == datetime.datetime(2026, 1, 13, 5, tzinfo=datetime.timezone.utc)
    assert market.close_time is market.close_time  # decoded once, then an ordinary attribute
    assert market.status is MarketStatus.ACTIVE
    assert market.price_ranges == [PriceRange(start="0.0000", end="1.0000", step="0.0100")]
    page: Any = GetMarketsResponse.from_dict({"markets": [MARKET, None, "junk"], "cursor": ""})  # items of any shape
    assert isinstance(page.markets[0], Market)
    assert page.markets[1:] == [None, "junk"]


def test_the_first_read_decodes_every_field_and_lets_go_of_the_json() -> None:
    market = Market.from_dict(MARKET)
    assert market.volume_fp == Decimal("1250.00")
    with pytest.raises(AttributeError):
        market._json  # noqa: B018
    # Every decoded field is an ordinary attribute now, typed as declared.
    assert market.status is MarketStatus.ACTIVE
    assert market.close_time == datetime.datetime(2026, 1, 13, 5, tzinfo=datetime.timezone.utc)
    assert market.price_ranges == [PriceRange(start="0.0000", end="1.0000", step="0.0100")]
    assert market.additional_properties == {"liquidity_dollars": "12.3400"}
    assert cast(Any, market.no_bid_dollars) is UNSET and market.settlement_value_dollars is None
    # Equal strings give equal Decimals with the scale sent, whether or not they came from the cache.
    again = Market.from_dict({**MARKET, "yes_bid_dollars": "0.56"})
    assert str(again.yes_bid_dollars) == "0.56" and str(market.yes_bid_dollars) == "0.5600"
    del market.status
    with pytest.raises(AttributeError, match="no attribute 'status'"):
        market.status  # noqa: B018


def test_an_assigned_value_wins_over_the_json() -> None:
    market = Market.from_dict(MARKET)
    market.yes_bid_dollars = Decimal("0.5700")
    market.status = MarketStatus.CLOSED
    assert market.yes_bid_dollars == Decimal("0.5700")
    assert market.to_dict()["yes_bid_dollars"] == "0.5700"
    assert market.to_dict()["status"] == "closed"
    market["new_field"] = 1
    assert market.to_dict()["new_field"] == 1


def test_unknown_attribute_names_raise_attribute_error() -> None:
    market = Market.from_dict(MARKET)
    with pytest.raises(AttributeError, match="no attribute 'yes_bid'"):
        market.yes_bid  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(market, "liquidity_dollars")
    built = PriceRange(start="0", end="1", step="0.01")
    del built.start
    with pytest.raises(AttributeError, match="no attribute 'start'"):
        built.start  # noqa: B018


def test_parsed_and_built_objects_compare_copy_and_pickle_alike() -> None:
    parsed = PriceRange.from_dict({"start": "0.0000", "end": "1.0000", "step": "0.0100"})
    built = PriceRange(start="0.0000", end="1.0000", step="0.0100")
    assert parsed == built
    assert repr(parsed) == repr(built)
    market = Market.from_dict(MARKET)
    assert copy.copy(market) == market
    assert copy.deepcopy(market) == market
    assert pickle.loads(pickle.dumps(market)) == market
    assert attrs.evolve(market, ticker="OTHER").yes_bid_dollars == Decimal("0.5600")
    assert "yes_bid_dollars=Decimal('0.5600')" in repr(market)


# --- the decoder building blocks -------------------------------------------------------------------


def test_decoder_building_blocks_keep_what_they_cannot_read() -> None:
    decode_ranges = list_decoder(model_decoder("PriceRange"))
    ranges = decode_ranges([{"start": "0", "end": "1", "step": "0.1"}, 3])
    assert isinstance(ranges[0], PriceRange) and ranges[1] == 3
    assert decode_ranges("not a list") == "not a list"
    decode_either = union_decoder((dict, model_decoder("PriceRange")), (str, decode_decimal))
    assert isinstance(decode_either({"start": "0"}), PriceRange)
    assert decode_either("0.10") == Decimal("0.10")
    assert decode_either(7) == 7


def test_type_checkers_see_the_declared_fields_only(tmp_path: Path) -> None:
    """Decoding on first access must not hide typos from mypy (no `__getattr__` in its view)."""
    pytest.importorskip("mypy", reason="mypy is a dev dependency")
    (tmp_path / "mypy.ini").write_text("[mypy]\n")  # not the project's config: as a user's code sees it
    (tmp_path / "user_code.py").write_text(
        "from decimal import Decimal\n"
        "from kalshi_api.models import Market\n"
        "market = Market.from_dict({})\n"
        "price: Decimal = market.yes_bid_dollars\n"
        "reveal_type(market.settlement_value_dollars)\n"
        "market.yes_bid_dolars\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         "--python-version", "3.10", "--config-file", "mypy.ini", "user_code.py"],
        cwd=tmp_path, env={**os.environ, "MYPYPATH": str(ROOT / "generated")}, capture_output=True, text=True,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("user_code.py:")]
    errors = [line for line in lines if ": error: " in line]
    assert len(errors) == 1 and errors[0].startswith('user_code.py:6: error: "Market" has no attribute'), lines
    assert 'user_code.py:5: note: Revealed type is "None | decimal.Decimal | kalshi_api.types.Unset"' in lines


# --- drift reports ---------------------------------------------------------------------------------


def test_a_value_the_field_cannot_hold_is_reported_to_the_drift_listener(monkeypatch: pytest.MonkeyPatch) -> None:
    reports: list[tuple[str, Any]] = []
    monkeypatch.setattr(kalshi_api.types, "drift_listener", lambda where, value: reports.append((where, value)))
    drifted: Any = Market.from_dict(  # values the fields cannot hold are outside the annotations
        {**MARKET, "status": "paused_for_review", "close_time": "soon", "yes_bid_dollars": 0.56, "price_ranges": "x"}
    )
    assert (drifted.status, drifted.close_time, drifted.yes_bid_dollars, drifted.price_ranges) == (
        "paused_for_review", "soon", 0.56, "x"
    )
    # One report per field (in declaration order, as the first read decodes every field).
    assert reports == [
        ("Market.close_time (datetime.datetime)", "soon"),
        ("Market.status (MarketStatus | str)", "paused_for_review"),
        ("Market.yes_bid_dollars (Decimal)", 0.56),
        ("Market.price_ranges (list[PriceRange])", "x"),
    ]
    reports.clear()
    fine: Any = Market.from_dict({**MARKET, "settlement_value_dollars": None})  # no_bid_dollars left out
    assert (fine.status, fine.close_time, fine.settlement_value_dollars, fine.no_bid_dollars) == (
        MarketStatus.ACTIVE, datetime.datetime(2026, 1, 13, 5, tzinfo=datetime.timezone.utc), None, UNSET
    )
    assert fine.additional_properties == {"liquidity_dollars": "12.3400"}  # new fields are not drift
    assert reports == []


def test_a_union_member_kept_as_is_is_not_drift(monkeypatch: pytest.MonkeyPatch) -> None:
    reports: list[tuple[str, Any]] = []
    monkeypatch.setattr(kalshi_api.types, "drift_listener", lambda where, value: reports.append((where, value)))

    @attrs.define(kw_only=True)
    class Window(LazyModel):
        when: Any = UNSET
        _DECODED = {"when": ("when", union_decoder((str, None), (dict, model_decoder("PriceRange"))))}  # noqa: RUF012

    for sent in ("tomorrow", {"start": "0"}):
        window = Window.__new__(Window)
        object.__setattr__(window, "_json", {"when": sent})  # the JSON a listing would hand over
        assert window.when == sent or isinstance(window.when, PriceRange)
    assert reports == []
    window = Window.__new__(Window)
    object.__setattr__(window, "_json", {"when": 7})  # neither member's JSON type
    assert window.when == 7
    assert reports == [("Window.when (Any)", 7)]
