from enum import Enum
from typing import Literal


class WsUserOrderMsgStatus(str, Enum):
    CANCELED = "canceled"
    EXECUTED = "executed"
    RESTING = "resting"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)


WsUserOrderMsgStatusValue = Literal["canceled", "executed", "resting", "unknown"]
"""The values of `WsUserOrderMsgStatus` as plain strings (what an input accepts, for type checkers)."""

WsUserOrderMsgStatusInput = WsUserOrderMsgStatus | WsUserOrderMsgStatusValue
"""What an argument of this enum accepts: a member, or its value as a string."""
