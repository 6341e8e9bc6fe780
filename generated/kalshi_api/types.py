"""Shared types of the generated client and the tolerant decoders its models read JSON with.

The decoders never raise on a value of an unexpected shape: they return it unchanged, so a field
the server changed cannot make a whole response unreadable.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from decimal import Decimal
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar


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
E = TypeVar("E", bound=enum.Enum)


@dataclass
class Response(Generic[T]):
    """A raw response together with its parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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
    try:
        return uuid.UUID(value)
    except ValueError:
        return value


def decode_enum(enum_class: type[E], value: Any) -> E | Any:
    """The enum member for `value`, or the raw value when the spec does not know it yet."""
    try:
        return enum_class._value2member_map_.get(value, value)
    except TypeError:  # unhashable: a list or dict where a scalar was expected
        return value


def decode_model(model_class: Any, value: Any) -> Any:
    """A JSON object read into `model_class`; anything else as it came."""
    if isinstance(value, Mapping):
        return model_class.from_dict(value)
    return value


def decode_list(value: Any, decode_item: Callable[[Any], Any]) -> Any:
    """A JSON array with each item decoded; anything else as it came."""
    if value.__class__ is list:
        return [decode_item(item) for item in value]
    return value


def decode_union(value: Any, options: tuple[tuple[Any, Callable[[Any], Any]], ...]) -> Any:
    """Decode with the first option whose JSON type matches the value; otherwise keep the value."""
    for json_type, decode in options:
        if isinstance(value, json_type):
            return decode(value)
    return value


def encode_value(value: Any) -> Any:
    """The JSON-ready form of a field value (the inverse of the decoders)."""
    if value is None or value.__class__ in (str, int, float, bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, Decimal)):
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
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_date",
    "decode_datetime",
    "decode_enum",
    "decode_list",
    "decode_model",
    "decode_union",
    "decode_uuid",
    "encode_value",
]
