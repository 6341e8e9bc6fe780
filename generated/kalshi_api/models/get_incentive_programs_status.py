from enum import Enum
from typing import Literal


class GetIncentiveProgramsStatus(str, Enum):
    ACTIVE = "active"
    ALL = "all"
    CLOSED = "closed"
    PAID_OUT = "paid_out"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)


GetIncentiveProgramsStatusValue = Literal["active", "all", "closed", "paid_out", "upcoming"]
"""The values of `GetIncentiveProgramsStatus` as plain strings (what an input accepts, for type checkers)."""

GetIncentiveProgramsStatusInput = GetIncentiveProgramsStatus | GetIncentiveProgramsStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
