from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    UNSET,
    DecodeMismatch,
    Decoder,
    LazyModel,
    Unset,
    decode_datetime,
    encode_value,
    extra_properties,
    list_decoder,
    model_decoder,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="EventData")


@_attrs_define(kw_only=True)
class EventData(LazyModel):
    """
    Attributes:
        event_ticker (str):
        series_ticker (str):
        sub_title (str):
        title (str):
        collateral_return_type (str):
        mutually_exclusive (bool):
        settlement_sources (list[SettlementSource] | None):
        category (str | Unset):
        strike_date (datetime.datetime | None | Unset):
        strike_period (None | str | Unset):
        markets (list[Market] | Unset):
        product_metadata (Any | Unset):
        last_updated_ts (datetime.datetime | Unset):
        fee_type_override (None | str | Unset):
        fee_multiplier_override (float | None | Unset):
        exchange_index (int | Unset):  Example: 0.
    """

    event_ticker: str
    series_ticker: str
    sub_title: str
    title: str
    collateral_return_type: str
    mutually_exclusive: bool
    settlement_sources: list[SettlementSource] | None
    category: str | Unset = UNSET
    strike_date: datetime.datetime | None | Unset = UNSET
    strike_period: None | str | Unset = UNSET
    markets: list[Market] | Unset = UNSET
    product_metadata: Any | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    fee_type_override: None | str | Unset = UNSET
    fee_multiplier_override: float | None | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event_ticker", "event_ticker"),
        ("series_ticker", "series_ticker"),
        ("sub_title", "sub_title"),
        ("title", "title"),
        ("collateral_return_type", "collateral_return_type"),
        ("mutually_exclusive", "mutually_exclusive"),
        ("settlement_sources", "settlement_sources"),
        ("category", "category"),
        ("strike_date", "strike_date"),
        ("strike_period", "strike_period"),
        ("markets", "markets"),
        ("product_metadata", "product_metadata"),
        ("last_updated_ts", "last_updated_ts"),
        ("fee_type_override", "fee_type_override"),
        ("fee_multiplier_override", "fee_multiplier_override"),
        ("exchange_index", "exchange_index"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "settlement_sources": ("settlement_sources", list_decoder(model_decoder("SettlementSource"))),
        "strike_date": ("strike_date", decode_datetime),
        "markets": ("markets", list_decoder(model_decoder("Market"))),
        "last_updated_ts": ("last_updated_ts", decode_datetime),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 12

    def _decode_fields(self, source: Mapping[str, Any]) -> None:
        """Decode every field of _DECODED from `source` in one pass (see LazyModel).

        Values of the declared types, nulls and absent keys only: any other value raises before the
        last group, the only one that reports drift, is reached.
        """
        # Locals, not globals: this runs once per object of every page.
        get, unset = source.get, UNSET
        parse_timestamp = parse_datetime
        # The objects of a page share one layout of keys: keys equal to the last layout seen with every
        # declared key and no other (kept in _FULL_LAYOUT) need no test for undeclared keys, and their
        # values are read by subscript (a tuple comparison costs less than a set test per object).
        layout, full_layout = tuple(source), self._FULL_LAYOUT
        if layout == full_layout[0]:
            full_layout[0] = layout  # the next comparison then finds the very same key objects
            value = source["strike_date"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.strike_date = value
            value = source["last_updated_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.last_updated_ts = value
            value = source["settlement_sources"]
            if value.__class__ is list:
                # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
                from_dict, items, value = _models.SettlementSource.from_dict, value, []
                for item in items:
                    if item.__class__ is not dict:
                        raise DecodeMismatch
                    value.append(from_dict(item))
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.settlement_sources = value
            value = source["markets"]
            if value.__class__ is list:
                # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
                from_dict, items, value = _models.Market.from_dict, value, []
                for item in items:
                    if item.__class__ is not dict:
                        raise DecodeMismatch
                    value.append(from_dict(item))
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.markets = value
            self.additional_properties = {}
            return
        value = get("strike_date", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.strike_date = value
        value = get("last_updated_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.last_updated_ts = value
        value = get("settlement_sources", unset)
        if value.__class__ is list:
            # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
            from_dict, items, value = _models.SettlementSource.from_dict, value, []
            for item in items:
                if item.__class__ is not dict:
                    raise DecodeMismatch
                value.append(from_dict(item))
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.settlement_sources = value
        value = get("markets", unset)
        if value.__class__ is list:
            # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
            from_dict, items, value = _models.Market.from_dict, value, []
            for item in items:
                if item.__class__ is not dict:
                    raise DecodeMismatch
                value.append(from_dict(item))
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.markets = value
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
        obj.event_ticker = get("event_ticker", UNSET)
        obj.series_ticker = get("series_ticker", UNSET)
        obj.sub_title = get("sub_title", UNSET)
        obj.title = get("title", UNSET)
        obj.collateral_return_type = get("collateral_return_type", UNSET)
        obj.mutually_exclusive = get("mutually_exclusive", UNSET)
        obj.category = get("category", UNSET)
        obj.strike_period = get("strike_period", UNSET)
        obj.product_metadata = get("product_metadata", UNSET)
        obj.fee_type_override = get("fee_type_override", UNSET)
        obj.fee_multiplier_override = get("fee_multiplier_override", UNSET)
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
