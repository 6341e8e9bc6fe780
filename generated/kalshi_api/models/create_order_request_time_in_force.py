from enum import Enum
from typing import Literal


class CreateOrderRequestTimeInForce(str, Enum):
    FILL_OR_KILL = "fill_or_kill"
    GOOD_TILL_CANCELED = "good_till_canceled"
    IMMEDIATE_OR_CANCEL = "immediate_or_cancel"

    def __str__(self) -> str:
        return str(self.value)


CreateOrderRequestTimeInForceValue = Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
"""The values of `CreateOrderRequestTimeInForce` as plain strings (what an input accepts, for type checkers)."""

CreateOrderRequestTimeInForceInput = CreateOrderRequestTimeInForce | CreateOrderRequestTimeInForceValue
"""What an argument of this enum accepts: a member, or its value as a string."""
