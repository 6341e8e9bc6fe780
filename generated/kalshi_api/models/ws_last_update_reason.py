from enum import Enum


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
