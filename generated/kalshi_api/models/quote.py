from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
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

T = TypeVar("T", bound="Quote")


@_attrs_define(kw_only=True)
class Quote(LazyModel):
    """
    Attributes:
        id (str):
        rfq_id (str):
        creator_id (str):
        rfq_creator_id (str):
        market_ticker (str):
        contracts_fp (Decimal):  Example: 10.00.
        yes_bid_dollars (Decimal):  Example: 0.5600.
        no_bid_dollars (Decimal):  Example: 0.5600.
        created_ts (datetime.datetime):
        updated_ts (datetime.datetime):
        status (QuoteStatus | str):
        accepted_side (QuoteAcceptedSide | str | Unset):
        accepted_ts (datetime.datetime | Unset):
        confirmed_ts (datetime.datetime | Unset):
        executed_ts (datetime.datetime | Unset):
        cancelled_ts (datetime.datetime | Unset):
        rest_remainder (bool | Unset):
        post_only (bool | Unset):
        cancellation_reason (str | Unset):
        creator_user_id (str | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_target_cost_dollars (Decimal | Unset):  Example: 0.5600.
        target_cost_excludes_fees (bool | Unset):
        rfq_creator_order_id (str | Unset):
        creator_order_id (str | Unset):
        creator_subaccount (int | Unset):
        rfq_creator_subaccount (int | Unset):
        yes_contracts_fp (Decimal | Unset):  Example: 10.00.
        no_contracts_fp (Decimal | Unset):  Example: 10.00.
    """

    id: str
    rfq_id: str
    creator_id: str
    rfq_creator_id: str
    market_ticker: str
    contracts_fp: Decimal
    yes_bid_dollars: Decimal
    no_bid_dollars: Decimal
    created_ts: datetime.datetime
    updated_ts: datetime.datetime
    status: QuoteStatus | str
    accepted_side: QuoteAcceptedSide | str | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    rfq_creator_user_id: str | Unset = UNSET
    rfq_target_cost_dollars: Decimal | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    rfq_creator_order_id: str | Unset = UNSET
    creator_order_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    rfq_creator_subaccount: int | Unset = UNSET
    yes_contracts_fp: Decimal | Unset = UNSET
    no_contracts_fp: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("rfq_id", "rfq_id"),
        ("creator_id", "creator_id"),
        ("rfq_creator_id", "rfq_creator_id"),
        ("market_ticker", "market_ticker"),
        ("contracts_fp", "contracts_fp"),
        ("yes_bid_dollars", "yes_bid_dollars"),
        ("no_bid_dollars", "no_bid_dollars"),
        ("created_ts", "created_ts"),
        ("updated_ts", "updated_ts"),
        ("status", "status"),
        ("accepted_side", "accepted_side"),
        ("accepted_ts", "accepted_ts"),
        ("confirmed_ts", "confirmed_ts"),
        ("executed_ts", "executed_ts"),
        ("cancelled_ts", "cancelled_ts"),
        ("rest_remainder", "rest_remainder"),
        ("post_only", "post_only"),
        ("cancellation_reason", "cancellation_reason"),
        ("creator_user_id", "creator_user_id"),
        ("rfq_creator_user_id", "rfq_creator_user_id"),
        ("rfq_target_cost_dollars", "rfq_target_cost_dollars"),
        ("target_cost_excludes_fees", "target_cost_excludes_fees"),
        ("rfq_creator_order_id", "rfq_creator_order_id"),
        ("creator_order_id", "creator_order_id"),
        ("creator_subaccount", "creator_subaccount"),
        ("rfq_creator_subaccount", "rfq_creator_subaccount"),
        ("yes_contracts_fp", "yes_contracts_fp"),
        ("no_contracts_fp", "no_contracts_fp"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "contracts_fp": ("contracts_fp", decode_decimal),
        "yes_bid_dollars": ("yes_bid_dollars", decode_decimal),
        "no_bid_dollars": ("no_bid_dollars", decode_decimal),
        "created_ts": ("created_ts", decode_datetime),
        "updated_ts": ("updated_ts", decode_datetime),
        "status": ("status", enum_decoder(QuoteStatus)),
        "accepted_side": ("accepted_side", enum_decoder(QuoteAcceptedSide)),
        "accepted_ts": ("accepted_ts", decode_datetime),
        "confirmed_ts": ("confirmed_ts", decode_datetime),
        "executed_ts": ("executed_ts", decode_datetime),
        "cancelled_ts": ("cancelled_ts", decode_datetime),
        "rfq_target_cost_dollars": ("rfq_target_cost_dollars", decode_decimal),
        "yes_contracts_fp": ("yes_contracts_fp", decode_decimal),
        "no_contracts_fp": ("no_contracts_fp", decode_decimal),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 15

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
            self.yes_bid_dollars = decimals[source["yes_bid_dollars"]]
            self.no_bid_dollars = decimals[source["no_bid_dollars"]]
            self.rfq_target_cost_dollars = decimals[source["rfq_target_cost_dollars"]]
            self.yes_contracts_fp = decimals[source["yes_contracts_fp"]]
            self.no_contracts_fp = decimals[source["no_contracts_fp"]]
            value = source["created_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.created_ts = value
            value = source["updated_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.updated_ts = value
            value = source["accepted_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.accepted_ts = value
            value = source["confirmed_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.confirmed_ts = value
            value = source["executed_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.executed_ts = value
            value = source["cancelled_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.cancelled_ts = value
            self.status = _STATUS_MEMBERS[source["status"]]
            self.accepted_side = _ACCEPTED_SIDE_MEMBERS[source["accepted_side"]]
            self.additional_properties = {}
            return
        self.contracts_fp = decimals[get("contracts_fp", unset)]
        self.yes_bid_dollars = decimals[get("yes_bid_dollars", unset)]
        self.no_bid_dollars = decimals[get("no_bid_dollars", unset)]
        self.rfq_target_cost_dollars = decimals[get("rfq_target_cost_dollars", unset)]
        self.yes_contracts_fp = decimals[get("yes_contracts_fp", unset)]
        self.no_contracts_fp = decimals[get("no_contracts_fp", unset)]
        value = get("created_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.created_ts = value
        value = get("updated_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.updated_ts = value
        value = get("accepted_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.accepted_ts = value
        value = get("confirmed_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.confirmed_ts = value
        value = get("executed_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.executed_ts = value
        value = get("cancelled_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.cancelled_ts = value
        self.status = _STATUS_MEMBERS[get("status", unset)]
        self.accepted_side = _ACCEPTED_SIDE_MEMBERS[get("accepted_side", unset)]
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
        obj.rfq_id = get("rfq_id", UNSET)
        obj.creator_id = get("creator_id", UNSET)
        obj.rfq_creator_id = get("rfq_creator_id", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.rest_remainder = get("rest_remainder", UNSET)
        obj.post_only = get("post_only", UNSET)
        obj.cancellation_reason = get("cancellation_reason", UNSET)
        obj.creator_user_id = get("creator_user_id", UNSET)
        obj.rfq_creator_user_id = get("rfq_creator_user_id", UNSET)
        obj.target_cost_excludes_fees = get("target_cost_excludes_fees", UNSET)
        obj.rfq_creator_order_id = get("rfq_creator_order_id", UNSET)
        obj.creator_order_id = get("creator_order_id", UNSET)
        obj.creator_subaccount = get("creator_subaccount", UNSET)
        obj.rfq_creator_subaccount = get("rfq_creator_subaccount", UNSET)
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
_STATUS_MEMBERS = enum_members(QuoteStatus)
_ACCEPTED_SIDE_MEMBERS = enum_members(QuoteAcceptedSide)
