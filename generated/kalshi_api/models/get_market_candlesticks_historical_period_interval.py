from enum import IntEnum
from typing import Literal


class GetMarketCandlesticksHistoricalPeriodInterval(IntEnum):
    VALUE_1 = 1
    VALUE_60 = 60
    VALUE_1440 = 1440

    def __str__(self) -> str:
        return str(self.value)


GetMarketCandlesticksHistoricalPeriodIntervalValue = Literal[1, 60, 1440]
"""The values of `GetMarketCandlesticksHistoricalPeriodInterval` as plain integers (what an input accepts, for type checkers)."""

GetMarketCandlesticksHistoricalPeriodIntervalInput = (
    GetMarketCandlesticksHistoricalPeriodInterval | GetMarketCandlesticksHistoricalPeriodIntervalValue
)
"""What an argument of this enum accepts: a member, or its value as an integer."""
