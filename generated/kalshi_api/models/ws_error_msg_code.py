from enum import IntEnum
from typing import Literal


class WsErrorMsgCode(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
    VALUE_5 = 5
    VALUE_7 = 7
    VALUE_8 = 8
    VALUE_9 = 9
    VALUE_10 = 10
    VALUE_11 = 11
    VALUE_12 = 12
    VALUE_13 = 13
    VALUE_14 = 14
    VALUE_15 = 15
    VALUE_18 = 18
    VALUE_19 = 19
    VALUE_20 = 20
    VALUE_21 = 21
    VALUE_22 = 22
    VALUE_23 = 23
    VALUE_24 = 24
    VALUE_25 = 25
    VALUE_26 = 26
    VALUE_27 = 27
    VALUE_28 = 28

    def __str__(self) -> str:
        return str(self.value)


WsErrorMsgCodeValue = Literal[
    1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28
]
"""The values of `WsErrorMsgCode` as plain integers (what an input accepts, for type checkers)."""

WsErrorMsgCodeInput = WsErrorMsgCode | WsErrorMsgCodeValue
"""What an argument of this enum accepts: a member, or its value as an integer."""
