from enum import Enum
from typing import Literal


class WsLifecyclePriceLevelStructure(str, Enum):
    BANDED_CENTI_CENT = "banded_centi_cent"
    CENTER_CENTI_EDGE_CENTI_CENT = "center_centi_edge_centi_cent"
    CENTER_DECI_EDGE_CENTI_CENT = "center_deci_edge_centi_cent"
    CENTER_HALF_EDGE_DECI_CENT = "center_half_edge_deci_cent"
    CENTER_HALF_EDGE_HALF_CENT = "center_half_edge_half_cent"
    CENTER_HALF_EDGE_QUINT_CENT = "center_half_edge_quint_cent"
    CENTER_QUINT_EDGE_DECI_CENT = "center_quint_edge_deci_cent"
    CENTER_QUINT_EDGE_QUINT_CENT = "center_quint_edge_quint_cent"
    CENTER_WHOLE_EDGE_HALF_CENT = "center_whole_edge_half_cent"
    CENTER_WHOLE_EDGE_QUINT_CENT = "center_whole_edge_quint_cent"
    DECI_CENT = "deci_cent"
    LINEAR_CENT = "linear_cent"
    TAPERED_DECI_CENT = "tapered_deci_cent"
    VALUE_1 = ""

    def __str__(self) -> str:
        return str(self.value)


WsLifecyclePriceLevelStructureValue = Literal[
    "banded_centi_cent",
    "center_centi_edge_centi_cent",
    "center_deci_edge_centi_cent",
    "center_half_edge_deci_cent",
    "center_half_edge_half_cent",
    "center_half_edge_quint_cent",
    "center_quint_edge_deci_cent",
    "center_quint_edge_quint_cent",
    "center_whole_edge_half_cent",
    "center_whole_edge_quint_cent",
    "deci_cent",
    "linear_cent",
    "tapered_deci_cent",
    "",
]
"""The values of `WsLifecyclePriceLevelStructure` as plain strings (what an input accepts, for type checkers)."""

WsLifecyclePriceLevelStructureInput = WsLifecyclePriceLevelStructure | WsLifecyclePriceLevelStructureValue
"""What an argument of this enum accepts: a member, or its value as a string."""
