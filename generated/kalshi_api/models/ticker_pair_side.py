from enum import Enum
from typing import Literal


class TickerPairSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


TickerPairSideValue = Literal["no", "yes"]
"""The values of `TickerPairSide` as plain strings (what an input accepts, for type checkers)."""

TickerPairSideInput = TickerPairSide | TickerPairSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
