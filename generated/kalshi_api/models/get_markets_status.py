from enum import Enum
from typing import Literal


class GetMarketsStatus(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    PAUSED = "paused"
    SETTLED = "settled"
    UNOPENED = "unopened"

    def __str__(self) -> str:
        return str(self.value)


GetMarketsStatusValue = Literal["closed", "open", "paused", "settled", "unopened"]
"""The values of `GetMarketsStatus` as plain strings (what an input accepts, for type checkers)."""

GetMarketsStatusInput = GetMarketsStatus | GetMarketsStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
