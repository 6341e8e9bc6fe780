from enum import Enum
from typing import Literal


class MarketResult(str, Enum):
    NO = "no"
    SCALAR = "scalar"
    VALUE_3 = ""
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


MarketResultValue = Literal["no", "scalar", "", "yes"]
"""The values of `MarketResult` as plain strings (what an input accepts, for type checkers)."""

MarketResultInput = MarketResult | MarketResultValue
"""What an argument of this enum accepts: a member, or its value as a string."""
