from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.market_market_type import MarketMarketType
from ..models.market_result import MarketResult
from ..models.market_settlement_bounds_type import MarketSettlementBoundsType
from ..models.market_status import MarketStatus
from ..models.market_strike_type import MarketStrikeType
from ..types import (
    UNSET,
    DecodeMismatch,
    Decoder,
    LazyModel,
    Unset,
    decimal_cache,
    decode_datetime,
    decode_decimal,
    encode_value,
    enum_decoder,
    enum_members,
    extra_properties,
    list_decoder,
    model_decoder,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


@_attrs_define(kw_only=True)
class Market(LazyModel):
    """
    Attributes:
        ticker (str):
        event_ticker (str):
        market_type (MarketMarketType | str):
        yes_sub_title (str):
        no_sub_title (str):
        created_time (datetime.datetime):
        updated_time (datetime.datetime):
        open_time (datetime.datetime):
        close_time (datetime.datetime):
        latest_expiration_time (datetime.datetime):
        settlement_timer_seconds (int):
        status (MarketStatus | str):
        yes_bid_dollars (Decimal):  Example: 0.5600.
        yes_bid_size_fp (Decimal):  Example: 10.00.
        yes_ask_dollars (Decimal):  Example: 0.5600.
        yes_ask_size_fp (Decimal):  Example: 10.00.
        no_bid_dollars (Decimal):  Example: 0.5600.
        no_ask_dollars (Decimal):  Example: 0.5600.
        last_price_dollars (Decimal):  Example: 0.5600.
        volume_fp (Decimal):  Example: 10.00.
        volume_24h_fp (Decimal):  Example: 10.00.
        result (MarketResult | str):
        can_close_early (bool):
        open_interest_fp (Decimal):  Example: 10.00.
        notional_value_dollars (Decimal):  Example: 0.5600.
        previous_yes_bid_dollars (Decimal):  Example: 0.5600.
        previous_yes_ask_dollars (Decimal):  Example: 0.5600.
        previous_price_dollars (Decimal):  Example: 0.5600.
        settlement_bounds_type (MarketSettlementBoundsType | str):
        expiration_value (str):
        rules_primary (str):
        rules_secondary (str):
        price_level_structure (str):
        price_ranges (list[PriceRange]):
        title (str | Unset):
        subtitle (str | Unset):
        expected_expiration_time (datetime.datetime | None | Unset):
        expiration_time (datetime.datetime | Unset):
        settlement_value_dollars (None | Decimal | Unset):  Example: 0.5600.
        settlement_ts (datetime.datetime | None | Unset):
        settlement_floor_dollars (None | Decimal | Unset):  Example: 0.5600.
        occurrence_datetime (datetime.datetime | None | Unset):
        fee_waiver_expiration_time (datetime.datetime | None | Unset):
        early_close_condition (None | str | Unset):
        strike_type (MarketStrikeType | str | Unset):
        floor_strike (float | None | Unset):
        cap_strike (float | None | Unset):
        functional_strike (None | str | Unset):
        custom_strike (Any | Unset):
        mve_collection_ticker (str | Unset):
        mve_selected_legs (list[MveSelectedLeg] | Unset):
        primary_participant_key (None | str | Unset):
        is_provisional (bool | Unset):
        exchange_index (int | Unset):  Example: 0.
    """

    ticker: str
    event_ticker: str
    market_type: MarketMarketType | str
    yes_sub_title: str
    no_sub_title: str
    created_time: datetime.datetime
    updated_time: datetime.datetime
    open_time: datetime.datetime
    close_time: datetime.datetime
    latest_expiration_time: datetime.datetime
    settlement_timer_seconds: int
    status: MarketStatus | str
    yes_bid_dollars: Decimal
    yes_bid_size_fp: Decimal
    yes_ask_dollars: Decimal
    yes_ask_size_fp: Decimal
    no_bid_dollars: Decimal
    no_ask_dollars: Decimal
    last_price_dollars: Decimal
    volume_fp: Decimal
    volume_24h_fp: Decimal
    result: MarketResult | str
    can_close_early: bool
    open_interest_fp: Decimal
    notional_value_dollars: Decimal
    previous_yes_bid_dollars: Decimal
    previous_yes_ask_dollars: Decimal
    previous_price_dollars: Decimal
    settlement_bounds_type: MarketSettlementBoundsType | str
    expiration_value: str
    rules_primary: str
    rules_secondary: str
    price_level_structure: str
    price_ranges: list[PriceRange]
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    expected_expiration_time: datetime.datetime | None | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    settlement_value_dollars: None | Decimal | Unset = UNSET
    settlement_ts: datetime.datetime | None | Unset = UNSET
    settlement_floor_dollars: None | Decimal | Unset = UNSET
    occurrence_datetime: datetime.datetime | None | Unset = UNSET
    fee_waiver_expiration_time: datetime.datetime | None | Unset = UNSET
    early_close_condition: None | str | Unset = UNSET
    strike_type: MarketStrikeType | str | Unset = UNSET
    floor_strike: float | None | Unset = UNSET
    cap_strike: float | None | Unset = UNSET
    functional_strike: None | str | Unset = UNSET
    custom_strike: Any | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    primary_participant_key: None | str | Unset = UNSET
    is_provisional: bool | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ticker", "ticker"),
        ("event_ticker", "event_ticker"),
        ("market_type", "market_type"),
        ("yes_sub_title", "yes_sub_title"),
        ("no_sub_title", "no_sub_title"),
        ("created_time", "created_time"),
        ("updated_time", "updated_time"),
        ("open_time", "open_time"),
        ("close_time", "close_time"),
        ("latest_expiration_time", "latest_expiration_time"),
        ("settlement_timer_seconds", "settlement_timer_seconds"),
        ("status", "status"),
        ("yes_bid_dollars", "yes_bid_dollars"),
        ("yes_bid_size_fp", "yes_bid_size_fp"),
        ("yes_ask_dollars", "yes_ask_dollars"),
        ("yes_ask_size_fp", "yes_ask_size_fp"),
        ("no_bid_dollars", "no_bid_dollars"),
        ("no_ask_dollars", "no_ask_dollars"),
        ("last_price_dollars", "last_price_dollars"),
        ("volume_fp", "volume_fp"),
        ("volume_24h_fp", "volume_24h_fp"),
        ("result", "result"),
        ("can_close_early", "can_close_early"),
        ("open_interest_fp", "open_interest_fp"),
        ("notional_value_dollars", "notional_value_dollars"),
        ("previous_yes_bid_dollars", "previous_yes_bid_dollars"),
        ("previous_yes_ask_dollars", "previous_yes_ask_dollars"),
        ("previous_price_dollars", "previous_price_dollars"),
        ("settlement_bounds_type", "settlement_bounds_type"),
        ("expiration_value", "expiration_value"),
        ("rules_primary", "rules_primary"),
        ("rules_secondary", "rules_secondary"),
        ("price_level_structure", "price_level_structure"),
        ("price_ranges", "price_ranges"),
        ("title", "title"),
        ("subtitle", "subtitle"),
        ("expected_expiration_time", "expected_expiration_time"),
        ("expiration_time", "expiration_time"),
        ("settlement_value_dollars", "settlement_value_dollars"),
        ("settlement_ts", "settlement_ts"),
        ("settlement_floor_dollars", "settlement_floor_dollars"),
        ("occurrence_datetime", "occurrence_datetime"),
        ("fee_waiver_expiration_time", "fee_waiver_expiration_time"),
        ("early_close_condition", "early_close_condition"),
        ("strike_type", "strike_type"),
        ("floor_strike", "floor_strike"),
        ("cap_strike", "cap_strike"),
        ("functional_strike", "functional_strike"),
        ("custom_strike", "custom_strike"),
        ("mve_collection_ticker", "mve_collection_ticker"),
        ("mve_selected_legs", "mve_selected_legs"),
        ("primary_participant_key", "primary_participant_key"),
        ("is_provisional", "is_provisional"),
        ("exchange_index", "exchange_index"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "market_type": ("market_type", enum_decoder(MarketMarketType)),
        "created_time": ("created_time", decode_datetime),
        "updated_time": ("updated_time", decode_datetime),
        "open_time": ("open_time", decode_datetime),
        "close_time": ("close_time", decode_datetime),
        "latest_expiration_time": ("latest_expiration_time", decode_datetime),
        "status": ("status", enum_decoder(MarketStatus)),
        "yes_bid_dollars": ("yes_bid_dollars", decode_decimal),
        "yes_bid_size_fp": ("yes_bid_size_fp", decode_decimal),
        "yes_ask_dollars": ("yes_ask_dollars", decode_decimal),
        "yes_ask_size_fp": ("yes_ask_size_fp", decode_decimal),
        "no_bid_dollars": ("no_bid_dollars", decode_decimal),
        "no_ask_dollars": ("no_ask_dollars", decode_decimal),
        "last_price_dollars": ("last_price_dollars", decode_decimal),
        "volume_fp": ("volume_fp", decode_decimal),
        "volume_24h_fp": ("volume_24h_fp", decode_decimal),
        "result": ("result", enum_decoder(MarketResult)),
        "open_interest_fp": ("open_interest_fp", decode_decimal),
        "notional_value_dollars": ("notional_value_dollars", decode_decimal),
        "previous_yes_bid_dollars": ("previous_yes_bid_dollars", decode_decimal),
        "previous_yes_ask_dollars": ("previous_yes_ask_dollars", decode_decimal),
        "previous_price_dollars": ("previous_price_dollars", decode_decimal),
        "settlement_bounds_type": ("settlement_bounds_type", enum_decoder(MarketSettlementBoundsType)),
        "price_ranges": ("price_ranges", list_decoder(model_decoder("PriceRange"))),
        "expected_expiration_time": ("expected_expiration_time", decode_datetime),
        "expiration_time": ("expiration_time", decode_datetime),
        "settlement_value_dollars": ("settlement_value_dollars", decode_decimal),
        "settlement_ts": ("settlement_ts", decode_datetime),
        "settlement_floor_dollars": ("settlement_floor_dollars", decode_decimal),
        "occurrence_datetime": ("occurrence_datetime", decode_datetime),
        "fee_waiver_expiration_time": ("fee_waiver_expiration_time", decode_datetime),
        "strike_type": ("strike_type", enum_decoder(MarketStrikeType)),
        "mve_selected_legs": ("mve_selected_legs", list_decoder(model_decoder("MveSelectedLeg"))),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 21

    def _decode_fields(self, source: Mapping[str, Any]) -> None:
        """Decode every field of _DECODED from `source` in one pass (see LazyModel).

        Values of the declared types, nulls and absent keys only: any other value raises before the
        last group, the only one that reports drift, is reached.
        """
        # Locals, not globals: this runs once per object of every page.
        get, unset = source.get, UNSET
        decimals = decimal_cache
        parse_timestamp = parse_datetime
        # The objects of a page share one layout of keys: keys equal to the last layout seen with every
        # declared key and no other (kept in _FULL_LAYOUT) need no test for undeclared keys, and their
        # values are read by subscript (a tuple comparison costs less than a set test per object).
        layout, full_layout = tuple(source), self._FULL_LAYOUT
        if layout == full_layout[0]:
            full_layout[0] = layout  # the next comparison then finds the very same key objects
            self.yes_bid_dollars = decimals[source["yes_bid_dollars"]]
            self.yes_bid_size_fp = decimals[source["yes_bid_size_fp"]]
            self.yes_ask_dollars = decimals[source["yes_ask_dollars"]]
            self.yes_ask_size_fp = decimals[source["yes_ask_size_fp"]]
            self.no_bid_dollars = decimals[source["no_bid_dollars"]]
            self.no_ask_dollars = decimals[source["no_ask_dollars"]]
            self.last_price_dollars = decimals[source["last_price_dollars"]]
            self.volume_fp = decimals[source["volume_fp"]]
            self.volume_24h_fp = decimals[source["volume_24h_fp"]]
            self.open_interest_fp = decimals[source["open_interest_fp"]]
            self.notional_value_dollars = decimals[source["notional_value_dollars"]]
            self.previous_yes_bid_dollars = decimals[source["previous_yes_bid_dollars"]]
            self.previous_yes_ask_dollars = decimals[source["previous_yes_ask_dollars"]]
            self.previous_price_dollars = decimals[source["previous_price_dollars"]]
            self.settlement_value_dollars = decimals[source["settlement_value_dollars"]]
            self.settlement_floor_dollars = decimals[source["settlement_floor_dollars"]]
            value = source["created_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.created_time = value
            value = source["updated_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.updated_time = value
            value = source["open_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.open_time = value
            value = source["close_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.close_time = value
            value = source["latest_expiration_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.latest_expiration_time = value
            value = source["expected_expiration_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.expected_expiration_time = value
            value = source["expiration_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.expiration_time = value
            value = source["settlement_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.settlement_ts = value
            value = source["occurrence_datetime"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.occurrence_datetime = value
            value = source["fee_waiver_expiration_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.fee_waiver_expiration_time = value
            self.market_type = _MARKET_TYPE_MEMBERS[source["market_type"]]
            self.status = _STATUS_MEMBERS[source["status"]]
            self.result = _RESULT_MEMBERS[source["result"]]
            self.settlement_bounds_type = _SETTLEMENT_BOUNDS_TYPE_MEMBERS[source["settlement_bounds_type"]]
            self.strike_type = _STRIKE_TYPE_MEMBERS[source["strike_type"]]
            value = source["price_ranges"]
            if value.__class__ is list:
                # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
                from_dict, items, value = _models.PriceRange.from_dict, value, []
                for item in items:
                    if item.__class__ is not dict:
                        raise DecodeMismatch
                    value.append(from_dict(item))
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.price_ranges = value
            value = source["mve_selected_legs"]
            if value.__class__ is list:
                # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
                from_dict, items, value = _models.MveSelectedLeg.from_dict, value, []
                for item in items:
                    if item.__class__ is not dict:
                        raise DecodeMismatch
                    value.append(from_dict(item))
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.mve_selected_legs = value
            self.additional_properties = {}
            return
        self.yes_bid_dollars = decimals[get("yes_bid_dollars", unset)]
        self.yes_bid_size_fp = decimals[get("yes_bid_size_fp", unset)]
        self.yes_ask_dollars = decimals[get("yes_ask_dollars", unset)]
        self.yes_ask_size_fp = decimals[get("yes_ask_size_fp", unset)]
        self.no_bid_dollars = decimals[get("no_bid_dollars", unset)]
        self.no_ask_dollars = decimals[get("no_ask_dollars", unset)]
        self.last_price_dollars = decimals[get("last_price_dollars", unset)]
        self.volume_fp = decimals[get("volume_fp", unset)]
        self.volume_24h_fp = decimals[get("volume_24h_fp", unset)]
        self.open_interest_fp = decimals[get("open_interest_fp", unset)]
        self.notional_value_dollars = decimals[get("notional_value_dollars", unset)]
        self.previous_yes_bid_dollars = decimals[get("previous_yes_bid_dollars", unset)]
        self.previous_yes_ask_dollars = decimals[get("previous_yes_ask_dollars", unset)]
        self.previous_price_dollars = decimals[get("previous_price_dollars", unset)]
        self.settlement_value_dollars = decimals[get("settlement_value_dollars", unset)]
        self.settlement_floor_dollars = decimals[get("settlement_floor_dollars", unset)]
        value = get("created_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.created_time = value
        value = get("updated_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.updated_time = value
        value = get("open_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.open_time = value
        value = get("close_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.close_time = value
        value = get("latest_expiration_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.latest_expiration_time = value
        value = get("expected_expiration_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.expected_expiration_time = value
        value = get("expiration_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.expiration_time = value
        value = get("settlement_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.settlement_ts = value
        value = get("occurrence_datetime", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.occurrence_datetime = value
        value = get("fee_waiver_expiration_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.fee_waiver_expiration_time = value
        self.market_type = _MARKET_TYPE_MEMBERS[get("market_type", unset)]
        self.status = _STATUS_MEMBERS[get("status", unset)]
        self.result = _RESULT_MEMBERS[get("result", unset)]
        self.settlement_bounds_type = _SETTLEMENT_BOUNDS_TYPE_MEMBERS[get("settlement_bounds_type", unset)]
        self.strike_type = _STRIKE_TYPE_MEMBERS[get("strike_type", unset)]
        value = get("price_ranges", unset)
        if value.__class__ is list:
            # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
            from_dict, items, value = _models.PriceRange.from_dict, value, []
            for item in items:
                if item.__class__ is not dict:
                    raise DecodeMismatch
                value.append(from_dict(item))
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.price_ranges = value
        value = get("mve_selected_legs", unset)
        if value.__class__ is list:
            # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
            from_dict, items, value = _models.MveSelectedLeg.from_dict, value, []
            for item in items:
                if item.__class__ is not dict:
                    raise DecodeMismatch
                value.append(from_dict(item))
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.mve_selected_legs = value
        extras = self.additional_properties = extra_properties(source, self._KNOWN_KEYS)
        if not extras and len(layout) == len(self._KNOWN_KEYS):
            full_layout[0] = layout

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object; unset fields are left out, unknown fields kept."""
        field_dict: dict[str, Any] = {key: encode_value(value) for key, value in self.additional_properties.items()}
        for attribute, key in self._FIELDS:
            value = getattr(self, attribute)
            if value is not UNSET:
                field_dict[key] = encode_value(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read an object from its JSON dict, keeping whatever the server sent.

        The object keeps `src_dict` and decodes the remaining fields from it on first access, so
        the dict must not be changed afterwards.
        """
        obj = cls.__new__(cls)
        obj._json = src_dict
        get = src_dict.get
        obj.ticker = get("ticker", UNSET)
        obj.event_ticker = get("event_ticker", UNSET)
        obj.yes_sub_title = get("yes_sub_title", UNSET)
        obj.no_sub_title = get("no_sub_title", UNSET)
        obj.settlement_timer_seconds = get("settlement_timer_seconds", UNSET)
        obj.can_close_early = get("can_close_early", UNSET)
        obj.expiration_value = get("expiration_value", UNSET)
        obj.rules_primary = get("rules_primary", UNSET)
        obj.rules_secondary = get("rules_secondary", UNSET)
        obj.price_level_structure = get("price_level_structure", UNSET)
        obj.title = get("title", UNSET)
        obj.subtitle = get("subtitle", UNSET)
        obj.early_close_condition = get("early_close_condition", UNSET)
        obj.floor_strike = get("floor_strike", UNSET)
        obj.cap_strike = get("cap_strike", UNSET)
        obj.functional_strike = get("functional_strike", UNSET)
        obj.custom_strike = get("custom_strike", UNSET)
        obj.mve_collection_ticker = get("mve_collection_ticker", UNSET)
        obj.primary_participant_key = get("primary_participant_key", UNSET)
        obj.is_provisional = get("is_provisional", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
        return obj

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the server sent that the spec does not declare."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Member by value of each enum field, None and UNSET included (the decoding fast path's lookups).
_MARKET_TYPE_MEMBERS = enum_members(MarketMarketType)
_STATUS_MEMBERS = enum_members(MarketStatus)
_RESULT_MEMBERS = enum_members(MarketResult)
_SETTLEMENT_BOUNDS_TYPE_MEMBERS = enum_members(MarketSettlementBoundsType)
_STRIKE_TYPE_MEMBERS = enum_members(MarketStrikeType)
