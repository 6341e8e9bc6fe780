from enum import Enum
from typing import Literal


class BlockTradeProposalMakerSide(str, Enum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)


BlockTradeProposalMakerSideValue = Literal["no", "yes"]
"""The values of `BlockTradeProposalMakerSide` as plain strings (what an input accepts, for type checkers)."""

BlockTradeProposalMakerSideInput = BlockTradeProposalMakerSide | BlockTradeProposalMakerSideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
