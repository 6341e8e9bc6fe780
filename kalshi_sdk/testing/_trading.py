"""The matching engine: orders cross resting orders on the YES book by price, then time.

A new or repriced order trades with resting orders on the other side whose price it reaches
(bids with asks at or below their price, asks with bids at or above), always at the resting
order's price. Each trade fills both orders, moves both accounts' cash and positions, and is
recorded as a public trade. What is left rests (good_till_canceled) or is canceled
(immediate_or_cancel); fill_or_kill trades only when the whole count can fill at once.

Self-trade prevention when an order would meet a resting order of the same account:
``taker_at_cross`` stops the incoming order there (its remainder is canceled, earlier fills
stand); ``maker`` cancels the resting order and keeps matching.

Every function here expects the caller to hold ``state.lock``. Each change to an order, each
trade and each fill is published to ``state.listeners`` (see ``_events``) as it happens.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from . import _body
from ._catalog import fee_multiplier, is_valid_price, resting_for
from ._events import Filled, OrderChanged, Traded
from ._http import ApiError, bad_params, not_found
from ._ledger import ASK, BID, CANCELED, EXECUTED, RESTING, Order, reserved_collateral, taker_fee
from ._numbers import ONE, ZERO, count_fp, dollars, parse_count, parse_dollars
from ._state import ExchangeState
from ._times import format_rfc3339

GOOD_TILL_CANCELED = "good_till_canceled"
IMMEDIATE_OR_CANCEL = "immediate_or_cancel"
FILL_OR_KILL = "fill_or_kill"
TIME_IN_FORCE = (FILL_OR_KILL, GOOD_TILL_CANCELED, IMMEDIATE_OR_CANCEL)
SELF_TRADE_PREVENTION = ("taker_at_cross", "maker")


@dataclass(frozen=True)
class OrderRequest:
    """A CreateOrderV2Request, read and type-checked."""

    ticker: str
    side: str
    price: Decimal
    count: Decimal
    time_in_force: str
    self_trade_prevention_type: str
    client_order_id: str
    expiration_ts: int | None
    post_only: bool
    reduce_only: bool
    cancel_order_on_pause: bool
    subaccount: int
    order_group_id: str | None


def read_order_request(body: Mapping[str, Any]) -> OrderRequest:
    """Check a CreateOrderV2Request body's fields; ApiError 400 naming the first wrong one."""
    return OrderRequest(
        ticker=_body.string(body, "ticker", required=True) or "",
        side=_body.choice(body, "side", (BID, ASK)) or BID,
        count=parse_count(body.get("count"), "count"),
        price=parse_dollars(body.get("price"), "price"),
        time_in_force=_body.choice(body, "time_in_force", TIME_IN_FORCE) or GOOD_TILL_CANCELED,
        self_trade_prevention_type=_body.choice(body, "self_trade_prevention_type", SELF_TRADE_PREVENTION) or "",
        client_order_id=_body.string(body, "client_order_id") or "",
        expiration_ts=_body.integer(body, "expiration_time"),
        post_only=_body.boolean(body, "post_only"),
        reduce_only=_body.boolean(body, "reduce_only"),
        cancel_order_on_pause=_body.boolean(body, "cancel_order_on_pause"),
        subaccount=_body.integer(body, "subaccount", minimum=0) or 0,
        order_group_id=_body.string(body, "order_group_id"),
    )


def _check_market_open(state: ExchangeState, ticker: str) -> Mapping[str, Any]:
    if not (state.exchange_status.get("exchange_active") and state.exchange_status.get("trading_active")):
        raise ApiError(503, "trading_paused", "trading on the exchange is paused")
    market = state.markets.get(ticker)
    if market is None:
        raise bad_params(f"no market with ticker {ticker!r}")
    if market["status"] != "active":
        raise ApiError(400, "market_closed", f"market {ticker} is {market['status']}, not open for trading")
    return market


def _check_price(market: Mapping[str, Any], price: Decimal) -> None:
    if not is_valid_price(market, price):
        steps = ", ".join(f"{r['start']}-{r['end']} by {r['step']}" for r in market["price_ranges"])
        raise bad_params(f"price {dollars(price)} is not a valid price for {market['ticker']}", f"valid: {steps}")


def _check_expiration(expiration_ts: int | None, now: datetime) -> None:
    if expiration_ts is not None and expiration_ts <= now.timestamp():
        raise bad_params("expiration_time must be in the future", f"got {expiration_ts}")


def _check_client_order_id_free(state: ExchangeState, user_id: str, client_order_id: str) -> None:
    if client_order_id and (user_id, client_order_id) in state.client_order_ids:
        raise ApiError(409, "order_already_exists", f"an order with client_order_id {client_order_id!r} already exists")


