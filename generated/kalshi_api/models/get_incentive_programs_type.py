from enum import Enum
from typing import Literal


class GetIncentiveProgramsType(str, Enum):
    ALL = "all"
    LIQUIDITY = "liquidity"
    MARGIN_MAKER_VOLUME = "margin_maker_volume"
    MARGIN_TAKER_VOLUME = "margin_taker_volume"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)


GetIncentiveProgramsTypeValue = Literal["all", "liquidity", "margin_maker_volume", "margin_taker_volume", "volume"]
"""The values of `GetIncentiveProgramsType` as plain strings (what an input accepts, for type checkers)."""

GetIncentiveProgramsTypeInput = GetIncentiveProgramsType | GetIncentiveProgramsTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
