"""Tables of models: `pyarrow.Table`, `pandas.DataFrame` and `polars.DataFrame`.

The columns come from the declared fields of the generated model class, so a page with no items
still has them all, in the spec's order:

- fixed-point dollars and counts are Arrow `decimal128(38, places)`, with the places of the spec's
  fixed-point schema (4 for dollars, 2 for contract counts); never floats unless asked for;
- timestamps are `timestamp("us", tz="UTC")`, dates `date32`;
- enums are strings (their wire value, including values the spec does not know yet);
- a nested model is flattened: its fields become columns named `parent.child`;
- lists of plain values are Arrow lists; lists of models, free-form objects and fields of several
  types are JSON text;
- fields the spec does not declare go to one `additional_properties` column, a JSON object per row
  (null when there are none).

Values are read from the JSON the server sent (which the lazy models keep), not decoded into
Python objects first, so a table costs about what `pyarrow.Table.from_pylist` of the raw dicts
costs. A value of the wrong shape (schema drift) becomes null in its column and is reported once,
like the models report drift; it never fails the page.

pyarrow, pandas and polars are optional extras, imported on first use.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import typing
from collections.abc import Callable, Iterable
from typing import Any

from kalshi_api.rules import FIXED_POINT_PLACES
from kalshi_api.types import LazyModel, Unset

from ._drift import report_schema_drift

__all__ = [
    "EXTRA_COLUMN",
    "TableBuilder",
    "arrow_schema",
    "item_model",
    "require",
    "table_builder",
    "to_arrow",
    "to_pandas",
    "to_polars",
]

EXTRA_COLUMN = "additional_properties"
"""The column holding, as a JSON object, the fields of a row that the spec does not declare."""

# Which extra installs which module (pyproject's optional-dependencies).
_EXTRA_OF = {"pyarrow": "arrow", "pandas": "pandas", "polars": "polars", "redis": "redis"}
# A decimal field of a model the spec table does not list (an inline object) gets the largest scale.
_DEFAULT_PLACES = 4
_PRECISION = 38
# Nested models deeper than this (the models refer to one another, sometimes in cycles) are JSON text.
_MAX_DEPTH = 3


def require(module: str, purpose: str) -> Any:
    """Import an optional dependency, or raise ImportError naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra = _EXTRA_OF.get(module, module)
        raise ImportError(
            f"{purpose} needs the {module} package, an optional extra of the SDK: "
            f'pip install "kalshi-trade-sdk[{extra}]"'
        ) from exc


# --- the columns of a model ------------------------------------------------------------------


class _Column:
    """One column: where its value sits in a row's JSON, and how to turn values into an array."""

    __slots__ = ("kind", "model", "name", "path", "places", "python_type")

    def __init__(self, name: str, path: tuple[str, ...], kind: str, model: str, **facts: Any) -> None:
        self.name = name
        self.path = path
        self.kind = kind  # plain, decimal, timestamp, date, text, json, list
        self.model = model
        self.python_type: Any = facts.get("python_type")
        self.places: int = facts.get("places", _DEFAULT_PLACES)

    def arrow_type(self, pa: Any) -> Any:
        kind = self.kind
        if kind == "decimal":
            return pa.decimal128(_PRECISION, self.places)
        if kind == "timestamp":
            return pa.timestamp("us", tz="UTC")
        if kind == "date":
            return pa.date32()
        if kind in ("text", "json"):
            return pa.string()
        if kind == "list":
            return pa.list_(_PLAIN_TYPES[self.python_type](pa))
        return _PLAIN_TYPES[self.python_type](pa)


_PLAIN_TYPES: dict[type, Any] = {
    str: lambda pa: pa.string(),
    int: lambda pa: pa.int64(),
    float: lambda pa: pa.float64(),
    bool: lambda pa: pa.bool_(),
}

_columns_cache: dict[type, list[_Column]] = {}


class _ModelNames(dict[str, Any]):
    """Names in annotations that the model module imports only for type checkers: the model classes."""

    def __missing__(self, name: str) -> Any:
        import kalshi_api.models

        try:
            return getattr(kalshi_api.models, name)
        except AttributeError:  # a builtin or a name of the module: eval looks there next
            raise KeyError(name) from None


def _type_hints(model: type) -> dict[str, Any]:
    """The evaluated annotations of a model's fields (the modules import nested models lazily)."""
    module_names = vars(importlib.import_module(model.__module__))
    hints: dict[str, Any] = {}
    for name, annotation in model.__annotations__.items():
        try:
            hints[name] = eval(annotation, module_names, _ModelNames()) if isinstance(annotation, str) else annotation
        except Exception:  # an annotation we cannot read makes a JSON column, not an error
            hints[name] = Any
    return hints


