from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ws_book_side import WsBookSide
from ..models.ws_last_update_reason import WsLastUpdateReason
from ..models.ws_market_side import WsMarketSide
from ..models.ws_user_order_msg_self_trade_prevention_type import WsUserOrderMsgSelfTradePreventionType
from ..models.ws_user_order_msg_status import WsUserOrderMsgStatus
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

T = TypeVar("T", bound="WsUserOrderMsg")


@_attrs_define(kw_only=True)
class WsUserOrderMsg(LazyModel):
    """
    Attributes:
        order_id (str):
        user_id (str):
        ticker (str):
        exchange_index (int):
        status (WsUserOrderMsgStatus | str):
        side (WsMarketSide | str):
        is_yes (bool):
        outcome_side (WsMarketSide | str):
        book_side (WsBookSide | str):
        yes_price_dollars (Decimal):
        fill_count_fp (Decimal):
        remaining_count_fp (Decimal):
        initial_count_fp (Decimal):
        taker_fill_cost_dollars (Decimal):
        maker_fill_cost_dollars (Decimal):
        taker_fees_dollars (Decimal):
        maker_fees_dollars (Decimal):
        client_order_id (str):
        created_time (datetime.datetime | None):
        created_ts_ms (int | None):
        order_group_id (str | Unset):
        self_trade_prevention_type (WsUserOrderMsgSelfTradePreventionType | str | Unset):
        last_update_time (datetime.datetime | Unset):
        expiration_time (datetime.datetime | Unset):
        expiration_ts_ms (int | Unset):
        last_updated_ts_ms (int | Unset):
        last_update_reason (WsLastUpdateReason | str | Unset):
        subaccount_number (int | Unset):
    """

    order_id: str
    user_id: str
    ticker: str
    exchange_index: int
    status: WsUserOrderMsgStatus | str
    side: WsMarketSide | str
    is_yes: bool
    outcome_side: WsMarketSide | str
    book_side: WsBookSide | str
    yes_price_dollars: Decimal
    fill_count_fp: Decimal
    remaining_count_fp: Decimal
    initial_count_fp: Decimal
    taker_fill_cost_dollars: Decimal
    maker_fill_cost_dollars: Decimal
    taker_fees_dollars: Decimal
    maker_fees_dollars: Decimal
    client_order_id: str
    created_time: datetime.datetime | None
    created_ts_ms: int | None
    order_group_id: str | Unset = UNSET
    self_trade_prevention_type: WsUserOrderMsgSelfTradePreventionType | str | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    expiration_ts_ms: int | Unset = UNSET
    last_updated_ts_ms: int | Unset = UNSET
    last_update_reason: WsLastUpdateReason | str | Unset = UNSET
    subaccount_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("order_id", "order_id"),
        ("user_id", "user_id"),
        ("ticker", "ticker"),
        ("exchange_index", "exchange_index"),
        ("status", "status"),
        ("side", "side"),
        ("is_yes", "is_yes"),
        ("outcome_side", "outcome_side"),
        ("book_side", "book_side"),
        ("yes_price_dollars", "yes_price_dollars"),
        ("fill_count_fp", "fill_count_fp"),
        ("remaining_count_fp", "remaining_count_fp"),
        ("initial_count_fp", "initial_count_fp"),
        ("taker_fill_cost_dollars", "taker_fill_cost_dollars"),
        ("maker_fill_cost_dollars", "maker_fill_cost_dollars"),
        ("taker_fees_dollars", "taker_fees_dollars"),
        ("maker_fees_dollars", "maker_fees_dollars"),
        ("client_order_id", "client_order_id"),
        ("created_time", "created_time"),
        ("created_ts_ms", "created_ts_ms"),
        ("order_group_id", "order_group_id"),
        ("self_trade_prevention_type", "self_trade_prevention_type"),
        ("last_update_time", "last_update_time"),
        ("expiration_time", "expiration_time"),
        ("expiration_ts_ms", "expiration_ts_ms"),
        ("last_updated_ts_ms", "last_updated_ts_ms"),
        ("last_update_reason", "last_update_reason"),
        ("subaccount_number", "subaccount_number"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "status": ("status", enum_decoder(WsUserOrderMsgStatus)),
        "side": ("side", enum_decoder(WsMarketSide)),
        "outcome_side": ("outcome_side", enum_decoder(WsMarketSide)),
        "book_side": ("book_side", enum_decoder(WsBookSide)),
        "yes_price_dollars": ("yes_price_dollars", decode_decimal),
        "fill_count_fp": ("fill_count_fp", decode_decimal),
        "remaining_count_fp": ("remaining_count_fp", decode_decimal),
        "initial_count_fp": ("initial_count_fp", decode_decimal),
        "taker_fill_cost_dollars": ("taker_fill_cost_dollars", decode_decimal),
        "maker_fill_cost_dollars": ("maker_fill_cost_dollars", decode_decimal),
        "taker_fees_dollars": ("taker_fees_dollars", decode_decimal),
        "maker_fees_dollars": ("maker_fees_dollars", decode_decimal),
        "created_time": ("created_time", decode_datetime),
        "self_trade_prevention_type": (
            "self_trade_prevention_type",
            enum_decoder(WsUserOrderMsgSelfTradePreventionType),
        ),
        "last_update_time": ("last_update_time", decode_datetime),
        "expiration_time": ("expiration_time", decode_datetime),
        "last_update_reason": ("last_update_reason", enum_decoder(WsLastUpdateReason)),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 11

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
            self.fill_count_fp = decimals[source["fill_count_fp"]]
            self.remaining_count_fp = decimals[source["remaining_count_fp"]]
            self.initial_count_fp = decimals[source["initial_count_fp"]]
            self.taker_fill_cost_dollars = decimals[source["taker_fill_cost_dollars"]]
            self.maker_fill_cost_dollars = decimals[source["maker_fill_cost_dollars"]]
            self.taker_fees_dollars = decimals[source["taker_fees_dollars"]]
            self.maker_fees_dollars = decimals[source["maker_fees_dollars"]]
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
            value = source["expiration_time"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.expiration_time = value
            self.status = _STATUS_MEMBERS[source["status"]]
            self.side = _SIDE_MEMBERS[source["side"]]
            self.outcome_side = _OUTCOME_SIDE_MEMBERS[source["outcome_side"]]
            self.book_side = _BOOK_SIDE_MEMBERS[source["book_side"]]
            self.self_trade_prevention_type = _SELF_TRADE_PREVENTION_TYPE_MEMBERS[source["self_trade_prevention_type"]]
            self.last_update_reason = _LAST_UPDATE_REASON_MEMBERS[source["last_update_reason"]]
            self.additional_properties = {}
            return
        self.yes_price_dollars = decimals[get("yes_price_dollars", unset)]
        self.fill_count_fp = decimals[get("fill_count_fp", unset)]
        self.remaining_count_fp = decimals[get("remaining_count_fp", unset)]
        self.initial_count_fp = decimals[get("initial_count_fp", unset)]
        self.taker_fill_cost_dollars = decimals[get("taker_fill_cost_dollars", unset)]
        self.maker_fill_cost_dollars = decimals[get("maker_fill_cost_dollars", unset)]
        self.taker_fees_dollars = decimals[get("taker_fees_dollars", unset)]
        self.maker_fees_dollars = decimals[get("maker_fees_dollars", unset)]
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
        value = get("expiration_time", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.expiration_time = value
        self.status = _STATUS_MEMBERS[get("status", unset)]
        self.side = _SIDE_MEMBERS[get("side", unset)]
        self.outcome_side = _OUTCOME_SIDE_MEMBERS[get("outcome_side", unset)]
        self.book_side = _BOOK_SIDE_MEMBERS[get("book_side", unset)]
        self.self_trade_prevention_type = _SELF_TRADE_PREVENTION_TYPE_MEMBERS[get("self_trade_prevention_type", unset)]
        self.last_update_reason = _LAST_UPDATE_REASON_MEMBERS[get("last_update_reason", unset)]
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
        obj.ticker = get("ticker", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
        obj.is_yes = get("is_yes", UNSET)
        obj.client_order_id = get("client_order_id", UNSET)
        obj.created_ts_ms = get("created_ts_ms", UNSET)
        obj.order_group_id = get("order_group_id", UNSET)
        obj.expiration_ts_ms = get("expiration_ts_ms", UNSET)
        obj.last_updated_ts_ms = get("last_updated_ts_ms", UNSET)
        obj.subaccount_number = get("subaccount_number", UNSET)
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
_STATUS_MEMBERS = enum_members(WsUserOrderMsgStatus)
_SIDE_MEMBERS = enum_members(WsMarketSide)
_OUTCOME_SIDE_MEMBERS = enum_members(WsMarketSide)
_BOOK_SIDE_MEMBERS = enum_members(WsBookSide)
_SELF_TRADE_PREVENTION_TYPE_MEMBERS = enum_members(WsUserOrderMsgSelfTradePreventionType)
_LAST_UPDATE_REASON_MEMBERS = enum_members(WsLastUpdateReason)
