"""The async twin of `kalshi_sdk.resources.search.Search`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from .._base import AsyncAPIResource, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import GetFiltersBySportsResponse, GetTagsForSeriesCategoriesResponseTagsByCategories

    from .._base import RequestOptions


__all__ = ["AsyncSearch"]


class AsyncSearch(AsyncAPIResource):
    """`client.search`: what series can be filtered by. No credentials needed."""

    async def tags_by_categories(
        self, **options: Unpack[RequestOptions]
    ) -> GetTagsForSeriesCategoriesResponseTagsByCategories:
        """The tags in use under each series category.

        Returns:
            A mapping of category name to its list of tags: index it like a dict
            (`tags["Sports"]`, `"Sports" in tags`), list the categories with `additional_keys`,
            or get a plain dict with `to_dict()`.
        """
        return unwrapped(
            await self._call(ops.get_tags_for_series_categories, **options),
            lambda response: response.tags_by_categories,
        )

    async def filters_by_sport(self, **options: Unpack[RequestOptions]) -> GetFiltersBySportsResponse:
        """The filters available for each sport, and the order sports are usually shown in.

        Returns:
            `GetFiltersBySportsResponse`: `filters_by_sports` maps each sport to its scopes and to
            its competitions (each with its own scopes); `sport_ordering` lists the sports in
            display order.
        """
        return await self._call(ops.get_filters_for_sports, **options)
