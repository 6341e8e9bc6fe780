"""Orders: place, amend, decrease and cancel orders, one at a time or in batches; look them up.

Every create carries a `client_order_id` (a fresh UUID unless the caller gives one). The exchange
refuses a second order with the same id, so sending a create again after a lost answer can never
place the order twice; that is also what makes creates safe to retry.
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime
import uuid
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kalshi_api.api import Operations as ops

from .._exceptions import BatchIncompleteError, ConflictError, DuplicateClientOrderIdError
from .._fixed_point import Number, to_contracts, to_price
from .._operations import RequestSpec, build_request_spec, checked_body, with_extras
from ..pagination import CursorPage
from ._base import (
    SyncAPIResource,
    Timestamp,
    async_twin_loader,
    comma_separated,
    list_field,
    model_class,
    non_empty,
    request_body,
    unwrapped,
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

    from ._async.orders import AsyncOrders as AsyncOrders
    from ._base import RequestOptions

__all__ = ["ORDER_BATCH_SIZE", "AsyncOrders", "Orders"]

__getattr__ = async_twin_loader(__name__)


ORDER_BATCH_SIZE = 20
"""Orders per batch request by default. The exchange's limit grows with the account's tier; pass
`batch_size=` to use a larger one."""

BATCH_CANCEL_COST_PER_ORDER = 0.2

# How far back a create that met its own earlier attempt (409 after a retry) looks for that order.
_RECENT_ORDERS_WINDOW = datetime.timedelta(hours=1)
_RECENT_ORDERS_SCAN = 1000


def _client_order_id(given: str | None) -> str:
    return str(uuid.uuid4()) if given is None else non_empty("client_order_id", given)


def order_request(
    *,
    ticker: str,
    side: str,
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
) -> CreateOrderV2Request:
    """A checked CreateOrderV2Request; raises ValueError/TypeError naming the bad field."""
    body: CreateOrderV2Request = checked_body(
        "create_order_v2",
        ticker=non_empty("ticker", ticker),
        side=getattr(side, "value", side),
        count=to_contracts("count", count),
        price=to_price("price", price),
        time_in_force=getattr(time_in_force, "value", time_in_force),
        self_trade_prevention_type=getattr(self_trade_prevention_type, "value", self_trade_prevention_type),
        client_order_id=str(uuid.uuid4()) if client_order_id is None else non_empty("client_order_id", client_order_id),
        expiration_time=expiration_time,
        post_only=post_only,
        cancel_order_on_pause=cancel_order_on_pause,
        reduce_only=reduce_only,
        subaccount=subaccount,
        order_group_id=order_group_id,
        exchange_index=exchange_index,
    )
    return body


def _as_order_request(index: int, order: Any) -> CreateOrderV2Request:
    """One order of a batch, given as a dict of `create`'s arguments or a CreateOrderV2Request."""
    fields = order.to_dict() if hasattr(order, "to_dict") else order
    if not isinstance(fields, Mapping):
        raise TypeError(f"orders[{index}] must be a dict of order fields or a CreateOrderV2Request, got {order!r}")
    try:
        return order_request(**fields)
    except (TypeError, ValueError) as error:
        raise type(error)(f"orders[{index}]: {error}") from None


def _as_cancel_item(index: int, order: Any) -> Any:
    """One order of a batch cancel: an order id, or a dict with order_id (and subaccount, ...)."""
    fields = {"order_id": order} if isinstance(order, str) else order.to_dict() if hasattr(order, "to_dict") else order
    if not isinstance(fields, Mapping):
        raise TypeError(f"orders[{index}] must be an order id or a dict with order_id, got {order!r}")
    non_empty(f"orders[{index}].order_id", fields.get("order_id"))
    return model_class("BatchCancelOrdersV2RequestOrdersItem").from_dict(dict(fields))


def _create_spec(body: CreateOrderV2Request) -> RequestSpec:
    # The client_order_id makes a repeated create harmless, so this POST may be retried.
    return dataclasses.replace(build_request_spec("create_order_v2", body=body), retry_safe=True)


def _decrease_body(reduce_by: Number | None, reduce_to: Number | None, **rest: Any) -> Any:
    if (reduce_by is None) == (reduce_to is None):
        raise ValueError("give exactly one of reduce_by (contracts to take off) or reduce_to (contracts to keep)")
    return checked_body(
        "decrease_order_v2",
        reduce_by=None if reduce_by is None else to_contracts("reduce_by", reduce_by),
        reduce_to=None if reduce_to is None else to_contracts("reduce_to", reduce_to, allow_zero=True),
        **rest,
    )


def _amend_body(ticker: str, side: str, price: Number, count: Number, client_order_id: str | None, **rest: Any) -> Any:
    return checked_body(
        "amend_order_v2",
        ticker=non_empty("ticker", ticker),
        side=getattr(side, "value", side),
        price=to_price("price", price),
        count=to_contracts("count", count),
        client_order_id=client_order_id,
        **rest,
    )


def _recent_orders_filter(ticker: str) -> dict[str, Any]:
    since = datetime.datetime.now(datetime.timezone.utc) - _RECENT_ORDERS_WINDOW
    return {"ticker": ticker, "min_ts": int(since.timestamp()), "max_items": _RECENT_ORDERS_SCAN}


def _as_create_response(order: Order) -> CreateOrderV2Response:
    """The create result for an order found by its client_order_id (the earlier attempt's order)."""
    sent = order.to_dict()
    created = getattr(order, "created_time", None)
    response: CreateOrderV2Response = model_class("CreateOrderV2Response").from_dict(
        {
            "order_id": sent.get("order_id"),
            "client_order_id": sent.get("client_order_id"),
            "fill_count": sent.get("fill_count_fp"),
            "remaining_count": sent.get("remaining_count_fp"),
            "ts_ms": int(created.timestamp() * 1000) if isinstance(created, datetime.datetime) else None,
        }
    )
    return response


