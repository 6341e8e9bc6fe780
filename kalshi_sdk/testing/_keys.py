"""API keys made on the spot for tests: a key id and a fresh private key."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa


@dataclass(frozen=True)
class ApiKey:
    """A key id and its private key (PEM), registered with a FakeExchange. The repr hides the key."""

    key_id: str
    private_key_pem: bytes = field(repr=False)
    public_key_pem: bytes = field(repr=False)
    user_id: str


def generate_api_key(user_id: str, algorithm: str = "ed25519") -> ApiKey:
    """A new key pair: ``"ed25519"`` (fast to make) or ``"rsa"`` (2048 bits, like Kalshi's keys)."""
    private_key: ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey
    if algorithm == "ed25519":
        private_key = ed25519.Ed25519PrivateKey.generate()
    elif algorithm == "rsa":
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        raise ValueError(f"algorithm must be 'ed25519' or 'rsa', got {algorithm!r}")
    return ApiKey(
        key_id=str(uuid.uuid4()),
        private_key_pem=private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        public_key_pem=private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        user_id=user_id,
    )
