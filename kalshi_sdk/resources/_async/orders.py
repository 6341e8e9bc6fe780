"""The async twin of `kalshi_sdk.resources.orders.Orders`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ..._exceptions import ConflictError, DuplicateClientOrderIdError
from ..._fixed_point import Number
from ..._operations import with_extras
from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource, Timestamp, comma_separated, unwrapped
from ..orders import (
    ORDER_BATCH_SIZE,
    _amend_body,
    _as_create_response,
    _batch_cancel_spec,
    _batch_create_spec,
    _cancel_batches,
    _create_batches,
    _create_spec,
    _decrease_body,
    _earlier_attempt_may_have_landed,
    _recent_orders_filter,
    order_request,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.api.orders.batch_cancel_orders_v2 import BatchCancelOrdersV2RequestOrdersItemDict
    from kalshi_api.api.orders.batch_create_orders_v2 import CreateOrderV2RequestDict
    from kalshi_api.models import (
        AmendOrderV2Response,
        BatchCancelOrdersV2RequestOrdersItem,
        BatchCancelOrdersV2ResponseOrdersItem,
        BatchCreateOrdersV2ResponseOrdersItem,
        CancelOrderV2Response,
        CreateOrderV2Request,
        CreateOrderV2Response,
        DecreaseOrderV2Response,
        GetOrdersResponse,
        Order,
        OrderQueuePosition,
    )
    from kalshi_api.models.book_side import BookSideInput
    from kalshi_api.models.create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForceInput
    from kalshi_api.models.self_trade_prevention_type import SelfTradePreventionTypeInput

    from .._base import RequestOptions


__all__ = ["AsyncOrders"]


class AsyncOrders(AsyncAPIResource):
    """`client.orders`: place and manage orders. Needs API credentials."""

    async def create(
        self,
        *,
        ticker: str,
        side: BookSideInput,
        count: Number,
        price: Number,
        time_in_force: CreateOrderV2RequestTimeInForceInput = "good_till_canceled",
        self_trade_prevention_type: SelfTradePreventionTypeInput = "taker_at_cross",
        client_order_id: str | None = None,
        expiration_time: int | None = None,
        post_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        reduce_only: bool | None = None,
        subaccount: int | None = None,
        order_group_id: str | None = None,
        exchange_index: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateOrderV2Response:
        """Place a limit order on a market's yes book.

        Args:
            ticker: the market.
            side: "bid" to buy yes contracts, "ask" to sell them.
            count: contracts, as Decimal, str or int (more than 0, at most 2 decimal places).
            price: dollars per contract, as Decimal, str or int (0.0001 to 0.9999, at most 4 places).
            time_in_force: "good_till_canceled" (default: the rest of the order waits on the book),
                "immediate_or_cancel" or "fill_or_kill".
            self_trade_prevention_type: what happens when the order would trade with one of your own:
                "taker_at_cross" (default: cancel this incoming order) or "maker" (cancel the resting one).
            client_order_id: your id for the order; a fresh UUID when left out. Reusing one is refused.
            expiration_time: epoch seconds after which a resting order is cancelled.
            post_only: refuse the order rather than let it take liquidity.
            cancel_order_on_pause: cancel the order if trading in the market pauses.
            reduce_only: only ever shrink your position.
            subaccount: the subaccount number (0 is the primary account).
            order_group_id: put the order in this order group.
            exchange_index: the exchange instance to route to.

        Returns:
            `CreateOrderV2Response` with `order_id`, `client_order_id`, and what filled at once.

        Raises:
            ValueError, TypeError: an argument is out of range or of the wrong type (nothing is sent).
            DuplicateClientOrderIdError: an order with this client_order_id already existed before this
                call (its `client_order_id` says which). When the conflict is with this call's own
                earlier attempt (an answer lost, then retried), the existing order is returned instead.
            MissingCredentialsError: the client has no API key.
            BadRequestError, PermissionDeniedError: the exchange refused the order.
        """
        body = order_request(
            ticker=ticker,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type=self_trade_prevention_type,
            client_order_id=client_order_id,
            expiration_time=expiration_time,
            post_only=post_only,
            cancel_order_on_pause=cancel_order_on_pause,
            reduce_only=reduce_only,
            subaccount=subaccount,
            order_group_id=order_group_id,
            exchange_index=exchange_index,
        )
        try:
            created: CreateOrderV2Response = await self._client.request(with_extras(_create_spec(body), **options))
            return created
        except ConflictError as error:
            if _earlier_attempt_may_have_landed(error):
                async for order in self.list(**_recent_orders_filter(body.ticker)):
                    if order.client_order_id == body.client_order_id:
                        return _as_create_response(order)
            raise DuplicateClientOrderIdError.from_conflict(error, str(body.client_order_id)) from error

    async def batch_create(
        self,
        orders: Iterable[CreateOrderV2RequestDict | CreateOrderV2Request],
        *,
        batch_size: int = ORDER_BATCH_SIZE,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BatchCreateOrdersV2ResponseOrdersItem]:
        """Place many orders; any number, sent in requests of at most `batch_size`, one after another.

        Args:
            orders: each a dict of `create`'s arguments (ticker, side, count, price, ...; typed as
                `kalshi_api.api.orders.batch_create_orders_v2.CreateOrderV2RequestDict`) or a
                `CreateOrderV2Request`. Each gets a fresh client_order_id unless it has one.
            batch_size: orders per request (default 20; the exchange's limit depends on your tier).

        Returns:
            One result per order, in input order: its `order_id` and `client_order_id`, or an `error`
            for an order the exchange refused.

        Raises:
            ValueError, TypeError: an order is invalid (named by its index; nothing is sent).
            BatchIncompleteError: a request failed after earlier ones went through; it holds the
                results so far and the orders not sent.
        """
        batches = _create_batches(orders, batch_size)
        for spec in batches.requests(_batch_create_spec):
            try:
                batches.accept(await self._client.request(with_extras(spec, **options)))
            except Exception as error:
                raise batches.incomplete(error) from error
        return batches.results()

    async def cancel(
        self,
        order_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CancelOrderV2Response:
        """Cancel a resting order (what is left of it).

        Args:
            order_id: the order.
            subaccount: the subaccount holding it (default: the primary account).
            exchange_index: the exchange instance, or -1 to route by `market_ticker`.
            market_ticker: the order's market, needed for routing without exchange_index.

        Returns:
            `CancelOrderV2Response`, with `reduced_by`: the contracts that were cancelled.

        Raises:
            NotFoundError: no such order (or it is no longer resting).
        """
        return await self._call(
            ops.cancel_order_v2,
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
            **options,
        )

    async def batch_cancel(
        self,
        orders: Iterable[str | BatchCancelOrdersV2RequestOrdersItemDict | BatchCancelOrdersV2RequestOrdersItem],
        *,
        batch_size: int = ORDER_BATCH_SIZE,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BatchCancelOrdersV2ResponseOrdersItem]:
        """Cancel many orders; any number, sent in requests of at most `batch_size`.

        Args:
            orders: order ids, or dicts with `order_id` and optionally `subaccount`,
                `exchange_index`, `market_ticker`.
            batch_size: orders per request (default 20).

        Returns:
            One result per order, in input order (`reduced_by`, or an `error`).

        Raises:
            ValueError: an empty list or an empty order id (nothing is sent).
            BatchIncompleteError: a request failed after earlier ones went through.
        """
        batches = _cancel_batches(orders, batch_size)
        for spec in batches.requests(_batch_cancel_spec):
            try:
                batches.accept(await self._client.request(with_extras(spec, **options)))
            except Exception as error:
                raise batches.incomplete(error) from error
        return batches.results()

    async def cancel_all(self, *, subaccount: int | None = None, **options: Unpack[RequestOptions]) -> None:
        """Cancel every resting order (of one subaccount, when given)."""
        await self._call(ops.cancel_all_orders, subaccount=subaccount, **options)

    async def amend(
        self,
        order_id: str,
        *,
        ticker: str,
        side: BookSideInput,
        price: Number,
        count: Number,
        client_order_id: str | None = None,
        updated_client_order_id: str | None = None,
        expiration_time: int | None = None,
        exchange_index: int | None = None,
        subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AmendOrderV2Response:
        """Change a resting order's price and/or size.

        Args:
            order_id: the order.
            ticker, side: the order's market and side, as placed.
            price: the new price in dollars (0.0001 to 0.9999).
            count: the new total size in contracts.
            client_order_id: the order's current client id.
            updated_client_order_id: a new client id for the amended order.
            expiration_time: a new expiry, epoch seconds.
            exchange_index: the exchange instance.
            subaccount: the subaccount holding the order.

        Raises:
            ValueError, TypeError: bad price, count or side (nothing is sent).
            NotFoundError: no such resting order.
        """
        body = _amend_body(
            ticker,
            side,
            price,
            count,
            client_order_id,
            updated_client_order_id=updated_client_order_id,
            expiration_time=expiration_time,
            exchange_index=exchange_index,
        )
        return await self._call(ops.amend_order_v2, order_id=order_id, body=body, subaccount=subaccount, **options)

    async def decrease(
        self,
        order_id: str,
        *,
        reduce_by: Number | None = None,
        reduce_to: Number | None = None,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
        subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> DecreaseOrderV2Response:
        """Shrink a resting order without losing its place in the queue.

        Args:
            order_id: the order.
            reduce_by: contracts to take off; or
            reduce_to: contracts to leave (give exactly one of the two).
            exchange_index, market_ticker: routing, as for `cancel`.
            subaccount: the subaccount holding the order.

        Raises:
            ValueError: neither or both of reduce_by/reduce_to, or a bad count (nothing is sent).
            NotFoundError: no such resting order.
        """
        body = _decrease_body(reduce_by, reduce_to, exchange_index=exchange_index, market_ticker=market_ticker)
        return await self._call(ops.decrease_order_v2, order_id=order_id, body=body, subaccount=subaccount, **options)

    def list(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | Iterable[str] | None = None,
        status: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetOrdersResponse, Order]:
        """Your orders, filtered, fetched page by page as you iterate.

        Args:
            ticker: only orders in this market.
            event_ticker: only orders in these events (one, a list, or a comma-separated string).
            status: "resting", "canceled" or "executed".
            min_ts, max_ts: time bounds (datetime or epoch seconds).
            subaccount: only this subaccount's orders.
            exchange_index: only orders on this exchange instance.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many orders.

        Returns:
            A `CursorPage` of `Order`.
        """
        return self._paginate(
            ops.get_orders,
            "orders",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            ticker=ticker,
            event_ticker=comma_separated(event_ticker),
            status=status,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
            exchange_index=exchange_index,
            **options,
        )

    async def get(self, order_id: str, **options: Unpack[RequestOptions]) -> Order:
        """One of your orders, by `order_id`.

        Raises:
            NotFoundError: no such order.
        """
        return unwrapped(await self._call(ops.get_order, order_id=order_id, **options), lambda response: response.order)

    async def queue_position(self, order_id: str, **options: Unpack[RequestOptions]) -> Decimal:
        """How many contracts rest ahead of order `order_id` at its price."""
        return unwrapped(
            await self._call(ops.get_order_queue_position, order_id=order_id, **options),
            lambda response: response.queue_position_fp,
        )

    async def queue_positions(
        self,
        *,
        market_tickers: str | Iterable[str] | None = None,
        event_ticker: str | None = None,
        subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[OrderQueuePosition]:
        """Queue positions of your resting orders in some markets or one event.

        Args:
            market_tickers: the markets (a list, or a comma-separated string).
            event_ticker: or every market of this event.
            subaccount: the subaccount (default: the primary account).
        """
        return await self._call_list(
            ops.get_order_queue_positions,
            "queue_positions",
            market_tickers=comma_separated(market_tickers),
            event_ticker=event_ticker,
            subaccount=subaccount,
            **options,
        )
