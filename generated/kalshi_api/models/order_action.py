from enum import Enum
from typing import Literal


class OrderAction(str, Enum):
    BUY = "buy"
    SELL = "sell"

    def __str__(self) -> str:
        return str(self.value)


OrderActionValue = Literal["buy", "sell"]
"""The values of `OrderAction` as plain strings (what an input accepts, for type checkers)."""

OrderActionInput = OrderAction | OrderActionValue
"""What an argument of this enum accepts: a member, or its value as a string."""
