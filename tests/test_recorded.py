"""Every response recorded from the production server parses into its typed model."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path
from typing import Any

import dateutil.parser
import pytest

import kalshi_api.models as models
from kalshi_api.types import UNSET

# Real production responses, kept unchanged with their source and license in NOTICE beside them.
RECORDED = Path(__file__).resolve().parent / "data" / "recorded"

# Recorded endpoint -> the model its response parses into.
MODEL_OF = {
    "event_single": "GetEventResponse",
    "events_list": "GetEventsResponse",
    "exchange_status": "ExchangeStatus",
    "live_data_batch": "GetLiveDatasResponse",
    "market_single": "GetMarketResponse",
    "markets_list": "GetMarketsResponse",
    "milestones_list": "GetMilestonesResponse",
    "orderbook": "GetMarketOrderbookResponse",
    "portfolio_balance": "GetBalanceResponse",
    "portfolio_orders": "GetOrdersResponse",
    "series_list": "GetSeriesListResponse",
    "trades_list": "GetTradesResponse",
}

FILES = sorted(RECORDED.glob("*.json"))


def _load(path: Path) -> tuple[str, dict[str, Any]]:
    document = json.loads(path.read_text())
    return document["_metadata"]["endpoint"], document["response"]


def _normalise(value: Any) -> Any:
    """JSON with every timestamp string turned into a datetime, to compare without format noise."""
    if isinstance(value, dict):
        return {key: _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        try:  # dateutil: Python 3.10's fromisoformat refuses "Z" and fractions of other than 3 or 6 digits
            return dateutil.parser.isoparse(value)
        except ValueError:
            return value
    return value


def test_every_recorded_file_is_covered() -> None:
    assert len(FILES) == 12
    assert {_load(path)[0] for path in FILES} == set(MODEL_OF)


def test_recorded_files_are_unchanged() -> None:
    """The copies are byte for byte what was recorded: their digests match the list made when copying."""
    listed: dict[str, str] = {}
    for line in (RECORDED / "SHA256SUMS").read_text().splitlines():
        if line.strip():
            digest, name = line.split("  ", 1)
            listed[name] = digest
    assert listed == {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in FILES}
    assert "Apache License" in (RECORDED / "NOTICE").read_text()


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_recorded_response_parses_and_round_trips(path: Path) -> None:
    endpoint, body = _load(path)
    model = getattr(models, MODEL_OF[endpoint])
    parsed = model.from_dict(body)
    assert isinstance(parsed, model)
    # Nothing is lost: unknown fields are kept, known ones re-encode to the same values.
    assert _normalise(parsed.to_dict()) == _normalise(body)


def test_recorded_markets_are_typed() -> None:
    _, body = _load(RECORDED / "markets_list_response.json")
    page = models.GetMarketsResponse.from_dict(body)
    assert len(page.markets) == len(body["markets"]) > 0
    market = page.markets[0]
    assert isinstance(market, models.Market)
    assert market.ticker == body["markets"][0]["ticker"]
    assert isinstance(market.close_time, datetime.datetime) and market.close_time.tzinfo is not None
    # The server omits some fields the spec calls required: they read as UNSET, not a crash.
    missing = [attribute for attribute, key in models.Market._FIELDS if key not in body["markets"][0]]
    assert missing, "expected the recorded market to lack some spec fields"
    assert all(getattr(market, attribute) is UNSET for attribute in missing)


def test_recorded_milestones_keep_details_as_dict() -> None:
    _, body = _load(RECORDED / "milestones_list_response.json")
    page = models.GetMilestonesResponse.from_dict(body)
    first = page.milestones[0]
    assert isinstance(first, models.Milestone)
    assert first.id == body["milestones"][0]["id"]
    assert isinstance(first.start_date, datetime.datetime)
    assert isinstance(first.details, dict) and first.details == body["milestones"][0]["details"]
