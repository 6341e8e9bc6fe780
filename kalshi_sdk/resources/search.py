"""Search: the tags and sport filters that sort series for browsing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ._base import SyncAPIResource, async_twin_loader, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import GetFiltersBySportsResponse, GetTagsForSeriesCategoriesResponseTagsByCategories

    from ._async.search import AsyncSearch as AsyncSearch
    from ._base import RequestOptions

__all__ = ["AsyncSearch", "Search"]

__getattr__ = async_twin_loader(__name__)


class Search(SyncAPIResource):
    """`client.search`: what series can be filtered by. No credentials needed."""

    def tags_by_categories(
        self, **options: Unpack[RequestOptions]
    ) -> GetTagsForSeriesCategoriesResponseTagsByCategories:
        """The tags in use under each series category.

        Returns:
            A mapping of category name to its list of tags: index it like a dict
            (`tags["Sports"]`, `"Sports" in tags`), list the categories with `additional_keys`,
            or get a plain dict with `to_dict()`.
        """
        return unwrapped(
            self._call(ops.get_tags_for_series_categories, **options), lambda response: response.tags_by_categories
        )

    def filters_by_sport(self, **options: Unpack[RequestOptions]) -> GetFiltersBySportsResponse:
        """The filters available for each sport, and the order sports are usually shown in.

        Returns:
            `GetFiltersBySportsResponse`: `filters_by_sports` maps each sport to its scopes and to
            its competitions (each with its own scopes); `sport_ordering` lists the sports in
            display order.
        """
        return self._call(ops.get_filters_for_sports, **options)
