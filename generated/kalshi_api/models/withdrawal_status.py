from enum import Enum


class WithdrawalStatus(str, Enum):
    WITHDRAWAL_STATUS_APPLIED = "applied"
    WITHDRAWAL_STATUS_FAILED = "failed"
    WITHDRAWAL_STATUS_PENDING = "pending"
    WITHDRAWAL_STATUS_RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