def _check_collateral(state: ExchangeState, order: Order, replaces: Order | None = None) -> None:
    """ApiError 400 insufficient_balance when the account cannot pay for ``order``.

    What the order adds to the collateral of the account's resting orders must be covered by the
    available balance, with the taker fee on the contracts it would open; a fee on contracts that
    only close the position is paid out of their proceeds.
    """
    account = state.account(order.user_id)
    if account.unlimited:
        return
    others = [o for o in state.resting_orders(order.user_id) if o is not replaces]
    held = reserved_collateral(account, others)
    added = reserved_collateral(account, [*others, order]) - held
    opening = added / order.unit_cost()
    fee = taker_fee(state.fee_rate, fee_multiplier(state, order.ticker), opening, order.price)
    available = account.cash - held
    if added + fee > available:
        raise ApiError(
            400,
            "insufficient_balance",
            f"the order needs {dollars(added + fee)} but the available balance is {dollars(available)}",
        )


def _counterparties(state: ExchangeState, order: Order) -> Iterator[Order]:
    """Resting orders ``order`` would meet, best first."""
    for resting in resting_for(state, order.ticker, ASK if order.side == BID else BID):
        if not order.crosses(resting):
            return
        yield resting


def _fillable(state: ExchangeState, order: Order) -> Decimal:
    """How much of ``order`` could fill right now, self-trade prevention included (changes nothing)."""
    total = ZERO
    for resting in _counterparties(state, order):
        if resting.user_id == order.user_id:
            if order.self_trade_prevention_type == "maker":
                continue
            break
        total += resting.remaining_count
    return total


def _match(state: ExchangeState, order: Order, now: datetime) -> bool:
    """Trade ``order`` against the book; True when self-trade prevention stopped it."""
    for resting in list(_counterparties(state, order)):
        if order.remaining_count == 0:
            break
        if resting.user_id == order.user_id:
            if order.self_trade_prevention_type == "maker":
                close(state, resting, CANCELED, now, reason="SelfTradeCancel")
                continue
            return True
        _trade(state, taker=order, maker=resting, count=min(order.remaining_count, resting.remaining_count), now=now)
    return False


def _trade(state: ExchangeState, *, taker: Order, maker: Order, count: Decimal, now: datetime) -> None:
    price = maker.price
    fee = taker_fee(state.fee_rate, fee_multiplier(state, taker.ticker), count, price)
    trade_id = str(uuid.uuid4())
    seq = state.next_seq()
    trade = {
        "trade_id": trade_id,
        "ticker": taker.ticker,
        "count_fp": count_fp(count),
        "yes_price_dollars": dollars(price),
        "no_price_dollars": dollars(ONE - price),
        "taker_outcome_side": "yes" if taker.side == BID else "no",
        "taker_book_side": taker.side,
        "created_time": format_rfc3339(now),
        "is_block_trade": False,
    }
    state.trades.append((seq, trade))
    activity = state.activity[taker.ticker]
    activity.volume += count
    activity.last_price = price
    state.publish(Traded(trade, taker))
    # The maker first: listeners then see the book change as soon as the trade prints.
    _fill(state, maker, count, price, ZERO, False, trade_id, seq, now)
    _fill(state, taker, count, price, fee, True, trade_id, seq, now)


def _fill(
    state: ExchangeState,
    order: Order,
    count: Decimal,
    price: Decimal,
    fee: Decimal,
    is_taker: bool,
    trade_id: str,
    seq: int,
    now: datetime,
) -> None:
    account = state.account(order.user_id)
    position = account.position(order.ticker, state.markets[order.ticker]["event_ticker"])
    account.cash += position.apply_fill(order.side, count, price, fee)
    account.updated_ts = int(now.timestamp())
    position.updated = now
    cost = count * order.unit_cost(price)
    if is_taker:
        order.taker_fill_cost += cost
        order.taker_fees += fee
    else:
        order.maker_fill_cost += cost
        order.maker_fees += fee
    order.fill_count += count
    order.remaining_count -= count
    order.fill_value += count * price
    order.updated = now
    fill = {
        "fill_id": trade_id,
        "exchange_index": 0,
        "trade_id": trade_id,
        "order_id": order.order_id,
        "ticker": order.ticker,
        "market_ticker": order.ticker,
        "outcome_side": "yes" if order.side == BID else "no",
        "book_side": order.side,
        "count_fp": count_fp(count),
        "yes_price_dollars": dollars(price),
        "no_price_dollars": dollars(ONE - price),
        "is_taker": is_taker,
        "created_time": format_rfc3339(now),
        "fee_cost": dollars(fee),
        "subaccount_number": order.subaccount,
        "ts": int(now.timestamp()),
    }
    account.fills.append((seq, fill))
    state.publish(Filled(order, fill, position))
    if order.order_id in state.resting:  # a taker's changes are told once its matching ends
        if order.remaining_count == 0 and order.status == RESTING:
            close(state, order, EXECUTED, now, reason="Trade")
        else:
            state.publish(OrderChanged(order, "Trade"))


