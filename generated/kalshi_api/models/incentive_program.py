from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_program_incentive_type import IncentiveProgramIncentiveType
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

T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define(kw_only=True)
class IncentiveProgram(LazyModel):
    """
    Attributes:
        id (str):
        market_id (str):
        market_ticker (str):
        incentive_type (IncentiveProgramIncentiveType | str):
        incentive_description (str):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        period_reward (int):
        paid_out (bool):
        discount_factor_bps (int | None | Unset):
        target_size_fp (None | Decimal | Unset):  Example: 10.00.
        max_reward_per_account (int | None | Unset):
    """

    id: str
    market_id: str
    market_ticker: str
    incentive_type: IncentiveProgramIncentiveType | str
    incentive_description: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    period_reward: int
    paid_out: bool
    discount_factor_bps: int | None | Unset = UNSET
    target_size_fp: None | Decimal | Unset = UNSET
    max_reward_per_account: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("market_id", "market_id"),
        ("market_ticker", "market_ticker"),
        ("incentive_type", "incentive_type"),
        ("incentive_description", "incentive_description"),
        ("start_date", "start_date"),
        ("end_date", "end_date"),
        ("period_reward", "period_reward"),
        ("paid_out", "paid_out"),
        ("discount_factor_bps", "discount_factor_bps"),
        ("target_size_fp", "target_size_fp"),
        ("max_reward_per_account", "max_reward_per_account"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "incentive_type": ("incentive_type", enum_decoder(IncentiveProgramIncentiveType)),
        "start_date": ("start_date", decode_datetime),
        "end_date": ("end_date", decode_datetime),
        "target_size_fp": ("target_size_fp", decode_decimal),
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
            self.target_size_fp = decimals[source["target_size_fp"]]
            value = source["start_date"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.start_date = value
            value = source["end_date"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.end_date = value
            self.incentive_type = _INCENTIVE_TYPE_MEMBERS[source["incentive_type"]]
            self.additional_properties = {}
            return
        self.target_size_fp = decimals[get("target_size_fp", unset)]
        value = get("start_date", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.start_date = value
        value = get("end_date", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.end_date = value
        self.incentive_type = _INCENTIVE_TYPE_MEMBERS[get("incentive_type", unset)]
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
        obj.market_id = get("market_id", UNSET)
        obj.market_ticker = get("market_ticker", UNSET)
        obj.incentive_description = get("incentive_description", UNSET)
        obj.period_reward = get("period_reward", UNSET)
        obj.paid_out = get("paid_out", UNSET)
        obj.discount_factor_bps = get("discount_factor_bps", UNSET)
        obj.max_reward_per_account = get("max_reward_per_account", UNSET)
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
_INCENTIVE_TYPE_MEMBERS = enum_members(IncentiveProgramIncentiveType)
