"""Fixed-point numbers as the API writes them: dollars with four decimals, counts with two."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ._http import bad_params

ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")
_DOLLAR_PLACES = Decimal("0.0001")
_COUNT_PLACES = Decimal("0.01")

_DOLLARS = re.compile(r"\d+(\.\d{1,4})?")
_COUNT = re.compile(r"\d+(\.\d{1,2})?")


def dollars(value: Decimal) -> str:
    """A dollar amount as the API writes it: ``Decimal("0.56")`` -> ``"0.5600"``."""
    return str(value.quantize(_DOLLAR_PLACES))


def count_fp(value: Decimal) -> str:
    """A contract count as the API writes it: ``Decimal(10)`` -> ``"10.00"``."""
    return str(value.quantize(_COUNT_PLACES))


def cents(value: Decimal) -> int:
    """Whole cents in a dollar amount, rounded down (the API's integer ``balance``)."""
    return int((value * 100).to_integral_value(ROUND_FLOOR))


def round_up_to_cent(value: Decimal) -> Decimal:
    """The amount rounded up to the next whole cent (how fees are charged)."""
    return (value / CENT).to_integral_value(ROUND_CEILING) * CENT


def parse_dollars(value: object, name: str) -> Decimal:
    """A FixedPointDollars string such as ``"0.5600"``; ApiError 400 naming ``name`` otherwise."""
    if not isinstance(value, str) or not _DOLLARS.fullmatch(value):
        raise bad_params(f'{name} must be a fixed-point dollar string such as "0.5600"', f"got {value!r}")
    return Decimal(value)


def parse_count(value: object, name: str, *, allow_zero: bool = False) -> Decimal:
    """A FixedPointCount string such as ``"10.00"``, positive unless ``allow_zero``; ApiError 400 otherwise."""
    if not isinstance(value, str) or not _COUNT.fullmatch(value):
        raise bad_params(f'{name} must be a fixed-point count string such as "10.00"', f"got {value!r}")
    count = Decimal(value)
    if count == 0 and not allow_zero:
        raise bad_params(f"{name} must be greater than zero", f"got {value!r}")
    return count
