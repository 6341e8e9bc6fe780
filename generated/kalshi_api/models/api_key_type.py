from enum import Enum
from typing import Literal


class ApiKeyType(str, Enum):
    API_KEY_TYPE_ED_25519 = "ed25519"
    API_KEY_TYPE_RSA = "rsa"

    def __str__(self) -> str:
        return str(self.value)


ApiKeyTypeValue = Literal["ed25519", "rsa"]
"""The values of `ApiKeyType` as plain strings (what an input accepts, for type checkers)."""

ApiKeyTypeInput = ApiKeyType | ApiKeyTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
