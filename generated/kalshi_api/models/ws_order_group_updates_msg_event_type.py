from enum import Enum


class WsOrderGroupUpdatesMsgEventType(str, Enum):
    CREATED = "created"
    DELETED = "deleted"
    LIMIT_UPDATED = "limit_updated"
    RESET = "reset"
    TRIGGERED = "triggered"

    def __str__(self) -> str:
        return str(self.value)
