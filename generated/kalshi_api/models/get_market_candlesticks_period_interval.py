from enum import IntEnum
from typing import Literal


class GetMarketCandlesticksPeriodInterval(IntEnum):
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N1 = 1
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N60 = 60
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N1440 = 1440

    def __str__(self) -> str:
        return str(self.value)


GetMarketCandlesticksPeriodIntervalValue = Literal[1, 60, 1440]
"""The values of `GetMarketCandlesticksPeriodInterval` as plain integers (what an input accepts, for type checkers)."""

GetMarketCandlesticksPeriodIntervalInput = (
    GetMarketCandlesticksPeriodInterval | GetMarketCandlesticksPeriodIntervalValue
)
"""What an argument of this enum accepts: a member, or its value as an integer."""
