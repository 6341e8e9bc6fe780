"""The generated models read what the server sends even where it drifts from the spec."""

from __future__ import annotations

import datetime
from typing import Any

from kalshi_api.models import (
    ApiKey,
    ApiKeyScope,
    ExchangeStatus,
    GetMilestonesResponse,
    Market,
    MarketStatus,
    Milestone,
    WsErrorMsg,
    WsErrorMsgCode,
)
from kalshi_api.types import UNSET, decode_datetime

MILESTONE = {
    "id": "m-1",
    "category": "Sports",
    "type": "basketball_game",
    "start_date": "2026-01-15T00:30:00Z",
    "related_event_tickers": ["KXNBAGAME-26JAN14LALBOS"],
    "title": "Lakers at Celtics",
    "notification_message": "",
    "details": {"home_team": "BOS"},
    "primary_event_tickers": [],
    "last_updated_ts": "2026-01-15T01:00:00.123456Z",
}


def test_complete_object_is_typed() -> None:
    milestone = Milestone.from_dict(MILESTONE)
    assert milestone.type_ == "basketball_game"
    assert milestone.start_date == datetime.datetime(2026, 1, 15, 0, 30, tzinfo=datetime.timezone.utc)
    assert milestone.end_date is UNSET
    assert milestone.additional_properties == {}


def test_missing_required_field_is_unset() -> None:
    body = {key: value for key, value in MILESTONE.items() if key not in ("title", "start_date")}
    # Any: a required field left out is a case the annotations do not carry (README, "Types").
    milestone: Any = Milestone.from_dict(body)
    assert milestone.title is UNSET
    assert milestone.start_date is UNSET
    assert "title" not in milestone.to_dict()


def test_null_where_spec_wants_array_object_or_string() -> None:
    body = {**MILESTONE, "related_event_tickers": None, "details": None, "title": None}
    milestone = Milestone.from_dict(body)
    assert milestone.related_event_tickers is None
    assert milestone.details is None
    assert milestone.title is None
    page = GetMilestonesResponse.from_dict({"milestones": None, "cursor": None})
    assert page.milestones is None


def test_unknown_enum_value_is_kept_as_string() -> None:
    market = Market.from_dict({"ticker": "T", "status": "paused_for_review"})
    assert market.status == "paused_for_review"
    assert Market.from_dict({"ticker": "T", "status": "active"}).status is MarketStatus.ACTIVE


def test_unknown_enum_values_round_trip_through_to_dict() -> None:
    market = Market.from_dict({"ticker": "T", "status": "paused_for_review"})
    assert market.to_dict()["status"] == "paused_for_review"
    assert Market.from_dict(market.to_dict()).status == "paused_for_review"
    key = ApiKey.from_dict({"api_key_id": "k", "name": "n", "scopes": ["read", "teleport"]})
    assert key.scopes == [ApiKeyScope.API_KEY_SCOPE_READ, "teleport"]
    assert key.to_dict()["scopes"] == ["read", "teleport"]
    error = WsErrorMsg.from_dict({"code": 99, "msg": "new"})  # an integer enum keeps its unknown integer
    assert error.code == 99 and not isinstance(error.code, WsErrorMsgCode)
    assert WsErrorMsg.from_dict(error.to_dict()).to_dict() == {"code": 99, "msg": "new"}


def test_unknown_fields_are_kept() -> None:
    status = ExchangeStatus.from_dict({"exchange_active": True, "trading_active": False, "new_flag": 7})
    assert status.additional_properties == {"new_flag": 7}
    assert status["new_flag"] == 7
    assert status.to_dict()["new_flag"] == 7


def test_value_of_wrong_shape_is_kept_not_raised() -> None:
    body = {**MILESTONE, "start_date": "not a date", "related_event_tickers": "X", "details": [1]}
    milestone: Any = Milestone.from_dict(body)  # values of the wrong shape are outside the annotations
    assert milestone.start_date == "not a date"
    assert milestone.related_event_tickers == "X"
    assert milestone.details == [1]


def test_nested_list_of_models_with_null_items() -> None:
    page = GetMilestonesResponse.from_dict({"milestones": [MILESTONE, None], "cursor": "abc"})
    assert isinstance(page.milestones[0], Milestone)
    assert page.milestones[1] is None
    assert page.cursor == "abc"


def test_datetime_decoder_accepts_z_and_odd_fractions() -> None:
    assert decode_datetime("2026-01-12T22:08:10Z").tzinfo is not None
    assert decode_datetime("2026-01-12T22:08:10.4469Z").microsecond == 446900
    assert decode_datetime(None) is None
    assert decode_datetime(UNSET) is UNSET


def test_models_are_keyword_only_and_round_trip() -> None:
    milestone = Milestone.from_dict(MILESTONE)
    rebuilt = Milestone.from_dict(milestone.to_dict())
    assert rebuilt == milestone
    status = ExchangeStatus(exchange_active=True, trading_active=True)
    assert status.to_dict() == {"exchange_active": True, "trading_active": True}
