from enum import Enum


class WsEventFeeUpdateMsgFeeTypeOverride(str, Enum):
    FLAT = "flat"
    MARGIN_MARKET_MAKER_PROGRAM_FEES = "margin_market_maker_program_fees"
    QUADRATIC = "quadratic"
    QUADRATIC_WITH_COMBO_MAKER_FEES = "quadratic_with_combo_maker_fees"
    QUADRATIC_WITH_MAKER_FEES = "quadratic_with_maker_fees"

    def __str__(self) -> str:
        return str(self.value)
