from enum import Enum
from typing import Literal


class ProposeBlockTradeRequestMakerSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


ProposeBlockTradeRequestMakerSideValue = Literal["no", "yes"]
"""The values of `ProposeBlockTradeRequestMakerSide` as plain strings (what an input accepts, for type checkers)."""

ProposeBlockTradeRequestMakerSideInput = ProposeBlockTradeRequestMakerSide | ProposeBlockTradeRequestMakerSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
