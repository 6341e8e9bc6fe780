from enum import Enum
from typing import Literal


class GetHistoricalMarketsMveFilter(str, Enum):
    EXCLUDE = "exclude"

    def __str__(self) -> str:
        return str(self.value)


GetHistoricalMarketsMveFilterValue = Literal["exclude"]
"""The values of `GetHistoricalMarketsMveFilter` as plain strings (what an input accepts, for type checkers)."""

GetHistoricalMarketsMveFilterInput = GetHistoricalMarketsMveFilter | GetHistoricalMarketsMveFilterValue
"""What an argument of this enum accepts: a member, or its value as a string."""
