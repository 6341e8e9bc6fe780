from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.trade_taker_outcome_side import TradeTakerOutcomeSide
from ..models.trade_taker_side import TradeTakerSide
from ..types import (
    UNSET,
    Unset,
    decode_datetime,
    decode_enum,
    encode_value,
)

T = TypeVar("T", bound="Trade")


@_attrs_define(kw_only=True)
class Trade:
    """
    Attributes:
        trade_id (str):
        ticker (str):
        count_fp (str):  Example: 10.00.
        yes_price_dollars (str):  Example: 0.5600.
        no_price_dollars (str):  Example: 0.5600.
        taker_outcome_side (TradeTakerOutcomeSide):
        taker_book_side (BookSide):
        created_time (datetime.datetime):
        is_block_trade (bool):
        taker_side (TradeTakerSide | Unset):
    """

    trade_id: str
    ticker: str
    count_fp: str
    yes_price_dollars: str
    no_price_dollars: str
    taker_outcome_side: TradeTakerOutcomeSide
    taker_book_side: BookSide
    created_time: datetime.datetime
    is_block_trade: bool
    taker_side: TradeTakerSide | Unset = UNSET
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
        """Read an object from its JSON dict, keeping whatever the server sent (see module docs)."""
        obj = cls.__new__(cls)
        get = src_dict.get
        obj.trade_id = get("trade_id", UNSET)
        obj.ticker = get("ticker", UNSET)
        obj.count_fp = get("count_fp", UNSET)
        obj.yes_price_dollars = get("yes_price_dollars", UNSET)
        obj.no_price_dollars = get("no_price_dollars", UNSET)
        obj.taker_outcome_side = decode_enum(TradeTakerOutcomeSide, get("taker_outcome_side", UNSET))
        obj.taker_book_side = decode_enum(BookSide, get("taker_book_side", UNSET))
        obj.created_time = decode_datetime(get("created_time", UNSET))
        obj.is_block_trade = get("is_block_trade", UNSET)
        obj.taker_side = decode_enum(TradeTakerSide, get("taker_side", UNSET))
        extra = src_dict.keys() - cls._KNOWN_KEYS
        obj.additional_properties = {key: src_dict[key] for key in extra} if extra else {}
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