def _members(annotation: Any) -> list[Any]:
    """The types a field may hold, leaving out None and Unset."""
    members = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, _UnionType) else ()
    return [member for member in members or (annotation,) if member not in (type(None), Unset)]


_UnionType: Any = type(int | str)


def _enum_of(members: list[Any]) -> list[Any]:
    """The members of an enum field as its column sees them: a field annotated `Enum | str` (or
    `| int`: a value the spec does not list stays the plain value) is a column of the enum."""
    if len(members) == 2:
        for enum_class, plain in (members, members[::-1]):
            is_enum = isinstance(enum_class, type) and issubclass(enum_class, enum.Enum)
            if is_enum and {type(item.value) for item in enum_class} == {plain}:
                return [enum_class]
    return members


def columns_of(model: type) -> list[_Column]:
    """The columns of a model class (cached)."""
    found = _columns_cache.get(model)
    if found is None:
        found = _columns_cache[model] = _model_columns(model, (), "", 0)
    return found


def _model_columns(model: type, path: tuple[str, ...], prefix: str, depth: int) -> list[_Column]:
    import decimal
    import uuid

    hints = _type_hints(model)
    places = FIXED_POINT_PLACES.get(model.__name__, {})
    columns: list[_Column] = []
    for attribute, key in model._FIELDS:  # type: ignore[attr-defined]
        name, where = prefix + key, (*path, key)
        members = _enum_of(_members(hints.get(attribute, Any)))
        kind, facts = "json", {}  # type: tuple[str, dict[str, Any]]
        if len(members) == 1:
            member = members[0]
            origin = typing.get_origin(member)
            if member is decimal.Decimal:
                kind, facts = "decimal", {"places": places.get(key, _DEFAULT_PLACES)}
            elif member is datetime.datetime:
                kind = "timestamp"
            elif member is datetime.date:
                kind = "date"
            elif member is uuid.UUID:
                kind = "text"
            elif member in _PLAIN_TYPES:
                kind, facts = "plain", {"python_type": member}
            elif isinstance(member, type) and issubclass(member, enum.Enum):
                values = {type(item.value) for item in member}
                plain = values.pop() if len(values) == 1 else str
                kind, facts = ("text", {}) if plain is str else ("plain", {"python_type": plain})
            elif isinstance(member, type) and issubclass(member, LazyModel) and depth < _MAX_DEPTH:
                columns.extend(_model_columns(member, where, name + ".", depth + 1))
                continue
            elif origin is list:
                (item,) = typing.get_args(member) or (Any,)
                if item in _PLAIN_TYPES:
                    kind, facts = "list", {"python_type": item}
        columns.append(_Column(name, where, kind, model.__name__, **facts))
    return columns


def arrow_schema(model: type) -> Any:
    """The Arrow schema of a table of `model` items (the columns `to_arrow` makes)."""
    pa = require("pyarrow", "arrow_schema()")
    fields = [pa.field(column.name, column.arrow_type(pa)) for column in columns_of(model)]
    return pa.schema([*fields, pa.field(EXTRA_COLUMN, pa.string())])


def item_model(response_model: Any, items_field: str) -> type:
    """The model of the items a list response carries in `items_field` (`Market` for `markets`)."""
    annotation = _type_hints(response_model).get(items_field)
    for member in _members(annotation):
        if typing.get_origin(member) is list:
            (item,) = typing.get_args(member)
            if isinstance(item, type):
                return item
    raise TypeError(f"{response_model.__name__}.{items_field} is not a list of models")


# --- values to arrays ------------------------------------------------------------------------


def _raw(item: Any) -> Any:
    """The JSON the server sent for a model (or the model's own dict when it was built in code)."""
    try:
        return item._json
    except AttributeError:
        return item.to_dict() if hasattr(item, "to_dict") else item


def _values(rows: list[Any], path: tuple[str, ...]) -> list[Any]:
    if len(path) == 1:
        key = path[0]
        return [row.get(key) for row in rows]
    values = rows
    for key in path:
        values = [value.get(key) if value.__class__ is dict else None for value in values]
    return values


def _extras(rows: list[Any], model: type, nested: list[tuple[tuple[str, ...], frozenset[str]]]) -> list[Any]:
    known: frozenset[str] = model._KNOWN_KEYS  # type: ignore[attr-defined]
    out: list[Any] = []
    for row in rows:
        extra = row.keys() - known
        found = {key: row[key] for key in extra} if extra else None
        for path, nested_known in nested:
            value: Any = row
            for key in path:
                value = value.get(key) if value.__class__ is dict else None
            if value.__class__ is dict and (extra := value.keys() - nested_known):
                found = found or {}
                found.update({".".join((*path, key)): value[key] for key in extra})
        out.append(None if found is None else json.dumps(found, default=str))
    return out


