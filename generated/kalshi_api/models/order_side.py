from enum import Enum
from typing import Literal


class OrderSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


OrderSideValue = Literal["no", "yes"]
"""The values of `OrderSide` as plain strings (what an input accepts, for type checkers)."""

OrderSideInput = OrderSide | OrderSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
