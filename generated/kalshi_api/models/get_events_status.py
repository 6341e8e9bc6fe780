from enum import Enum
from typing import Literal


class GetEventsStatus(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    SETTLED = "settled"
    UNOPENED = "unopened"

    def __str__(self) -> str:
        return str(self.value)


GetEventsStatusValue = Literal["closed", "open", "settled", "unopened"]
"""The values of `GetEventsStatus` as plain strings (what an input accepts, for type checkers)."""

GetEventsStatusInput = GetEventsStatus | GetEventsStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
