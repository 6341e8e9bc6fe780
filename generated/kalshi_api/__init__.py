"""Low-level client of the Kalshi Trade API v2, generated from openapi/openapi.yaml.

`kalshi_api.models` holds the data models, `kalshi_api.api` one module per operation. Everything is
imported on first use, so importing this package costs almost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
