from enum import Enum
from typing import Literal


class CreateOrderRequestSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


CreateOrderRequestSideValue = Literal["no", "yes"]
"""The values of `CreateOrderRequestSide` as plain strings (what an input accepts, for type checkers)."""

CreateOrderRequestSideInput = CreateOrderRequestSide | CreateOrderRequestSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
