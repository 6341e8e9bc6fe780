from enum import Enum
from typing import Literal


class ApiKeyScope(str, Enum):
    API_KEY_SCOPE_READ = "read"
    API_KEY_SCOPE_READ_BLOCK_TRADE_ACCEPT = "read::block_trade_accept"
    API_KEY_SCOPE_READ_PORTFOLIO_BALANCE = "read::portfolio_balance"
    API_KEY_SCOPE_WRITE = "write"
    API_KEY_SCOPE_WRITE_BLOCK_TRADE_ACCEPT = "write::block_trade_accept"
    API_KEY_SCOPE_WRITE_FCM_RISK = "write::fcm_risk"
    API_KEY_SCOPE_WRITE_TRADE = "write::trade"
    API_KEY_SCOPE_WRITE_TRANSFER = "write::transfer"

    def __str__(self) -> str:
        return str(self.value)


ApiKeyScopeValue = Literal[
    "read",
    "read::block_trade_accept",
    "read::portfolio_balance",
    "write",
    "write::block_trade_accept",
    "write::fcm_risk",
    "write::trade",
    "write::transfer",
]
"""The values of `ApiKeyScope` as plain strings (what an input accepts, for type checkers)."""

ApiKeyScopeInput = ApiKeyScope | ApiKeyScopeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
