from enum import Enum
from typing import Literal


class TradeTakerSide(str, Enum):
    TRADE_TAKER_SIDE_NO = "no"
    TRADE_TAKER_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


TradeTakerSideValue = Literal["no", "yes"]
"""The values of `TradeTakerSide` as plain strings (what an input accepts, for type checkers)."""

TradeTakerSideInput = TradeTakerSide | TradeTakerSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
