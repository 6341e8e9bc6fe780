from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.fee_type import FeeType
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
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="Series")


@_attrs_define(kw_only=True)
class Series(LazyModel):
    """
    Attributes:
        ticker (str):
        frequency (str):
        title (str):
        category (str):
        categories (list[str]):
        tags (list[str] | None):
        settlement_sources (list[SettlementSource] | None):
        contract_url (str):
        contract_terms_url (str):
        fee_type (FeeType | str):
        fee_multiplier (float):
        additional_prohibitions (list[str] | None):
        product_metadata (Any | Unset):
        volume_fp (Decimal | Unset):  Example: 10.00.
        last_updated_ts (datetime.datetime | Unset):
        exchange_index (int | Unset):  Example: 0.
    """

    ticker: str
    frequency: str
    title: str
    category: str
    categories: list[str]
    tags: list[str] | None
    settlement_sources: list[SettlementSource] | None
    contract_url: str
    contract_terms_url: str
    fee_type: FeeType | str
    fee_multiplier: float
    additional_prohibitions: list[str] | None
    product_metadata: Any | Unset = UNSET
    volume_fp: Decimal | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ticker", "ticker"),
        ("frequency", "frequency"),
        ("title", "title"),
        ("category", "category"),
        ("categories", "categories"),
        ("tags", "tags"),
        ("settlement_sources", "settlement_sources"),
        ("contract_url", "contract_url"),
        ("contract_terms_url", "contract_terms_url"),
        ("fee_type", "fee_type"),
        ("fee_multiplier", "fee_multiplier"),
        ("additional_prohibitions", "additional_prohibitions"),
        ("product_metadata", "product_metadata"),
        ("volume_fp", "volume_fp"),
        ("last_updated_ts", "last_updated_ts"),
        ("exchange_index", "exchange_index"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The keys, in order, of the last object decoded that had every declared key and no other.
    _FULL_LAYOUT: ClassVar[list[tuple[str, ...]]] = [()]
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "settlement_sources": ("settlement_sources", list_decoder(model_decoder("SettlementSource"))),
        "fee_type": ("fee_type", enum_decoder(FeeType)),
        "volume_fp": ("volume_fp", decode_decimal),
        "last_updated_ts": ("last_updated_ts", decode_datetime),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 12

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
            self.volume_fp = decimals[source["volume_fp"]]
            value = source["last_updated_ts"]
            if value.__class__ is str:
                value = parse_timestamp(value)
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.last_updated_ts = value
            self.fee_type = _FEE_TYPE_MEMBERS[source["fee_type"]]
            value = source["settlement_sources"]
            if value.__class__ is list:
                # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
                from_dict, items, value = _models.SettlementSource.from_dict, value, []
                for item in items:
                    if item.__class__ is not dict:
                        raise DecodeMismatch
                    value.append(from_dict(item))
            elif value is not None and value is not unset:
                raise DecodeMismatch
            self.settlement_sources = value
            self.additional_properties = {}
            return
        self.volume_fp = decimals[get("volume_fp", unset)]
        value = get("last_updated_ts", unset)
        if value.__class__ is str:
            value = parse_timestamp(value)
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.last_updated_ts = value
        self.fee_type = _FEE_TYPE_MEMBERS[get("fee_type", unset)]
        value = get("settlement_sources", unset)
        if value.__class__ is list:
            # A loop, not a comprehension: these lists are short, and a comprehension costs a call.
            from_dict, items, value = _models.SettlementSource.from_dict, value, []
            for item in items:
                if item.__class__ is not dict:
                    raise DecodeMismatch
                value.append(from_dict(item))
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.settlement_sources = value
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
        obj.ticker = get("ticker", UNSET)
        obj.frequency = get("frequency", UNSET)
        obj.title = get("title", UNSET)
        obj.category = get("category", UNSET)
        obj.categories = get("categories", UNSET)
        obj.tags = get("tags", UNSET)
        obj.contract_url = get("contract_url", UNSET)
        obj.contract_terms_url = get("contract_terms_url", UNSET)
        obj.fee_multiplier = get("fee_multiplier", UNSET)
        obj.additional_prohibitions = get("additional_prohibitions", UNSET)
        obj.product_metadata = get("product_metadata", UNSET)
        obj.exchange_index = get("exchange_index", UNSET)
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
_FEE_TYPE_MEMBERS = enum_members(FeeType)
