"""Subaccounts: numbered sub-ledgers of the account, money moved between them, and their netting."""

from __future__ import annotations

import dataclasses
import uuid
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from .._operations import RequestSpec, build_request_spec, with_extras
from ..pagination import CursorPage
from ._base import SyncAPIResource, async_twin_loader, request_body, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        GetSubaccountTransfersResponse,
        SubaccountBalance,
        SubaccountNettingConfig,
        SubaccountTransfer,
    )

    from ._async.subaccounts import AsyncSubaccounts as AsyncSubaccounts
    from ._base import RequestOptions

__all__ = ["AsyncSubaccounts", "Subaccounts"]

__getattr__ = async_twin_loader(__name__)


def _transfer_spec(
    from_subaccount: int,
    to_subaccount: int,
    amount_cents: int,
    exchange_index: int | None,
    client_transfer_id: str | uuid.UUID | None,
) -> RequestSpec:
    """The checked ApplySubaccountTransfer request, with a fresh client_transfer_id when none is given."""
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int) or amount_cents < 1:
        raise ValueError(f"amount_cents must be a positive whole number of cents, got {amount_cents!r}")
    if client_transfer_id is None:
        transfer_id = str(uuid.uuid4())
    else:
        try:
            transfer_id = str(uuid.UUID(str(client_transfer_id)))
        except ValueError:
            raise ValueError(f"client_transfer_id must be a UUID, got {client_transfer_id!r}") from None
    body = request_body(
        "ApplySubaccountTransferRequest",
        client_transfer_id=transfer_id,
        from_subaccount=from_subaccount,
        to_subaccount=to_subaccount,
        amount_cents=amount_cents,
        exchange_index=exchange_index,
    )
    # The server applies one transfer per client_transfer_id, so resending this same request is harmless.
    return dataclasses.replace(build_request_spec("apply_subaccount_transfer", body=body), retry_safe=True)


class Subaccounts(SyncAPIResource):
    """`client.subaccounts`: create subaccounts, move money between them, set their netting.

    Subaccount 0 is the primary account; numbered ones run from 1 to 63. Needs API credentials:
    every method raises `MissingCredentialsError` without them (before anything is sent).
    """

    def create(self, *, exchange_index: int | None = None, **options: Unpack[RequestOptions]) -> int:
        """Open the next numbered subaccount (numbers are given in order, up to 63).

        Args:
            exchange_index: the exchange shard (default 0).

        Returns:
            The new subaccount's number.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError, BadRequestError: the account's API tier lacks subaccounts, or
                it already has 63.
        """
        body = request_body("CreateSubaccountRequest", exchange_index=exchange_index)
        return unwrapped(
            self._call(ops.create_subaccount, body=body, **options), lambda response: response.subaccount_number
        )

    def balances(self, **options: Unpack[RequestOptions]) -> list[SubaccountBalance]:
        """The balance of every subaccount, the primary account included, per exchange shard.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._call_list(ops.get_subaccount_balances, "subaccount_balances", **options)

    def transfer(
        self,
        *,
        from_subaccount: int,
        to_subaccount: int,
        amount_cents: int,
        exchange_index: int | None = None,
        client_transfer_id: str | uuid.UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Move money from one subaccount to another.

        The request carries a `client_transfer_id`, and the server applies a transfer once per
        id. Left out, a fresh random UUID is made for this call, so resending the request (as an
        automatic retry after a timeout does) cannot move the money twice. Each call of `transfer`
        makes a new id, though: to retry a call of your own whose outcome you do not know, pass
        your own id and reuse it.

        Args:
            from_subaccount, to_subaccount: 0 for the primary account, 1 to 63 for numbered ones.
            amount_cents: how much, in cents (at least 1).
            exchange_index: the exchange shard (default 0).
            client_transfer_id: the transfer's idempotency key, a UUID (default: a new uuid4).

        Raises:
            ValueError: `amount_cents` is not positive, or `client_transfer_id` is not a UUID
                (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            BadRequestError: the server refused the transfer (unknown subaccount, not enough money, ...).
        """
        spec = _transfer_spec(from_subaccount, to_subaccount, amount_cents, exchange_index, client_transfer_id)
        self._client.request(with_extras(spec, **options))

    def transfers(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetSubaccountTransfersResponse, SubaccountTransfer]:
        """Past transfers between the account's subaccounts, page by page.

        Args:
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many transfers.

        Returns:
            A `CursorPage` of `SubaccountTransfer`.

        Raises:
            ValueError: `limit` is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_subaccount_transfers, "transfers", max_items=max_items, cursor=cursor, limit=limit, **options
        )

    def netting(self, **options: Unpack[RequestOptions]) -> list[SubaccountNettingConfig]:
        """Whether netting is on, for each subaccount (and the primary account).

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._call_list(ops.get_subaccount_netting, "netting_configs", **options)

    def set_netting(self, *, subaccount_number: int, enabled: bool, **options: Unpack[RequestOptions]) -> None:
        """Turn netting on or off for one subaccount.

        Args:
            subaccount_number: 0 for the primary account, 1 to 63 for numbered ones.
            enabled: the new setting.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            BadRequestError: unknown subaccount.
        """
        body = request_body("UpdateSubaccountNettingRequest", subaccount_number=subaccount_number, enabled=enabled)
        return self._call(ops.update_subaccount_netting, body=body, **options)
