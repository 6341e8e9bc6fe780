from enum import Enum
from typing import Literal


class QuoteStatus(str, Enum):
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"
    EXECUTED = "executed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)


QuoteStatusValue = Literal["accepted", "cancelled", "confirmed", "executed", "open"]
"""The values of `QuoteStatus` as plain strings (what an input accepts, for type checkers)."""

QuoteStatusInput = QuoteStatus | QuoteStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
