"""Prices and contract counts as exact decimals.

The API carries money as fixed-point dollar strings ("0.5600") and contract counts as fixed-point
strings ("10.00"). Inputs are taken as `Decimal`, `str` or `int` and never as `float`, whose binary
rounding would silently change a price; each value is checked for range and precision before
anything is sent.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = ["COUNT_PLACES", "DOLLAR_PLACES", "Number", "to_contracts", "to_dollars", "to_price"]

Number = Decimal | str | int
"""What the SDK accepts for a price, an amount of dollars or a number of contracts."""

DOLLAR_PLACES = 4
COUNT_PLACES = 2
_DOLLAR_STEP = Decimal(1).scaleb(-DOLLAR_PLACES)
_COUNT_STEP = Decimal(1).scaleb(-COUNT_PLACES)
_ONE = Decimal(1)


def _to_decimal(name: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        hint = " (a float cannot hold most prices exactly; pass a str or Decimal)" if isinstance(value, float) else ""
        raise TypeError(f"{name} must be a Decimal, str or int, got {type(value).__name__}{hint}")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError(f"{name} must be a decimal number, got {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return number


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def to_price(name: str, value: object) -> Decimal:
    """A contract price in dollars: strictly between 0 and 1, at most 4 decimal places."""
    number = _to_decimal(name, value)
    if not 0 < number < _ONE or _places(number) > DOLLAR_PLACES:
        raise ValueError(
            f"{name} must be a price in dollars between 0.0001 and 0.9999 with at most {DOLLAR_PLACES} "
            f"decimal places, got {value!r}"
        )
    return number.quantize(_DOLLAR_STEP)


def to_dollars(name: str, value: object, *, minimum: Decimal = Decimal(0)) -> Decimal:
    """An amount of dollars: at least `minimum`, at most 4 decimal places."""
    number = _to_decimal(name, value)
    if number < minimum or _places(number) > DOLLAR_PLACES:
        raise ValueError(
            f"{name} must be an amount of dollars of at least {minimum} with at most {DOLLAR_PLACES} "
            f"decimal places, got {value!r}"
        )
    return number.quantize(_DOLLAR_STEP)


def to_contracts(name: str, value: object, *, allow_zero: bool = False) -> Decimal:
    """A number of contracts: positive (or zero when allowed), at most 2 decimal places."""
    number = _to_decimal(name, value)
    low_ok = number >= 0 if allow_zero else number > 0
    if not low_ok or _places(number) > COUNT_PLACES:
        least = "0" if allow_zero else "0.01"
        raise ValueError(
            f"{name} must be a number of contracts of at least {least} with at most {COUNT_PLACES} "
            f"decimal places, got {value!r}"
        )
    return number.quantize(_COUNT_STEP)
