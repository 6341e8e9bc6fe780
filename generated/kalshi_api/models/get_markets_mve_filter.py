from enum import Enum


class GetMarketsMveFilter(str, Enum):
    EXCLUDE = "exclude"
    ONLY = "only"

    def __str__(self) -> str:
        return str(self.value)
