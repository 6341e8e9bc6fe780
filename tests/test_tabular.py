"""Tables of models: Arrow, pandas and polars, from real recorded responses and fake-exchange pages."""

from __future__ import annotations

import datetime
import decimal
import enum
import gc
import json
import sys
import weakref
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import kalshi_api.models as models
from kalshi_api.rules import FIXED_POINT_PLACES
from kalshi_api.types import LazyModel
from kalshi_sdk import AsyncKalshi, Kalshi, to_arrow, to_pandas, to_polars
from kalshi_sdk._tabular import EXTRA_COLUMN, arrow_schema, columns_of
from kalshi_sdk.testing import FakeExchange

# Real responses recorded from Kalshi's production server: in the shared material beside the
# checkout (or beside the folder of worktrees). The one place to change when they move.
ROOT = Path(__file__).resolve().parents[1]
RECORDED_PLACES = [ROOT / "tests" / "data" / "recorded", *(up / "shared" / "recorded" for up in ROOT.parents[:2])]
RECORDED = next((place for place in RECORDED_PLACES if place.is_dir()), RECORDED_PLACES[0])


def recorded(name: str) -> dict[str, Any]:
    """The response body of one recorded file, such as "markets_list"."""
    path = RECORDED / f"{name}_response.json"
    if not path.exists():
        pytest.skip(f"recorded responses not found in {RECORDED_PLACES}")
    body: dict[str, Any] = json.loads(path.read_text())["response"]
    return body


# (recorded file, response model, items field) of every recorded list.
RECORDED_LISTS = [
    ("markets_list", "GetMarketsResponse", "markets"),
    ("events_list", "GetEventsResponse", "events"),
    ("trades_list", "GetTradesResponse", "trades"),
    ("portfolio_orders", "GetOrdersResponse", "orders"),
    ("series_list", "GetSeriesListResponse", "series"),
    ("milestones_list", "GetMilestonesResponse", "milestones"),
]


def _decimal_columns(model: type) -> list[Any]:
    return [column for column in columns_of(model) if column.kind == "decimal"]


@pytest.mark.parametrize(("name", "response", "field"), RECORDED_LISTS)
def test_recorded_lists_convert_exactly(name: str, response: str, field: str) -> None:
    body = recorded(name)
    items = getattr(getattr(models, response).from_dict(body), field)
    assert items, f"{name} has no items"
    model = type(items[0])
    table = to_arrow(items)
    assert table.num_rows == len(items)
    assert table.schema == arrow_schema(model)
    attribute_of = {key: attribute for attribute, key in model._FIELDS}
    for column in columns_of(model):
        arrow_type = table.schema.field(column.name).type
        values = table.column(column.name).to_pylist()
        if column.kind == "decimal":
            assert arrow_type == pa.decimal128(38, FIXED_POINT_PLACES.get(model.__name__, {}).get(column.path[-1], 4))
        if column.kind == "timestamp":
            assert arrow_type == pa.timestamp("us", tz="UTC")
        if len(column.path) > 1:
            continue  # flattened nested fields are checked below
        for item, raw, value in zip(items, body[field], values, strict=True):
            expected = getattr(item, attribute_of[column.path[0]])
            if expected is None or type(expected).__name__ == "Unset":
                assert value is None
            elif column.kind == "decimal":
                # Exact: the same Decimal, at the column's scale.
                assert isinstance(value, Decimal) and value == expected
                assert format(value, "f") == format(expected.quantize(Decimal(1).scaleb(arrow_type.scale * -1)), "f")
            elif column.kind == "timestamp":
                assert value == expected and value.utcoffset() == datetime.timedelta(0)
            elif isinstance(expected, enum.Enum):
                assert value == expected.value
            elif column.kind == "json":
                assert json.loads(value) == raw[column.path[0]]
            else:
                assert value == expected


