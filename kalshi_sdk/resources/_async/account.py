"""The async twin of `kalshi_sdk.resources.account.Account`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from .._base import AsyncAPIResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        AccountApiUsageLevelVolumeProgress,
        GetAccountApiLimitsResponse,
        GetAccountEndpointCostsResponse,
    )

    from .._base import RequestOptions


__all__ = ["AsyncAccount"]


class AsyncAccount(AsyncAPIResource):
    """`client.account`: how much of the API the account may use. Needs API credentials, except `endpoint_costs`."""

    async def limits(self, **options: Unpack[RequestOptions]) -> GetAccountApiLimitsResponse:
        """The account's API usage tier and the rate limits that come with it.

        Returns:
            `GetAccountApiLimitsResponse`: `usage_tier` (such as "basic" or "expert"), the `read`
            and `write` token buckets (`refill_rate` tokens per second, up to `bucket_capacity`;
            each request spends its endpoint's cost), and the usage-level `grants` per exchange
            instance.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            AuthenticationError: the server rejected the key or signature.
        """
        return await self._call(ops.get_account_api_limits, **options)

    async def endpoint_costs(self, **options: Unpack[RequestOptions]) -> GetAccountEndpointCostsResponse:
        """How many rate-limit tokens each endpoint costs, where that differs from the default.

        Returns:
            `GetAccountEndpointCostsResponse`: `default_cost` (what every unlisted endpoint
            costs) and `endpoint_costs`, one entry (`method`, `path`, `cost`) per exception.
        """
        return await self._call(ops.get_account_endpoint_costs, **options)

    async def usage_level_progress(self, **options: Unpack[RequestOptions]) -> list[AccountApiUsageLevelVolumeProgress]:
        """The account's trading volume measured against the volume needed for each higher usage tier.

        Returns:
            The latest measurement for each exchange lane the tiers are earned on (today the
            event-contract one): when it was computed (`computed_ts`, epoch seconds), the
            trailing 30-day volume in contracts (`trailing_30d_volume_fp`) and, per tier, the
            volume needed to earn it and to keep it.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return await self._call_list(ops.get_account_api_usage_level_volume_progress, "volume_progress", **options)

    async def upgrade_usage_level(self, **options: Unpack[RequestOptions]) -> None:
        """Ask for the Advanced usage tier, granted for good to accounts that trade through the API.

        The exchange checks the account's recent orders; afterwards `limits()` shows the tier and
        grants that apply.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError: the account does not qualify (yet).
        """
        return await self._call(ops.upgrade_account_api_usage_level, **options)
