"""Shared types of the generated client, the base class of its models and the tolerant decoders.

The decoders never raise on a value of an unexpected shape: they return it unchanged, so a field
the server changed cannot make a whole response unreadable.
"""

from __future__ import annotations

import datetime
import enum
import gc
import sys
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

Decoder = Callable[[Any], Any]

# Called as drift_listener(where, value) when a model keeps a value its field's type does not allow
# (an unknown enum value, a malformed timestamp, ...), if set; kalshi_sdk sets it to log a warning.
drift_listener: Callable[[str, Any], None] | None = None


class Unset:
    """Type of `UNSET`: a field the server did not send, or an argument the caller left out."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# What httpx accepts as an uploaded file.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload as multipart/form-data."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) tuple httpx expects."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A raw response together with its parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class DecodeMismatch(Exception):
    """Raised by a model's `_decode_fields` at the first value its fast path does not handle."""


def decode_mismatch() -> Any:
    """Raise DecodeMismatch (for the fast path's expressions, where `raise` cannot stand)."""
    raise DecodeMismatch


# gc.get_referents(model) lists the values of the model's slots that are set (after its class), so
# its length tells, without a trip through __getattr__ per slot, whether anything was assigned to
# the model since `from_dict` made it.
_referents = gc.get_referents


class _Probe:
    __slots__ = ("slot",)


_EMPTY_REFERENTS = len(_referents(_Probe()))


class LazyModel:
    """Base of the generated models: fields that need decoding are decoded on first access.

    `from_dict` stores the fields whose JSON value is used as it is (strings, numbers, booleans,
    plain lists and objects) and keeps the source dict. The first time a field that needs decoding
    (a timestamp, enum, decimal, nested model or list of them) or `additional_properties` is read,
    all of them are decoded from that dict at once, by straight-line code generated for the model
    (one pass costs far less than one trip through `__getattr__` per field), and stored like any
    other attribute; the dict is then let go. Parsing a page of results thus costs little more than
    `json.loads`, reading a field costs a plain attribute read, and a model nobody reads costs nothing.
    """

    __slots__ = ("_json",)

    _json: Mapping[str, Any]
    # Python attribute -> (JSON key, decoder) of the fields decoded on first access; the key is None
    # for `additional_properties` (every key the model does not declare).
    _DECODED: ClassVar[Mapping[str, tuple[str | None, Decoder | None]]] = {}
    _KNOWN_KEYS: ClassVar[frozenset[str]] = frozenset()
    # How many fields `from_dict` stores as they came (the fields not in _DECODED).
    _PLAIN_FIELD_COUNT: ClassVar[int] = 0

    def _decode_fields(self, source: Mapping[str, Any]) -> None:
        """Decode and store every field of _DECODED (generated per model).

        Raises at the first value of a shape the fast path does not handle, before any drift has
        been reported; the fields are then decoded one by one.
        """
        raise DecodeMismatch

    def _decode_field(self, name: str, source: Mapping[str, Any]) -> Any:
        """The decoded value of the field `name`, with drift reported."""
        key, decode = self._DECODED[name]
        if key is None:
            return extra_properties(source, self._KNOWN_KEYS)
        raw = source.get(key, UNSET)
        value = raw if decode is None else decode(raw)
        # A decoder gives back the very value it was handed only when it could not read it
        # (or, in a union, when the value's JSON type is a member used as it is).
        if value is raw and raw is not None and raw is not UNSET and decode is not None:
            kept_as_is = _PASSES_THROUGH.get(decode)
            if kept_as_is is None or not isinstance(raw, kept_as_is):
                _report_drift(self, name, raw)
        return value

    if not TYPE_CHECKING:  # type checkers see the declared fields only, so a misspelt name is an error

        def __getattr__(self, name: str) -> Any:
            # Python calls this only for an attribute without a value: here, a field not decoded yet.
            if name not in self._DECODED:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            try:
                source = self._json
            except AttributeError:
                # Built by __init__, or decoded already (perhaps by another thread since this read
                # began): the slot holds the value, or the field was deleted.
                return object.__getattribute__(self, name)
            if len(_referents(self)) != _EMPTY_REFERENTS + 1 + self._PLAIN_FIELD_COUNT:
                # Something was assigned since from_dict: decode only this field, so that nothing
                # assigned is overwritten by the JSON.
                value = self._decode_field(name, source)
                setattr(self, name, value)
                return value
            try:
                self._decode_fields(source)
            except (DecodeMismatch, ArithmeticError, LookupError, TypeError, ValueError):
                # A value off the fast path (a null is on it): one field at a time, reporting drift.
                for field_name in self._DECODED:
                    setattr(self, field_name, self._decode_field(field_name, source))
            del self._json
            return getattr(self, name)