def test_recorded_markets_round_trip_through_pandas_and_polars() -> None:
    markets = models.GetMarketsResponse.from_dict(recorded("markets_list")).markets
    frame = to_pandas(markets)
    assert str(frame["created_time"].dtype) == "datetime64[us, UTC]"
    assert frame["yes_bid_dollars"].dtype == object
    assert list(frame["yes_bid_dollars"]) == [market.yes_bid_dollars for market in markets]
    assert all(isinstance(value, Decimal) for value in frame["yes_ask_dollars"])
    assert list(frame["status"]) == [str(market.status) for market in markets]
    polars_frame = to_polars(markets)
    assert polars_frame.schema["yes_bid_dollars"] == pl.Decimal(38, 4)
    assert polars_frame.schema["volume_fp"] == pl.Decimal(38, 2)
    assert polars_frame.schema["close_time"] == pl.Datetime("us", "UTC")
    assert polars_frame.schema["status"] == pl.String
    assert polars_frame["yes_ask_dollars"].to_list() == [market.yes_ask_dollars for market in markets]


def test_nested_models_are_flattened_with_dotted_names() -> None:
    body = recorded("portfolio_orders")
    orders = models.GetOrdersResponse.from_dict(body).orders
    table = to_arrow(orders)
    nested = [column for column in columns_of(type(orders[0])) if len(column.path) > 1]
    for column in nested:
        assert column.name == ".".join(column.path)
        assert column.name in table.column_names


def test_a_nested_model_becomes_dotted_columns() -> None:
    candidates = []
    for name in dir(models):
        model = getattr(models, name)
        if isinstance(model, type) and issubclass(model, LazyModel) and model is not LazyModel:
            flattened = [column.name for column in columns_of(model) if len(column.path) > 1]
            if flattened:
                candidates.append((model, flattened))
    assert candidates, "no model of the spec holds a nested model"
    model, flattened = candidates[0]
    assert all("." in name for name in flattened)


def test_every_decimal_field_of_a_spec_schema_has_the_spec_scale() -> None:
    checked = 0
    for name, places in FIXED_POINT_PLACES.items():
        model = getattr(models, name)
        by_key = {column.path[-1]: column for column in columns_of(model) if len(column.path) == 1}
        for key, scale in places.items():
            assert by_key[key].kind == "decimal" and by_key[key].places == scale
            checked += 1
    assert checked > 50
    assert FIXED_POINT_PLACES["Market"]["yes_bid_dollars"] == 4
    assert FIXED_POINT_PLACES["Market"]["volume_fp"] == 2


def test_enum_fields_annotated_with_their_plain_values_make_plain_columns() -> None:
    # `Market.status: MarketStatus | str` (an unknown value stays a str) is still a text column.
    by_key = {column.path[-1]: column for column in columns_of(models.Market) if len(column.path) == 1}
    assert by_key["status"].kind == "text" and arrow_schema(models.Market).field("status").type == pa.string()
    error_code = {column.name: column for column in columns_of(models.WsErrorMsg)}["code"]
    assert error_code.kind == "plain" and arrow_schema(models.WsErrorMsg).field("code").type == pa.int64()
    rows = [dict(market) for market in recorded("markets_list")["markets"][:2]]
    rows[1]["status"] = "paused_for_review"  # a value the spec does not list yet
    table = to_arrow([models.Market.from_dict(row) for row in rows])
    assert table.column("status").to_pylist() == [rows[0]["status"], "paused_for_review"]


def test_unknown_fields_go_to_one_json_column_and_drift_becomes_null(caplog: pytest.LogCaptureFixture) -> None:
    body = recorded("markets_list")
    rows = [dict(market) for market in body["markets"][:2]]
    rows[0]["brand_new_field"] = {"a": 1}
    rows[1]["yes_bid_dollars"] = "not a price"
    rows[1]["close_time"] = 12345
    rows[1]["volume_fp"] = "1.23456"  # more places than the column's scale: rounding would change it
    markets = [models.Market.from_dict(row) for row in rows]
    with caplog.at_level("WARNING", logger="kalshi_sdk"):
        table = to_arrow(markets)
    extras = [json.loads(value) for value in table.column(EXTRA_COLUMN).to_pylist()]
    known = models.Market._KNOWN_KEYS
    assert extras == [{key: value for key, value in row.items() if key not in known} for row in rows]
    assert extras[0]["brand_new_field"] == {"a": 1}
    assert "brand_new_field" not in extras[1]
    assert table.column("yes_bid_dollars").to_pylist() == [Decimal(rows[0]["yes_bid_dollars"]), None]
    assert table.column("close_time")[1].as_py() is None
    assert table.column("volume_fp")[1].as_py() is None
    assert "Market.yes_bid_dollars" in caplog.text


