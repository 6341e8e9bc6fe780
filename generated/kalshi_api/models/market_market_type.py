from enum import Enum
from typing import Literal


class MarketMarketType(str, Enum):
    BINARY = "binary"
    SCALAR = "scalar"

    def __str__(self) -> str:
        return str(self.value)


MarketMarketTypeValue = Literal["binary", "scalar"]
"""The values of `MarketMarketType` as plain strings (what an input accepts, for type checkers)."""

MarketMarketTypeInput = MarketMarketType | MarketMarketTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
