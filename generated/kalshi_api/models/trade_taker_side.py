from enum import Enum


class TradeTakerSide(str, Enum):
    TRADE_TAKER_SIDE_NO = "no"
    TRADE_TAKER_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
