"""Base classes of the resource groups (`client.markets`, `client.orders`, ...).

A resource method describes its call (`build_request_spec`) and hands it to the client. The
helpers here are the only place that knows how: `_call` for one request, `_call_list` for a
response that is just a list, `_request_all` for several independent requests, `_paginate` for
cursor-paginated lists. The sync and async twins differ only in what the client's `request`
returns (a result, or an awaitable of it).

Only the sync resource classes are written by hand; `scripts/async_twins.py` writes each async
twin (into `resources/_async/`) from its sync class, so a signature and a docstring exist once.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from kalshi_api.api import OperationRef
from kalshi_api.rules import OPERATION_IDS
from kalshi_api.types import Unset

from .._exceptions import APIResponseValidationError
from .._operations import RequestSpec, build_request_spec, operation_descriptor
from ..pagination import AsyncCursorPage, CursorPage

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAPIResource",
    "RequestOptions",
    "SyncAPIResource",
    "Timestamp",
    "async_twin_loader",
    "comma_separated",
    "list_field",
    "model_class",
    "non_empty",
    "present",
    "request_body",
    "unwrapped",
]

ResponseT = TypeVar("ResponseT")
FieldT = TypeVar("FieldT")


class RequestOptions(TypedDict, total=False):
    """What every resource method also takes, for what the spec (or this SDK) does not know yet."""

    extra_query: Mapping[str, Any]
    """Query parameters added to the request (a name the spec knows is checked by its rules)."""
    extra_body: Mapping[str, Any]
    """Fields merged into the JSON body (checked likewise)."""
    extra_headers: Mapping[str, str]
    """Headers added to the request (the signature headers are still computed by the client)."""


Timestamp = datetime.datetime | int
"""What a `*_ts` argument takes: a datetime (naive means UTC) or epoch seconds."""


def model_class(name: str) -> Any:
    """A generated model or enum class, imported on first use (keeps `import kalshi_sdk` light)."""
    return getattr(importlib.import_module("kalshi_api.models"), name)


def non_empty(name: str, value: Any) -> str:
    """`value` checked to be a non-empty string (an id or ticker); raises ValueError naming `name`."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def request_body(model: str, /, **fields: Any) -> Any:
    """The generated request model `model` holding `fields` (None means "leave out")."""
    return model_class(model)(**{name: value for name, value in fields.items() if value is not None})


def list_field(response: Any, field: str) -> list[Any]:
    """A response's list field; an empty list when the server left it out or sent null."""
    value = getattr(response, field, None)
    return value if isinstance(value, list) else []


def _page_options(
    operation: str,
    items_field: str,
    cursor_field: str,
    max_items: int | None,
    cursor: str | None,
    filters: dict[str, Any],
) -> dict[str, Any]:
    """Options of a page object; the filters are checked now, before anything is sent.

    Without an explicit page size the largest the spec allows is asked for (fewest round trips),
    or just `max_items` when that is smaller.
    """
    described = operation_descriptor(operation)
    size = described.parameter("limit") or described.parameter("page_size")
    if size is not None and filters.get(size.name) is None:
        largest = size.rules.get("maximum")
        if largest is not None and max_items:
            largest = min(largest, max(max_items, size.rules.get("minimum") or 1))
        filters[size.name] = largest
    build_request_spec(operation, **filters)

    def build(page_cursor: str | None) -> Any:
        return build_request_spec(operation, cursor=page_cursor, **filters)

    return {
        "build": build,
        "items_field": items_field,
        "cursor_field": cursor_field,
        "max_items": max_items,
        "start_cursor": cursor,
    }


def present(value: FieldT | Unset, operation: OperationRef[Any], field: str) -> FieldT:
    """A response field the method promises; APIResponseValidationError when the server left it out."""
    if isinstance(value, Unset):
        described = operation_descriptor(operation.name)
        raise APIResponseValidationError(
            method=described.method, path=described.path, status_code=200, body="", reason=f"it has no {field!r} field"
        )
    return value


def unwrapped(response: ResponseT, field: Callable[[ResponseT], FieldT]) -> FieldT:
    """`field(response)`: the part of a response a method returns, typed by the response model.

    A model generated from an older spec may lack the field the method reads; the field's JSON is
    then returned as the server sent it (tolerant reader) rather than an AttributeError.
    """
    try:
        return field(response)
    except AttributeError as error:
        keys: Any = response
        if error.name is not None and hasattr(keys, "__contains__") and error.name in keys:
            raw: FieldT = keys[error.name]
            return raw
        raise


