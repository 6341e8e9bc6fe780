from enum import Enum
from typing import Literal


class FeeType(str, Enum):
    FEE_TYPE_FLAT = "flat"
    FEE_TYPE_QUADRATIC = "quadratic"
    FEE_TYPE_QUADRATIC_WITH_COMBO_MAKER_FEES = "quadratic_with_combo_maker_fees"
    FEE_TYPE_QUADRATIC_WITH_MAKER_FEES = "quadratic_with_maker_fees"

    def __str__(self) -> str:
        return str(self.value)


FeeTypeValue = Literal["flat", "quadratic", "quadratic_with_combo_maker_fees", "quadratic_with_maker_fees"]
"""The values of `FeeType` as plain strings (what an input accepts, for type checkers)."""

FeeTypeInput = FeeType | FeeTypeValue
"""What an argument of this enum accepts: a member, or its value as a string."""
