from enum import Enum
from typing import Literal


class ExchangeInstance(str, Enum):
    EVENT_CONTRACT = "event_contract"
    MARGINED = "margined"

    def __str__(self) -> str:
        return str(self.value)


ExchangeInstanceValue = Literal["event_contract", "margined"]
"""The values of `ExchangeInstance` as plain strings (what an input accepts, for type checkers)."""

ExchangeInstanceInput = ExchangeInstance | ExchangeInstanceValue
"""What an argument of this enum accepts: a member, or its value as a string."""
