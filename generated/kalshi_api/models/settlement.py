from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_market_result import SettlementMarketResult
from ..types import (
    UNSET,
    Unset,
    decode_datetime,
    decode_enum,
    encode_value,
)

T = TypeVar("T", bound="Settlement")


@_attrs_define(kw_only=True)
class Settlement:
    """
    Attributes:
        ticker (str):
        exchange_index (int):  Example: 0.
        event_ticker (str):
        market_result (SettlementMarketResult):
        yes_count_fp (str):  Example: 10.00.
        yes_total_cost_dollars (str):  Example: 0.5600.
        no_count_fp (str):  Example: 10.00.
        no_total_cost_dollars (str):  Example: 0.5600.
        revenue (int):
        settled_time (datetime.datetime):
        fee_cost (str):  Example: 0.5600.
        value (int | None | Unset):
    """

    ticker: str
    exchange_index: int
    event_ticker: str
    market_result: SettlementMarketResult
    yes_count_fp: str
    yes_total_cost_dollars: str
    no_count_fp: str
    no_total_cost_dollars: str
    revenue: int
    settled_time: datetime.datetime
    fee_cost: str
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
        obj.ticker = get("ticker", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
        obj.event_ticker = get("event_ticker", UNSET)
        obj.market_result = decode_enum(SettlementMarketResult, get("market_result", UNSET))
        obj.yes_count_fp = get("yes_count_fp", UNSET)
        obj.yes_total_cost_dollars = get("yes_total_cost_dollars", UNSET)
        obj.no_count_fp = get("no_count_fp", UNSET)
        obj.no_total_cost_dollars = get("no_total_cost_dollars", UNSET)
        obj.revenue = get("revenue", UNSET)
        obj.settled_time = decode_datetime(get("settled_time", UNSET))
        obj.fee_cost = get("fee_cost", UNSET)
        obj.value = get("value", UNSET)
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
