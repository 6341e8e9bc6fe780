from enum import Enum
from typing import Literal


class GetMultivariateEventCollectionsStatus(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    UNOPENED = "unopened"

    def __str__(self) -> str:
        return str(self.value)


GetMultivariateEventCollectionsStatusValue = Literal["closed", "open", "unopened"]
"""The values of `GetMultivariateEventCollectionsStatus` as plain strings (what an input accepts, for type checkers)."""

GetMultivariateEventCollectionsStatusInput = (
    GetMultivariateEventCollectionsStatus | GetMultivariateEventCollectionsStatusValue
)
"""What an argument of this enum accepts: a member, or its value as a string."""
