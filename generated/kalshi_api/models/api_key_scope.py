from enum import Enum


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
