from enum import Enum
from typing import Literal


class OrderType(str, Enum):
    LIMIT = "limit"
    MARKET = "market"

    def __str__(self) -> str:
        return str(self.value)


OrderTypeValue = Literal["limit", "market"]
"""The values of `OrderType` as plain strings (what an input accepts, for type checkers)."""

OrderTypeInput = OrderType | OrderTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