def close(state: ExchangeState, order: Order, status: str, now: datetime, *, reason: str | None = None) -> Decimal:
    """Take a resting order off the book as ``status``; returns the contracts that were still resting."""
    left = order.remaining_count
    order.status = status
    order.remaining_count = ZERO
    order.updated = now
    state.resting.pop(order.order_id, None)
    state.publish(OrderChanged(order, reason))
    return left


def place_order(state: ExchangeState, user_id: str, request: OrderRequest, now: datetime) -> Order:
    """Check, match and book a new order; returns it (resting, executed or canceled)."""
    market = _check_market_open(state, request.ticker)
    _check_price(market, request.price)
    if request.time_in_force != GOOD_TILL_CANCELED and request.expiration_ts is not None:
        raise bad_params("expiration_time needs time_in_force good_till_canceled")
    _check_expiration(request.expiration_ts, now)
    if request.reduce_only and request.time_in_force != IMMEDIATE_OR_CANCEL:
        raise bad_params("reduce_only orders must be immediate_or_cancel")
    _check_client_order_id_free(state, user_id, request.client_order_id)
    count = request.count
    if request.reduce_only:
        held = state.account(user_id).positions.get(request.ticker)
        contracts = held.contracts if held else ZERO
        count = min(count, max(ZERO, -contracts) if request.side == BID else max(ZERO, contracts))
        if count == 0:
            raise bad_params("reduce_only order has no position to reduce")
    seq = state.next_seq()
    order = Order(
        order_id=str(uuid.uuid4()),
        user_id=user_id,
        ticker=request.ticker,
        side=request.side,
        price=request.price,
        initial_count=count,
        remaining_count=count,
        time_in_force=request.time_in_force,
        self_trade_prevention_type=request.self_trade_prevention_type or None,
        created=now,
        seq=seq,
        priority=seq,
        client_order_id=request.client_order_id,
        post_only=request.post_only,
        reduce_only=request.reduce_only,
        cancel_order_on_pause=request.cancel_order_on_pause,
        expiration_ts=request.expiration_ts,
        order_group_id=request.order_group_id,
        subaccount=request.subaccount,
    )
    if order.post_only and next(_counterparties(state, order), None) is not None:
        raise ApiError(400, "post_only_cross", "a post_only order may not trade on arrival; it would cross the book")
    _check_collateral(state, order)
    state.orders[order.order_id] = order
    if order.client_order_id:
        state.client_order_ids[(user_id, order.client_order_id)] = order.order_id
    state.publish(OrderChanged(order))
    if order.time_in_force == FILL_OR_KILL and _fillable(state, order) < order.remaining_count:
        close(state, order, CANCELED, now)
        return order
    stopped = _match(state, order, now)
    if order.remaining_count == 0:
        order.status = EXECUTED
        state.publish(OrderChanged(order, "Trade"))
    elif stopped or order.time_in_force != GOOD_TILL_CANCELED:
        close(state, order, CANCELED, now, reason="SelfTradeCancel" if stopped else None)
    else:
        state.resting[order.order_id] = order
        state.publish(OrderChanged(order, "Trade" if order.fill_count else None))
    return order


def own_resting_order(state: ExchangeState, user_id: str, order_id: str) -> Order:
    """The account's resting order ``order_id``; ApiError 404 for any other order."""
    order = state.resting.get(order_id)
    if order is None or order.user_id != user_id:
        raise not_found(f"no resting order {order_id!r}")
    return order


def own_order(state: ExchangeState, user_id: str, order_id: str) -> Order:
    """The account's order ``order_id`` in any status; ApiError 404 otherwise."""
    order = state.orders.get(order_id)
    if order is None or order.user_id != user_id:
        raise not_found(f"no order {order_id!r}")
    return order


