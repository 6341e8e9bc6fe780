from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.ws_lifecycle_price_level_structure import WsLifecyclePriceLevelStructure
from ..models.ws_market_lifecycle_v2_msg_event_type import WsMarketLifecycleV2MsgEventType
from ..types import (
    UNSET,
    DecodeMismatch,
    Decoder,
    LazyModel,
    Unset,
    decimal_cache,
    decode_decimal,
    encode_value,
    enum_decoder,
    enum_members,
    extra_properties,
    list_decoder,
    model_decoder,
)

if TYPE_CHECKING:
    from ..models.ws_lifecycle_additional_metadata import WsLifecycleAdditionalMetadata
    from ..models.ws_market_lifecycle_v2_msg_price_ranges_item import WsMarketLifecycleV2MsgPriceRangesItem


T = TypeVar("T", bound="WsMarketLifecycleV2Msg")


@_attrs_define(kw_only=True)
class WsMarketLifecycleV2Msg(LazyModel):
    """
    Attributes:
        market_ticker (str):
        event_type (WsMarketLifecycleV2MsgEventType | str):
        exchange_index (int | Unset):
        open_ts (int | Unset):
        close_ts (int | Unset):
        determination_ts (int | Unset):
        settled_ts (int | Unset):
        result (str | Unset):
        settlement_value (Decimal | Unset):
        is_deactivated (bool | Unset):
        additional_metadata (WsLifecycleAdditionalMetadata | Unset):
        price_level_structure (WsLifecyclePriceLevelStructure | str | Unset):
        price_ranges (list[WsMarketLifecycleV2MsgPriceRangesItem] | Unset):
        strike_type (str | Unset):
        floor_strike (float | Unset):
        cap_strike (float | Unset):
        custom_strike (Any | Unset):
        yes_sub_title (str | Unset):
    """

    market_ticker: str
    event_type: WsMarketLifecycleV2MsgEventType | str
    exchange_index: int | Unset = UNSET
    open_ts: int | Unset = UNSET
    close_ts: int | Unset = UNSET
    determination_ts: int | Unset = UNSET
    settled_ts: int | Unset = UNSET
    result: str | Unset = UNSET
    settlement_value: Decimal | Unset = UNSET
    is_deactivated: bool | Unset = UNSET
    additional_metadata: WsLifecycleAdditionalMetadata | Unset = UNSET
    price_level_structure: WsLifecyclePriceLevelStructure | str | Unset = UNSET
    price_ranges: list[WsMarketLifecycleV2MsgPriceRangesItem] | Unset = UNSET
    strike_type: str | Unset = UNSET
    floor_strike: float | Unset = UNSET
    cap_strike: float | Unset = UNSET
    custom_strike: Any | Unset = UNSET
    yes_sub_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("market_ticker", "market_ticker"),
        ("event_type", "event_type"),
        ("exchange_index", "exchange_index"),
        ("open_ts", "open_ts"),
        ("close_ts", "close_ts"),
        ("determination_ts", "determination_ts"),
        ("settled_ts", "settled_ts"),
        ("result", "result"),
        ("settlement_value", "settlement_value"),
        ("is_deactivated", "is_deactivated"),
        ("additional_metadata", "additional_metadata"),
        ("price_level_structure", "price_level_structure"),
        ("price_ranges", "price_ranges"),
        ("strike_type", "strike_type"),
        ("floor_strike", "floor_strike"),
        ("cap_strike", "cap_strike"),
        ("custom_strike", "custom_strike"),
        ("yes_sub_title", "yes_sub_title"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "event_type": ("event_type", enum_decoder(WsMarketLifecycleV2MsgEventType)),
        "settlement_value": ("settlement_value", decode_decimal),
        "additional_metadata": ("additional_metadata", model_decoder("WsLifecycleAdditionalMetadata")),
        "price_level_structure": ("price_level_structure", enum_decoder(WsLifecyclePriceLevelStructure)),
        "price_ranges": ("price_ranges", list_decoder(model_decoder("WsMarketLifecycleV2MsgPriceRangesItem"))),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 13

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
            self.settlement_value = decimals[source["settlement_value"]]
            self.event_type = _EVENT_TYPE_MEMBERS[source["event_type"]]
            self.price_level_structure = _PRICE_LEVEL_STRUCTURE_MEMBERS[source["price_level_structure"]]
            value = source["additional_metadata"]
            if value.__class__ is dict:
                value = _models.WsLifecycleAdditionalMetadata.from_dict(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.additional_metadata = value
            value = source["price_ranges"]
            if value.__class__ is list:
                # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
                from_dict, items, value = _models.WsMarketLifecycleV2MsgPriceRangesItem.from_dict, value, []
                for item in items:
                    if item.__class__ is not dict:
                        raise DecodeMismatch
                    value.append(from_dict(item))
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.price_ranges = value
            self.additional_properties = {}
            return
        self.settlement_value = decimals[get("settlement_value", unset)]
        self.event_type = _EVENT_TYPE_MEMBERS[get("event_type", unset)]
        self.price_level_structure = _PRICE_LEVEL_STRUCTURE_MEMBERS[get("price_level_structure", unset)]
        value = get("additional_metadata", unset)
        if value.__class__ is dict:
            value = _models.WsLifecycleAdditionalMetadata.from_dict(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.additional_metadata = value
        value = get("price_ranges", unset)
        if value.__class__ is list:
            # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
            from_dict, items, value = _models.WsMarketLifecycleV2MsgPriceRangesItem.from_dict, value, []
            for item in items:
                if item.__class__ is not dict:
                    raise DecodeMismatch
                value.append(from_dict(item))
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.price_ranges = value
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
        obj.market_ticker = get("market_ticker", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
        obj.open_ts = get("open_ts", UNSET)
        obj.close_ts = get("close_ts", UNSET)
        obj.determination_ts = get("determination_ts", UNSET)
        obj.settled_ts = get("settled_ts", UNSET)
        obj.result = get("result", UNSET)
        obj.is_deactivated = get("is_deactivated", UNSET)
        obj.strike_type = get("strike_type", UNSET)
        obj.floor_strike = get("floor_strike", UNSET)
        obj.cap_strike = get("cap_strike", UNSET)
        obj.custom_strike = get("custom_strike", UNSET)
        obj.yes_sub_title = get("yes_sub_title", UNSET)
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
_EVENT_TYPE_MEMBERS = enum_members(WsMarketLifecycleV2MsgEventType)
_PRICE_LEVEL_STRUCTURE_MEMBERS = enum_members(WsLifecyclePriceLevelStructure)
