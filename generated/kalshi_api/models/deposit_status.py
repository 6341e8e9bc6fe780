from enum import Enum


class DepositStatus(str, Enum):
    DEPOSIT_STATUS_APPLIED = "applied"
    DEPOSIT_STATUS_FAILED = "failed"
    DEPOSIT_STATUS_PENDING = "pending"
    DEPOSIT_STATUS_RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
