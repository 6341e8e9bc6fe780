from enum import Enum
from typing import Literal


class GetFcmPositionsSettlementStatus(str, Enum):
    ALL = "all"
    SETTLED = "settled"
    UNSETTLED = "unsettled"

    def __str__(self) -> str:
        return str(self.value)


GetFcmPositionsSettlementStatusValue = Literal["all", "settled", "unsettled"]
"""The values of `GetFcmPositionsSettlementStatus` as plain strings (what an input accepts, for type checkers)."""

GetFcmPositionsSettlementStatusInput = GetFcmPositionsSettlementStatus | GetFcmPositionsSettlementStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
