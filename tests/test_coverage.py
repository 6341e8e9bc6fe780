"""Every facade method calls an operation of the spec, on both clients; every operation is reachable.

An operation without an ergonomic method yet (new in a spec update) is reachable through
`client.call`; `awaiting_methods()` names them (the spec-sync workflow and the README table use it,
and this module reports them as a warning). A method whose operation left the spec fails here.
"""

from __future__ import annotations

import inspect
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml

from kalshi_sdk import AsyncKalshi, Kalshi
from kalshi_sdk._operation_map import OPERATION_METHODS, RESOURCES

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operation_ids() -> set[str]:
    spec = yaml.safe_load(SPEC.read_text())
    return {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def resource_class(client_class: type, resource: str) -> type:
    """The resource class behind `client_class.<resource>`, without constructing a client."""
    client = client_class(base_url="http://127.0.0.1:9/trade-api/v2")
    return type(getattr(client, resource))


def public_methods(cls: type) -> dict[str, Any]:
    return {name: member for name, member in vars(cls).items() if callable(member) and not name.startswith("_")}


def awaiting_methods() -> list[str]:
    """operationIds of the spec that have no facade method yet (reachable with `client.call`)."""
    return sorted(spec_operation_ids() - OPERATION_METHODS.keys())


def test_every_spec_operation_is_reachable() -> None:
    from kalshi_api.api import descriptor
    from kalshi_api.rules import OPERATION_IDS

    for operation_id in spec_operation_ids():
        assert descriptor(OPERATION_IDS[operation_id]).method  # what `client.call(operation_id)` sends
    missing = awaiting_methods()
    if missing:
        message = f"operations reachable only via client.call (add methods in _operation_map.py): {missing}"
        warnings.warn(message, stacklevel=1)


def test_every_mapped_operation_is_still_in_the_spec() -> None:
    gone = sorted(OPERATION_METHODS.keys() - spec_operation_ids())
    assert not gone, f"facade methods whose operation left the spec: {[(op, OPERATION_METHODS[op]) for op in gone]}"


@pytest.mark.parametrize("client_class", [Kalshi, AsyncKalshi])
def test_every_mapped_method_exists(client_class: type) -> None:
    absent = []
    for operation_id, target in sorted(OPERATION_METHODS.items()):
        resource, method = target.split(".")
        if resource not in RESOURCES or not hasattr(resource_class(client_class, resource), method):
            absent.append(f"{operation_id} -> {client_class.__name__}.{target}")
    assert not absent, f"mapped methods that do not exist: {absent}"


@pytest.mark.parametrize("client_class", [Kalshi, AsyncKalshi])
def test_every_facade_method_calls_a_mapped_operation(client_class: type) -> None:
    mapped = set(OPERATION_METHODS.values())
    unmapped = [
        f"{client_class.__name__}.{resource}.{name}"
        for resource in RESOURCES
        for name in public_methods(resource_class(client_class, resource))
        if f"{resource}.{name}" not in mapped
    ]
    assert not unmapped, f"facade methods with no operation in _operation_map.py: {unmapped}"


@pytest.mark.parametrize("resource", sorted(RESOURCES))
def test_every_public_method_documents_its_arguments(resource: str) -> None:
    for client_class in (Kalshi, AsyncKalshi):
        for name, method in public_methods(resource_class(client_class, resource)).items():
            doc = inspect.getdoc(method) or ""
            assert doc, f"{client_class.__name__}.{resource}.{name} has no docstring"
            undocumented = [
                parameter
                for parameter in inspect.signature(method).parameters
                if parameter not in ("self", "options") and parameter.rstrip("_") not in doc
            ]
            assert not undocumented, f"{resource}.{name}: docstring does not mention {undocumented}"


@pytest.mark.parametrize("client_class", [Kalshi, AsyncKalshi])
def test_every_facade_method_takes_the_per_call_options(client_class: type) -> None:
    lacking = [
        f"{resource}.{name}"
        for resource in RESOURCES
        for name, method in public_methods(resource_class(client_class, resource)).items()
        if (options := inspect.signature(method).parameters.get("options")) is None
        or options.kind is not inspect.Parameter.VAR_KEYWORD
    ]
    assert not lacking, f"methods without **options (extra_query, extra_body, extra_headers): {lacking}"
