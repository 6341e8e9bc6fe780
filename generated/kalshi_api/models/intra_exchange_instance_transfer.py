from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import IntraExchangeInstanceTransferStatus
from ..types import (
    UNSET,
    DecodeMismatch,
    Decoder,
    LazyModel,
    decimal_cache,
    decode_decimal,
    encode_value,
    enum_decoder,
    extra_properties,
)

T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define(kw_only=True)
class IntraExchangeInstanceTransfer(LazyModel):
    """
    Attributes:
        transfer_id (str):
        source (ExchangeInstance | str):
        destination (ExchangeInstance | str):
        source_exchange_shard (int):
        destination_exchange_shard (int):
        amount (Decimal):  Example: 0.5600.
        status (IntraExchangeInstanceTransferStatus | str):
        created_ts (int):
    """

    transfer_id: str
    source: ExchangeInstance | str
    destination: ExchangeInstance | str
    source_exchange_shard: int
    destination_exchange_shard: int
    amount: Decimal
    status: IntraExchangeInstanceTransferStatus | str
    created_ts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (python attribute, JSON key) of every declared field, in declaration order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("transfer_id", "transfer_id"),
        ("source", "source"),
        ("destination", "destination"),
        ("source_exchange_shard", "source_exchange_shard"),
        ("destination_exchange_shard", "destination_exchange_shard"),
        ("amount", "amount"),
        ("status", "status"),
        ("created_ts", "created_ts"),
    )
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset(key for _, key in _FIELDS)
    # The fields decoded on first access: python attribute -> (JSON key, decoder).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {
        "source": ("source", enum_decoder(ExchangeInstance)),
        "destination": ("destination", enum_decoder(ExchangeInstance)),
        "amount": ("amount", decode_decimal),
        "status": ("status", enum_decoder(IntraExchangeInstanceTransferStatus)),
        "additional_properties": (None, None),
    }

    _PLAIN_FIELD_COUNT: ClassVar[int] = 4

    def _decode_fields(self, source: Mapping[str, Any]) -> None:
        """Decode every field of _DECODED from `source` in one pass (see LazyModel).

        Values of the declared types, nulls and absent keys only: any other value raises before the
        last group, the only one that reports drift, is reached.
        """
        # Locals, not globals: this runs once per object of every page.
        get, unset = source.get, UNSET
        decimals = decimal_cache
        value = get("amount", unset)
        if value.__class__ is str:
            value = decimals[value]
        elif value is not None and value is not unset:
            raise DecodeMismatch
        self.amount = value
        value = get("source", unset)
        if value is not None and value is not unset:
            value = ExchangeInstance._value2member_map_[value]
        self.source = value
        value = get("destination", unset)
        if value is not None and value is not unset:
            value = ExchangeInstance._value2member_map_[value]
        self.destination = value
        value = get("status", unset)
        if value is not None and value is not unset:
            value = IntraExchangeInstanceTransferStatus._value2member_map_[value]
        self.status = value
        # The server seldom sends a key the spec lacks: the check alone is inlined.
        known_keys = self._KNOWN_KEYS
        self.additional_properties = {} if known_keys.issuperset(source) else extra_properties(source, known_keys)

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
        obj.transfer_id = get("transfer_id", UNSET)
        obj.source_exchange_shard = get("source_exchange_shard", UNSET)
        obj.destination_exchange_shard = get("destination_exchange_shard", UNSET)
        obj.created_ts = get("created_ts", UNSET)
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
