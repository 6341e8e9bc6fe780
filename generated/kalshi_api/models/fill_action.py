from enum import Enum
from typing import Literal


class FillAction(str, Enum):
    BUY = "buy"
    SELL = "sell"

    def __str__(self) -> str:
        return str(self.value)


FillActionValue = Literal["buy", "sell"]
"""The values of `FillAction` as plain strings (what an input accepts, for type checkers)."""

FillActionInput = FillAction | FillActionValue
"""What an argument of this enum accepts: a member, or its value as a string."""
