"""Orders: client_order_id filling, duplicate handling, batch splitting, and input checks.

Against the spec-checking loopback spec_server, so every request the SDK sends is also checked
against the spec; canned replies stand in for the exchange where a test needs a particular answer.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest

from kalshi_sdk import AsyncKalshi, Kalshi
from kalshi_sdk._exceptions import BatchIncompleteError, DuplicateClientOrderIdError, RateLimitError

from .support.spec_server import SpecServer

ORDER: dict[str, Any] = {"ticker": "KXHIGHNY-26NOV21-T60", "side": "bid", "count": "10", "price": "0.56"}
CONFLICT = {"error": {"code": "order_already_exists", "message": "client_order_id already used"}}


def sent_bodies(spec_server: SpecServer, operation_id: str) -> list[Any]:
    return [hit.body for hit in spec_server.hits if hit.operation_id == operation_id]


def batch_answer(orders: list[dict[str, Any]]) -> dict[str, Any]:
    """A batch-create reply naming each order, in reverse order, to show results are re-sorted."""
    return {
        "orders": [
            {"order_id": f"order-{order['client_order_id']}", "client_order_id": order["client_order_id"]}
            for order in reversed(orders)
        ]
    }


def test_create_fills_a_fresh_client_order_id(spec_client: Kalshi, spec_server: SpecServer) -> None:
    spec_client.orders.create(**ORDER)
    spec_client.orders.create(**ORDER)
    first, second = sent_bodies(spec_server, "CreateOrderV2")
    assert uuid.UUID(first["client_order_id"]) != uuid.UUID(second["client_order_id"])
    assert first["count"] == "10.00" and first["price"] == "0.5600"
    assert first["time_in_force"] == "good_till_canceled"


def test_create_keeps_the_callers_client_order_id(spec_client: Kalshi, spec_server: SpecServer) -> None:
    spec_client.orders.create(**{**ORDER, "price": Decimal("0.0100")}, client_order_id="my-order-1")
    (body,) = sent_bodies(spec_server, "CreateOrderV2")
    assert body["client_order_id"] == "my-order-1"
    assert body["price"] == "0.0100"


def test_a_repeated_client_order_id_raises_a_typed_error_with_the_id(
    spec_client: Kalshi, spec_server: SpecServer
) -> None:
    spec_server.respond("CreateOrderV2", 409, CONFLICT)
    with pytest.raises(DuplicateClientOrderIdError) as caught:
        spec_client.orders.create(**ORDER, client_order_id="used-before")
    assert caught.value.client_order_id == "used-before"
    assert caught.value.status_code == 409
    assert caught.value.code == "order_already_exists"


async def test_async_create_and_duplicate(async_spec_client: AsyncKalshi, spec_server: SpecServer) -> None:
    created = await async_spec_client.orders.create(**ORDER)
    assert created.order_id
    spec_server.respond("CreateOrderV2", 409, CONFLICT)
    with pytest.raises(DuplicateClientOrderIdError) as caught:
        await async_spec_client.orders.create(**ORDER, client_order_id="used-before")
    assert caught.value.client_order_id == "used-before"


@pytest.mark.parametrize(
    ("changes", "error", "named"),
    [
        ({"price": 0.56}, TypeError, "price"),
        ({"price": "1.00"}, ValueError, "price"),
        ({"price": "0"}, ValueError, "price"),
        ({"price": "0.12345"}, ValueError, "price"),
        ({"count": "0"}, ValueError, "count"),
        ({"count": "1.005"}, ValueError, "count"),
        ({"count": "ten"}, ValueError, "count"),
        ({"side": "yes"}, ValueError, "side"),
        ({"time_in_force": "forever"}, ValueError, "time_in_force"),
        ({"ticker": ""}, ValueError, "ticker"),
        ({"client_order_id": ""}, ValueError, "client_order_id"),
    ],
)
def test_bad_order_input_is_refused_before_sending(
    spec_client: Kalshi, spec_server: SpecServer, changes: dict[str, Any], error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named):
        spec_client.orders.create(**{**ORDER, **changes})
    assert not spec_server.hits


def test_batch_create_splits_and_returns_results_in_input_order(spec_client: Kalshi, spec_server: SpecServer) -> None:
    orders = [{**ORDER, "client_order_id": f"coid-{index:02d}"} for index in range(45)]
    for start in range(0, 45, 20):
        spec_server.respond("BatchCreateOrdersV2", 201, batch_answer(orders[start : start + 20]))
    results = spec_client.orders.batch_create(orders)
    sizes = [len(body["orders"]) for body in sent_bodies(spec_server, "BatchCreateOrdersV2")]
    assert sizes == [20, 20, 5]
    assert [result.client_order_id for result in results] == [order["client_order_id"] for order in orders]


def test_batch_create_fills_ids_and_honours_batch_size(spec_client: Kalshi, spec_server: SpecServer) -> None:
    spec_client.orders.batch_create([ORDER] * 7, batch_size=3)
    bodies = sent_bodies(spec_server, "BatchCreateOrdersV2")
    assert [len(body["orders"]) for body in bodies] == [3, 3, 1]
    ids = [order["client_order_id"] for body in bodies for order in body["orders"]]
    assert len(set(ids)) == 7


def test_batch_create_checks_every_order_before_sending(spec_client: Kalshi, spec_server: SpecServer) -> None:
    orders = [ORDER] * 30 + [{**ORDER, "price": "2"}]
    with pytest.raises(ValueError, match=r"orders\[30\]: price"):
        spec_client.orders.batch_create(orders)
    with pytest.raises(ValueError, match="at least one"):
        spec_client.orders.batch_create([])
    with pytest.raises(ValueError, match="batch_size"):
        spec_client.orders.batch_create([ORDER], batch_size=0)
    assert not spec_server.hits


def test_a_failed_batch_keeps_what_was_done(spec_client: Kalshi, spec_server: SpecServer) -> None:
    orders = [{**ORDER, "client_order_id": f"coid-{index}"} for index in range(5)]
    spec_server.respond("BatchCreateOrdersV2", 201, batch_answer(orders[:2]))
    spec_server.respond("BatchCreateOrdersV2", 429, {"error": {"code": "too_many_requests", "message": "slow down"}})
    with pytest.raises(BatchIncompleteError) as caught:  # the 429 is not retried: max_retries=0
        spec_client.with_options(max_retries=0).orders.batch_create(orders, batch_size=2)
    assert [result.client_order_id for result in caught.value.results] == ["coid-0", "coid-1"]
    assert caught.value.unsent == orders[2:]
    assert isinstance(caught.value.__cause__, RateLimitError)


def test_batch_cancel_splits_ids_and_dicts(spec_client: Kalshi, spec_server: SpecServer) -> None:
    orders: list[Any] = [f"order-{index}" for index in range(25)] + [{"order_id": "order-x", "subaccount": 2}]
    ids = [f"order-{index}" for index in range(25)] + ["order-x"]
    for chunk in (ids[:20], ids[20:]):
        spec_server.respond(
            "BatchCancelOrdersV2", 200, {"orders": [{"order_id": id_, "reduced_by": "1.00"} for id_ in reversed(chunk)]}
        )
    results = spec_client.orders.batch_cancel(orders)
    bodies = sent_bodies(spec_server, "BatchCancelOrdersV2")
    assert [len(body["orders"]) for body in bodies] == [20, 6]
    assert bodies[1]["orders"][-1] == {"order_id": "order-x", "subaccount": 2}
    assert [result.order_id for result in results] == ids


async def test_async_batch_create_and_cancel(async_spec_client: AsyncKalshi, spec_server: SpecServer) -> None:
    orders = [{**ORDER, "client_order_id": f"coid-{index:02d}"} for index in range(21)]
    spec_server.respond("BatchCreateOrdersV2", 201, batch_answer(orders[:20]))
    spec_server.respond("BatchCreateOrdersV2", 201, batch_answer(orders[20:]))
    results = await async_spec_client.orders.batch_create(orders)
    assert [result.client_order_id for result in results] == [order["client_order_id"] for order in orders]
    await async_spec_client.orders.batch_cancel([f"order-{index}" for index in range(21)])
    sizes = [len(body["orders"]) for body in sent_bodies(spec_server, "BatchCancelOrdersV2")]
    assert sizes == [20, 1]


def test_decrease_needs_exactly_one_target(spec_client: Kalshi, spec_server: SpecServer) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        spec_client.orders.decrease("order-1")
    with pytest.raises(ValueError, match="exactly one"):
        spec_client.orders.decrease("order-1", reduce_by=1, reduce_to=2)
    spec_client.orders.decrease("order-1", reduce_to=0)
    (body,) = sent_bodies(spec_server, "DecreaseOrderV2")
    assert body == {"reduce_to": "0.00"}


def test_amend_sends_fixed_point_strings(spec_client: Kalshi, spec_server: SpecServer) -> None:
    spec_client.orders.amend("order-1", ticker=ORDER["ticker"], side="ask", price=Decimal("0.57"), count=8)
    (body,) = sent_bodies(spec_server, "AmendOrderV2")
    assert body["price"] == "0.5700" and body["count"] == "8.00" and body["side"] == "ask"


def test_batches_spend_the_write_budget_per_order() -> None:
    from kalshi_sdk.resources.orders import _batch_cancel_spec, _batch_create_spec, _cancel_batches, _create_batches

    creates = _create_batches([ORDER] * 7, 20)
    (create_spec,) = list(creates.requests(_batch_create_spec))
    assert create_spec.cost == 7 and create_spec.retry_safe
    cancels = _cancel_batches([f"order-{index}" for index in range(10)], 20)
    (cancel_spec,) = list(cancels.requests(_batch_cancel_spec))
    assert cancel_spec.cost == 2
