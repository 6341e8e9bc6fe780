from enum import Enum
from typing import Literal


class MarketSettlementBoundsType(str, Enum):
    DEFAULT = "default"
    FLOOR = "floor"

    def __str__(self) -> str:
        return str(self.value)


MarketSettlementBoundsTypeValue = Literal["default", "floor"]
"""The values of `MarketSettlementBoundsType` as plain strings (what an input accepts, for type checkers)."""

MarketSettlementBoundsTypeInput = MarketSettlementBoundsType | MarketSettlementBoundsTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
