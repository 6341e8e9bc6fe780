from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_status import RFQStatus
from ..types import (
    UNSET,
    Unset,
    decode_datetime,
    decode_enum,
    decode_list,
    decode_model,
    encode_value,
)

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


T = TypeVar("T", bound="RFQ")


@_attrs_define(kw_only=True)
class RFQ:
    """
    Attributes:
        id (str):
        creator_id (str):
        market_ticker (str):
        contracts_fp (str):  Example: 10.00.
        status (RFQStatus):
        created_ts (datetime.datetime):
        target_cost_dollars (str | Unset):  Example: 0.5600.
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
    contracts_fp: str
    status: RFQStatus
    created_ts: datetime.datetime
    target_cost_dollars: str | Unset = UNSET
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
        from ..models.mve_selected_leg import MveSelectedLeg  # noqa: PLC0415

        obj = cls.__new__(cls)
        get = src_dict.get
        obj.id = get("id", UNSET)
        obj.creator_id = get("creator_id", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.contracts_fp = get("contracts_fp", UNSET)
        obj.status = decode_enum(RFQStatus, get("status", UNSET))
        obj.created_ts = decode_datetime(get("created_ts", UNSET))
        obj.target_cost_dollars = get("target_cost_dollars", UNSET)
        obj.target_cost_excludes_fees = get("target_cost_excludes_fees", UNSET)
        obj.mve_collection_ticker = get("mve_collection_ticker", UNSET)
        obj.mve_selected_legs = decode_list(
            get("mve_selected_legs", UNSET), lambda item: decode_model(MveSelectedLeg, item)
        )
        obj.rest_remainder = get("rest_remainder", UNSET)
        obj.cancellation_reason = get("cancellation_reason", UNSET)
        obj.creator_user_id = get("creator_user_id", UNSET)
        obj.creator_subaccount = get("creator_subaccount", UNSET)
        obj.cancelled_ts = decode_datetime(get("cancelled_ts", UNSET))
        obj.updated_ts = decode_datetime(get("updated_ts", UNSET))
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
