from enum import Enum
from typing import Literal


class WsMultivariateMarketLifecycleMsgEventType(str, Enum):
    ACTIVATED = "activated"
    CLOSE_DATE_UPDATED = "close_date_updated"
    CREATED = "created"
    DEACTIVATED = "deactivated"
    DETERMINED = "determined"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)


WsMultivariateMarketLifecycleMsgEventTypeValue = Literal[
    "activated", "close_date_updated", "created", "deactivated", "determined", "settled"
]
"""The values of `WsMultivariateMarketLifecycleMsgEventType` as plain strings (what an input accepts, for type checkers)."""

WsMultivariateMarketLifecycleMsgEventTypeInput = (
    WsMultivariateMarketLifecycleMsgEventType | WsMultivariateMarketLifecycleMsgEventTypeValue
)
"""What an argument of this enum accepts: a member, or its value as a string."""
