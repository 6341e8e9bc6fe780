"""Property-based tests (Hypothesis) of the pieces whose inputs are wide: fixed-point numbers, pagination
with resume, and the client's rate limiter on a fake clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kalshi_api.models import Trade
from kalshi_sdk import APIError, Kalshi, RetryPolicy
from kalshi_sdk import _rate_limit as rate_limit_module
from kalshi_sdk._constants import RATE_LIMIT_CATCH_UP_SECONDS
from kalshi_sdk._fixed_point import COUNT_PLACES, DOLLAR_PLACES, to_contracts, to_dollars, to_price
from kalshi_sdk._rate_limit import TokenBucket
from kalshi_sdk.testing import FakeExchange
from kalshi_sdk.testing._numbers import count_fp, dollars, parse_count, parse_dollars

# Fixed-point values as the API writes them, and their Decimal values.
PRICES = st.integers(1, 10**DOLLAR_PLACES - 1).map(lambda n: Decimal(n).scaleb(-DOLLAR_PLACES))
COUNTS = st.integers(1, 10**9).map(lambda n: Decimal(n).scaleb(-COUNT_PLACES))
AMOUNTS = st.integers(0, 10**14).map(lambda n: Decimal(n).scaleb(-DOLLAR_PLACES))
ANY_DECIMAL = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**6), max_value=10**6)


def _spellings(number: Decimal, places: int) -> st.SearchStrategy[object]:
    """The ways a user may pass a number: Decimal, canonical or short string, padded string, int when whole."""
    forms: list[object] = [number, f"{number:.{places}f}", str(number.normalize()), f"  {number}\n"]
    if number == number.to_integral_value():
        forms.append(int(number))
    return st.sampled_from(forms)


# -- fixed point ---------------------------------------------------------------------------------


@given(PRICES.flatmap(lambda price: st.tuples(st.just(price), _spellings(price, DOLLAR_PLACES))))
def test_a_price_reads_back_exactly_in_the_api_form(case: tuple[Decimal, object]) -> None:
    price, given_as = case
    parsed = to_price("price", given_as)
    assert parsed == price and str(parsed) == f"{price:.{DOLLAR_PLACES}f}"
    assert parse_dollars(str(parsed), "price") == price and dollars(parsed) == str(parsed)  # and the fake's side


@given(COUNTS.flatmap(lambda count: st.tuples(st.just(count), _spellings(count, COUNT_PLACES))))
def test_a_count_reads_back_exactly_in_the_api_form(case: tuple[Decimal, object]) -> None:
    count, given_as = case
    parsed = to_contracts("count", given_as)
    assert parsed == count and str(parsed) == f"{count:.{COUNT_PLACES}f}"
    assert parse_count(str(parsed), "count") == count and count_fp(parsed) == str(parsed)


@given(AMOUNTS)
def test_an_amount_of_dollars_reads_back_exactly(amount: Decimal) -> None:
    assert str(to_dollars("amount", str(amount))) == f"{amount:.{DOLLAR_PLACES}f}"


@given(ANY_DECIMAL)
def test_a_number_is_taken_exactly_or_refused_never_rounded(number: Decimal) -> None:
    for convert, places, valid in (
        (to_price, DOLLAR_PLACES, 0 < number < 1),
        (to_dollars, DOLLAR_PLACES, number >= 0),
        (lambda name, value: to_contracts(name, value), COUNT_PLACES, number > 0),
    ):
        exact = number == number.quantize(Decimal(1).scaleb(-places))
        if valid and exact:
            assert convert("value", str(number)) == number
        else:
            with pytest.raises(ValueError, match="value must be"):
                convert("value", str(number))


@given(PRICES, COUNTS)
def test_models_decode_fixed_point_strings_to_the_same_decimal_and_write_them_back_unchanged(
    price: Decimal, count: Decimal
) -> None:
    sent = {"count_fp": f"{count:.2f}", "yes_price_dollars": f"{price:.4f}", "no_price_dollars": f"{1 - price:.4f}"}
    trade = Trade.from_dict(sent)
    assert (trade.count_fp, trade.yes_price_dollars, trade.no_price_dollars) == (count, price, 1 - price)
    assert all(isinstance(value, Decimal) for value in (trade.count_fp, trade.yes_price_dollars))
    assert {key: trade.to_dict()[key] for key in sent} == sent


@given(st.one_of(st.text(max_size=12), st.integers(), st.floats(), st.none(), st.booleans()))
def test_models_keep_what_is_not_a_fixed_point_string_as_it_came(value: object) -> None:
    assume(not (isinstance(value, str) and _is_finite_decimal(value)))
    trade = Trade.from_dict({"count_fp": value})
    assert trade.count_fp is value or trade.count_fp == value or value != value  # NaN is kept too


def _is_finite_decimal(text: str) -> bool:
    try:
        return Decimal(text).is_finite()
    except ArithmeticError:
        return False


# -- pagination with resume ----------------------------------------------------------------------

MILESTONES = 30


@pytest.fixture(scope="module")
def listing() -> Iterator[tuple[FakeExchange, list[str]]]:
    """A fake exchange with a few dozen milestones, and their ids in list order (read without failures)."""
    with FakeExchange(seed=False) as exchange:
        exchange.make_milestones(MILESTONES)
        with Kalshi(base_url=exchange.base_url, rate_limit=None) as client:
            everything = [milestone.id for milestone in client.milestones.list(limit=500)]
        assert len(everything) == MILESTONES
        yield exchange, everything


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    page_size=st.integers(1, 12),
    failures=st.dictionaries(st.integers(0, MILESTONES), st.integers(1, 2), max_size=5),
    with_a_retry=st.booleans(),
)
def test_resuming_a_list_after_failures_loses_and_repeats_nothing(
    listing: tuple[FakeExchange, list[str]], page_size: int, failures: dict[int, int], with_a_retry: bool
) -> None:
    """Page requests fail (1 or 2 in a row) after random numbers of items; resuming from each error's
    resume_cursor gives every item exactly once, in order."""
    exchange, everything = listing
    # With a retry, a single failure is absorbed and two in a row surface; the retry waits next to nothing.
    policy = RetryPolicy(max_retries=1 if with_a_retry else 0, backoff_base=0.001, backoff_cap=0.001)
    seen: list[str] = []
    errors = 0
    with Kalshi(base_url=exchange.base_url, retry_policy=policy, rate_limit=None) as client:
        pages = client.milestones.list(limit=page_size)
        cursor: str | None = None
        pending = dict(failures)
        if 0 in pending:
            exchange.fail_next(503, count=pending.pop(0))
        while True:
            try:
                for milestone in pages.from_cursor(cursor):
                    seen.append(milestone.id)
                    if len(seen) in pending:
                        exchange.fail_next(503, count=pending.pop(len(seen)))
                break
            except APIError as error:
                errors += 1
                assert errors <= sum(failures.values()), "more errors than failures injected"
                cursor = error.resume_cursor
        exchange.clear_requests()
    # A failure injected after the last page was fetched hits no request: drain it for the next example.
    while True:
        try:
            with Kalshi(base_url=exchange.base_url, max_retries=0, rate_limit=None) as probe:
                probe.exchange.status()
            break
        except APIError:
            continue
    assert seen == everything


# -- the rate limiter on a fake clock ------------------------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def _sends(rate: float, burst: int, gaps: list[float], lateness: list[float]) -> list[float]:
    """When each request goes: they arrive `gaps` apart, each sleeps what reserve() says (waking
    `lateness` later than asked) and asks wait_again() until it may go."""
    clock = _Clock()
    with mock.patch.object(rate_limit_module, "time", clock):
        bucket = TokenBucket(rate=rate, burst=burst)
        arrivals = [clock.now + sum(gaps[: i + 1]) for i in range(len(gaps))]
        tickets = []
        for arrival in arrivals:
            clock.now = arrival
            wait, ticket = bucket.reserve()
            tickets.append((arrival + wait, ticket))
        sends: list[float] = []
        # Wake each caller in booking order (its own lateness added); it goes once wait_again() says 0.
        for (wake, ticket), late in zip(tickets, lateness, strict=True):
            clock.now = max(wake + late, sends[-1] if sends else 0.0)
            while (more := bucket.wait_again(ticket)) > 0:
                clock.now += more
            sends.append(clock.now)
        return sends


def _assert_within_budget(sends: list[float], rate: float, burst: float) -> None:
    """Any run of requests, from the j-th to the i-th, went within the bucket: at most `burst` plus
    `rate` per second of the time between the two."""
    for i, last in enumerate(sends):
        for j in range(i + 1):
            assert i - j + 1 <= burst + rate * (last - sends[j]) + 1e-6, (j, i, sends)


ARRIVALS = st.lists(st.floats(0, 0.5), min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(rate=st.sampled_from([2.0, 10.0, 20.0, 30.0]), burst=st.integers(1, 10), gaps=ARRIVALS)
def test_callers_on_time_never_exceed_the_budget_and_never_wait_for_nothing(
    rate: float, burst: int, gaps: list[float]
) -> None:
    sends = _sends(rate, burst, gaps, [0.0] * len(gaps))
    assert sends == sorted(sends)  # first come, first served
    _assert_within_budget(sends, rate, burst)
    # No waiting while there is budget: a request that waited went at the first moment the budget
    # allowed, i.e. some run of requests ending with it uses the budget exactly.
    arrivals = [1000.0 + sum(gaps[: i + 1]) for i in range(len(gaps))]
    for i, (arrived, sent) in enumerate(zip(arrivals, sends, strict=True)):
        if sent > arrived + 1e-6:
            assert any(abs(i - j + 1 - burst - rate * (sent - sends[j])) < 1e-6 for j in range(i)), (i, sends)


@settings(max_examples=200, deadline=None)
@given(
    rate=st.sampled_from([10.0, 20.0]),
    burst=st.integers(1, 10),
    gaps_and_lateness=ARRIVALS.flatmap(
        lambda gaps: st.tuples(st.just(gaps), st.lists(st.floats(0, 3), min_size=len(gaps), max_size=len(gaps)))
    ),
)
def test_late_wakers_never_surge_beyond_the_budget_and_the_catch_up(
    rate: float, burst: int, gaps_and_lateness: tuple[list[float], list[float]]
) -> None:
    """Callers that wake late (a busy machine) go at once with what was booked up to the catch-up
    allowance after them, never more: the budget holds with that allowance added."""
    gaps, lateness = gaps_and_lateness
    sends = _sends(rate, burst, gaps, lateness)
    _assert_within_budget(sends, rate, burst + rate * RATE_LIMIT_CATCH_UP_SECONDS)
