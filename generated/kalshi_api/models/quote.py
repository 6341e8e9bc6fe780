from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
from ..types import (
    UNSET,
    Unset,
    decode_datetime,
    decode_enum,
    encode_value,
)

T = TypeVar("T", bound="Quote")


@_attrs_define(kw_only=True)
class Quote:
    """
    Attributes:
        id (str):
        rfq_id (str):
        creator_id (str):
        rfq_creator_id (str):
        market_ticker (str):
        contracts_fp (str):  Example: 10.00.
        yes_bid_dollars (str):  Example: 0.5600.
        no_bid_dollars (str):  Example: 0.5600.
        created_ts (datetime.datetime):
        updated_ts (datetime.datetime):
        status (QuoteStatus):
        accepted_side (QuoteAcceptedSide | Unset):
        accepted_ts (datetime.datetime | Unset):
        confirmed_ts (datetime.datetime | Unset):
        executed_ts (datetime.datetime | Unset):
        cancelled_ts (datetime.datetime | Unset):
        rest_remainder (bool | Unset):
        post_only (bool | Unset):
        cancellation_reason (str | Unset):
        creator_user_id (str | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_target_cost_dollars (str | Unset):  Example: 0.5600.
        target_cost_excludes_fees (bool | Unset):
        rfq_creator_order_id (str | Unset):
        creator_order_id (str | Unset):
        creator_subaccount (int | Unset):
        rfq_creator_subaccount (int | Unset):
        yes_contracts_fp (str | Unset):  Example: 10.00.
        no_contracts_fp (str | Unset):  Example: 10.00.
    """

    id: str
    rfq_id: str
    creator_id: str
    rfq_creator_id: str
    market_ticker: str
    contracts_fp: str
    yes_bid_dollars: str
    no_bid_dollars: str
    created_ts: datetime.datetime
    updated_ts: datetime.datetime
    status: QuoteStatus
    accepted_side: QuoteAcceptedSide | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    rfq_creator_user_id: str | Unset = UNSET
    rfq_target_cost_dollars: str | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    rfq_creator_order_id: str | Unset = UNSET
    creator_order_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    rfq_creator_subaccount: int | Unset = UNSET
    yes_contracts_fp: str | Unset = UNSET
    no_contracts_fp: str | Unset = UNSET
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
        obj.id = get("id", UNSET)
        obj.rfq_id = get("rfq_id", UNSET)
        obj.creator_id = get("creator_id", UNSET)
        obj.rfq_creator_id = get("rfq_creator_id", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.contracts_fp = get("contracts_fp", UNSET)
        obj.yes_bid_dollars = get("yes_bid_dollars", UNSET)
        obj.no_bid_dollars = get("no_bid_dollars", UNSET)
        obj.created_ts = decode_datetime(get("created_ts", UNSET))
        obj.updated_ts = decode_datetime(get("updated_ts", UNSET))
        obj.status = decode_enum(QuoteStatus, get("status", UNSET))
        obj.accepted_side = decode_enum(QuoteAcceptedSide, get("accepted_side", UNSET))
        obj.accepted_ts = decode_datetime(get("accepted_ts", UNSET))
        obj.confirmed_ts = decode_datetime(get("confirmed_ts", UNSET))
        obj.executed_ts = decode_datetime(get("executed_ts", UNSET))
        obj.cancelled_ts = decode_datetime(get("cancelled_ts", UNSET))
        obj.rest_remainder = get("rest_remainder", UNSET)
        obj.post_only = get("post_only", UNSET)
        obj.cancellation_reason = get("cancellation_reason", UNSET)
        obj.creator_user_id = get("creator_user_id", UNSET)
        obj.rfq_creator_user_id = get("rfq_creator_user_id", UNSET)
        obj.rfq_target_cost_dollars = get("rfq_target_cost_dollars", UNSET)
        obj.target_cost_excludes_fees = get("target_cost_excludes_fees", UNSET)
        obj.rfq_creator_order_id = get("rfq_creator_order_id", UNSET)
        obj.creator_order_id = get("creator_order_id", UNSET)
        obj.creator_subaccount = get("creator_subaccount", UNSET)
        obj.rfq_creator_subaccount = get("rfq_creator_subaccount", UNSET)
        obj.yes_contracts_fp = get("yes_contracts_fp", UNSET)
        obj.no_contracts_fp = get("no_contracts_fp", UNSET)
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
