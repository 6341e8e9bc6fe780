from enum import Enum
from typing import Literal


class BookSide(str, Enum):
    ASK = "ask"
    BID = "bid"

    def __str__(self) -> str:
        return str(self.value)


BookSideValue = Literal["ask", "bid"]
"""The values of `BookSide` as plain strings (what an input accepts, for type checkers)."""

BookSideInput = BookSide | BookSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
