from enum import Enum
from typing import Literal


class AmendOrderRequestAction(str, Enum):
    BUY = "buy"
    SELL = "sell"

    def __str__(self) -> str:
        return str(self.value)


AmendOrderRequestActionValue = Literal["buy", "sell"]
"""The values of `AmendOrderRequestAction` as plain strings (what an input accepts, for type checkers)."""

AmendOrderRequestActionInput = AmendOrderRequestAction | AmendOrderRequestActionValue
"""What an argument of this enum accepts: a member, or its value as a string."""
