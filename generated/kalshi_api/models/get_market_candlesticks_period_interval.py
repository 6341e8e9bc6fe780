from enum import IntEnum


class GetMarketCandlesticksPeriodInterval(IntEnum):
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N1 = 1
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N60 = 60
    GET_MARKET_CANDLESTICKS_PARAMS_PERIOD_INTERVAL_N1440 = 1440

    def __str__(self) -> str:
        return str(self.value)
