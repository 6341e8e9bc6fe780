from enum import Enum
from typing import Literal


class FillSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


FillSideValue = Literal["no", "yes"]
"""The values of `FillSide` as plain strings (what an input accepts, for type checkers)."""

FillSideInput = FillSide | FillSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
