from enum import Enum
from typing import Literal


class QuoteAcceptedSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


QuoteAcceptedSideValue = Literal["no", "yes"]
"""The values of `QuoteAcceptedSide` as plain strings (what an input accepts, for type checkers)."""

QuoteAcceptedSideInput = QuoteAcceptedSide | QuoteAcceptedSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
