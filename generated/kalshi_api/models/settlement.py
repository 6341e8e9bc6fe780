from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_market_result import SettlementMarketResult
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
    parse_datetime,
)

T = TypeVar("T", bound="Settlement")


@_attrs_define(kw_only=True)
class Settlement(LazyModel):
    """
    Attributes:
        ticker (str):
        exchange_index (int):  Example: 0.
        event_ticker (str):
        market_result (SettlementMarketResult | str):
        yes_count_fp (Decimal):  Example: 10.00.
        yes_total_cost_dollars (Decimal):  Example: 0.5600.
        no_count_fp (Decimal):  Example: 10.00.
        no_total_cost_dollars (Decimal):  Example: 0.5600.
        revenue (int):
        settled_time (datetime.datetime):
        fee_cost (Decimal):  Example: 0.3400.
        value (int | None | Unset):
    """

    ticker: str
    exchange_index: int
    event_ticker: str
    market_result: SettlementMarketResult | str
    yes_count_fp: Decimal
    yes_total_cost_dollars: Decimal
    no_count_fp: Decimal
    no_total_cost_dollars: Decimal
    revenue: int
    settled_time: datetime.datetime
    fee_cost: Decimal
    value: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ticker", "ticker"),
        ("exchange_index", "exchange_index"),
        ("event_ticker", "event_ticker"),
        ("market_result", "market_result"),
        ("yes_count_fp", "yes_count_fp"),
        ("yes_total_cost_dollars", "yes_total_cost_dollars"),
        ("no_count_fp", "no_count_fp"),
        ("no_total_cost_dollars", "no_total_cost_dollars"),
        ("revenue", "revenue"),
        ("settled_time", "settled_time"),
        ("fee_cost", "fee_cost"),
        ("value", "value"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "market_result": ("market_result", enum_decoder(SettlementMarketResult)),
        "yes_count_fp": ("yes_count_fp", decode_decimal),
        "yes_total_cost_dollars": ("yes_total_cost_dollars", decode_decimal),
        "no_count_fp": ("no_count_fp", decode_decimal),
        "no_total_cost_dollars": ("no_total_cost_dollars", decode_decimal),
        "settled_time": ("settled_time", decode_datetime),
        "fee_cost": ("fee_cost", decode_decimal),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 5

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
            self.yes_count_fp = decimals[source["yes_count_fp"]]
            self.yes_total_cost_dollars = decimals[source["yes_total_cost_dollars"]]
            self.no_count_fp = decimals[source["no_count_fp"]]
            self.no_total_cost_dollars = decimals[source["no_total_cost_dollars"]]
            self.fee_cost = decimals[source["fee_cost"]]
            value = source["settled_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.settled_time = value
            self.market_result = _MARKET_RESULT_MEMBERS[source["market_result"]]
            self.additional_properties = {}
            return
        self.yes_count_fp = decimals[get("yes_count_fp", unset)]
        self.yes_total_cost_dollars = decimals[get("yes_total_cost_dollars", unset)]
        self.no_count_fp = decimals[get("no_count_fp", unset)]
        self.no_total_cost_dollars = decimals[get("no_total_cost_dollars", unset)]
        self.fee_cost = decimals[get("fee_cost", unset)]
        value = get("settled_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.settled_time = value
        self.market_result = _MARKET_RESULT_MEMBERS[get("market_result", unset)]
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
        obj.exchange_index = get("exchange_index", UNSET)
        obj.event_ticker = get("event_ticker", UNSET)
        obj.revenue = get("revenue", UNSET)
        obj.value = get("value", UNSET)
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
_MARKET_RESULT_MEMBERS = enum_members(SettlementMarketResult)
