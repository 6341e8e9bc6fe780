from enum import Enum


class GetMarketsStatus(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    PAUSED = "paused"
    SETTLED = "settled"
    UNOPENED = "unopened"

    def __str__(self) -> str:
        return str(self.value)
