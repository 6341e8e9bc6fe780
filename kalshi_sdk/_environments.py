"""Where the API lives: the named environments and custom base URLs."""

from __future__ import annotations

__all__ = ["ENVIRONMENTS", "WS_ENVIRONMENTS", "resolve_base_url", "resolve_ws_url"]

# The Trade API servers listed in the spec (openapi/openapi.yaml, `servers`).
ENVIRONMENTS: dict[str, str] = {
    "production": "https://external-api.kalshi.com/trade-api/v2",
    "demo": "https://external-api.demo.kalshi.co/trade-api/v2",
}
# The WebSocket host of each environment (AsyncAPI document, `servers`, and Kalshi's docs for demo).
WS_ENVIRONMENTS: dict[str, str] = {
    "production": "wss://external-api-ws.kalshi.com/trade-api/ws/v2",
    "demo": "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2",
}
_ALIASES = {"prod": "production", "live": "production"}


def resolve_base_url(environment: str | None = None, base_url: str | None = None) -> str:
    """The base URL for a named environment ("production", "demo") or an explicit http(s) URL."""
    if base_url is not None:
        if environment is not None:
            raise ValueError("give either environment or base_url, not both")
        target = base_url
    else:
        name = (environment or "production").strip().lower()
        name = _ALIASES.get(name, name)
        if name in ENVIRONMENTS:
            return ENVIRONMENTS[name]
        target = environment or ""
    if not target.startswith(("http://", "https://")):
        allowed = ", ".join(sorted(ENVIRONMENTS))
        raise ValueError(f"environment must be one of {allowed} or an http(s) URL, got {target!r}")
    return target.rstrip("/")


def resolve_ws_url(base_url: str, ws_url: str | None = None) -> str:
    """The WebSocket URL of the stream: `ws_url` as given, the WebSocket host of a named
    environment's REST URL, or, for any other server, its REST URL with ws(s):// and /ws/ added
    (http://127.0.0.1:8000/trade-api/v2 -> ws://127.0.0.1:8000/trade-api/ws/v2)."""
    if ws_url is not None:
        if not ws_url.startswith(("ws://", "wss://")):
            raise ValueError(f"ws_url must be a ws:// or wss:// URL, got {ws_url!r}")
        return ws_url.rstrip("/")
    for name, url in ENVIRONMENTS.items():
        if base_url.rstrip("/") == url:
            return WS_ENVIRONMENTS[name]
    scheme, _, rest = base_url.partition("://")
    rest = rest.rstrip("/")
    if rest.endswith("/trade-api/v2"):
        rest = rest[: -len("/v2")] + "/ws/v2"
    return f"{'wss' if scheme == 'https' else 'ws'}://{rest}"
