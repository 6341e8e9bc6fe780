from enum import Enum


class GetHistoricalMarketsMveFilter(str, Enum):
    EXCLUDE = "exclude"

    def __str__(self) -> str:
        return str(self.value)
