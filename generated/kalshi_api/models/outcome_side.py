from enum import Enum
from typing import Literal


class OutcomeSide(str, Enum):
    OUTCOME_SIDE_NO = "no"
    OUTCOME_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


OutcomeSideValue = Literal["no", "yes"]
"""The values of `OutcomeSide` as plain strings (what an input accepts, for type checkers)."""

OutcomeSideInput = OutcomeSide | OutcomeSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