def extra_properties(source: Mapping[str, Any], known_keys: frozenset[str]) -> dict[str, Any]:
    """The entries of `source` whose keys the model does not declare."""
    if known_keys.issuperset(source):
        return {}
    return {key: source[key] for key in source.keys() - known_keys}


def _report_drift(model: LazyModel, name: str, value: Any) -> None:
    listener = drift_listener
    if listener is None:
        return
    declared = next((field.type for field in type(model).__attrs_attrs__ if field.name == name), None)
    listener(f"{type(model).__name__}.{name} ({declared})", value)


# The models' decoding fast path parses timestamps with this alone; anything it rejects goes down
# the slow path to decode_datetime.
if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:

    def parse_datetime(value: str) -> datetime.datetime:
        """An ISO 8601 timestamp: Python 3.10's fromisoformat does not read the "Z" Kalshi sends."""
        if value[-1:] == "Z":
            value = value[:-1] + "+00:00"
        return datetime.datetime.fromisoformat(value)


def decode_datetime(value: Any) -> Any:
    """An ISO 8601 string as an aware `datetime`; anything else (None, UNSET, junk) as it came."""
    if value.__class__ is not str:
        return value
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        pass  # Python 3.10 rejects a trailing "Z" and odd fraction lengths
    try:
        return _isoparse(value)
    except (ValueError, OverflowError):
        return value


def _isoparse(value: str) -> datetime.datetime:
    # dateutil costs milliseconds to import and is only needed for the rare odd timestamp.
    from dateutil.parser import isoparse

    return isoparse(value)


def decode_date(value: Any) -> Any:
    """An ISO 8601 date string as a `date`; anything else as it came."""
    if value.__class__ is not str:
        return value
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        try:
            return _isoparse(value).date()
        except (ValueError, OverflowError):
            return value


def decode_uuid(value: Any) -> Any:
    """A UUID string as a `uuid.UUID`; anything else as it came."""
    if value.__class__ is not str:
        return value
    import uuid  # on first use: importing uuid takes a few milliseconds and few models have one

    try:
        return uuid.UUID(value)
    except ValueError:
        return value


def decode_decimal(value: Any) -> Any:
    """A decimal string (such as the fixed-point "0.5600") as a `Decimal`; anything else as it came.

    Numbers are kept as sent too: the API sends fixed-point values as strings, and a float would
    carry binary rounding into the Decimal.
    """
    if value.__class__ is not str:
        return value
    try:
        number = (_decimal_class or _load_decimal_class())(value)
    except (ArithmeticError, ValueError):  # decimal.InvalidOperation is an ArithmeticError
        return value
    # NaN and infinities are not amounts (a decimal context without traps also returns NaN for junk).
    return number if number.is_finite() else value


# decimal is imported on first use: importing the SDK should not pay for it (models with a Decimal
# field import it themselves).
_decimal_class: Any = None


def _load_decimal_class() -> Any:
    global _decimal_class
    from decimal import Decimal

    _decimal_class = Decimal
    return Decimal


class _DecimalCache(dict[Any, Any]):
    """The Decimals of fixed-point strings, for the models' decoding fast path.

    Prices repeat across a page (a book priced in cents has at most 101 of them, and "0.0000" is
    everywhere) and counts repeat from one poll of a page to the next, so most fixed-point fields
    decode by one subscript. None and UNSET map to themselves, so a null or absent field costs no
    test of its own. A miss parses the string in `__missing__`, raising on anything that is not
    the string of a finite number; Decimals are immutable, so sharing them is safe. The cache keeps
    strings of up to _DECIMAL_CACHE_MAX_LENGTH characters and stops growing at _DECIMAL_CACHE_SIZE
    entries (about 1.5 MB at most).
    """

    __slots__ = ()

    def __missing__(self, value: Any) -> Any:
        if value.__class__ is not str:
            raise DecodeMismatch
        number = (_decimal_class or _load_decimal_class())(value)
        if not number.is_finite():
            raise DecodeMismatch
        if len(value) <= _DECIMAL_CACHE_MAX_LENGTH and len(self) < _DECIMAL_CACHE_SIZE:
            self[value] = number
        return number


