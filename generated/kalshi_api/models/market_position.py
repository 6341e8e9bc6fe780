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

T = TypeVar("T", bound="MarketPosition")


@_attrs_define(kw_only=True)
class MarketPosition(LazyModel):
    """
    Attributes:
        ticker (str):
        exchange_index (int):  Example: 0.
        total_traded_dollars (Decimal):  Example: 0.5600.
        position_fp (Decimal):  Example: 10.00.
        market_exposure_dollars (Decimal):  Example: 0.5600.
        realized_pnl_dollars (Decimal):  Example: 0.5600.
        fees_paid_dollars (Decimal):  Example: 0.5600.
        last_updated_ts (datetime.datetime):
    """

    ticker: str
    exchange_index: int
    total_traded_dollars: Decimal
    position_fp: Decimal
    market_exposure_dollars: Decimal
    realized_pnl_dollars: Decimal
    fees_paid_dollars: Decimal
    last_updated_ts: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ticker", "ticker"),
        ("exchange_index", "exchange_index"),
        ("total_traded_dollars", "total_traded_dollars"),
        ("position_fp", "position_fp"),
        ("market_exposure_dollars", "market_exposure_dollars"),
        ("realized_pnl_dollars", "realized_pnl_dollars"),
        ("fees_paid_dollars", "fees_paid_dollars"),
        ("last_updated_ts", "last_updated_ts"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "total_traded_dollars": ("total_traded_dollars", decode_decimal),
        "position_fp": ("position_fp", decode_decimal),
        "market_exposure_dollars": ("market_exposure_dollars", decode_decimal),
        "realized_pnl_dollars": ("realized_pnl_dollars", decode_decimal),
        "fees_paid_dollars": ("fees_paid_dollars", decode_decimal),
        "last_updated_ts": ("last_updated_ts", decode_datetime),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 2

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
            self.total_traded_dollars = decimals[source["total_traded_dollars"]]
            self.position_fp = decimals[source["position_fp"]]
            self.market_exposure_dollars = decimals[source["market_exposure_dollars"]]
            self.realized_pnl_dollars = decimals[source["realized_pnl_dollars"]]
            self.fees_paid_dollars = decimals[source["fees_paid_dollars"]]
            value = source["last_updated_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.last_updated_ts = value
            self.additional_properties = {}
            return
        self.total_traded_dollars = decimals[get("total_traded_dollars", unset)]
        self.position_fp = decimals[get("position_fp", unset)]
        self.market_exposure_dollars = decimals[get("market_exposure_dollars", unset)]
        self.realized_pnl_dollars = decimals[get("realized_pnl_dollars", unset)]
        self.fees_paid_dollars = decimals[get("fees_paid_dollars", unset)]
        value = get("last_updated_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.last_updated_ts = value
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