def _earlier_attempt_may_have_landed(error: ConflictError) -> bool:
    return int(getattr(error, "attempts", 1)) > 1


class _Batches:
    """A batch of any size cut into requests of at most `size` items; sans-IO, shared by both clients.

    Results come back in input order, matched on `key` (client_order_id or order_id) where the
    server echoes it. When a request fails, `incomplete()` keeps what was done and what was not.
    """

    def __init__(
        self, operation: str, items: builtins.list[Any], originals: builtins.list[Any], size: int, key: str
    ) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {size!r}")
        if not items:
            raise ValueError("orders must contain at least one order")
        self._operation = operation
        self._items = items
        self._originals = originals
        self._size = size
        self._key = key
        self._results: builtins.list[Any] = []

    def requests(self, build: Any) -> Iterator[RequestSpec]:
        for start in range(0, len(self._items), self._size):
            yield build(self._items[start : start + self._size])

    def accept(self, response: Any) -> None:
        sent = self._items[len(self._results) : len(self._results) + self._size]
        answers = list_field(response, "orders")
        by_key = {getattr(answer, self._key, None): answer for answer in answers}
        keys = [getattr(item, self._key) for item in sent]
        if len(answers) == len(sent) and all(key in by_key for key in keys):
            answers = [by_key[key] for key in keys]
        self._results.extend(answers)

    def incomplete(self, error: Exception) -> BatchIncompleteError:
        done = len(self._results)
        return BatchIncompleteError(self._operation, results=self._results, unsent=self._originals[done:], cause=error)

    def results(self) -> builtins.list[Any]:
        return self._results


def _create_batches(orders: Iterable[Any], batch_size: int) -> _Batches:
    originals = list(orders)
    items = [_as_order_request(index, order) for index, order in enumerate(originals)]
    return _Batches("batch_create", items, originals, batch_size, "client_order_id")


def _cancel_batches(orders: Iterable[Any], batch_size: int) -> _Batches:
    if isinstance(orders, str):
        raise TypeError("orders must be a list of order ids, not a single string")
    originals = list(orders)
    items = [_as_cancel_item(index, order) for index, order in enumerate(originals)]
    return _Batches("batch_cancel", items, originals, batch_size, "order_id")


def _batch_create_spec(chunk: builtins.list[Any]) -> RequestSpec:
    body = request_body("BatchCreateOrdersV2Request", orders=chunk)
    # Every order carries a client_order_id, so the exchange drops repeats of a retried batch. The
    # exchange bills a batch per order, so it spends one write of the client's budget per order.
    spec = build_request_spec("batch_create_orders_v2", body=body)
    return dataclasses.replace(spec, retry_safe=True, cost=float(len(chunk)))


def _batch_cancel_spec(chunk: builtins.list[Any]) -> RequestSpec:
    spec = build_request_spec("batch_cancel_orders_v2", body=request_body("BatchCancelOrdersV2Request", orders=chunk))
    # A cancel in a batch costs the exchange a fifth of a write (2 tokens against 10).
    return dataclasses.replace(spec, cost=len(chunk) * BATCH_CANCEL_COST_PER_ORDER)


class Orders(SyncAPIResource):
    """`client.orders`: place and manage orders. Needs API credentials."""

    def create(
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
            created: CreateOrderV2Response = self._client.request(with_extras(_create_spec(body), **options))
            return created
        except ConflictError as error:
            if _earlier_attempt_may_have_landed(error):
                for order in self.list(**_recent_orders_filter(body.ticker)):
                    if order.client_order_id == body.client_order_id:
                        return _as_create_response(order)
            raise DuplicateClientOrderIdError.from_conflict(error, str(body.client_order_id)) from error

    def batch_create(
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
                batches.accept(self._client.request(with_extras(spec, **options)))
            except Exception as error:
                raise batches.incomplete(error) from error
        return batches.results()

    def cancel(
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
        return self._call(
            ops.cancel_order_v2,
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
            **options,
        )

    def batch_cancel(
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
                batches.accept(self._client.request(with_extras(spec, **options)))
            except Exception as error:
                raise batches.incomplete(error) from error
        return batches.results()

    def cancel_all(self, *, subaccount: int | None = None, **options: Unpack[RequestOptions]) -> None:
        """Cancel every resting order (of one subaccount, when given)."""
        self._call(ops.cancel_all_orders, subaccount=subaccount, **options)

    def amend(
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
        return self._call(ops.amend_order_v2, order_id=order_id, body=body, subaccount=subaccount, **options)

    def decrease(
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
        return self._call(ops.decrease_order_v2, order_id=order_id, body=body, subaccount=subaccount, **options)

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
    ) -> CursorPage[GetOrdersResponse, Order]:
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

    def get(self, order_id: str, **options: Unpack[RequestOptions]) -> Order:
        """One of your orders, by `order_id`.

        Raises:
            NotFoundError: no such order.
        """
        return unwrapped(self._call(ops.get_order, order_id=order_id, **options), lambda response: response.order)

    def queue_position(self, order_id: str, **options: Unpack[RequestOptions]) -> Decimal:
        """How many contracts rest ahead of order `order_id` at its price."""
        return unwrapped(
            self._call(ops.get_order_queue_position, order_id=order_id, **options),
            lambda response: response.queue_position_fp,
        )

    def queue_positions(
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
        return self._call_list(
            ops.get_order_queue_positions,
            "queue_positions",
            market_tickers=comma_separated(market_tickers),
            event_ticker=event_ticker,
            subaccount=subaccount,
            **options,
        )
