from enum import Enum


class SelfTradePreventionType(str, Enum):
    MAKER = "maker"
    TAKER_AT_CROSS = "taker_at_cross"

    def __str__(self) -> str:
        return str(self.value)
