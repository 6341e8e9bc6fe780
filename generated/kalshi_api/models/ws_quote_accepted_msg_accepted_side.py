from enum import Enum
from typing import Literal


class WsQuoteAcceptedMsgAcceptedSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


WsQuoteAcceptedMsgAcceptedSideValue = Literal["no", "yes"]
"""The values of `WsQuoteAcceptedMsgAcceptedSide` as plain strings (what an input accepts, for type checkers)."""

WsQuoteAcceptedMsgAcceptedSideInput = WsQuoteAcceptedMsgAcceptedSide | WsQuoteAcceptedMsgAcceptedSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
