from enum import Enum
from typing import Literal


class WsOrderGroupUpdatesMsgEventType(str, Enum):
    CREATED = "created"
    DELETED = "deleted"
    LIMIT_UPDATED = "limit_updated"
    RESET = "reset"
    TRIGGERED = "triggered"

    def __str__(self) -> str:
        return str(self.value)


WsOrderGroupUpdatesMsgEventTypeValue = Literal["created", "deleted", "limit_updated", "reset", "triggered"]
"""The values of `WsOrderGroupUpdatesMsgEventType` as plain strings (what an input accepts, for type checkers)."""

WsOrderGroupUpdatesMsgEventTypeInput = WsOrderGroupUpdatesMsgEventType | WsOrderGroupUpdatesMsgEventTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
