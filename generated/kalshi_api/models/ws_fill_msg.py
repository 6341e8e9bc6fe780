from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ws_book_side import WsBookSide
from ..models.ws_market_side import WsMarketSide
from ..models.ws_order_action import WsOrderAction
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

T = TypeVar("T", bound="WsFillMsg")


@_attrs_define(kw_only=True)
class WsFillMsg(LazyModel):
    """
    Attributes:
        trade_id (str):
        order_id (str):
        market_ticker (str):
        exchange_index (int):
        is_taker (bool):
        side (WsMarketSide | str):
        ts (int):
        ts_ms (int):
        yes_price_dollars (Decimal):
        count_fp (Decimal):
        fee_cost (Decimal):
        action (WsOrderAction | str):
        post_position_fp (Decimal):
        purchased_side (WsMarketSide | str):
        outcome_side (WsMarketSide | str):
        book_side (WsBookSide | str):
        client_order_id (str | Unset):
        subaccount (int | Unset):
    """

    trade_id: str
    order_id: str
    market_ticker: str
    exchange_index: int
    is_taker: bool
    side: WsMarketSide | str
    ts: int
    ts_ms: int
    yes_price_dollars: Decimal
    count_fp: Decimal
    fee_cost: Decimal
    action: WsOrderAction | str
    post_position_fp: Decimal
    purchased_side: WsMarketSide | str
    outcome_side: WsMarketSide | str
    book_side: WsBookSide | str
    client_order_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("trade_id", "trade_id"),
        ("order_id", "order_id"),
        ("market_ticker", "market_ticker"),
        ("exchange_index", "exchange_index"),
        ("is_taker", "is_taker"),
        ("side", "side"),
        ("ts", "ts"),
        ("ts_ms", "ts_ms"),
        ("yes_price_dollars", "yes_price_dollars"),
        ("count_fp", "count_fp"),
        ("fee_cost", "fee_cost"),
        ("action", "action"),
        ("post_position_fp", "post_position_fp"),
        ("purchased_side", "purchased_side"),
        ("outcome_side", "outcome_side"),
        ("book_side", "book_side"),
        ("client_order_id", "client_order_id"),
        ("subaccount", "subaccount"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "side": ("side", enum_decoder(WsMarketSide)),
        "yes_price_dollars": ("yes_price_dollars", decode_decimal),
        "count_fp": ("count_fp", decode_decimal),
        "fee_cost": ("fee_cost", decode_decimal),
        "action": ("action", enum_decoder(WsOrderAction)),
        "post_position_fp": ("post_position_fp", decode_decimal),
        "purchased_side": ("purchased_side", enum_decoder(WsMarketSide)),
        "outcome_side": ("outcome_side", enum_decoder(WsMarketSide)),
        "book_side": ("book_side", enum_decoder(WsBookSide)),
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
            self.yes_price_dollars = decimals[source["yes_price_dollars"]]
            self.count_fp = decimals[source["count_fp"]]
            self.fee_cost = decimals[source["fee_cost"]]
            self.post_position_fp = decimals[source["post_position_fp"]]
            self.side = _SIDE_MEMBERS[source["side"]]
            self.action = _ACTION_MEMBERS[source["action"]]
            self.purchased_side = _PURCHASED_SIDE_MEMBERS[source["purchased_side"]]
            self.outcome_side = _OUTCOME_SIDE_MEMBERS[source["outcome_side"]]
            self.book_side = _BOOK_SIDE_MEMBERS[source["book_side"]]
            self.additional_properties = {}
            return
        self.yes_price_dollars = decimals[get("yes_price_dollars", unset)]
        self.count_fp = decimals[get("count_fp", unset)]
        self.fee_cost = decimals[get("fee_cost", unset)]
        self.post_position_fp = decimals[get("post_position_fp", unset)]
        self.side = _SIDE_MEMBERS[get("side", unset)]
        self.action = _ACTION_MEMBERS[get("action", unset)]
        self.purchased_side = _PURCHASED_SIDE_MEMBERS[get("purchased_side", unset)]
        self.outcome_side = _OUTCOME_SIDE_MEMBERS[get("outcome_side", unset)]
        self.book_side = _BOOK_SIDE_MEMBERS[get("book_side", unset)]
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
        obj.trade_id = get("trade_id", UNSET)
        obj.order_id = get("order_id", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
        obj.is_taker = get("is_taker", UNSET)
        obj.ts = get("ts", UNSET)
        obj.ts_ms = get("ts_ms", UNSET)
        obj.client_order_id = get("client_order_id", UNSET)
        obj.subaccount = get("subaccount", UNSET)
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
_SIDE_MEMBERS = enum_members(WsMarketSide)
_ACTION_MEMBERS = enum_members(WsOrderAction)
_PURCHASED_SIDE_MEMBERS = enum_members(WsMarketSide)
_OUTCOME_SIDE_MEMBERS = enum_members(WsMarketSide)
_BOOK_SIDE_MEMBERS = enum_members(WsBookSide)
