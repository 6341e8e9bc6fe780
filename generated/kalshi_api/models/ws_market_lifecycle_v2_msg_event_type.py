from enum import Enum
from typing import Literal


class WsMarketLifecycleV2MsgEventType(str, Enum):
    ACTIVATED = "activated"
    CLOSE_DATE_UPDATED = "close_date_updated"
    CREATED = "created"
    DEACTIVATED = "deactivated"
    DETERMINED = "determined"
    METADATA_UPDATED = "metadata_updated"
    PRICE_LEVEL_STRUCTURE_UPDATED = "price_level_structure_updated"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)


WsMarketLifecycleV2MsgEventTypeValue = Literal[
    "activated",
    "close_date_updated",
    "created",
    "deactivated",
    "determined",
    "metadata_updated",
    "price_level_structure_updated",
    "settled",
]
"""The values of `WsMarketLifecycleV2MsgEventType` as plain strings (what an input accepts, for type checkers)."""

WsMarketLifecycleV2MsgEventTypeInput = WsMarketLifecycleV2MsgEventType | WsMarketLifecycleV2MsgEventTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
