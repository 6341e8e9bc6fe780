from enum import Enum


class MarketResult(str, Enum):
    NO = "no"
    SCALAR = "scalar"
    VALUE_3 = ""
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
