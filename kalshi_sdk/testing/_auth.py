"""Verification of Kalshi request signatures (RSA-PSS/SHA-256 or Ed25519)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import TypeAlias

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from ._http import ApiError, RecordedRequest

PublicKey: TypeAlias = RSAPublicKey | Ed25519PublicKey

HEADER_KEY = "kalshi-access-key"
HEADER_TIMESTAMP = "kalshi-access-timestamp"
HEADER_SIGNATURE = "kalshi-access-signature"

# How far (either way) a request's timestamp may be from the server clock.
TIMESTAMP_WINDOW_MS = 60_000


def load_public_key(public_key_pem: bytes | str) -> PublicKey:
    """Parse a PEM SubjectPublicKeyInfo holding an RSA or Ed25519 public key."""
    data = public_key_pem.encode("ascii") if isinstance(public_key_pem, str) else public_key_pem
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, (RSAPublicKey, Ed25519PublicKey)):
        raise TypeError(f"only RSA and Ed25519 public keys are supported, got {type(key).__name__}")
    return key


def _auth_error(message: str, code: str = "authentication_error") -> ApiError:
    return ApiError(401, code, message)


def verify_request(keys: Mapping[str, PublicKey], request: RecordedRequest, *, now_ms: int) -> str:
    """Check a request's KALSHI-ACCESS-* headers and return the key id that signed it.

    The signed message is ``timestamp + METHOD + path`` with the path as sent (query excluded).
    Raises ApiError 401 on any failure: ``missing_credentials`` when a header is absent,
    ``authentication_error`` otherwise.
    """
    key_id = request.headers.get(HEADER_KEY)
    timestamp = request.headers.get(HEADER_TIMESTAMP)
    signature_b64 = request.headers.get(HEADER_SIGNATURE)
    if not key_id or not timestamp or not signature_b64:
        present = ((HEADER_KEY, key_id), (HEADER_TIMESTAMP, timestamp), (HEADER_SIGNATURE, signature_b64))
        missing = ", ".join(name.upper() for name, value in present if not value)
        raise _auth_error(f"missing authentication headers: {missing}", "missing_credentials")

    key = keys.get(key_id)
    if key is None:
        raise _auth_error(f"unknown API key id {key_id!r}")
    if not (timestamp.isascii() and timestamp.isdigit()):
        raise _auth_error("KALSHI-ACCESS-TIMESTAMP must be milliseconds since the epoch")
    if abs(now_ms - int(timestamp)) > TIMESTAMP_WINDOW_MS:
        raise _auth_error("KALSHI-ACCESS-TIMESTAMP is outside the accepted window")
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError):
        raise _auth_error("KALSHI-ACCESS-SIGNATURE is not valid base64") from None

    message = (timestamp + request.method.upper() + request.path).encode("utf-8")
    try:
        if isinstance(key, RSAPublicKey):
            key.verify(
                signature,
                message,
                padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
                hashes.SHA256(),
            )
        else:
            key.verify(signature, message)
    except InvalidSignature:
        raise _auth_error("request signature does not match") from None
    return key_id
