from enum import Enum


class IncentiveProgramIncentiveType(str, Enum):
    LIQUIDITY = "liquidity"
    MARGIN_MAKER_VOLUME = "margin_maker_volume"
    MARGIN_TAKER_VOLUME = "margin_taker_volume"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
