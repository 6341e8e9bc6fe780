"""The async twin of `kalshi_sdk.resources.incentive_programs.IncentivePrograms`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import GetIncentiveProgramsResponse, IncentiveProgram
    from kalshi_api.models.get_incentive_programs_status import GetIncentiveProgramsStatusInput
    from kalshi_api.models.get_incentive_programs_type import GetIncentiveProgramsTypeInput

    from .._base import RequestOptions


__all__ = ["AsyncIncentivePrograms"]


class AsyncIncentivePrograms(AsyncAPIResource):
    """`client.incentive_programs`: reward programs on markets. No credentials needed."""

    def list(
        self,
        *,
        status: GetIncentiveProgramsStatusInput | None = None,
        type: GetIncentiveProgramsTypeInput | None = None,
        incentive_description: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetIncentiveProgramsResponse, IncentiveProgram]:
        """Incentive programs matching the filters, fetched page by page as you iterate.

        Args:
            status: only programs in this state (default: the server's, all).
            type: only programs of this kind (default: the server's, all).
            incentive_description: only programs whose description is exactly this text.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many programs (default: all).

        Returns:
            A `CursorPage` of `IncentiveProgram` (rewards are in centi-cents); `iter_pages()`
            yields each `GetIncentiveProgramsResponse`.

        Raises:
            ValueError: `status`, `type` or `limit` is not one the API accepts (before anything
                is sent).
        """
        return self._paginate(
            ops.get_incentive_programs,
            "incentive_programs",
            max_items=max_items,
            cursor=cursor,
            cursor_field="next_cursor",
            limit=limit,
            status=status,
            type_=type,
            incentive_description=incentive_description,
            **options,
        )
