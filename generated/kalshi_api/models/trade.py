from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.trade_taker_outcome_side import TradeTakerOutcomeSide
from ..models.trade_taker_side import TradeTakerSide
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

T = TypeVar("T", bound="Trade")


@_attrs_define(kw_only=True)
class Trade(LazyModel):
    """
    Attributes:
        trade_id (str):
        ticker (str):
        count_fp (Decimal):  Example: 10.00.
        yes_price_dollars (Decimal):  Example: 0.5600.
        no_price_dollars (Decimal):  Example: 0.5600.
        taker_outcome_side (TradeTakerOutcomeSide | str):
        taker_book_side (BookSide | str):
        created_time (datetime.datetime):
        is_block_trade (bool):
        taker_side (TradeTakerSide | str | Unset):
    """

    trade_id: str
    ticker: str
    count_fp: Decimal
    yes_price_dollars: Decimal
    no_price_dollars: Decimal
    taker_outcome_side: TradeTakerOutcomeSide | str
    taker_book_side: BookSide | str
    created_time: datetime.datetime
    is_block_trade: bool
    taker_side: TradeTakerSide | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("trade_id", "trade_id"),
        ("ticker", "ticker"),
        ("count_fp", "count_fp"),
        ("yes_price_dollars", "yes_price_dollars"),
        ("no_price_dollars", "no_price_dollars"),
        ("taker_outcome_side", "taker_outcome_side"),
        ("taker_book_side", "taker_book_side"),
        ("created_time", "created_time"),
        ("is_block_trade", "is_block_trade"),
        ("taker_side", "taker_side"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "count_fp": ("count_fp", decode_decimal),
        "yes_price_dollars": ("yes_price_dollars", decode_decimal),
        "no_price_dollars": ("no_price_dollars", decode_decimal),
        "taker_outcome_side": ("taker_outcome_side", enum_decoder(TradeTakerOutcomeSide)),
        "taker_book_side": ("taker_book_side", enum_decoder(BookSide)),
        "created_time": ("created_time", decode_datetime),
        "taker_side": ("taker_side", enum_decoder(TradeTakerSide)),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 3

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
            self.count_fp = decimals[source["count_fp"]]
            self.yes_price_dollars = decimals[source["yes_price_dollars"]]
            self.no_price_dollars = decimals[source["no_price_dollars"]]
            value = source["created_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.created_time = value
            self.taker_outcome_side = _TAKER_OUTCOME_SIDE_MEMBERS[source["taker_outcome_side"]]
            self.taker_book_side = _TAKER_BOOK_SIDE_MEMBERS[source["taker_book_side"]]
            self.taker_side = _TAKER_SIDE_MEMBERS[source["taker_side"]]
            self.additional_properties = {}
            return
        self.count_fp = decimals[get("count_fp", unset)]
        self.yes_price_dollars = decimals[get("yes_price_dollars", unset)]
        self.no_price_dollars = decimals[get("no_price_dollars", unset)]
        value = get("created_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.created_time = value
        self.taker_outcome_side = _TAKER_OUTCOME_SIDE_MEMBERS[get("taker_outcome_side", unset)]
        self.taker_book_side = _TAKER_BOOK_SIDE_MEMBERS[get("taker_book_side", unset)]
        self.taker_side = _TAKER_SIDE_MEMBERS[get("taker_side", unset)]
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
        obj.trade_id = get("trade_id", UNSET)
        obj.ticker = get("ticker", UNSET)
        obj.is_block_trade = get("is_block_trade", UNSET)
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
_TAKER_OUTCOME_SIDE_MEMBERS = enum_members(TradeTakerOutcomeSide)
_TAKER_BOOK_SIDE_MEMBERS = enum_members(BookSide)
_TAKER_SIDE_MEMBERS = enum_members(TradeTakerSide)
