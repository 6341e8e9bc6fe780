from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.order_action import OrderAction
from ..models.order_outcome_side import OrderOutcomeSide
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import (
    UNSET,
    Unset,
    decode_datetime,
    decode_enum,
    encode_value,
)

T = TypeVar("T", bound="Order")


@_attrs_define(kw_only=True)
class Order:
    """
    Attributes:
        order_id (str):
        user_id (str):
        client_order_id (str):
        ticker (str):
        outcome_side (OrderOutcomeSide):
        book_side (BookSide):
        type_ (OrderType):
        status (OrderStatus):
        yes_price_dollars (str):  Example: 0.5600.
        no_price_dollars (str):  Example: 0.5600.
        fill_count_fp (str):  Example: 10.00.
        remaining_count_fp (str):  Example: 10.00.
        initial_count_fp (str):  Example: 10.00.
        taker_fill_cost_dollars (str):  Example: 0.5600.
        maker_fill_cost_dollars (str):  Example: 0.5600.
        taker_fees_dollars (str):  Example: 0.5600.
        maker_fees_dollars (str):  Example: 0.5600.
        side (OrderSide | Unset):
        action (OrderAction | Unset):
        expiration_time (datetime.datetime | None | Unset):
        created_time (datetime.datetime | None | Unset):
        last_update_time (datetime.datetime | None | Unset):
        self_trade_prevention_type (SelfTradePreventionType | Unset):
        order_group_id (None | str | Unset):
        cancel_order_on_pause (bool | Unset):
        subaccount_number (int | None | Unset):
        exchange_index (int | Unset):  Example: 0.
    """

    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    outcome_side: OrderOutcomeSide
    book_side: BookSide
    type_: OrderType
    status: OrderStatus
    yes_price_dollars: str
    no_price_dollars: str
    fill_count_fp: str
    remaining_count_fp: str
    initial_count_fp: str
    taker_fill_cost_dollars: str
    maker_fill_cost_dollars: str
    taker_fees_dollars: str
    maker_fees_dollars: str
    side: OrderSide | Unset = UNSET
    action: OrderAction | Unset = UNSET
    expiration_time: datetime.datetime | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | None | Unset = UNSET
    self_trade_prevention_type: SelfTradePreventionType | Unset = UNSET
    order_group_id: None | str | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    subaccount_number: int | None | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("order_id", "order_id"),
        ("user_id", "user_id"),
        ("client_order_id", "client_order_id"),
        ("ticker", "ticker"),
        ("outcome_side", "outcome_side"),
        ("book_side", "book_side"),
        ("type_", "type"),
        ("status", "status"),
        ("yes_price_dollars", "yes_price_dollars"),
        ("no_price_dollars", "no_price_dollars"),
        ("fill_count_fp", "fill_count_fp"),
        ("remaining_count_fp", "remaining_count_fp"),
        ("initial_count_fp", "initial_count_fp"),
        ("taker_fill_cost_dollars", "taker_fill_cost_dollars"),
        ("maker_fill_cost_dollars", "maker_fill_cost_dollars"),
        ("taker_fees_dollars", "taker_fees_dollars"),
        ("maker_fees_dollars", "maker_fees_dollars"),
        ("side", "side"),
        ("action", "action"),
        ("expiration_time", "expiration_time"),
        ("created_time", "created_time"),
        ("last_update_time", "last_update_time"),
        ("self_trade_prevention_type", "self_trade_prevention_type"),
        ("order_group_id", "order_group_id"),
        ("cancel_order_on_pause", "cancel_order_on_pause"),
        ("subaccount_number", "subaccount_number"),
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
        obj.order_id = get("order_id", UNSET)
        obj.user_id = get("user_id", UNSET)
        obj.client_order_id = get("client_order_id", UNSET)
        obj.ticker = get("ticker", UNSET)
        obj.outcome_side = decode_enum(OrderOutcomeSide, get("outcome_side", UNSET))
        obj.book_side = decode_enum(BookSide, get("book_side", UNSET))
        obj.type_ = decode_enum(OrderType, get("type", UNSET))
        obj.status = decode_enum(OrderStatus, get("status", UNSET))
        obj.yes_price_dollars = get("yes_price_dollars", UNSET)
        obj.no_price_dollars = get("no_price_dollars", UNSET)
        obj.fill_count_fp = get("fill_count_fp", UNSET)
        obj.remaining_count_fp = get("remaining_count_fp", UNSET)
        obj.initial_count_fp = get("initial_count_fp", UNSET)
        obj.taker_fill_cost_dollars = get("taker_fill_cost_dollars", UNSET)
        obj.maker_fill_cost_dollars = get("maker_fill_cost_dollars", UNSET)
        obj.taker_fees_dollars = get("taker_fees_dollars", UNSET)
        obj.maker_fees_dollars = get("maker_fees_dollars", UNSET)
        obj.side = decode_enum(OrderSide, get("side", UNSET))
        obj.action = decode_enum(OrderAction, get("action", UNSET))
        obj.expiration_time = decode_datetime(get("expiration_time", UNSET))
        obj.created_time = decode_datetime(get("created_time", UNSET))
        obj.last_update_time = decode_datetime(get("last_update_time", UNSET))
        obj.self_trade_prevention_type = decode_enum(SelfTradePreventionType, get("self_trade_prevention_type", UNSET))
        obj.order_group_id = get("order_group_id", UNSET)
        obj.cancel_order_on_pause = get("cancel_order_on_pause", UNSET)
        obj.subaccount_number = get("subaccount_number", UNSET)
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
