"""Orders (V2 shapes): create, batch create, amend, decrease, cancel, batch cancel, cancel all,
and the order lists and queue positions. The server checks signatures for /portfolio/ before routing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import _body
from .._http import ApiError, RecordedRequest, Response, bad_params, ok
from .._ledger import CANCELED, RESTING, Order
from .._numbers import ZERO, count_fp
from .._query import enum_param, int_param, list_param, paginate, parse_limit
from .._router import Router
from .._state import ExchangeState
from .._trading import (
    OrderRequest,
    amend_order,
    cancel_order,
    close,
    decrease_order,
    fill_summary,
    own_order,
    place_order,
    queue_position,
    read_order_request,
)

MAX_ORDER_EVENT_TICKERS = 10
ORDER_STATUSES = (RESTING, CANCELED, "executed")


def register(router: Router, state: ExchangeState, *, max_batch_size: Callable[[], int]) -> None:
    """Register the order routes; ``max_batch_size`` reads the exchange's current batch limit."""

    def read_request(body: Any) -> OrderRequest:
        """The order a CreateOrderV2Request body asks for; ApiError 400 when it is malformed."""
        if not isinstance(body, dict):
            raise bad_params("each order must be a JSON object")
        _body.no_nulls(body)  # no field of CreateOrderV2Request is nullable
        _body.integer(body, "exchange_index", minimum=0)  # read for its type only: the fake is one exchange
        return read_order_request(body)

    def create_one(user_id: str, body: Any) -> dict[str, Any]:
        """Place one order; the CreateOrderV2Response fields (ApiError when it is refused)."""
        if not isinstance(body, dict):
            raise bad_params("each order must be a JSON object")
        client_order_id = body.get("client_order_id")
        if isinstance(client_order_id, str) and client_order_id:
            state.create_counts[client_order_id] += 1
        order = place_order(state, user_id, read_request(body), state.now())
        answer: dict[str, Any] = {"order_id": order.order_id, "client_order_id": order.client_order_id}
        answer.update(fill_summary(order))
        answer["ts_ms"] = int(state.clock() * 1000)
        return answer

    @router.post("/portfolio/events/orders")
    def create_order(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        body = _body.json_object(request)
        with state.lock:
            answer = create_one(state.user_for(request), body)
        # Averages are only sent when something filled.
        return Response(201, {name: value for name, value in answer.items() if value is not None})

    @router.post("/portfolio/events/orders/batched")
    def batch_create(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        orders = _body.object_list(_body.json_object(request), "orders", maximum=max_batch_size())
        # A malformed order fails the whole request, as the server refuses a body it cannot decode;
        # only what the exchange decides (no such market, no money...) is answered order by order.
        for index, body in enumerate(orders):
            try:
                read_request(body)
            except ApiError as error:
                raise bad_params(f"orders[{index}]: {error.message}", error.details) from None
        results: list[dict[str, Any]] = []
        with state.lock:
            user_id = state.user_for(request)
            for body in orders:
                try:
                    results.append(create_one(user_id, body))
                except ApiError as error:
                    client_order_id = body.get("client_order_id") if isinstance(body, dict) else None
                    results.append(
                        {
                            "client_order_id": client_order_id,
                            "error": {"code": error.code, "message": error.message},
                            "fill_count": None,
                            "remaining_count": None,
                            "average_fill_price": None,
                            "average_fee_paid": None,
                            "ts_ms": None,
                        }
                    )
        return Response(201, {"orders": results})

    @router.post("/portfolio/events/orders/{order_id}/amend")
    def amend(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        body = _body.json_object(request)
        with state.lock:
            user_id = state.user_for(request)
            order = amend_order(state, user_id, params["order_id"], body, state.now())
            answer: dict[str, Any] = {"order_id": order.order_id, "client_order_id": order.client_order_id}
            answer.update(fill_summary(order))
        answer["ts_ms"] = int(state.clock() * 1000)
        return ok(answer)

    @router.post("/portfolio/events/orders/{order_id}/decrease")
    def decrease(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        body = _body.json_object(request)
        with state.lock:
            user_id = state.user_for(request)
            order = decrease_order(state, user_id, params["order_id"], body, state.now())
            return ok(
                {
                    "order_id": order.order_id,
                    "client_order_id": order.client_order_id,
                    "remaining_count": count_fp(order.remaining_count),
                    "ts_ms": int(state.clock() * 1000),
                }
            )

    def cancel_one(user_id: str, order_id: str) -> dict[str, Any]:
        order, reduced_by = cancel_order(state, user_id, order_id, state.now())
        return {
            "order_id": order.order_id,
            "client_order_id": order.client_order_id,
            "reduced_by": count_fp(reduced_by),
            "ts_ms": int(state.clock() * 1000),
        }

    @router.delete("/portfolio/events/orders/{order_id}")
    def cancel(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        with state.lock:
            return ok(cancel_one(state.user_for(request), params["order_id"]))

    @router.delete("/portfolio/events/orders/batched")
    def batch_cancel(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        items = _body.object_list(_body.json_object(request), "orders", maximum=max_batch_size())
        order_ids = []
        for index, item in enumerate(items):
            order_id = item.get("order_id") if isinstance(item, dict) else None
            if not isinstance(order_id, str) or not order_id:
                raise bad_params(f"orders[{index}].order_id is required")
            try:  # read for their types only: the fake is one exchange and finds orders by id
                _body.no_nulls(item)
                _body.integer(item, "subaccount", minimum=0)
                _body.integer(item, "exchange_index", minimum=0)
                _body.string(item, "market_ticker")
            except ApiError as error:
                raise bad_params(f"orders[{index}]: {error.message}", error.details) from None
            order_ids.append(order_id)
        results: list[dict[str, Any]] = []
        with state.lock:
            user_id = state.user_for(request)
            for order_id in order_ids:
                try:
                    results.append(cancel_one(user_id, order_id))
                except ApiError as error:
                    results.append(
                        {
                            "order_id": order_id,
                            "client_order_id": None,
                            "reduced_by": count_fp(ZERO),
                            "ts_ms": None,
                            "error": {"code": error.code, "message": error.message},
                        }
                    )
        return ok({"orders": results})

    @router.delete("/portfolio/events/orders")
    def cancel_all(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        subaccount = int_param(request, "subaccount", minimum=0)
        now = state.now()
        with state.lock:
            user_id = state.user_for(request)
            for order in state.resting_orders(user_id):
                if subaccount is None or order.subaccount == subaccount:
                    close(state, order, CANCELED, now)
        return Response(204, b"")

    @router.get("/portfolio/orders")
    def list_orders(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        limit = parse_limit(request, "get_orders")
        ticker = request.query_value("ticker")
        event_tickers = set(list_param(request, "event_ticker"))
        if len(event_tickers) > MAX_ORDER_EVENT_TICKERS:
            raise bad_params(f"event_ticker accepts at most {MAX_ORDER_EVENT_TICKERS} tickers")
        status = enum_param(request, "status", ORDER_STATUSES)
        low, high = int_param(request, "min_ts"), int_param(request, "max_ts")
        subaccount = int_param(request, "subaccount", minimum=0)

        def wanted(order: Order) -> bool:
            created = order.created.timestamp()
            return (
                (not ticker or order.ticker == ticker)
                and (not event_tickers or state.markets[order.ticker]["event_ticker"] in event_tickers)
                and (status is None or order.status == status)
                and (low is None or created >= low)
                and (high is None or created <= high)
                and (subaccount is None or order.subaccount == subaccount)
            )

        with state.lock:
            user_id = state.user_for(request)
            newest_first = sorted(
                (o for o in state.orders.values() if o.user_id == user_id and wanted(o)),
                key=lambda o: o.seq,
                reverse=True,
            )
            page, cursor = paginate(
                newest_first,
                list_name="orders",
                seq=lambda o: o.seq,
                limit=limit,
                cursor=request.query_value("cursor"),
                descending=True,
            )
            return ok({"orders": [order.to_api() for order in page], "cursor": cursor})

    @router.get("/portfolio/orders/{order_id}")
    def get_order(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        with state.lock:
            user_id = state.user_for(request)
            return ok({"order": own_order(state, user_id, params["order_id"]).to_api()})

    @router.get("/portfolio/orders/{order_id}/queue_position")
    def get_queue_position(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        with state.lock:
            user_id = state.user_for(request)
            order = own_order(state, user_id, params["order_id"])
            return ok({"queue_position_fp": count_fp(queue_position(state, order))})

    @router.get("/portfolio/orders/queue_positions")
    def get_queue_positions(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        tickers = set(list_param(request, "market_tickers"))
        event_ticker = request.query_value("event_ticker")
        with state.lock:
            user_id = state.user_for(request)
            orders = sorted(state.resting_orders(user_id), key=lambda o: o.seq)
            positions = [
                {
                    "order_id": order.order_id,
                    "market_ticker": order.ticker,
                    "queue_position_fp": count_fp(queue_position(state, order)),
                }
                for order in orders
                if (not tickers or order.ticker in tickers)
                and (not event_ticker or state.markets[order.ticker]["event_ticker"] == event_ticker)
            ]
        return ok({"queue_positions": positions})
