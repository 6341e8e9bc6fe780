from enum import Enum


class WsEventLifecycleMsgCollateralReturnType(str, Enum):
    DIRECNET = "DIRECNET"
    MECNET = "MECNET"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
