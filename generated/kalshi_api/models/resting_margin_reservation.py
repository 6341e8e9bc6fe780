from enum import Enum


class RestingMarginReservation(str, Enum):
    RESTING_MARGIN_RESERVATION_MAX = "max"
    RESTING_MARGIN_RESERVATION_NONE = "none"
    RESTING_MARGIN_RESERVATION_SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)