_DECIMAL_CACHE_SIZE = 8192
_DECIMAL_CACHE_MAX_LENGTH = 10  # "0.5600", "1250.00", "1234567.00"
decimal_cache: dict[Any, Any] = _DecimalCache({None: None, UNSET: UNSET})


def enum_decoder(enum_class: type[enum.Enum]) -> Decoder:
    """A decoder giving the enum member for a value, or the raw value when the spec does not know it yet."""
    members = enum_class._value2member_map_

    def decode_enum(value: Any) -> Any:
        try:
            return members.get(value, value)
        except TypeError:  # unhashable: a list or dict where a scalar was expected
            return value

    return decode_enum


def enum_members(enum_class: type[enum.Enum]) -> dict[Any, Any]:
    """Member by value of `enum_class`, with None and UNSET mapped to themselves: the models'
    decoding fast path reads an enum field by one subscript (an unknown value raises KeyError and
    goes down the slow path, which keeps it as a plain value)."""
    return {**enum_class._value2member_map_, None: None, UNSET: UNSET}


def model_decoder(name: str) -> Decoder:
    """A decoder reading a JSON object into the model `name` (anything else is kept as it came).

    The class is looked up on first use, since models refer to one another, sometimes in cycles.
    """
    model_class: Any = None

    def decode_model(value: Any) -> Any:
        nonlocal model_class
        if value.__class__ is not dict and not isinstance(value, Mapping):
            return value
        if model_class is None:
            from . import models

            model_class = getattr(models, name)
        return model_class.from_dict(value)

    return decode_model


def list_decoder(decode_item: Decoder) -> Decoder:
    """A decoder of a JSON array, item by item (anything else is kept as it came)."""

    def decode_list(value: Any) -> Any:
        if value.__class__ is list:
            return [decode_item(item) for item in value]
        return value

    return decode_list


# Union decoders with a member used as it is -> the JSON types of such members: for a value of
# those types, getting it back unchanged is no sign of drift.
_PASSES_THROUGH: dict[Decoder, tuple[Any, ...]] = {}


def union_decoder(*options: tuple[Any, Decoder | None]) -> Decoder:
    """A decoder using the first option whose JSON type matches the value (None: keep it as is)."""

    def decode_union(value: Any) -> Any:
        for json_type, decode in options:
            if isinstance(value, json_type):
                return value if decode is None else decode(value)
        return value

    kept_as_is = tuple(json_type for json_type, decode in options if decode is None)
    if kept_as_is:
        _PASSES_THROUGH[decode_union] = kept_as_is
    return decode_union


def encode_value(value: Any) -> Any:
    """The JSON-ready form of a field value (the inverse of the decoders)."""
    if value is None or value.__class__ in (str, int, float, bool):
        return value
    decimal = sys.modules.get("decimal")  # a Decimal value means the module is loaded
    if decimal is not None and isinstance(value, decimal.Decimal):
        # Fixed-point notation, never an exponent: Decimal("1E+2") is sent as "100".
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    uuid = sys.modules.get("uuid")  # a UUID value means the module is loaded; never load it here
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [encode_value(item) for item in value]
    if isinstance(value, Mapping):
        return {key: encode_value(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    return value


__all__ = [
    "UNSET",
    "DecodeMismatch",
    "Decoder",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_date",
    "decode_datetime",
    "decode_decimal",
    "decode_mismatch",
    "decode_uuid",
    "decimal_cache",
    "drift_listener",
    "encode_value",
    "enum_decoder",
    "enum_members",
    "extra_properties",
    "list_decoder",
    "model_decoder",
    "parse_datetime",
    "union_decoder",
]
