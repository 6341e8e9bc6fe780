from enum import Enum
from typing import Literal


class DepositStatus(str, Enum):
    DEPOSIT_STATUS_APPLIED = "applied"
    DEPOSIT_STATUS_FAILED = "failed"
    DEPOSIT_STATUS_PENDING = "pending"
    DEPOSIT_STATUS_RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)


DepositStatusValue = Literal["applied", "failed", "pending", "returned"]
"""The values of `DepositStatus` as plain strings (what an input accepts, for type checkers)."""

DepositStatusInput = DepositStatus | DepositStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
