from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..types import (
    UNSET,
    Unset,
    decode_enum,
    encode_value,
)

T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define(kw_only=True)
class AmendOrderV2Request:
    """
    Attributes:
        ticker (str):
        side (BookSide):
        price (str):  Example: 0.5600.
        count (str):  Example: 10.00.
        client_order_id (str | Unset):
        updated_client_order_id (str | Unset):
        expiration_time (int | Unset):
        exchange_index (int | Unset):  Example: 0.
    """

    ticker: str
    side: BookSide
    price: str
    count: str
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ticker", "ticker"),
        ("side", "side"),
        ("price", "price"),
        ("count", "count"),
        ("client_order_id", "client_order_id"),
        ("updated_client_order_id", "updated_client_order_id"),
        ("expiration_time", "expiration_time"),
        ("exchange_index", "exchange_index"),
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
        obj.side = decode_enum(BookSide, get("side", UNSET))
        obj.price = get("price", UNSET)
        obj.count = get("count", UNSET)
        obj.client_order_id = get("client_order_id", UNSET)
        obj.updated_client_order_id = get("updated_client_order_id", UNSET)
        obj.expiration_time = get("expiration_time", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
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
