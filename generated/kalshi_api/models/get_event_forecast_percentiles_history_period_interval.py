from enum import IntEnum
from typing import Literal


class GetEventForecastPercentilesHistoryPeriodInterval(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_60 = 60
    VALUE_1440 = 1440

    def __str__(self) -> str:
        return str(self.value)


GetEventForecastPercentilesHistoryPeriodIntervalValue = Literal[0, 1, 60, 1440]
"""The values of `GetEventForecastPercentilesHistoryPeriodInterval` as plain integers (what an input accepts, for type checkers)."""

GetEventForecastPercentilesHistoryPeriodIntervalInput = (
    GetEventForecastPercentilesHistoryPeriodInterval | GetEventForecastPercentilesHistoryPeriodIntervalValue
)
"""What an argument of this enum accepts: a member, or its value as an integer."""
