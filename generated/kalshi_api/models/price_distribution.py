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

T = TypeVar("T", bound="PriceDistribution")


@_attrs_define(kw_only=True)
class PriceDistribution(LazyModel):
    """
    Attributes:
        open_dollars (None | Decimal | Unset):  Example: 0.5600.
        low_dollars (None | Decimal | Unset):  Example: 0.5600.
        high_dollars (None | Decimal | Unset):  Example: 0.5600.
        close_dollars (None | Decimal | Unset):  Example: 0.5600.
        mean_dollars (None | Decimal | Unset):  Example: 0.5600.
        previous_dollars (None | Decimal | Unset):  Example: 0.5600.
        min_dollars (None | Decimal | Unset):  Example: 0.5600.
        max_dollars (None | Decimal | Unset):  Example: 0.5600.
    """

    open_dollars: None | Decimal | Unset = UNSET
    low_dollars: None | Decimal | Unset = UNSET
    high_dollars: None | Decimal | Unset = UNSET
    close_dollars: None | Decimal | Unset = UNSET
    mean_dollars: None | Decimal | Unset = UNSET
    previous_dollars: None | Decimal | Unset = UNSET
    min_dollars: None | Decimal | Unset = UNSET
    max_dollars: None | Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("open_dollars", "open_dollars"),
        ("low_dollars", "low_dollars"),
        ("high_dollars", "high_dollars"),
        ("close_dollars", "close_dollars"),
        ("mean_dollars", "mean_dollars"),
        ("previous_dollars", "previous_dollars"),
        ("min_dollars", "min_dollars"),
        ("max_dollars", "max_dollars"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "open_dollars": ("open_dollars", decode_decimal),
        "low_dollars": ("low_dollars", decode_decimal),
        "high_dollars": ("high_dollars", decode_decimal),
        "close_dollars": ("close_dollars", decode_decimal),
        "mean_dollars": ("mean_dollars", decode_decimal),
        "previous_dollars": ("previous_dollars", decode_decimal),
        "min_dollars": ("min_dollars", decode_decimal),
        "max_dollars": ("max_dollars", decode_decimal),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 0

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
            self.open_dollars = decimals[source["open_dollars"]]
            self.low_dollars = decimals[source["low_dollars"]]
            self.high_dollars = decimals[source["high_dollars"]]
            self.close_dollars = decimals[source["close_dollars"]]
            self.mean_dollars = decimals[source["mean_dollars"]]
            self.previous_dollars = decimals[source["previous_dollars"]]
            self.min_dollars = decimals[source["min_dollars"]]
            self.max_dollars = decimals[source["max_dollars"]]
            self.additional_properties = {}
            return
        self.open_dollars = decimals[get("open_dollars", unset)]
        self.low_dollars = decimals[get("low_dollars", unset)]
        self.high_dollars = decimals[get("high_dollars", unset)]
        self.close_dollars = decimals[get("close_dollars", unset)]
        self.mean_dollars = decimals[get("mean_dollars", unset)]
        self.previous_dollars = decimals[get("previous_dollars", unset)]
        self.min_dollars = decimals[get("min_dollars", unset)]
        self.max_dollars = decimals[get("max_dollars", unset)]
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
