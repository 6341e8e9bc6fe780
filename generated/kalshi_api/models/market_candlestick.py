from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    decode_model,
    encode_value,
)

if TYPE_CHECKING:
    from ..models.bid_ask_distribution import BidAskDistribution
    from ..models.price_distribution import PriceDistribution


T = TypeVar("T", bound="MarketCandlestick")


@_attrs_define(kw_only=True)
class MarketCandlestick:
    """
    Attributes:
        end_period_ts (int):
        yes_bid (BidAskDistribution):
        yes_ask (BidAskDistribution):
        price (PriceDistribution):
        volume_fp (str):  Example: 10.00.
        open_interest_fp (str):  Example: 10.00.
    """

    end_period_ts: int
    yes_bid: BidAskDistribution
    yes_ask: BidAskDistribution
    price: PriceDistribution
    volume_fp: str
    open_interest_fp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end_period_ts", "end_period_ts"),
        ("yes_bid", "yes_bid"),
        ("yes_ask", "yes_ask"),
        ("price", "price"),
        ("volume_fp", "volume_fp"),
        ("open_interest_fp", "open_interest_fp"),
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
        from ..models.bid_ask_distribution import BidAskDistribution  # noqa: PLC0415
        from ..models.price_distribution import PriceDistribution  # noqa: PLC0415

        obj = cls.__new__(cls)
        get = src_dict.get
        obj.end_period_ts = get("end_period_ts", UNSET)
        obj.yes_bid = decode_model(BidAskDistribution, get("yes_bid", UNSET))
        obj.yes_ask = decode_model(BidAskDistribution, get("yes_ask", UNSET))
        obj.price = decode_model(PriceDistribution, get("price", UNSET))
        obj.volume_fp = get("volume_fp", UNSET)
        obj.open_interest_fp = get("open_interest_fp", UNSET)
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
