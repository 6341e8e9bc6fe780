from enum import Enum
from typing import Literal


class WsEventLifecycleMsgCollateralReturnType(str, Enum):
    DIRECNET = "DIRECNET"
    MECNET = "MECNET"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)


WsEventLifecycleMsgCollateralReturnTypeValue = Literal["DIRECNET", "MECNET", ""]
"""The values of `WsEventLifecycleMsgCollateralReturnType` as plain strings (what an input accepts, for type checkers)."""

WsEventLifecycleMsgCollateralReturnTypeInput = (
    WsEventLifecycleMsgCollateralReturnType | WsEventLifecycleMsgCollateralReturnTypeValue
)
"""What an argument of this enum accepts: a member, or its value as a string."""
