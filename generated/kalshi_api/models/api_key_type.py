from enum import Enum


class ApiKeyType(str, Enum):
    API_KEY_TYPE_ED_25519 = "ed25519"
    API_KEY_TYPE_RSA = "rsa"

    def __str__(self) -> str:
        return str(self.value)
