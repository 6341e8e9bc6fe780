from enum import Enum


class ExchangeInstance(str, Enum):
    EVENT_CONTRACT = "event_contract"
    MARGINED = "margined"

    def __str__(self) -> str:
        return str(self.value)