def operation_name(operation_id: str) -> str:
    """The snake_case name of an operation given either way ("GetMarkets" or "get_markets")."""
    return OPERATION_IDS.get(operation_id, operation_id)  # unknown: operation_descriptor names it


def _generic_arguments(operation: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """`client.call`'s arguments as the descriptor's builder takes them: a dict body becomes its model."""
    body = arguments.get("body")
    model = operation_descriptor(operation).body_model
    if isinstance(body, dict) and model is not None:
        arguments = {**arguments, "body": model.from_dict(body)}
    return arguments


class SyncAPIResource:
    """A group of related operations on a `Kalshi` client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _call(self, operation: OperationRef[ResponseT], /, **arguments: Any) -> ResponseT:
        result: ResponseT = self._client.request(build_request_spec(operation.name, **arguments))
        return result

    def _call_list(self, operation: OperationRef[Any], field: str, /, **arguments: Any) -> list[Any]:
        return list_field(self._call(operation, **arguments), field)

    def _request_all(self, specs: Iterable[RequestSpec]) -> list[Any]:
        """The responses of independent requests, in order (sent one after another)."""
        return [self._client.request(spec) for spec in specs]

    def _paginate(
        self,
        operation: OperationRef[Any],
        items_field: str,
        /,
        *,
        max_items: int | None,
        cursor: str | None,
        cursor_field: str = "cursor",
        **filters: Any,
    ) -> CursorPage[Any, Any]:
        return CursorPage(
            self._client, **_page_options(operation.name, items_field, cursor_field, max_items, cursor, filters)
        )

    def _call_any(self, operation_id: str, max_items: int | None, arguments: dict[str, Any]) -> Any:
        """`client.call`: any operation of the spec, paginated when it has a cursor."""
        name = operation_name(operation_id)
        items = operation_descriptor(name).list_field
        arguments = _generic_arguments(name, arguments)
        if items is not None:
            return self._paginate(OperationRef(name), items, max_items=max_items, **{"cursor": None, **arguments})
        return self._call(OperationRef(name), **arguments)


class AsyncAPIResource:
    """A group of related operations on an `AsyncKalshi` client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def _call(self, operation: OperationRef[ResponseT], /, **arguments: Any) -> Awaitable[ResponseT]:
        result: Awaitable[ResponseT] = self._client.request(build_request_spec(operation.name, **arguments))
        return result

    async def _call_list(self, operation: OperationRef[Any], field: str, /, **arguments: Any) -> list[Any]:
        return list_field(await self._call(operation, **arguments), field)

    async def _request_all(self, specs: Iterable[RequestSpec]) -> list[Any]:
        """The responses of independent requests, in order (sent concurrently)."""
        import asyncio  # here, not at the top: a sync client never imports asyncio

        return list(await asyncio.gather(*(self._client.request(spec) for spec in specs)))

    def _paginate(
        self,
        operation: OperationRef[Any],
        items_field: str,
        /,
        *,
        max_items: int | None,
        cursor: str | None,
        cursor_field: str = "cursor",
        **filters: Any,
    ) -> AsyncCursorPage[Any, Any]:
        return AsyncCursorPage(
            self._client, **_page_options(operation.name, items_field, cursor_field, max_items, cursor, filters)
        )

    def _call_any(self, operation_id: str, max_items: int | None, arguments: dict[str, Any]) -> Any:
        """`client.call`: any operation of the spec, paginated when it has a cursor."""
        name = operation_name(operation_id)
        items = operation_descriptor(name).list_field
        arguments = _generic_arguments(name, arguments)
        if items is not None:
            return self._paginate(OperationRef(name), items, max_items=max_items, **{"cursor": None, **arguments})
        return self._call(OperationRef(name), **arguments)


def async_twin_loader(module: str) -> Callable[[str], Any]:
    """A resource module's `__getattr__`: its `Async...` class, imported from `_async` on first use.

    `from kalshi_sdk.resources.markets import AsyncMarkets` keeps working, while a sync client
    never loads the async twins.
    """
    package, _, name = module.rpartition(".")

    def __getattr__(attribute: str) -> Any:
        if attribute.startswith("Async"):
            twin = importlib.import_module(f"{package}._async.{name}")
            if attribute in twin.__all__:
                return getattr(twin, attribute)
        raise AttributeError(f"module {module!r} has no attribute {attribute!r}")

    return __getattr__


def comma_separated(values: str | Iterable[str] | None) -> str | None:
    """A list of tickers or ids as the one comma-separated string some operations take."""
    if values is None or isinstance(values, str):
        return values
    return ",".join(values)
