"""Each operation of the spec, called through its facade method, against a spec_server that checks the spec.

`SpecServer` rejects a request whose method, path, query or body break the spec (400 naming the
rule), and answers with a body shaped by the response schema. The arguments come from the spec's
own parameters and request bodies, so a facade method that lacks one of the spec's arguments
fails here with a TypeError.
"""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import pytest

from kalshi_sdk import AsyncCursorPage, AsyncKalshi, CursorPage, Kalshi
from kalshi_sdk._operation_map import OPERATION_METHODS

from .support.spec_examples import example_arguments, load_spec, operations
from .support.spec_server import SpecServer

# Operations sharing a facade method with another need the argument that picks them.
EXTRA_ARGUMENTS: dict[str, dict[str, Any]] = {"GetLiveDataByMilestone": {"type": None}}
# Arguments the spec allows together but the facade refuses to combine.
DROPPED_ARGUMENTS: dict[str, tuple[str, ...]] = {
    "DecreaseOrderV2": ("reduce_to",),
    "ProposeBlockTrade": ("buyer_subaccount", "seller_subaccount"),
    "AcceptBlockTradeProposal": ("subaccount",),
}

ALL_OPERATIONS = sorted(OPERATION_METHODS)


def facade_arguments(operation_id: str) -> dict[str, Any]:
    arguments = example_arguments(operation_id)
    for name in DROPPED_ARGUMENTS.get(operation_id, ()):
        arguments.pop(name, None)
    arguments.update(EXTRA_ARGUMENTS.get(operation_id, {}))
    return arguments


def is_paginated(operation_id: str) -> bool:
    return any(parameter.name == "cursor" for parameter in operations()[operation_id].parameters)


def facade_method(client: Any, operation_id: str) -> Any:
    resource, method = OPERATION_METHODS[operation_id].split(".")
    return getattr(getattr(client, resource), method)


def is_deprecated(operation_id: str) -> bool:
    info = operations()[operation_id]
    return bool(load_spec()["paths"][info.path][info.method.lower()].get("deprecated"))


def expect_deprecation(operation_id: str) -> Any:
    if is_deprecated(operation_id):
        return pytest.warns(DeprecationWarning)
    return warnings.catch_warnings()


def check_hits(spec_server: SpecServer, operation_id: str) -> None:
    hits = [hit.operation_id for hit in spec_server.hits]
    assert hits, f"{operation_id}: nothing reached the spec_server"
    assert set(hits) == {operation_id}, f"{operation_id}: the server saw {hits}"
    rejected = [hit for hit in spec_server.hits if hit.status >= 400]
    assert not rejected, f"{operation_id}: the server rejected {[(hit.status, hit.violations) for hit in rejected]}"


@pytest.mark.parametrize("operation_id", ALL_OPERATIONS)
def test_operation_through_the_sync_client(operation_id: str, spec_server: SpecServer, spec_client: Kalshi) -> None:
    with expect_deprecation(operation_id):
        result = facade_method(spec_client, operation_id)(**facade_arguments(operation_id))
    if is_paginated(operation_id):
        assert isinstance(result, CursorPage), f"{operation_id} has a cursor and should return a CursorPage"
        assert not spec_server.hits, "a page object sends nothing until iterated"
        first_page = next(iter(result.iter_pages()))
        assert first_page is not None
    check_hits(spec_server, operation_id)


@pytest.mark.parametrize("operation_id", ALL_OPERATIONS)
async def test_operation_through_the_async_client(
    operation_id: str, spec_server: SpecServer, async_spec_client: AsyncKalshi
) -> None:
    method = facade_method(async_spec_client, operation_id)
    with expect_deprecation(operation_id):
        result = method(**facade_arguments(operation_id))
        if inspect.isawaitable(result):
            result = await result
    if is_paginated(operation_id):
        assert isinstance(result, AsyncCursorPage), f"{operation_id} should return an AsyncCursorPage"
        async for first_page in result.iter_pages():
            assert first_page is not None
            break
    check_hits(spec_server, operation_id)
