from enum import Enum
from typing import Literal


class OrderStatus(str, Enum):
    CANCELED = "canceled"
    EXECUTED = "executed"
    RESTING = "resting"

    def __str__(self) -> str:
        return str(self.value)


OrderStatusValue = Literal["canceled", "executed", "resting"]
"""The values of `OrderStatus` as plain strings (what an input accepts, for type checkers)."""

OrderStatusInput = OrderStatus | OrderStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
