from enum import Enum
from typing import Literal


class SettlementMarketResult(str, Enum):
    NO = "no"
    SCALAR = "scalar"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


SettlementMarketResultValue = Literal["no", "scalar", "yes"]
"""The values of `SettlementMarketResult` as plain strings (what an input accepts, for type checkers)."""

SettlementMarketResultInput = SettlementMarketResult | SettlementMarketResultValue
"""What an argument of this enum accepts: a member, or its value as a string."""
