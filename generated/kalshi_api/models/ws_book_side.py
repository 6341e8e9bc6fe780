from enum import Enum


class WsBookSide(str, Enum):
    ASK = "ask"
    BID = "bid"

    def __str__(self) -> str:
        return str(self.value)
