from enum import Enum


class MarketSettlementBoundsType(str, Enum):
    DEFAULT = "default"
    FLOOR = "floor"

    def __str__(self) -> str:
        return str(self.value)
