from enum import Enum
from typing import Literal


class MarketStatus(str, Enum):
    ACTIVE = "active"
    AMENDED = "amended"
    CLOSED = "closed"
    DETERMINED = "determined"
    DISPUTED = "disputed"
    FINALIZED = "finalized"
    INACTIVE = "inactive"
    INITIALIZED = "initialized"

    def __str__(self) -> str:
        return str(self.value)


MarketStatusValue = Literal[
    "active", "amended", "closed", "determined", "disputed", "finalized", "inactive", "initialized"
]
"""The values of `MarketStatus` as plain strings (what an input accepts, for type checkers)."""

MarketStatusInput = MarketStatus | MarketStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
