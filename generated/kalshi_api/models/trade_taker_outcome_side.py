from enum import Enum


class TradeTakerOutcomeSide(str, Enum):
    TRADE_TAKER_OUTCOME_SIDE_NO = "no"
    TRADE_TAKER_OUTCOME_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
