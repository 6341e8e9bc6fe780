from enum import Enum
from typing import Literal


class IntraExchangeInstanceTransferStatus(str, Enum):
    INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_COMPLETE = "complete"
    INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)


IntraExchangeInstanceTransferStatusValue = Literal["complete", "pending"]
"""The values of `IntraExchangeInstanceTransferStatus` as plain strings (what an input accepts, for type checkers)."""

IntraExchangeInstanceTransferStatusInput = (
    IntraExchangeInstanceTransferStatus | IntraExchangeInstanceTransferStatusValue
)
"""What an argument of this enum accepts: a member, or its value as a string."""
