"""Request signing: Kalshi's API-key scheme as an `httpx.Auth`.

Each request is signed over `timestamp_ms + METHOD + path` (the URL path from /trade-api/v2,
without the query string), with RSA-PSS/SHA-256 for RSA keys or Ed25519 for Ed25519 keys. httpx
calls `auth_flow` for every request it sends, so a retried request gets a fresh timestamp and
signature. The private key never appears in a repr, a log line or an exception.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import (
    API_PATH_PREFIX,
    ENV_API_KEY_ID,
    ENV_PRIVATE_KEY,
    ENV_PRIVATE_KEY_PATH,
    HEADER_KEY,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["KalshiAuth", "load_private_key"]


def load_private_key(pem: str | bytes, password: bytes | None = None) -> RSAPrivateKey | Ed25519PrivateKey:
    """Parse a PEM private key (RSA or Ed25519). Raises ValueError without echoing the key."""
    # cryptography is imported here, not at module level: it is the costliest import of the SDK
    # and clients without credentials never need it.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    data = pem.encode() if isinstance(pem, str) else pem
    try:
        key = load_pem_private_key(data, password=password)
    except (ValueError, TypeError):
        raise ValueError("private_key is not a readable PEM private key (RSA or Ed25519)") from None
    if not isinstance(key, (RSAPrivateKey, Ed25519PrivateKey)):
        raise ValueError(f"private_key must be an RSA or Ed25519 key, not {type(key).__name__}")
    return key


class KalshiAuth(httpx.Auth):
    """Signs each request with an API key id and its private key."""

    def __init__(self, key_id: str, private_key: Any) -> None:
        if not key_id or not isinstance(key_id, str):
            raise ValueError("api_key_id must be a non-empty string")
        if isinstance(private_key, (str, bytes)):
            private_key = load_private_key(private_key)
        self.key_id = key_id
        self._sign = _signer(private_key)

    def __repr__(self) -> str:
        return f"KalshiAuth(key_id={self.key_id!r})"

    def signed_headers(self, method: str, path: str, timestamp_ms: int | None = None) -> dict[str, str]:
        """The three authentication headers for one request."""
        timestamp = str(timestamp_ms if timestamp_ms is not None else time.time_ns() // 1_000_000)
        start = path.find(API_PATH_PREFIX)
        signed_path = path[start:] if start >= 0 else path
        signature = self._sign(f"{timestamp}{method.upper()}{signed_path}".encode())
        return {
            HEADER_KEY: self.key_id,
            HEADER_TIMESTAMP: timestamp,
            HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii"),
        }

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add fresh authentication headers; httpx runs this for every request it sends."""
        headers = request.headers
        # One at a time: Headers.update() first builds a whole Headers object, several times slower.
        for name, value in self.signed_headers(request.method, request.url.path).items():
            headers[name] = value
        yield request

    @classmethod
    def from_environment(cls) -> KalshiAuth | None:
        """Credentials from KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH or KALSHI_PRIVATE_KEY.

        None when no key id is set; ValueError when the key id is set without a key (or the reverse).
        """
        key_id = os.environ.get(ENV_API_KEY_ID, "").strip()
        key_path = os.environ.get(ENV_PRIVATE_KEY_PATH, "").strip()
        key_text = os.environ.get(ENV_PRIVATE_KEY, "")
        if not key_id:
            if key_path or key_text.strip():
                raise ValueError(f"{ENV_PRIVATE_KEY_PATH}/{ENV_PRIVATE_KEY} is set but {ENV_API_KEY_ID} is not")
            return None
        if key_path:
            return cls(key_id, read_key_file(key_path))
        if key_text.strip():
            # A key pasted into one line of an .env file often carries literal "\n" sequences.
            return cls(key_id, key_text.replace("\\n", "\n"))
        raise ValueError(f"{ENV_API_KEY_ID} is set but neither {ENV_PRIVATE_KEY_PATH} nor {ENV_PRIVATE_KEY} is")


def read_key_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a PEM key file, with an error that names the file but never its content."""
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read private key file {os.fspath(path)!r}: {exc.strerror}") from None


def _signer(private_key: Any) -> Any:
    """A function that signs bytes with the key, by the scheme its type calls for."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    if isinstance(private_key, RSAPrivateKey):
        # Built once per client: padding and hash objects are the same for every request.
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        sha256 = hashes.SHA256()

        def sign_rsa(message: bytes) -> bytes:
            return private_key.sign(message, pss, sha256)

        return sign_rsa
    if isinstance(private_key, Ed25519PrivateKey):
        return private_key.sign
    raise ValueError(f"private_key must be an RSA or Ed25519 key, not {type(private_key).__name__}")
