from enum import Enum
from typing import Literal


class MarketStrikeType(str, Enum):
    BETWEEN = "between"
    CUSTOM = "custom"
    FUNCTIONAL = "functional"
    GREATER = "greater"
    GREATER_OR_EQUAL = "greater_or_equal"
    LESS = "less"
    LESS_OR_EQUAL = "less_or_equal"
    STRUCTURED = "structured"

    def __str__(self) -> str:
        return str(self.value)


MarketStrikeTypeValue = Literal[
    "between", "custom", "functional", "greater", "greater_or_equal", "less", "less_or_equal", "structured"
]
"""The values of `MarketStrikeType` as plain strings (what an input accepts, for type checkers)."""

MarketStrikeTypeInput = MarketStrikeType | MarketStrikeTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
