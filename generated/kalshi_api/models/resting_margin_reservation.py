from enum import Enum
from typing import Literal


class RestingMarginReservation(str, Enum):
    RESTING_MARGIN_RESERVATION_MAX = "max"
    RESTING_MARGIN_RESERVATION_NONE = "none"
    RESTING_MARGIN_RESERVATION_SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)


RestingMarginReservationValue = Literal["max", "none", "sum"]
"""The values of `RestingMarginReservation` as plain strings (what an input accepts, for type checkers)."""

RestingMarginReservationInput = RestingMarginReservation | RestingMarginReservationValue
"""What an argument of this enum accepts: a member, or its value as a string."""
