from enum import Enum
from typing import Literal


class WsLastUpdateReason(str, Enum):
    AMEND = "Amend"
    CLOSECANCEL = "CloseCancel"
    DECREASE = "Decrease"
    EXPIRYCANCEL = "ExpiryCancel"
    HALTCANCEL = "HaltCancel"
    MARGINCANCEL = "MarginCancel"
    POSTONLYCROSSCANCEL = "PostOnlyCrossCancel"
    REDUCEONLYCANCEL = "ReduceOnlyCancel"
    SELFTRADECANCEL = "SelfTradeCancel"
    TRADE = "Trade"

    def __str__(self) -> str:
        return str(self.value)


WsLastUpdateReasonValue = Literal[
    "Amend",
    "CloseCancel",
    "Decrease",
    "ExpiryCancel",
    "HaltCancel",
    "MarginCancel",
    "PostOnlyCrossCancel",
    "ReduceOnlyCancel",
    "SelfTradeCancel",
    "Trade",
]
"""The values of `WsLastUpdateReason` as plain strings (what an input accepts, for type checkers)."""

WsLastUpdateReasonInput = WsLastUpdateReason | WsLastUpdateReasonValue
"""What an argument of this enum accepts: a member, or its value as a string."""
