from enum import Enum
from typing import Literal


class WsOrderAction(str, Enum):
    BUY = "buy"
    SELL = "sell"
    SELL_PARTIAL = "sell_partial"
    SELL_TO_CLOSE = "sell_to_close"
    VALUE_4 = ""

    def __str__(self) -> str:
        return str(self.value)


WsOrderActionValue = Literal["buy", "sell", "sell_partial", "sell_to_close", ""]
"""The values of `WsOrderAction` as plain strings (what an input accepts, for type checkers)."""

WsOrderActionInput = WsOrderAction | WsOrderActionValue
"""What an argument of this enum accepts: a member, or its value as a string."""
