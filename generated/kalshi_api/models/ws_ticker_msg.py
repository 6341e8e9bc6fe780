from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeMismatch,
    Decoder,
    LazyModel,
    decimal_cache,
    decode_datetime,
    decode_decimal,
    encode_value,
    extra_properties,
    parse_datetime,
)

T = TypeVar("T", bound="WsTickerMsg")


@_attrs_define(kw_only=True)
class WsTickerMsg(LazyModel):
    """
    Attributes:
        market_id (str):
        market_ticker (str):
        price_dollars (Decimal):
        yes_bid_dollars (Decimal):
        yes_ask_dollars (Decimal):
        volume_fp (Decimal):
        open_interest_fp (Decimal):
        dollar_volume (int):
        dollar_open_interest (int):
        yes_bid_size_fp (Decimal):
        yes_ask_size_fp (Decimal):
        last_trade_size_fp (Decimal):
        ts (int):
        ts_ms (int):
        time (datetime.datetime):
    """

    market_id: str
    market_ticker: str
    price_dollars: Decimal
    yes_bid_dollars: Decimal
    yes_ask_dollars: Decimal
    volume_fp: Decimal
    open_interest_fp: Decimal
    dollar_volume: int
    dollar_open_interest: int
    yes_bid_size_fp: Decimal
    yes_ask_size_fp: Decimal
    last_trade_size_fp: Decimal
    ts: int
    ts_ms: int
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("market_id", "market_id"),
        ("market_ticker", "market_ticker"),
        ("price_dollars", "price_dollars"),
        ("yes_bid_dollars", "yes_bid_dollars"),
        ("yes_ask_dollars", "yes_ask_dollars"),
        ("volume_fp", "volume_fp"),
        ("open_interest_fp", "open_interest_fp"),
        ("dollar_volume", "dollar_volume"),
        ("dollar_open_interest", "dollar_open_interest"),
        ("yes_bid_size_fp", "yes_bid_size_fp"),
        ("yes_ask_size_fp", "yes_ask_size_fp"),
        ("last_trade_size_fp", "last_trade_size_fp"),
        ("ts", "ts"),
        ("ts_ms", "ts_ms"),
        ("time", "time"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "price_dollars": ("price_dollars", decode_decimal),
        "yes_bid_dollars": ("yes_bid_dollars", decode_decimal),
        "yes_ask_dollars": ("yes_ask_dollars", decode_decimal),
        "volume_fp": ("volume_fp", decode_decimal),
        "open_interest_fp": ("open_interest_fp", decode_decimal),
        "yes_bid_size_fp": ("yes_bid_size_fp", decode_decimal),
        "yes_ask_size_fp": ("yes_ask_size_fp", decode_decimal),
        "last_trade_size_fp": ("last_trade_size_fp", decode_decimal),
        "time": ("time", decode_datetime),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 6

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
            self.price_dollars = decimals[source["price_dollars"]]
            self.yes_bid_dollars = decimals[source["yes_bid_dollars"]]
            self.yes_ask_dollars = decimals[source["yes_ask_dollars"]]
            self.volume_fp = decimals[source["volume_fp"]]
            self.open_interest_fp = decimals[source["open_interest_fp"]]
            self.yes_bid_size_fp = decimals[source["yes_bid_size_fp"]]
            self.yes_ask_size_fp = decimals[source["yes_ask_size_fp"]]
            self.last_trade_size_fp = decimals[source["last_trade_size_fp"]]
            value = source["time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.time = value
            self.additional_properties = {}
            return
        self.price_dollars = decimals[get("price_dollars", unset)]
        self.yes_bid_dollars = decimals[get("yes_bid_dollars", unset)]
        self.yes_ask_dollars = decimals[get("yes_ask_dollars", unset)]
        self.volume_fp = decimals[get("volume_fp", unset)]
        self.open_interest_fp = decimals[get("open_interest_fp", unset)]
        self.yes_bid_size_fp = decimals[get("yes_bid_size_fp", unset)]
        self.yes_ask_size_fp = decimals[get("yes_ask_size_fp", unset)]
        self.last_trade_size_fp = decimals[get("last_trade_size_fp", unset)]
        value = get("time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.time = value
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
        obj.market_id = get("market_id", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.dollar_volume = get("dollar_volume", UNSET)
        obj.dollar_open_interest = get("dollar_open_interest", UNSET)
        obj.ts = get("ts", UNSET)
        obj.ts_ms = get("ts_ms", UNSET)
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
