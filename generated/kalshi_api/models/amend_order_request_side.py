from enum import Enum
from typing import Literal


class AmendOrderRequestSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


AmendOrderRequestSideValue = Literal["no", "yes"]
"""The values of `AmendOrderRequestSide` as plain strings (what an input accepts, for type checkers)."""

AmendOrderRequestSideInput = AmendOrderRequestSide | AmendOrderRequestSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
