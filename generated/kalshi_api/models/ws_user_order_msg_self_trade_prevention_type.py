from enum import Enum
from typing import Literal


class WsUserOrderMsgSelfTradePreventionType(str, Enum):
    MAKER = "maker"
    TAKER_AT_CROSS = "taker_at_cross"

    def __str__(self) -> str:
        return str(self.value)


WsUserOrderMsgSelfTradePreventionTypeValue = Literal["maker", "taker_at_cross"]
"""The values of `WsUserOrderMsgSelfTradePreventionType` as plain strings (what an input accepts, for type checkers)."""

WsUserOrderMsgSelfTradePreventionTypeInput = (
    WsUserOrderMsgSelfTradePreventionType | WsUserOrderMsgSelfTradePreventionTypeValue
)
"""What an argument of this enum accepts: a member, or its value as a string."""
