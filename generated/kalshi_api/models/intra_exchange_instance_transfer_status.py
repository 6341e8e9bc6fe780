from enum import Enum


class IntraExchangeInstanceTransferStatus(str, Enum):
    INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_COMPLETE = "complete"
    INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
