from enum import Enum
from typing import Literal


class GetMarketsMveFilter(str, Enum):
    EXCLUDE = "exclude"
    ONLY = "only"

    def __str__(self) -> str:
        return str(self.value)


GetMarketsMveFilterValue = Literal["exclude", "only"]
"""The values of `GetMarketsMveFilter` as plain strings (what an input accepts, for type checkers)."""

GetMarketsMveFilterInput = GetMarketsMveFilter | GetMarketsMveFilterValue
"""What an argument of this enum accepts: a member, or its value as a string."""
