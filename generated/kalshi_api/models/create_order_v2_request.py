from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForce
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import (
    UNSET,
    Decoder,
    LazyModel,
    Unset,
    decimal_cache,
    decode_decimal,
    encode_value,
    enum_decoder,
    enum_members,
    extra_properties,
)

T = TypeVar("T", bound="CreateOrderV2Request")


@_attrs_define(kw_only=True)
class CreateOrderV2Request(LazyModel):
    """
    Attributes:
        ticker (str):
        side (BookSide | str):
        count (Decimal):  Example: 10.00.
        price (Decimal):  Example: 0.5600.
        time_in_force (CreateOrderV2RequestTimeInForce | str):
        self_trade_prevention_type (SelfTradePreventionType | str):
        client_order_id (str | Unset):
        expiration_time (int | Unset):
        post_only (bool | Unset):
        cancel_order_on_pause (bool | Unset):
        reduce_only (bool | Unset):
        subaccount (int | Unset):
        order_group_id (str | Unset):
        exchange_index (int | Unset):  Example: 0.
    """

    ticker: str
    side: BookSide | str
    count: Decimal
    price: Decimal
    time_in_force: CreateOrderV2RequestTimeInForce | str
    self_trade_prevention_type: SelfTradePreventionType | str
    client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    order_group_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ticker", "ticker"),
        ("side", "side"),
        ("count", "count"),
        ("price", "price"),
        ("time_in_force", "time_in_force"),
        ("self_trade_prevention_type", "self_trade_prevention_type"),
        ("client_order_id", "client_order_id"),
        ("expiration_time", "expiration_time"),
        ("post_only", "post_only"),
        ("cancel_order_on_pause", "cancel_order_on_pause"),
        ("reduce_only", "reduce_only"),
        ("subaccount", "subaccount"),
        ("order_group_id", "order_group_id"),
        ("exchange_index", "exchange_index"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "side": ("side", enum_decoder(BookSide)),
        "count": ("count", decode_decimal),
        "price": ("price", decode_decimal),
        "time_in_force": ("time_in_force", enum_decoder(CreateOrderV2RequestTimeInForce)),
        "self_trade_prevention_type": ("self_trade_prevention_type", enum_decoder(SelfTradePreventionType)),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 9

    def _decode_fields(self, source: Mapping[str, Any]) -> None:
        """Decode every field of _DECODED from `source` in one pass (see LazyModel).

        Values of the declared types, nulls and absent keys only: any other value raises before the
        last group, the only one that reports drift, is reached.
        """
        # Locals, not globals: this runs once per object of every page.
        get, unset = source.get, UNSET
        decimals = decimal_cache
        # The objects of a page share one layout of keys: keys equal to the last layout seen with every
        # declared key and no other (kept in _FULL_LAYOUT) need no test for undeclared keys, and their
        # values are read by subscript (a tuple comparison costs less than a set test per object).
        layout, full_layout = tuple(source), self._FULL_LAYOUT
        if layout == full_layout[0]:
            full_layout[0] = layout  # the next comparison then finds the very same key objects
            self.count = decimals[source["count"]]
            self.price = decimals[source["price"]]
            self.side = _SIDE_MEMBERS[source["side"]]
            self.time_in_force = _TIME_IN_FORCE_MEMBERS[source["time_in_force"]]
            self.self_trade_prevention_type = _SELF_TRADE_PREVENTION_TYPE_MEMBERS[source["self_trade_prevention_type"]]
            self.additional_properties = {}
            return
        self.count = decimals[get("count", unset)]
        self.price = decimals[get("price", unset)]
        self.side = _SIDE_MEMBERS[get("side", unset)]
        self.time_in_force = _TIME_IN_FORCE_MEMBERS[get("time_in_force", unset)]
        self.self_trade_prevention_type = _SELF_TRADE_PREVENTION_TYPE_MEMBERS[get("self_trade_prevention_type", unset)]
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
        obj.client_order_id = get("client_order_id", UNSET)
        obj.expiration_time = get("expiration_time", UNSET)
        obj.post_only = get("post_only", UNSET)
        obj.cancel_order_on_pause = get("cancel_order_on_pause", UNSET)
        obj.reduce_only = get("reduce_only", UNSET)
        obj.subaccount = get("subaccount", UNSET)
        obj.order_group_id = get("order_group_id", UNSET)
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


# Member by value of each enum field, None and UNSET included (the decoding fast path's lookups).
_SIDE_MEMBERS = enum_members(BookSide)
_TIME_IN_FORCE_MEMBERS = enum_members(CreateOrderV2RequestTimeInForce)
_SELF_TRADE_PREVENTION_TYPE_MEMBERS = enum_members(SelfTradePreventionType)
