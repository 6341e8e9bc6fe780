from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Decoder,
    LazyModel,
    Unset,
    decimal_cache,
    decode_decimal,
    encode_value,
    extra_properties,
)

T = TypeVar("T", bound="CreateRFQRequest")


@_attrs_define(kw_only=True)
class CreateRFQRequest(LazyModel):
    """
    Attributes:
        market_ticker (str):
        rest_remainder (bool):
        contracts (int | Unset):
        contracts_fp (None | Decimal | Unset):  Example: 10.00.
        target_cost_centi_cents (int | Unset):
        target_cost_dollars (Decimal | Unset):  Example: 0.5600.
        target_cost_excludes_fees (bool | Unset):
        obscure_creator_id (bool | Unset):  Default: False.
        replace_existing (bool | Unset):  Default: False.
        subtrader_id (str | Unset):
        subaccount (int | Unset):
    """

    market_ticker: str
    rest_remainder: bool
    contracts: int | Unset = UNSET
    contracts_fp: None | Decimal | Unset = UNSET
    target_cost_centi_cents: int | Unset = UNSET
    target_cost_dollars: Decimal | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    obscure_creator_id: bool | Unset = False
    replace_existing: bool | Unset = False
    subtrader_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("market_ticker", "market_ticker"),
        ("rest_remainder", "rest_remainder"),
        ("contracts", "contracts"),
        ("contracts_fp", "contracts_fp"),
        ("target_cost_centi_cents", "target_cost_centi_cents"),
        ("target_cost_dollars", "target_cost_dollars"),
        ("target_cost_excludes_fees", "target_cost_excludes_fees"),
        ("obscure_creator_id", "obscure_creator_id"),
        ("replace_existing", "replace_existing"),
        ("subtrader_id", "subtrader_id"),
        ("subaccount", "subaccount"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "contracts_fp": ("contracts_fp", decode_decimal),
        "target_cost_dollars": ("target_cost_dollars", decode_decimal),
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
            self.contracts_fp = decimals[source["contracts_fp"]]
            self.target_cost_dollars = decimals[source["target_cost_dollars"]]
            self.additional_properties = {}
            return
        self.contracts_fp = decimals[get("contracts_fp", unset)]
        self.target_cost_dollars = decimals[get("target_cost_dollars", unset)]
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
        obj.rest_remainder = get("rest_remainder", UNSET)
        obj.contracts = get("contracts", UNSET)
        obj.target_cost_centi_cents = get("target_cost_centi_cents", UNSET)
        obj.target_cost_excludes_fees = get("target_cost_excludes_fees", UNSET)
        obj.obscure_creator_id = get("obscure_creator_id", UNSET)
        obj.replace_existing = get("replace_existing", UNSET)
        obj.subtrader_id = get("subtrader_id", UNSET)
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
