from enum import Enum
from typing import Literal


class RFQStatus(str, Enum):
    CLOSED = "closed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)


RFQStatusValue = Literal["closed", "open"]
"""The values of `RFQStatus` as plain strings (what an input accepts, for type checkers)."""

RFQStatusInput = RFQStatus | RFQStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
