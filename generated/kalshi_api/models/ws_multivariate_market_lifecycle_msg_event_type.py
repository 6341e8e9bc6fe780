from enum import Enum


class WsMultivariateMarketLifecycleMsgEventType(str, Enum):
    ACTIVATED = "activated"
    CLOSE_DATE_UPDATED = "close_date_updated"
    CREATED = "created"
    DEACTIVATED = "deactivated"
    DETERMINED = "determined"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)
