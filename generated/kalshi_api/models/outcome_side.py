from enum import Enum


class OutcomeSide(str, Enum):
    OUTCOME_SIDE_NO = "no"
    OUTCOME_SIDE_YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
