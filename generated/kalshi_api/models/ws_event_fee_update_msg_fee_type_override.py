from enum import Enum
from typing import Literal


class WsEventFeeUpdateMsgFeeTypeOverride(str, Enum):
    FLAT = "flat"
    MARGIN_MARKET_MAKER_PROGRAM_FEES = "margin_market_maker_program_fees"
    QUADRATIC = "quadratic"
    QUADRATIC_WITH_COMBO_MAKER_FEES = "quadratic_with_combo_maker_fees"
    QUADRATIC_WITH_MAKER_FEES = "quadratic_with_maker_fees"

    def __str__(self) -> str:
        return str(self.value)


WsEventFeeUpdateMsgFeeTypeOverrideValue = Literal[
    "flat",
    "margin_market_maker_program_fees",
    "quadratic",
    "quadratic_with_combo_maker_fees",
    "quadratic_with_maker_fees",
]
"""The values of `WsEventFeeUpdateMsgFeeTypeOverride` as plain strings (what an input accepts, for type checkers)."""

WsEventFeeUpdateMsgFeeTypeOverrideInput = WsEventFeeUpdateMsgFeeTypeOverride | WsEventFeeUpdateMsgFeeTypeOverrideValue
"""What an argument of this enum accepts: a member, or its value as a string."""
