from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_side import OutcomeSide
from ..types import (
    UNSET,
    Unset,
    decode_datetime,
    decode_enum,
    encode_value,
)

T = TypeVar("T", bound="FcmFill")


@_attrs_define(kw_only=True)
class FcmFill:
    """
    Attributes:
        fill_id (str):
        exchange_index (int):  Example: 0.
        ticker (str):
        taker_outcome_side (OutcomeSide):
        count_fp (str):  Example: 10.00.
        yes_price_dollars (str):  Example: 0.5600.
        created_time (datetime.datetime | Unset):
        maker_order_id (str | Unset):
        maker_subtrader_id (str | Unset):
        maker_fee_cost (str | Unset):  Example: 0.5600.
        taker_order_id (str | Unset):
        taker_subtrader_id (str | Unset):
        taker_fee_cost (str | Unset):  Example: 0.5600.
    """

    fill_id: str
    exchange_index: int
    ticker: str
    taker_outcome_side: OutcomeSide
    count_fp: str
    yes_price_dollars: str
    created_time: datetime.datetime | Unset = UNSET
    maker_order_id: str | Unset = UNSET
    maker_subtrader_id: str | Unset = UNSET
    maker_fee_cost: str | Unset = UNSET
    taker_order_id: str | Unset = UNSET
    taker_subtrader_id: str | Unset = UNSET
    taker_fee_cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("fill_id", "fill_id"),
        ("exchange_index", "exchange_index"),
        ("ticker", "ticker"),
        ("taker_outcome_side", "taker_outcome_side"),
        ("count_fp", "count_fp"),
        ("yes_price_dollars", "yes_price_dollars"),
        ("created_time", "created_time"),
        ("maker_order_id", "maker_order_id"),
        ("maker_subtrader_id", "maker_subtrader_id"),
        ("maker_fee_cost", "maker_fee_cost"),
        ("taker_order_id", "taker_order_id"),
        ("taker_subtrader_id", "taker_subtrader_id"),
        ("taker_fee_cost", "taker_fee_cost"),
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
        obj.ticker = get("ticker", UNSET)
        obj.taker_outcome_side = decode_enum(OutcomeSide, get("taker_outcome_side", UNSET))
        obj.count_fp = get("count_fp", UNSET)
        obj.yes_price_dollars = get("yes_price_dollars", UNSET)
        obj.created_time = decode_datetime(get("created_time", UNSET))
        obj.maker_order_id = get("maker_order_id", UNSET)
        obj.maker_subtrader_id = get("maker_subtrader_id", UNSET)
        obj.maker_fee_cost = get("maker_fee_cost", UNSET)
        obj.taker_order_id = get("taker_order_id", UNSET)
        obj.taker_subtrader_id = get("taker_subtrader_id", UNSET)
        obj.taker_fee_cost = get("taker_fee_cost", UNSET)
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
