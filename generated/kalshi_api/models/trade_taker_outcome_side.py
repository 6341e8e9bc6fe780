from enum import Enum
from typing import Literal


class TradeTakerOutcomeSide(str, Enum):
    TRADE_TAKER_OUTCOME_SIDE_NO = "no"
    TRADE_TAKER_OUTCOME_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


TradeTakerOutcomeSideValue = Literal["no", "yes"]
"""The values of `TradeTakerOutcomeSide` as plain strings (what an input accepts, for type checkers)."""

TradeTakerOutcomeSideInput = TradeTakerOutcomeSide | TradeTakerOutcomeSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
