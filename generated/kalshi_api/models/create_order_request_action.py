from enum import Enum
from typing import Literal


class CreateOrderRequestAction(str, Enum):
    BUY = "buy"
    SELL = "sell"

    def __str__(self) -> str:
        return str(self.value)


CreateOrderRequestActionValue = Literal["buy", "sell"]
"""The values of `CreateOrderRequestAction` as plain strings (what an input accepts, for type checkers)."""

CreateOrderRequestActionInput = CreateOrderRequestAction | CreateOrderRequestActionValue
"""What an argument of this enum accepts: a member, or its value as a string."""
