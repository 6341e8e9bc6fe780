from enum import Enum


class FeeType(str, Enum):
    FEE_TYPE_FLAT = "flat"
    FEE_TYPE_QUADRATIC = "quadratic"
    FEE_TYPE_QUADRATIC_WITH_COMBO_MAKER_FEES = "quadratic_with_combo_maker_fees"
    FEE_TYPE_QUADRATIC_WITH_MAKER_FEES = "quadratic_with_maker_fees"

    def __str__(self) -> str:
        return str(self.value)
