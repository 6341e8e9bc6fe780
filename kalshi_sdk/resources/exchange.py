"""Exchange: whether the exchange and trading are open, the trading schedule, and data freshness."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ._base import SyncAPIResource, async_twin_loader, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import ExchangeStatus, Schedule

    from ._async.exchange import AsyncExchange as AsyncExchange
    from ._base import RequestOptions

__all__ = ["AsyncExchange", "Exchange"]

__getattr__ = async_twin_loader(__name__)


class Exchange(SyncAPIResource):
    """`client.exchange`: the state of the exchange itself. No credentials needed."""

    def status(self, **options: Unpack[RequestOptions]) -> ExchangeStatus:
        """Whether the exchange is up and whether trading is open right now.

        Returns:
            `ExchangeStatus`: `exchange_active` (false during maintenance), `trading_active`
            (false outside trading hours or during a pause), `intra_exchange_transfers_active`,
            the estimated end of a maintenance window when one is under way, and the same flags
            per exchange index where the server reports them.
        """
        return self._call(ops.get_exchange_status, **options)

    def schedule(self, **options: Unpack[RequestOptions]) -> Schedule:
        """The exchange's weekly trading hours and its planned maintenance windows.

        Returns:
            `Schedule`: `standard_hours` (weekly schedules, each valid between two dates, with
            the sessions of every weekday as "HH:MM" Eastern Time) and `maintenance_windows`.
        """
        return unwrapped(self._call(ops.get_exchange_schedule, **options), lambda response: response.schedule)

    def user_data_timestamp(self, **options: Unpack[RequestOptions]) -> datetime.datetime:
        """When the account data served by the REST API (balance, orders, fills, positions) was last brought up to date.

        The REST views of account data trail the exchange slightly; compare this time with
        events you saw elsewhere (e.g. on the WebSocket feed) to judge how fresh they are.

        Returns:
            The time as a timezone-aware datetime.
        """
        return unwrapped(self._call(ops.get_user_data_timestamp, **options), lambda response: response.as_of_time)