def test_floats_only_when_asked() -> None:
    markets = models.GetMarketsResponse.from_dict(recorded("markets_list")).markets
    table = to_arrow(markets, decimals_as_float=True)
    assert table.schema.field("yes_bid_dollars").type == pa.float64()
    assert table.column("yes_bid_dollars").to_pylist() == [float(market.yes_bid_dollars) for market in markets]


def test_an_empty_list_needs_its_model_and_keeps_every_column() -> None:
    with pytest.raises(ValueError, match="model"):
        to_arrow([])
    table = to_arrow([], model=models.Trade)
    assert table.num_rows == 0 and table.schema == arrow_schema(models.Trade)


def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(ImportError, match=r'pip install "kalshi-trade-sdk\[polars\]"'):
        to_polars([], model=models.Trade)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with Kalshi(base_url="http://127.0.0.1:9/trade-api/v2") as client:  # nothing is sent: the error comes first
        with pytest.raises(ImportError, match=r"kalshi-trade-sdk\[arrow\]"):
            client.markets.list().to_arrow()


@pytest.fixture(scope="module")
def many_markets() -> Any:
    with FakeExchange() as exchange:
        for index in range(450):
            exchange.add_market({"ticker": f"KXTAB-{index // 10:03d}-{index % 10}"})
        yield exchange


def test_pages_from_the_fake_exchange(many_markets: FakeExchange) -> None:
    with Kalshi(base_url=many_markets.base_url) as client:
        pages = client.markets.list(limit=100)
        expected = [market._json for market in pages]
        table = pages.to_arrow()
    assert table.num_rows == len(expected) >= 450
    assert table.column("ticker").to_pylist() == [row["ticker"] for row in expected]
    assert [format(value, "f") for value in table.column("yes_ask_dollars").to_pylist()] == [
        format(Decimal(row["yes_ask_dollars"]), "f") for row in expected
    ]
    assert table.column("open_time").to_pylist() == [
        datetime.datetime.fromisoformat(row["open_time"].replace("Z", "+00:00")) for row in expected
    ]


async def test_async_pages_to_pandas_and_polars(many_markets: FakeExchange) -> None:
    async with AsyncKalshi(base_url=many_markets.base_url) as client:
        frame = await client.markets.list(limit=200, max_items=300).to_pandas()
        polars_frame = await client.markets.list(limit=200, max_items=300).to_polars()
    assert len(frame) == len(polars_frame) == 300
    assert list(frame["ticker"]) == polars_frame["ticker"].to_list()
    assert isinstance(frame["volume_fp"][0], Decimal)
    assert polars_frame.schema["volume_fp"] == pl.Decimal(38, 2)


def test_conversion_holds_one_page_of_models_at_a_time(
    many_markets: FakeExchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a page is converted, the models of the pages before it are gone."""
    from kalshi_sdk import _tabular

    alive: list[weakref.ref[Any]] = []
    most_alive = 0
    real_add = _tabular.TableBuilder.add

    def add(self: Any, items: list[Any]) -> None:
        nonlocal most_alive
        gc.collect()
        most_alive = max(most_alive, sum(ref() is not None for ref in alive))
        alive.extend(weakref.ref(item) for item in items)
        real_add(self, items)

    monkeypatch.setattr(_tabular.TableBuilder, "add", add)
    with Kalshi(base_url=many_markets.base_url) as client:
        table = client.markets.list(limit=50).to_arrow()
    assert table.num_rows >= 450
    assert len(alive) == table.num_rows
    assert most_alive == 0  # before each page is added, no model of an earlier page is left


def test_pandas_dtypes_of_a_fake_exchange_page(many_markets: FakeExchange) -> None:
    with Kalshi(base_url=many_markets.base_url) as client:
        frame = client.markets.list(max_items=10).to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert str(frame["close_time"].dtype) == "datetime64[us, UTC]"
    assert frame["settlement_timer_seconds"].dtype == "int64"
    assert all(isinstance(value, decimal.Decimal) for value in frame["yes_bid_dollars"])
