from enum import Enum


class MarketStatus(str, Enum):
    ACTIVE = "active"
    AMENDED = "amended"
    CLOSED = "closed"
    DETERMINED = "determined"
    DISPUTED = "disputed"
    FINALIZED = "finalized"
    INACTIVE = "inactive"
    INITIALIZED = "initialized"

    def __str__(self) -> str:
        return str(self.value)
