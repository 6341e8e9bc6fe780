from enum import Enum
from typing import Literal


class WithdrawalStatus(str, Enum):
    WITHDRAWAL_STATUS_APPLIED = "applied"
    WITHDRAWAL_STATUS_FAILED = "failed"
    WITHDRAWAL_STATUS_PENDING = "pending"
    WITHDRAWAL_STATUS_RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)


WithdrawalStatusValue = Literal["applied", "failed", "pending", "returned"]
"""The values of `WithdrawalStatus` as plain strings (what an input accepts, for type checkers)."""

WithdrawalStatusInput = WithdrawalStatus | WithdrawalStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
