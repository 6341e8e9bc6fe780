from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
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

T = TypeVar("T", bound="Order")


@_attrs_define(kw_only=True)
class Order(LazyModel):
    """
    Attributes:
        order_id (str):
        user_id (str):
        client_order_id (str):
        ticker (str):
        outcome_side (OrderOutcomeSide | str):
        book_side (BookSide | str):
        type_ (OrderType | str):
        status (OrderStatus | str):
        yes_price_dollars (Decimal):  Example: 0.5600.
        no_price_dollars (Decimal):  Example: 0.5600.
        fill_count_fp (Decimal):  Example: 10.00.
        remaining_count_fp (Decimal):  Example: 10.00.
        initial_count_fp (Decimal):  Example: 10.00.
        taker_fill_cost_dollars (Decimal):  Example: 0.5600.
        maker_fill_cost_dollars (Decimal):  Example: 0.5600.
        taker_fees_dollars (Decimal):  Example: 0.5600.
        maker_fees_dollars (Decimal):  Example: 0.5600.
        side (OrderSide | str | Unset):
        action (OrderAction | str | Unset):
        expiration_time (datetime.datetime | None | Unset):
        created_time (datetime.datetime | None | Unset):
        last_update_time (datetime.datetime | None | Unset):
        self_trade_prevention_type (SelfTradePreventionType | str | Unset):
        order_group_id (None | str | Unset):
        cancel_order_on_pause (bool | Unset):
        subaccount_number (int | None | Unset):
        exchange_index (int | Unset):  Example: 0.
    """

    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    outcome_side: OrderOutcomeSide | str
    book_side: BookSide | str
    type_: OrderType | str
    status: OrderStatus | str
    yes_price_dollars: Decimal
    no_price_dollars: Decimal
    fill_count_fp: Decimal
    remaining_count_fp: Decimal
    initial_count_fp: Decimal
    taker_fill_cost_dollars: Decimal
    maker_fill_cost_dollars: Decimal
    taker_fees_dollars: Decimal
    maker_fees_dollars: Decimal
    side: OrderSide | str | Unset = UNSET
    action: OrderAction | str | Unset = UNSET
    expiration_time: datetime.datetime | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | None | Unset = UNSET
    self_trade_prevention_type: SelfTradePreventionType | str | Unset = UNSET
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
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "outcome_side": ("outcome_side", enum_decoder(OrderOutcomeSide)),
        "book_side": ("book_side", enum_decoder(BookSide)),
        "type_": ("type", enum_decoder(OrderType)),
        "status": ("status", enum_decoder(OrderStatus)),
        "yes_price_dollars": ("yes_price_dollars", decode_decimal),
        "no_price_dollars": ("no_price_dollars", decode_decimal),
        "fill_count_fp": ("fill_count_fp", decode_decimal),
        "remaining_count_fp": ("remaining_count_fp", decode_decimal),
        "initial_count_fp": ("initial_count_fp", decode_decimal),
        "taker_fill_cost_dollars": ("taker_fill_cost_dollars", decode_decimal),
        "maker_fill_cost_dollars": ("maker_fill_cost_dollars", decode_decimal),
        "taker_fees_dollars": ("taker_fees_dollars", decode_decimal),
        "maker_fees_dollars": ("maker_fees_dollars", decode_decimal),
        "side": ("side", enum_decoder(OrderSide)),
        "action": ("action", enum_decoder(OrderAction)),
        "expiration_time": ("expiration_time", decode_datetime),
        "created_time": ("created_time", decode_datetime),
        "last_update_time": ("last_update_time", decode_datetime),
        "self_trade_prevention_type": ("self_trade_prevention_type", enum_decoder(SelfTradePreventionType)),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 8

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
            self.yes_price_dollars = decimals[source["yes_price_dollars"]]
            self.no_price_dollars = decimals[source["no_price_dollars"]]
            self.fill_count_fp = decimals[source["fill_count_fp"]]
            self.remaining_count_fp = decimals[source["remaining_count_fp"]]
            self.initial_count_fp = decimals[source["initial_count_fp"]]
            self.taker_fill_cost_dollars = decimals[source["taker_fill_cost_dollars"]]
            self.maker_fill_cost_dollars = decimals[source["maker_fill_cost_dollars"]]
            self.taker_fees_dollars = decimals[source["taker_fees_dollars"]]
            self.maker_fees_dollars = decimals[source["maker_fees_dollars"]]
            value = source["expiration_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.expiration_time = value
            value = source["created_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.created_time = value
            value = source["last_update_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.last_update_time = value
            self.outcome_side = _OUTCOME_SIDE_MEMBERS[source["outcome_side"]]
            self.book_side = _BOOK_SIDE_MEMBERS[source["book_side"]]
            self.type_ = _TYPE__MEMBERS[source["type"]]
            self.status = _STATUS_MEMBERS[source["status"]]
            self.side = _SIDE_MEMBERS[source["side"]]
            self.action = _ACTION_MEMBERS[source["action"]]
            self.self_trade_prevention_type = _SELF_TRADE_PREVENTION_TYPE_MEMBERS[source["self_trade_prevention_type"]]
            self.additional_properties = {}
            return
        self.yes_price_dollars = decimals[get("yes_price_dollars", unset)]
        self.no_price_dollars = decimals[get("no_price_dollars", unset)]
        self.fill_count_fp = decimals[get("fill_count_fp", unset)]
        self.remaining_count_fp = decimals[get("remaining_count_fp", unset)]
        self.initial_count_fp = decimals[get("initial_count_fp", unset)]
        self.taker_fill_cost_dollars = decimals[get("taker_fill_cost_dollars", unset)]
        self.maker_fill_cost_dollars = decimals[get("maker_fill_cost_dollars", unset)]
        self.taker_fees_dollars = decimals[get("taker_fees_dollars", unset)]
        self.maker_fees_dollars = decimals[get("maker_fees_dollars", unset)]
        value = get("expiration_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.expiration_time = value
        value = get("created_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.created_time = value
        value = get("last_update_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.last_update_time = value
        self.outcome_side = _OUTCOME_SIDE_MEMBERS[get("outcome_side", unset)]
        self.book_side = _BOOK_SIDE_MEMBERS[get("book_side", unset)]
        self.type_ = _TYPE__MEMBERS[get("type", unset)]
        self.status = _STATUS_MEMBERS[get("status", unset)]
        self.side = _SIDE_MEMBERS[get("side", unset)]
        self.action = _ACTION_MEMBERS[get("action", unset)]
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
        obj.order_id = get("order_id", UNSET)
        obj.user_id = get("user_id", UNSET)
        obj.client_order_id = get("client_order_id", UNSET)
        obj.ticker = get("ticker", UNSET)
        obj.order_group_id = get("order_group_id", UNSET)
        obj.cancel_order_on_pause = get("cancel_order_on_pause", UNSET)
        obj.subaccount_number = get("subaccount_number", UNSET)
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
_OUTCOME_SIDE_MEMBERS = enum_members(OrderOutcomeSide)
_BOOK_SIDE_MEMBERS = enum_members(BookSide)
_TYPE__MEMBERS = enum_members(OrderType)
_STATUS_MEMBERS = enum_members(OrderStatus)
_SIDE_MEMBERS = enum_members(OrderSide)
_ACTION_MEMBERS = enum_members(OrderAction)
_SELF_TRADE_PREVENTION_TYPE_MEMBERS = enum_members(SelfTradePreventionType)
