from enum import Enum
from typing import Literal


class IncentiveProgramIncentiveType(str, Enum):
    LIQUIDITY = "liquidity"
    MARGIN_MAKER_VOLUME = "margin_maker_volume"
    MARGIN_TAKER_VOLUME = "margin_taker_volume"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)


IncentiveProgramIncentiveTypeValue = Literal["liquidity", "margin_maker_volume", "margin_taker_volume", "volume"]
"""The values of `IncentiveProgramIncentiveType` as plain strings (what an input accepts, for type checkers)."""

IncentiveProgramIncentiveTypeInput = IncentiveProgramIncentiveType | IncentiveProgramIncentiveTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
