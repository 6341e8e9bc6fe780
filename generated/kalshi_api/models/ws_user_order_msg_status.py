from enum import Enum


class WsUserOrderMsgStatus(str, Enum):
    CANCELED = "canceled"
    EXECUTED = "executed"
    RESTING = "resting"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
