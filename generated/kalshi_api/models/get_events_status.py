from enum import Enum


class GetEventsStatus(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    SETTLED = "settled"
    UNOPENED = "unopened"

    def __str__(self) -> str:
        return str(self.value)
