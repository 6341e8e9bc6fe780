from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.fill_action import FillAction
from ..models.fill_side import FillSide
from ..models.outcome_side import OutcomeSide
from ..types import (
    UNSET,
    Unset,
    decode_datetime,
    decode_enum,
    encode_value,
)

T = TypeVar("T", bound="Fill")


@_attrs_define(kw_only=True)
class Fill:
    """
    Attributes:
        fill_id (str):
        exchange_index (int):  Example: 0.
        trade_id (str):
        order_id (str):
        ticker (str):
        market_ticker (str):
        outcome_side (OutcomeSide):
        book_side (BookSide):
        count_fp (str):  Example: 10.00.
        yes_price_dollars (str):  Example: 0.5600.
        no_price_dollars (str):  Example: 0.5600.
        is_taker (bool):
        fee_cost (str):  Example: 0.5600.
        side (FillSide | Unset):
        action (FillAction | Unset):
        created_time (datetime.datetime | Unset):
        subaccount_number (int | None | Unset):
        ts (int | Unset):
    """

    fill_id: str
    exchange_index: int
    trade_id: str
    order_id: str
    ticker: str
    market_ticker: str
    outcome_side: OutcomeSide
    book_side: BookSide
    count_fp: str
    yes_price_dollars: str
    no_price_dollars: str
    is_taker: bool
    fee_cost: str
    side: FillSide | Unset = UNSET
    action: FillAction | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    subaccount_number: int | None | Unset = UNSET
    ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("fill_id", "fill_id"),
        ("exchange_index", "exchange_index"),
        ("trade_id", "trade_id"),
        ("order_id", "order_id"),
        ("ticker", "ticker"),
        ("market_ticker", "market_ticker"),
        ("outcome_side", "outcome_side"),
        ("book_side", "book_side"),
        ("count_fp", "count_fp"),
        ("yes_price_dollars", "yes_price_dollars"),
        ("no_price_dollars", "no_price_dollars"),
        ("is_taker", "is_taker"),
        ("fee_cost", "fee_cost"),
        ("side", "side"),
        ("action", "action"),
        ("created_time", "created_time"),
        ("subaccount_number", "subaccount_number"),
        ("ts", "ts"),
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
        obj.fill_id = get("fill_id", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
        obj.trade_id = get("trade_id", UNSET)
        obj.order_id = get("order_id", UNSET)
        obj.ticker = get("ticker", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.outcome_side = decode_enum(OutcomeSide, get("outcome_side", UNSET))
        obj.book_side = decode_enum(BookSide, get("book_side", UNSET))
        obj.count_fp = get("count_fp", UNSET)
        obj.yes_price_dollars = get("yes_price_dollars", UNSET)
        obj.no_price_dollars = get("no_price_dollars", UNSET)
        obj.is_taker = get("is_taker", UNSET)
        obj.fee_cost = get("fee_cost", UNSET)
        obj.side = decode_enum(FillSide, get("side", UNSET))
        obj.action = decode_enum(FillAction, get("action", UNSET))
        obj.created_time = decode_datetime(get("created_time", UNSET))
        obj.subaccount_number = get("subaccount_number", UNSET)
        obj.ts = get("ts", UNSET)
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
