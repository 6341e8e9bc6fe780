from enum import Enum


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
