from enum import Enum
from typing import Literal


class OrderOutcomeSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


OrderOutcomeSideValue = Literal["no", "yes"]
"""The values of `OrderOutcomeSide` as plain strings (what an input accepts, for type checkers)."""

OrderOutcomeSideInput = OrderOutcomeSide | OrderOutcomeSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