class TableBuilder:
    """Builds a table of one model's items batch by batch (a page at a time)."""

    def __init__(self, model: type, *, decimals_as_float: bool = False, lists_as_json: bool = False) -> None:
        self.pa = require("pyarrow", "a table of models")
        self.model = model
        self.columns = columns_of(model)
        self.schema = arrow_schema(model)
        pa_string = self.pa.string()
        if lists_as_json:  # for CSV, which has no lists
            self.columns = [
                _Column(column.name, column.path, "json", column.model) if column.kind == "list" else column
                for column in self.columns
            ]
            self.schema = self.pa.schema(
                [field.with_type(pa_string) if self.pa.types.is_list(field.type) else field for field in self.schema]
            )
        if decimals_as_float:
            self.schema = self.pa.schema(
                [
                    field.with_type(self.pa.float64()) if self.pa.types.is_decimal(field.type) else field
                    for field in self.schema
                ]
            )
        self._nested = _nested_models(model)
        # The top-level columns pyarrow can read from the JSON dicts itself (in C++), as the JSON
        # types they arrive in: decimals and times as strings, cast afterwards.
        self._direct = [
            (index, column)
            for index, column in enumerate(self.columns)
            if len(column.path) == 1 and column.kind != "json"
        ]
        self._raw_schema = self.pa.schema(
            [
                self.pa.field(column.path[0], self.pa.string() if column.kind in _CAST else self.schema[index].type)
                for index, column in self._direct
            ]
        )
        self.batches: list[Any] = []
        self.rows = 0

    def batch(self, items: Iterable[Any]) -> Any:
        """A `pyarrow.RecordBatch` of these items, in the builder's schema."""
        pa = self.pa
        rows = [row if row.__class__ is dict else {} for row in map(_raw, items)]
        arrays: list[Any] = [None] * len(self.columns)
        try:
            raw = pa.RecordBatch.from_pylist(rows, schema=self._raw_schema)
        except _ARROW_ERRORS(pa):
            raw = None  # some value has an unexpected type: each column on its own below
        if raw is not None:
            for position, (index, column) in enumerate(self._direct):
                array = raw.column(position)
                if column.kind in _CAST:
                    try:
                        array = array.cast(self.schema[index].type)
                    except _ARROW_ERRORS(pa):
                        continue
                arrays[index] = array
        for index, column in enumerate(self.columns):
            if arrays[index] is None:
                arrays[index] = _array(pa, column, _values(rows, column.path), self.schema[index].type)
        arrays.append(pa.array(_extras(rows, self.model, self._nested), pa.string()))
        return pa.RecordBatch.from_arrays(arrays, schema=self.schema)

    def add(self, items: Iterable[Any]) -> None:
        """Append a batch of items to the table."""
        batch = self.batch(items)
        self.rows += batch.num_rows
        self.batches.append(batch)

    def table(self) -> Any:
        """The table of every item added so far."""
        return self.pa.Table.from_batches(self.batches, schema=self.schema)


def table_builder(response_model: Any, items_field: str, purpose: str, decimals_as_float: bool) -> TableBuilder:
    """The builder of a table of a list operation's items."""
    require("pyarrow", purpose)
    return TableBuilder(item_model(response_model, items_field), decimals_as_float=decimals_as_float)


def _nested_models(model: type) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """(path, declared keys) of every nested model flattened into the columns."""
    nested: dict[tuple[str, ...], frozenset[str]] = {}
    import kalshi_api.models

    for column in columns_of(model):
        if len(column.path) > 1:
            owner = getattr(kalshi_api.models, column.model)
            nested.setdefault(column.path[:-1], owner._KNOWN_KEYS)
    return list(nested.items())


# Column kinds read from their JSON strings, then cast.
_CAST = frozenset({"decimal", "timestamp", "date"})


def _ARROW_ERRORS(pa: Any) -> tuple[type[Exception], ...]:
    return (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, ValueError, OverflowError)


def _array(pa: Any, column: _Column, values: list[Any], arrow_type: Any) -> Any:
    kind = column.kind
    try:
        if kind == "decimal" or kind == "timestamp" or kind == "date":
            return pa.array(values, pa.string()).cast(arrow_type)
        if kind == "json":
            text = _json_text()
            return pa.array([None if value is None else text(value) for value in values], pa.string())
        return pa.array(values, arrow_type)
    except _ARROW_ERRORS(pa):
        pass
    # Some value has an unexpected shape: convert one by one, and let those that fail be null.
    convert = _CONVERTERS[kind]
    out: list[Any] = []
    for value in values:
        converted = None if value is None else convert(column, value)
        if converted is None and value is not None:
            where = f"{column.model}.{column.path[-1]} (table column {column.name}, written as null)"
            report_schema_drift(where, value)
        out.append(converted)
    return pa.array(out, arrow_type)


