"""Where the API lives: the named environments and custom base URLs."""

from __future__ import annotations

__all__ = ["ENVIRONMENTS", "resolve_base_url"]

# The Trade API servers listed in the spec (openapi/openapi.yaml, `servers`).
ENVIRONMENTS: dict[str, str] = {
    "production": "https://external-api.kalshi.com/trade-api/v2",
    "demo": "https://external-api.demo.kalshi.co/trade-api/v2",
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
