from enum import Enum


class UserFilter(str, Enum):
    USER_FILTER_SELF = "self"

    def __str__(self) -> str:
        return str(self.value)
