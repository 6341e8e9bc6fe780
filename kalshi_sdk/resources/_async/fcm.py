"""The async twin of `kalshi_sdk.resources.fcm.Fcm`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ..._fixed_point import Number
from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource, Timestamp, comma_separated, request_body
from ..fcm import _blocked_category_body, _daily_cap_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        CreateFCMSubtraderResponse,
        FcmFill,
        FCMSubtrader,
        GetFCMEventContractDailyCapResponse,
        GetFcmFillsResponse,
        GetOrdersResponse,
        GetPositionsResponse,
        MarketPosition,
        Order,
    )
    from kalshi_api.models.get_fcm_orders_status import GetFcmOrdersStatusInput
    from kalshi_api.models.get_fcm_positions_settlement_status import GetFcmPositionsSettlementStatusInput

    from .._base import RequestOptions


__all__ = ["AsyncFcm"]


class AsyncFcm(AsyncAPIResource):
    """`client.fcm`: subtraders of an FCM member, their orders, fills, positions and risk controls.

    Needs the credentials of an FCM member (a few reads also work with a key bound to one
    subtrader, which then stands in for `subtrader_id`).
    """

    async def subtraders(self, **options: Unpack[RequestOptions]) -> list[FCMSubtrader]:
        """The FCM's subtraders on the event-contract exchange, including ones that never traded.

        A subtrader created a moment ago may not be listed yet.

        Returns:
            One `FCMSubtrader` each: its id, the exchange indices it was seen on, and whether
            trading is blocked (`trading_blocked` counting every restriction, `fcm_trading_blocked`
            the FCM's own, `propagation_pending` while that is being applied).

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError: the account is not an FCM member.
        """
        return await self._call_list(ops.list_fcm_subtraders, "subtraders", **options)

    async def create_subtrader(
        self, *, subtrader_suffix: str, **options: Unpack[RequestOptions]
    ) -> CreateFCMSubtraderResponse:
        """Create a subtrader; its id is the FCM's account id, an underscore, and `subtrader_suffix`.

        Args:
            subtrader_suffix: 1 to 16 ASCII letters or digits (case counts); the server checks it.

        Returns:
            `CreateFCMSubtraderResponse`: the full `subtrader_id`.

        Raises:
            BadRequestError: the suffix is not 1 to 16 letters or digits.
            MissingCredentialsError: the client has no API key (nothing is sent).
            ConflictError: the subtrader exists already.
        """
        return await self._call(
            ops.create_fcm_subtrader,
            body=request_body("CreateFCMSubtraderRequest", subtrader_suffix=subtrader_suffix),
            **options,
        )

    def orders(
        self,
        *,
        subtrader_id: str | None = None,
        client_order_ids: str | Iterable[str] | None = None,
        event_ticker: str | None = None,
        ticker: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        status: GetFcmOrdersStatusInput | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetOrdersResponse, Order]:
        """Orders of the FCM's subtraders, fetched page by page as you iterate.

        Give `subtrader_id`, `client_order_ids` or both (with a key bound to a subtrader,
        `subtrader_id` defaults to that subtrader and may not name another).

        Args:
            subtrader_id: only this subtrader's orders.
            client_order_ids: only orders with these client order ids (a list, or one
                comma-separated string; at most 100). Only orders of the last 24 hours are
                searched.
            event_ticker: only orders in markets of this one event.
            ticker: only orders in this market.
            min_ts, max_ts: time bounds (datetime or epoch seconds).
            status: only orders in this state (default: any).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many orders (default: all).

        Returns:
            A `CursorPage` of `Order`; `iter_pages()` yields each `GetOrdersResponse`.

        Raises:
            ValueError: `status` or `limit` is not one the API accepts (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            BadRequestError: neither `subtrader_id` nor `client_order_ids` was given.
        """
        return self._paginate(
            ops.get_fcm_orders,
            "orders",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            subtrader_id=subtrader_id,
            client_order_ids=comma_separated(client_order_ids),
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            **options,
        )

    def fills(
        self,
        *,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetFcmFillsResponse, FcmFill]:
        """Fills across all the FCM's subtraders, fetched page by page as you iterate.

        The operation has no page-size parameter: the server picks it.

        Args:
            min_ts, max_ts: time bounds (datetime or epoch seconds).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many fills (default: all).

        Returns:
            A `CursorPage` of `FcmFill` (maker and taker order ids, subtraders and fees are
            filled in for the sides the FCM owns); `iter_pages()` yields each
            `GetFcmFillsResponse`.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError: the account is not an FCM member.
        """
        return self._paginate(
            ops.get_fcm_fills, "fills", max_items=max_items, cursor=cursor, min_ts=min_ts, max_ts=max_ts, **options
        )

    def positions(
        self,
        *,
        subtrader_id: str | None = None,
        ticker: str | None = None,
        event_ticker: str | None = None,
        count_filter: str | Iterable[str] | None = None,
        settlement_status: GetFcmPositionsSettlementStatusInput | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetPositionsResponse, MarketPosition]:
        """Market positions of the FCM's subtraders, fetched page by page as you iterate.

        Iterating yields the market positions; the event-level totals come with each page
        (`iter_pages()`, field `event_positions`).

        Args:
            subtrader_id: only this subtrader's positions (required unless the key is bound to
                a subtrader, which it then defaults to).
            ticker: only positions in this market.
            event_ticker: only positions in markets of this event.
            count_filter: only positions where one of these fields is not zero, such as
                "position" or "total_traded" (a list, or one comma-separated string).
            settlement_status: only positions with this settlement state (default: the server's, unsettled).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many market positions (default: all).

        Returns:
            A `CursorPage` of `MarketPosition`; `iter_pages()` yields each `GetPositionsResponse`.

        Raises:
            ValueError: `settlement_status` or `limit` is not one the API accepts (nothing is
                sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_fcm_positions,
            "market_positions",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=comma_separated(count_filter),
            settlement_status=settlement_status,
            **options,
        )

    async def event_contract_daily_cap(
        self, *, subtrader_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> GetFCMEventContractDailyCapResponse:
        """A subtrader's daily premium cap on event contracts and how much of it is in use.

        Args:
            subtrader_id: the subtrader (required unless the key is bound to a subtrader, which
                it then defaults to).

        Returns:
            `GetFCMEventContractDailyCapResponse`: the cap (`limit`, dollars), what today's fills
            used (`executed_utilization`, reset at midnight New York time; `cap_date` is the
            New York date it covers), and what open and in-flight orders hold back
            (`resting_order_utilization`, `pending_order_utilization`).

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: the subtrader has no cap, so its bound keys cannot place orders.
        """
        return await self._call(ops.get_fcm_event_contract_daily_cap, subtrader_id=subtrader_id, **options)

    async def set_event_contract_daily_cap(
        self, *, subtrader_id: str, limit: Number, **options: Unpack[RequestOptions]
    ) -> None:
        """Set a subtrader's daily premium cap on event contracts; it applies at once.

        Resting orders stay as they are when the cap changes.

        Args:
            subtrader_id: the subtrader (one of this FCM's).
            limit: the cap in dollars (Decimal, str or int; at least 0, at most 4 decimal
                places).

        Raises:
            ValueError / TypeError: `limit` is not an amount of dollars (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return await self._call(
            ops.update_fcm_event_contract_daily_cap, body=_daily_cap_body(subtrader_id, limit), **options
        )

    async def delete_event_contract_daily_cap(self, *, subtrader_id: str, **options: Unpack[RequestOptions]) -> None:
        """Remove a subtrader's daily cap. Until a new one is set, its bound keys cannot place orders.

        Orders the FCM sends for the subtrader with its own unbound keys are not stopped by this.

        Args:
            subtrader_id: the subtrader (one of this FCM's).

        Raises:
            ValueError: `subtrader_id` is missing (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return await self._call(ops.delete_fcm_event_contract_daily_cap, subtrader_id=subtrader_id, **options)

    async def blocked_categories(self, *, subtrader_id: str, **options: Unpack[RequestOptions]) -> list[str]:
        """The event categories a subtrader is blocked from trading, in alphabetical order.

        Args:
            subtrader_id: the subtrader (one of this FCM's).

        Raises:
            ValueError: `subtrader_id` is missing (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return await self._call_list(
            ops.get_fcm_subtrader_blocked_categories, "categories", subtrader_id=subtrader_id, **options
        )

    async def set_blocked_categories(
        self, *, subtrader_id: str, category: str, blocked: bool, **options: Unpack[RequestOptions]
    ) -> list[str]:
        """Block a subtrader from one event category, or lift that block.

        New orders of the subtrader's bound keys in that category's markets are refused; orders
        already resting stay.

        Args:
            subtrader_id: the subtrader (one of this FCM's).
            category: the event category (e.g. "Politics").
            blocked: True to block it, False to lift the block (lifting one that is not there
                does nothing).

        Returns:
            Every category the subtrader is now blocked from, in alphabetical order.

        Raises:
            ValueError: `category` is empty or too long (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return await self._call_list(
            ops.update_fcm_subtrader_blocked_categories,
            "categories",
            body=_blocked_category_body(subtrader_id, category, blocked),
            **options,
        )