_json_text_cache: list[Callable[[Any], str]] = []


def _json_text() -> Callable[[Any], str]:
    """Compact JSON text of a value, through the json module's C encoder when there is one.

    Called once per cell of a JSON column, so it skips `json.dumps`' per-call set-up.
    """
    if not _json_text_cache:
        from json import encoder

        base = json.JSONEncoder(check_circular=False, separators=(",", ":"), default=str)
        make = getattr(encoder, "c_make_encoder", None)  # CPython's C encoder; absent elsewhere
        if make is None:
            _json_text_cache.append(base.encode)
        else:
            chunks = make(None, base.default, encoder.encode_basestring_ascii, None, ":", ",", False, False, True)
            _json_text_cache.append(lambda value: "".join(chunks(value, 0)))
    return _json_text_cache[0]


def _to_decimal(column: _Column, value: Any) -> Any:
    import decimal

    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        number = decimal.Decimal(value.strip() if isinstance(value, str) else str(value))
        exact = number.quantize(decimal.Decimal(1).scaleb(-column.places))
    except decimal.InvalidOperation:  # junk, NaN or infinity
        return None
    # More places than the column's scale would be rounded: that changes the amount, so it is null.
    return exact if exact == number else None


def _to_timestamp(column: _Column, value: Any) -> Any:
    from kalshi_api.types import decode_datetime

    moment = decode_datetime(value)
    if not isinstance(moment, datetime.datetime):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.timezone.utc)


def _to_date(column: _Column, value: Any) -> Any:
    from kalshi_api.types import decode_date

    day = decode_date(value)
    return day if isinstance(day, datetime.date) else None


def _plain(python_type: Any, value: Any) -> Any:
    if python_type is float:
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if python_type is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    return value if isinstance(value, python_type) else None


def _to_plain(column: _Column, value: Any) -> Any:
    return _plain(column.python_type, value)


def _to_text(column: _Column, value: Any) -> Any:
    return value if isinstance(value, str) else None


def _to_list(column: _Column, value: Any) -> Any:
    if not isinstance(value, list):
        return None
    items = [_plain(column.python_type, item) for item in value]
    return None if any(item is None and raw is not None for item, raw in zip(items, value, strict=True)) else items


_CONVERTERS: dict[str, Callable[[_Column, Any], Any]] = {
    "decimal": _to_decimal,
    "timestamp": _to_timestamp,
    "date": _to_date,
    "plain": _to_plain,
    "text": _to_text,
    "list": _to_list,
    "json": lambda column, value: _json_text()(value),
}


# --- the public conversions ------------------------------------------------------------------


def _model_of(items: list[Any], model: type | None) -> type:
    if model is not None:
        if not (isinstance(model, type) and issubclass(model, LazyModel)):
            raise TypeError(f"model must be a model class of the SDK (such as Market), got {model!r}")
        return model
    if not items:
        raise ValueError("model is needed to make a table of an empty list (such as model=Market)")
    first = type(items[0])
    if not issubclass(first, LazyModel):
        raise TypeError(f"items must be models of the SDK (such as Market), got {first.__name__}")
    return first


def to_arrow(items: Iterable[Any], *, model: type | None = None, decimals_as_float: bool = False) -> Any:
    """A `pyarrow.Table` of a list of models (see the module's docstring for the columns).

    `model` is needed only for an empty list. `decimals_as_float=True` gives float64 columns
    instead of exact decimals. Needs the `arrow` extra.
    """
    items = list(items)
    builder = TableBuilder(_model_of(items, model), decimals_as_float=decimals_as_float)
    builder.add(items)
    return builder.table()


def to_pandas(items: Iterable[Any], *, model: type | None = None, decimals_as_float: bool = False) -> Any:
    """A `pandas.DataFrame` of a list of models; decimal columns hold `decimal.Decimal` unless
    `decimals_as_float`. Needs the `pandas` extra."""
    require("pandas", "to_pandas()")
    return arrow_to_pandas(to_arrow(items, model=model, decimals_as_float=decimals_as_float))


def to_polars(items: Iterable[Any], *, model: type | None = None, decimals_as_float: bool = False) -> Any:
    """A `polars.DataFrame` of a list of models (decimal columns are `pl.Decimal`). Needs the `polars` extra."""
    return arrow_to_polars(to_arrow(items, model=model, decimals_as_float=decimals_as_float))


def arrow_to_pandas(table: Any) -> Any:
    """A pandas DataFrame of an Arrow table made here: tz-aware UTC timestamps, exact Decimals."""
    require("pandas", "to_pandas()")
    return table.to_pandas()


def arrow_to_polars(table: Any) -> Any:
    """A polars DataFrame of an Arrow table made here."""
    polars = require("polars", "to_polars()")
    return polars.from_arrow(table)
