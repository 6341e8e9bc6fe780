"""Series: the templates that recurring events follow, and changes to their fees."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ._base import SyncAPIResource, Timestamp, async_twin_loader, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import Series, SeriesFeeChange

    from ._async.series import AsyncSeriesResource as AsyncSeriesResource
    from ._base import RequestOptions

__all__ = ["AsyncSeriesResource", "SeriesResource"]

__getattr__ = async_twin_loader(__name__)


class SeriesResource(SyncAPIResource):
    """`client.series`: series and their fee changes. No credentials needed."""

    def list(
        self,
        *,
        category: str | None = None,
        tags: str | None = None,
        include_product_metadata: bool | None = None,
        include_volume: bool | None = None,
        min_updated_ts: Timestamp | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Series]:
        """All series matching the filters, in one response (this operation has no pages).

        Args:
            category: only series listed under this category (exact, case-sensitive match against
                each series' `categories`; its primary `category` may differ).
            tags: only series with these tags.
            include_product_metadata: also fill in each series' product metadata.
            include_volume: also fill in the volume traded across each series' events.
            min_updated_ts: only series whose data changed after this time (datetime, naive meaning
                UTC, or epoch seconds); handy for polling.

        Returns:
            The matching `Series`.

        Raises:
            TypeError: `min_updated_ts` is neither a datetime nor an integer (nothing is sent).
        """
        return self._call_list(
            ops.get_series_list,
            "series",
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
            **options,
        )

    def get(
        self, series_ticker: str, *, include_volume: bool | None = None, **options: Unpack[RequestOptions]
    ) -> Series:
        """The series with this ticker.

        Args:
            series_ticker: the series.
            include_volume: also fill in the volume traded across all its events.

        Raises:
            ValueError: `series_ticker` is empty (nothing is sent).
            NotFoundError: no series has this ticker.
        """
        return unwrapped(
            self._call(ops.get_series, series_ticker=series_ticker, include_volume=include_volume, **options),
            lambda response: response.series,
        )

    def fee_changes(
        self,
        *,
        series_ticker: str | None = None,
        show_historical: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SeriesFeeChange]:
        """Scheduled changes to series' fee type and multiplier.

        Args:
            series_ticker: only changes of this series.
            show_historical: also include past changes, not just those still to come.

        Returns:
            The `SeriesFeeChange` entries, each with its `scheduled_ts`.
        """
        return self._call_list(
            ops.get_series_fee_changes,
            "series_fee_change_arr",
            series_ticker=series_ticker,
            show_historical=show_historical,
            **options,
        )