def amend_order(state: ExchangeState, user_id: str, order_id: str, body: Mapping[str, Any], now: datetime) -> Order:
    """Change a resting order's price, total count or expiry (AmendOrderV2).

    ``count`` is the new total: filled contracts plus the contracts to leave resting. A new price
    or a larger count sends the order to the back of the queue (and may trade at once); a smaller
    count or a new expiry alone keeps its place.
    """
    order = own_resting_order(state, user_id, order_id)
    ticker = _body.string(body, "ticker", required=True)
    side = _body.choice(body, "side", (BID, ASK))
    price = parse_dollars(body.get("price"), "price")
    count = parse_count(body.get("count"), "count")
    original_id = _body.string(body, "client_order_id")
    updated_id = _body.string(body, "updated_client_order_id")
    expiration = _body.integer(body, "expiration_time", minimum=0)
    if ticker != order.ticker or side != order.side:
        raise bad_params("ticker and side must be those of the order", f"order is {order.ticker} {order.side}")
    if original_id and original_id != order.client_order_id:
        raise bad_params("client_order_id does not match the order")
    market = _check_market_open(state, order.ticker)
    _check_price(market, price)
    if count <= order.fill_count:
        raise bad_params(
            f"count must be more than the {count_fp(order.fill_count)} contracts already filled",
            "count is the new total: filled plus still resting",
        )
    if expiration:
        _check_expiration(expiration, now)
    if updated_id and updated_id != order.client_order_id:
        _check_client_order_id_free(state, user_id, updated_id)
    candidate = copy.copy(order)
    candidate.price = price
    candidate.remaining_count = count - order.fill_count
    loses_priority = price != order.price or candidate.remaining_count > order.remaining_count
    if loses_priority and order.post_only and next(_counterparties(state, candidate), None) is not None:
        raise ApiError(400, "post_only_cross", "a post_only order may not trade; the new price would cross the book")
    if loses_priority:
        _check_collateral(state, candidate, replaces=order)
    order.price, order.remaining_count, order.updated = price, candidate.remaining_count, now
    if expiration is not None:
        order.expiration_ts = expiration or None
    if updated_id and updated_id != order.client_order_id:
        state.client_order_ids.pop((user_id, order.client_order_id), None)
        state.client_order_ids[(user_id, updated_id)] = order.order_id
        order.client_order_id = updated_id
    state.publish(OrderChanged(order, "Amend"))
    if loses_priority:
        order.priority = state.next_seq()
        if _match(state, order, now) and order.status == RESTING:
            close(state, order, CANCELED, now, reason="SelfTradeCancel")
    return order


def decrease_order(state: ExchangeState, user_id: str, order_id: str, body: Mapping[str, Any], now: datetime) -> Order:
    """Lower a resting order's remaining count by ``reduce_by`` or to ``reduce_to`` (exactly one)."""
    order = own_resting_order(state, user_id, order_id)
    given = [name for name in ("reduce_by", "reduce_to") if body.get(name) is not None]
    if len(given) != 1:
        raise bad_params("exactly one of reduce_by and reduce_to is required")
    if given == ["reduce_by"]:
        remaining = max(ZERO, order.remaining_count - parse_count(body["reduce_by"], "reduce_by"))
    else:
        remaining = parse_count(body["reduce_to"], "reduce_to", allow_zero=True)
        if remaining > order.remaining_count:
            raise bad_params(
                "reduce_to must not exceed the remaining count", f"remaining is {count_fp(order.remaining_count)}"
            )
    if remaining == 0:
        close(state, order, CANCELED, now, reason="Decrease")
    else:
        order.remaining_count = remaining
        order.updated = now
        state.publish(OrderChanged(order, "Decrease"))
    return order


def cancel_order(state: ExchangeState, user_id: str, order_id: str, now: datetime) -> tuple[Order, Decimal]:
    """Cancel a resting order; returns it and the contracts that were resting."""
    order = own_resting_order(state, user_id, order_id)
    return order, close(state, order, CANCELED, now)


def expire_orders(state: ExchangeState, now: datetime) -> None:
    """Cancel resting orders whose expiration_time has come."""
    moment = now.timestamp()
    for order in [o for o in state.resting.values() if o.expiration_ts is not None and o.expiration_ts <= moment]:
        close(state, order, CANCELED, now, reason="ExpiryCancel")


def cancel_on_pause(state: ExchangeState, now: datetime) -> None:
    """Cancel resting orders placed with cancel_order_on_pause (trading was just paused)."""
    for order in [o for o in state.resting.values() if o.cancel_order_on_pause]:
        close(state, order, CANCELED, now, reason="HaltCancel")


def queue_position(state: ExchangeState, order: Order) -> Decimal:
    """Contracts resting ahead of ``order`` at its price (0 when it is not resting)."""
    if order.status != RESTING:
        return ZERO
    return sum(
        (
            other.remaining_count
            for other in state.resting.values()
            if other.ticker == order.ticker
            and other.side == order.side
            and other.price == order.price
            and other.priority < order.priority
        ),
        ZERO,
    )


def fill_summary(order: Order) -> dict[str, Any]:
    """The fill fields shared by the create and amend answers."""
    return {
        "fill_count": count_fp(order.fill_count),
        "remaining_count": count_fp(order.remaining_count),
        "average_fill_price": order.average_fill_price(),
        "average_fee_paid": order.average_fee_paid(),
    }
