from enum import Enum
from typing import Literal


class SelfTradePreventionType(str, Enum):
    MAKER = "maker"
    TAKER_AT_CROSS = "taker_at_cross"

    def __str__(self) -> str:
        return str(self.value)


SelfTradePreventionTypeValue = Literal["maker", "taker_at_cross"]
"""The values of `SelfTradePreventionType` as plain strings (what an input accepts, for type checkers)."""

SelfTradePreventionTypeInput = SelfTradePreventionType | SelfTradePreventionTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
