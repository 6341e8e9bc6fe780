from enum import Enum


class DepositType(str, Enum):
    ACH = "ach"
    APM = "apm"
    CRYPTO = "crypto"
    DEBIT = "debit"
    WIRE = "wire"

    def __str__(self) -> str:
        return str(self.value)
