"""API keys: list the account's keys, register a public key, have the exchange make a key pair, revoke a key."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kalshi_api.api import Operations as ops

from .._operations import checked_body
from ._base import SyncAPIResource, async_twin_loader

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import CreateApiKeyResponse, GenerateApiKeyResponse, GetApiKeysResponse
    from kalshi_api.models.api_key_scope import ApiKeyScopeInput
    from kalshi_api.models.api_key_type import ApiKeyTypeInput

    from ._async.api_keys import AsyncApiKeys as AsyncApiKeys
    from ._base import RequestOptions

__all__ = ["ApiKeys", "AsyncApiKeys"]

__getattr__ = async_twin_loader(__name__)


def _key_options(scopes: Iterable[str] | None, subaccount: int | None, fcm_subtrader_id: str | None) -> dict[str, Any]:
    """The optional body fields `create` and `generate` share."""
    return {"scopes": scopes, "subaccount": subaccount, "fcm_subtrader_id": fcm_subtrader_id}


def _create_body(
    name: str, public_key: str, scopes: Iterable[str] | None, subaccount: int | None, fcm_subtrader_id: str | None
) -> Any:
    return checked_body(
        "create_api_key", name=name, public_key=public_key, **_key_options(scopes, subaccount, fcm_subtrader_id)
    )


def _generate_body(
    name: str,
    key_type: str | None,
    scopes: Iterable[str] | None,
    subaccount: int | None,
    fcm_subtrader_id: str | None,
) -> Any:
    return checked_body(
        "generate_api_key",
        name=name,
        key_type=key_type,
        **_key_options(scopes, subaccount, fcm_subtrader_id),
    )


class ApiKeys(SyncAPIResource):
    """`client.api_keys`: the API keys of the account. Needs API credentials."""

    def list(self, *, fcm_subtrader_id: str | None = None, **options: Unpack[RequestOptions]) -> GetApiKeysResponse:
        """The account's API keys.

        Args:
            fcm_subtrader_id: only the keys bound to this FCM subtrader ("{user_id}_{suffix}").

        Returns:
            `GetApiKeysResponse`: `api_keys` (each with its id, name, scopes and, when
            restricted, its subaccount or FCM subtrader) and `api_key_region_expiration_ts`,
            when the account's location attestation for API use runs out (epoch seconds; absent
            if it never attested).

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._call(ops.get_api_keys, fcm_subtrader_id=fcm_subtrader_id, **options)

    def create(
        self,
        *,
        name: str,
        public_key: str,
        scopes: Iterable[ApiKeyScopeInput] | None = None,
        subaccount: int | None = None,
        fcm_subtrader_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateApiKeyResponse:
        """Register a key pair you made yourself: the exchange keeps the public half.

        Only accounts on the higher API usage levels may do this; `generate` works for all.

        Args:
            name: a label to tell the key apart from others.
            public_key: an RSA or Ed25519 public key, PEM text ("-----BEGIN PUBLIC KEY-----").
            scopes: what the key may do (default: "read" and "write"; "write" needs "read").
            subaccount: restrict the key to this one subaccount, 0 to 63.
            fcm_subtrader_id: FCM members: bind the key to this existing subtrader
                ("{user_id}_{suffix}"); such a key works for FIX and subtrader sessions only.

        Returns:
            `CreateApiKeyResponse`: the new `api_key_id`, and a `warning` when a subtrader the
            key is bound to lacks a risk control.

        Raises:
            ValueError: a scope or `subaccount` is not one the API accepts (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError: the account's usage level does not allow it.
        """
        return self._call(
            ops.create_api_key, body=_create_body(name, public_key, scopes, subaccount, fcm_subtrader_id), **options
        )

    def generate(
        self,
        *,
        name: str,
        key_type: ApiKeyTypeInput | None = None,
        scopes: Iterable[ApiKeyScopeInput] | None = None,
        subaccount: int | None = None,
        fcm_subtrader_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateApiKeyResponse:
        """Have the exchange make a new key pair; it keeps the public half and hands you the private one.

        The private key is shown this once: the exchange cannot send it again. Store it safely
        straight away (a file only you can read, or a secrets manager) and keep it out of logs;
        the returned object holds it in `private_key`.

        Args:
            name: a label to tell the key apart from others.
            key_type: the kind of key pair to make (default: the server's, RSA).
            scopes: what the key may do (as for `create`; default: "read" and "write").
            subaccount: restrict the key to this one subaccount, 0 to 63.
            fcm_subtrader_id: FCM members: bind the key to this existing subtrader.

        Returns:
            `GenerateApiKeyResponse`: `api_key_id`, `key_type`, `private_key` (PEM: PKCS#1 for
            RSA, PKCS#8 for Ed25519) and, for a bound key missing a risk control, a `warning`.
            Pass `api_key_id` and `private_key` to `Kalshi(...)` to sign with the new key.

        Raises:
            ValueError: `key_type`, a scope or `subaccount` is not one the API accepts (nothing
                is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        body = _generate_body(name, key_type, scopes, subaccount, fcm_subtrader_id)
        return self._call(ops.generate_api_key, body=body, **options)

    def delete(self, api_key: str, **options: Unpack[RequestOptions]) -> None:
        """Revoke an API key for good; requests signed with it are refused from then on.

        Args:
            api_key: the id of the key to revoke.

        Raises:
            ValueError: `api_key` is empty (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: the account has no key with this id.
        """
        return self._call(ops.delete_api_key, api_key=api_key, **options)
