from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.rfq_status import RFQStatus
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
    list_decoder,
    model_decoder,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


T = TypeVar("T", bound="RFQ")


@_attrs_define(kw_only=True)
class RFQ(LazyModel):
    """
    Attributes:
        id (str):
        creator_id (str):
        market_ticker (str):
        contracts_fp (Decimal):  Example: 10.00.
        status (RFQStatus | str):
        created_ts (datetime.datetime):
        target_cost_dollars (Decimal | Unset):  Example: 0.5600.
        target_cost_excludes_fees (bool | Unset):
        mve_collection_ticker (str | Unset):
        mve_selected_legs (list[MveSelectedLeg] | Unset):
        rest_remainder (bool | Unset):
        cancellation_reason (str | Unset):
        creator_user_id (str | Unset):
        creator_subaccount (int | Unset):
        cancelled_ts (datetime.datetime | Unset):
        updated_ts (datetime.datetime | Unset):
    """

    id: str
    creator_id: str
    market_ticker: str
    contracts_fp: Decimal
    status: RFQStatus | str
    created_ts: datetime.datetime
    target_cost_dollars: Decimal | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("creator_id", "creator_id"),
        ("market_ticker", "market_ticker"),
        ("contracts_fp", "contracts_fp"),
        ("status", "status"),
        ("created_ts", "created_ts"),
        ("target_cost_dollars", "target_cost_dollars"),
        ("target_cost_excludes_fees", "target_cost_excludes_fees"),
        ("mve_collection_ticker", "mve_collection_ticker"),
        ("mve_selected_legs", "mve_selected_legs"),
        ("rest_remainder", "rest_remainder"),
        ("cancellation_reason", "cancellation_reason"),
        ("creator_user_id", "creator_user_id"),
        ("creator_subaccount", "creator_subaccount"),
        ("cancelled_ts", "cancelled_ts"),
        ("updated_ts", "updated_ts"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "contracts_fp": ("contracts_fp", decode_decimal),
        "status": ("status", enum_decoder(RFQStatus)),
        "created_ts": ("created_ts", decode_datetime),
        "target_cost_dollars": ("target_cost_dollars", decode_decimal),
        "mve_selected_legs": ("mve_selected_legs", list_decoder(model_decoder("MveSelectedLeg"))),
        "cancelled_ts": ("cancelled_ts", decode_datetime),
        "updated_ts": ("updated_ts", decode_datetime),
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
        parse_timestamp = parse_datetime
        # The objects of a page share one layout of keys: keys equal to the last layout seen with every
        # declared key and no other (kept in _FULL_LAYOUT) need no test for undeclared keys, and their
        # values are read by subscript (a tuple comparison costs less than a set test per object).
        layout, full_layout = tuple(source), self._FULL_LAYOUT
        if layout == full_layout[0]:
            full_layout[0] = layout  # the next comparison then finds the very same key objects
            self.contracts_fp = decimals[source["contracts_fp"]]
            self.target_cost_dollars = decimals[source["target_cost_dollars"]]
            value = source["created_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.created_ts = value
            value = source["cancelled_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.cancelled_ts = value
            value = source["updated_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.updated_ts = value
            self.status = _STATUS_MEMBERS[source["status"]]
            value = source["mve_selected_legs"]
            if value.__class__ is list:
                # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
                from_dict, items, value = _models.MveSelectedLeg.from_dict, value, []
                for item in items:
                    if item.__class__ is not dict:
                        raise DecodeMismatch
                    value.append(from_dict(item))
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.mve_selected_legs = value
            self.additional_properties = {}
            return
        self.contracts_fp = decimals[get("contracts_fp", unset)]
        self.target_cost_dollars = decimals[get("target_cost_dollars", unset)]
        value = get("created_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.created_ts = value
        value = get("cancelled_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.cancelled_ts = value
        value = get("updated_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.updated_ts = value
        self.status = _STATUS_MEMBERS[get("status", unset)]
        value = get("mve_selected_legs", unset)
        if value.__class__ is list:
            # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
            from_dict, items, value = _models.MveSelectedLeg.from_dict, value, []
            for item in items:
                if item.__class__ is not dict:
                    raise DecodeMismatch
                value.append(from_dict(item))
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.mve_selected_legs = value
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
        obj.id = get("id", UNSET)
        obj.creator_id = get("creator_id", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.target_cost_excludes_fees = get("target_cost_excludes_fees", UNSET)
        obj.mve_collection_ticker = get("mve_collection_ticker", UNSET)
        obj.rest_remainder = get("rest_remainder", UNSET)
        obj.cancellation_reason = get("cancellation_reason", UNSET)
        obj.creator_user_id = get("creator_user_id", UNSET)
        obj.creator_subaccount = get("creator_subaccount", UNSET)
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
_STATUS_MEMBERS = enum_members(RFQStatus)
