from enum import Enum
from typing import Literal


class WsMarketSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


WsMarketSideValue = Literal["no", "yes"]
"""The values of `WsMarketSide` as plain strings (what an input accepts, for type checkers)."""

WsMarketSideInput = WsMarketSide | WsMarketSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
