from enum import Enum
from typing import Literal


class GetFcmOrdersStatus(str, Enum):
    CANCELED = "canceled"
    EXECUTED = "executed"
    RESTING = "resting"

    def __str__(self) -> str:
        return str(self.value)


GetFcmOrdersStatusValue = Literal["canceled", "executed", "resting"]
"""The values of `GetFcmOrdersStatus` as plain strings (what an input accepts, for type checkers)."""

GetFcmOrdersStatusInput = GetFcmOrdersStatus | GetFcmOrdersStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
