from enum import Enum
from typing import Literal


class WsRfqCreatedMsgMveSelectedLegsItemSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


WsRfqCreatedMsgMveSelectedLegsItemSideValue = Literal["no", "yes"]
"""The values of `WsRfqCreatedMsgMveSelectedLegsItemSide` as plain strings (what an input accepts, for type checkers)."""

WsRfqCreatedMsgMveSelectedLegsItemSideInput = (
    WsRfqCreatedMsgMveSelectedLegsItemSide | WsRfqCreatedMsgMveSelectedLegsItemSideValue
)
"""What an argument of this enum accepts: a member, or its value as a string."""
