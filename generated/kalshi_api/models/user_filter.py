from enum import Enum
from typing import Literal


class UserFilter(str, Enum):
    USER_FILTER_SELF = "self"

    def __str__(self) -> str:
        return str(self.value)


UserFilterValue = Literal["self"]
"""The values of `UserFilter` as plain strings (what an input accepts, for type checkers)."""

UserFilterInput = UserFilter | UserFilterValue
"""What an argument of this enum accepts: a member, or its value as a string."""
