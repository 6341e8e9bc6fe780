from enum import Enum
from typing import Literal


class WsBookSide(str, Enum):
    ASK = "ask"
    BID = "bid"

    def __str__(self) -> str:
        return str(self.value)


WsBookSideValue = Literal["ask", "bid"]
"""The values of `WsBookSide` as plain strings (what an input accepts, for type checkers)."""

WsBookSideInput = WsBookSide | WsBookSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
