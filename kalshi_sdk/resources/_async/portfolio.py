"""The async twin of `kalshi_sdk.resources.portfolio.Portfolio`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource, Timestamp, comma_separated, unwrapped
from ..portfolio import _allocation_body, _instance_transfer_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.api.portfolio.set_target_balance_allocation import TargetBalanceAllocationInputDict
    from kalshi_api.models import (
        Deposit,
        Fill,
        GetBalanceResponse,
        GetDepositsResponse,
        GetFillsResponse,
        GetIntraExchangeInstanceTransfersResponse,
        GetPortfolioRestingOrderTotalValueResponse,
        GetPositionsResponse,
        GetSettlementsResponse,
        GetTargetBalanceAllocationResponse,
        GetWithdrawalsResponse,
        IntraExchangeInstanceTransfer,
        MarketPosition,
        Settlement,
        TargetBalanceAllocationInput,
        Withdrawal,
    )
    from kalshi_api.models.exchange_instance import ExchangeInstanceInput
    from kalshi_api.models.resting_margin_reservation import RestingMarginReservationInput

    from .._base import RequestOptions


__all__ = ["AsyncPortfolio"]


class AsyncPortfolio(AsyncAPIResource):
    """`client.portfolio`: the account's money and holdings. Needs API credentials.

    Every method raises `MissingCredentialsError` when the client has no API key (before anything
    is sent) and `AuthenticationError` when the server rejects the key or signature.
    """

    async def balance(
        self, *, subaccount: int | None = None, exchange_index: int | None = None, **options: Unpack[RequestOptions]
    ) -> GetBalanceResponse:
        """Available balance and portfolio value.

        Args:
            subaccount: 0 for the primary account (the default), 1 to 63 for a numbered subaccount.
            exchange_index: only this exchange shard (default: all shards summed; the per-shard
                figures are in `balance_breakdown`).

        Returns:
            `GetBalanceResponse`: `balance` and `portfolio_value` in cents, `balance_dollars`, `updated_ts`.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            AuthenticationError: the server rejected the key or signature.
        """
        return await self._call(ops.get_balance, subaccount=subaccount, exchange_index=exchange_index, **options)

    def positions(
        self,
        *,
        count_filter: str | Iterable[str] | None = None,
        ticker: str | None = None,
        event_ticker: str | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetPositionsResponse, MarketPosition]:
        """The account's positions per market, fetched page by page as you iterate.

        Each page also carries positions summed per event: iterate `iter_pages()` and read each
        page's `event_positions` next to its `market_positions`.

        Args:
            count_filter: keep only positions where one of these is non-zero: "position",
                "total_traded" (a list, or one comma-separated string).
            ticker: only this market.
            event_ticker: only markets of this one event.
            subaccount: 0 for the primary account (the default), 1 to 63 for a numbered subaccount.
            exchange_index: only this exchange shard, 0 or more (default: all).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many market positions.

        Returns:
            A `CursorPage` of `MarketPosition`; `iter_pages()` yields each `GetPositionsResponse`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_positions,
            "market_positions",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            count_filter=comma_separated(count_filter),
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
            **options,
        )

    def fills(
        self,
        *,
        ticker: str | None = None,
        order_id: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetFillsResponse, Fill]:
        """The account's fills (its orders' matched trades), page by page.

        Fills older than the historical cutoff are only in `client.historical.fills`.

        Args:
            ticker: only fills in this market.
            order_id: only fills of this order.
            min_ts, max_ts: time bounds (datetime, naive meaning UTC, or epoch seconds).
            subaccount: only this subaccount (0 primary, 1 to 63; default: all).
            exchange_index: only this exchange shard, 0 or more (default: all).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many fills.

        Returns:
            A `CursorPage` of `Fill`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_fills,
            "fills",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
            exchange_index=exchange_index,
            **options,
        )

    def settlements(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        subaccount: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetSettlementsResponse, Settlement]:
        """How the account's positions paid out when their markets settled, page by page.

        Args:
            ticker: only this market.
            event_ticker: only markets of this one event.
            min_ts, max_ts: time bounds (datetime, naive meaning UTC, or epoch seconds).
            subaccount: only this subaccount (0 primary, 1 to 63; default: all).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many settlements.

        Returns:
            A `CursorPage` of `Settlement`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_settlements,
            "settlements",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
            **options,
        )

    def deposits(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetDepositsResponse, Deposit]:
        """Money paid into the account, page by page.

        Args:
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many deposits.

        Returns:
            A `CursorPage` of `Deposit` (amounts and fees in cents).

        Raises:
            ValueError: `limit` is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(ops.get_deposits, "deposits", max_items=max_items, cursor=cursor, limit=limit, **options)

    def withdrawals(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetWithdrawalsResponse, Withdrawal]:
        """Money paid out of the account, page by page.

        Args:
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many withdrawals.

        Returns:
            A `CursorPage` of `Withdrawal` (amounts and fees in cents).

        Raises:
            ValueError: `limit` is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_withdrawals, "withdrawals", max_items=max_items, cursor=cursor, limit=limit, **options
        )

    async def resting_order_total_value(
        self, **options: Unpack[RequestOptions]
    ) -> GetPortfolioRestingOrderTotalValueResponse:
        """What the account's resting orders are worth in total (meant for FCM members).

        Returns:
            `GetPortfolioRestingOrderTotalValueResponse`: `total_resting_order_value` in cents and a
            per-shard `resting_order_value_breakdown` in dollars.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return await self._call(ops.get_portfolio_resting_order_total_value, **options)

    async def create_instance_transfer(
        self,
        *,
        source: ExchangeInstanceInput,
        destination: ExchangeInstanceInput,
        amount: int,
        source_exchange_shard: int | None = None,
        destination_exchange_shard: int | None = None,
        source_subaccount: int | None = None,
        destination_subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Move money between the account's exchange instances (and shards, and subaccounts).

        With the same shard on both sides the exchange books it as a subaccount transfer. A move
        across shards runs in up to three steps that are not undone if a later one fails, so the
        money may stay in the primary account of either shard; check `instance_transfer(id)`.
        The request is not retried automatically: it has no idempotency key.

        Args:
            source, destination: the exchange instances to move funds from and to.
            amount: how much, in centicents (hundredths of a cent: 10000 is $1), at least 1.
            source_exchange_shard, destination_exchange_shard: shard indexes, 0 to 100 (default 0).
            source_subaccount, destination_subaccount: 0 for the primary account (the default) or
                a numbered subaccount; only for event_contract to event_contract moves.

        Returns:
            The new transfer's id.

        Raises:
            ValueError, TypeError: an argument is out of range or of the wrong type (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError: the account may not make this transfer.
        """
        body = _instance_transfer_body(
            source,
            destination,
            amount,
            source_exchange_shard,
            destination_exchange_shard,
            source_subaccount,
            destination_subaccount,
        )
        return unwrapped(
            await self._call(ops.intra_exchange_instance_transfer, body=body, **options),
            lambda response: response.transfer_id,
        )

    def instance_transfers(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetIntraExchangeInstanceTransfersResponse, IntraExchangeInstanceTransfer]:
        """The account's transfers between exchange instances, page by page.

        Args:
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many transfers.

        Returns:
            A `CursorPage` of `IntraExchangeInstanceTransfer`.

        Raises:
            ValueError: `limit` is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_intra_exchange_instance_transfers,
            "transfers",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            **options,
        )

    async def instance_transfer(
        self, transfer_id: str, **options: Unpack[RequestOptions]
    ) -> IntraExchangeInstanceTransfer:
        """One transfer between exchange instances, by the id `create_instance_transfer` returned.

        Raises:
            ValueError: `transfer_id` is empty (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: no such transfer.
        """
        return unwrapped(
            await self._call(ops.get_intra_exchange_instance_transfer, transfer_id=transfer_id, **options),
            lambda response: response.transfer,
        )

    async def target_balance_allocation(self, **options: Unpack[RequestOptions]) -> GetTargetBalanceAllocationResponse:
        """How the account wants its balance spread over exchange shards.

        Returns:
            `GetTargetBalanceAllocationResponse`: `allocations` (exchange_index and percent each)
            and `resting_margin_reservation`.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError: the account has no access to balance allocation.
        """
        return await self._call(ops.get_target_balance_allocation, **options)

    async def set_target_balance_allocation(
        self,
        *,
        allocations: Iterable[TargetBalanceAllocationInput | TargetBalanceAllocationInputDict],
        resting_margin_reservation: RestingMarginReservationInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replace the account's target spread of its balance over exchange shards.

        Args:
            allocations: entries (as many as the spec allows), each a `TargetBalanceAllocationInput` or a dict
                `{"exchange_index": int >= 0, "percent": 0 to 100}`; the server wants the percents
                to add up to 100. An empty list turns automatic rebalancing off.
            resting_margin_reservation: how much margin resting orders reserve (default: the server's).

        Raises:
            ValueError, TypeError: an entry is malformed or out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            BadRequestError: the server refused the allocation (for instance, percents not adding to 100).
        """
        body = _allocation_body(allocations, resting_margin_reservation)
        return await self._call(ops.set_target_balance_allocation, body=body, **options)
