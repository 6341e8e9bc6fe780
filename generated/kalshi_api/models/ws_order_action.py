from enum import Enum


class WsOrderAction(str, Enum):
    BUY = "buy"
    SELL = "sell"
    SELL_PARTIAL = "sell_partial"
    SELL_TO_CLOSE = "sell_to_close"
    VALUE_4 = ""

    def __str__(self) -> str:
        return str(self.value)
