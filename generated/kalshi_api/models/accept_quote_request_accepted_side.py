from enum import Enum
from typing import Literal


class AcceptQuoteRequestAcceptedSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


AcceptQuoteRequestAcceptedSideValue = Literal["no", "yes"]
"""The values of `AcceptQuoteRequestAcceptedSide` as plain strings (what an input accepts, for type checkers)."""

AcceptQuoteRequestAcceptedSideInput = AcceptQuoteRequestAcceptedSide | AcceptQuoteRequestAcceptedSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
