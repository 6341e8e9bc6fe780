from enum import Enum
from typing import Literal


class WithdrawalType(str, Enum):
    ACH = "ach"
    APM = "apm"
    CRYPTO = "crypto"
    DEBIT = "debit"
    WIRE = "wire"

    def __str__(self) -> str:
        return str(self.value)


WithdrawalTypeValue = Literal["ach", "apm", "crypto", "debit", "wire"]
"""The values of `WithdrawalType` as plain strings (what an input accepts, for type checkers)."""

WithdrawalTypeInput = WithdrawalType | WithdrawalTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
