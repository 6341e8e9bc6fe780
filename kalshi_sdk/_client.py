"""`Kalshi` and `AsyncKalshi`: the clients users construct, with their resource groups."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ._base_client import AsyncAPIClient, BaseClient, SyncAPIClient
from ._operation_map import RESOURCES

if TYPE_CHECKING:
    from ._stream import AsyncStream, ReconnectPolicy, Stream
    from .resources._async.account import AsyncAccount
    from .resources._async.api_keys import AsyncApiKeys
    from .resources._async.communications import AsyncCommunications
    from .resources._async.events import AsyncEvents
    from .resources._async.exchange import AsyncExchange
    from .resources._async.fcm import AsyncFcm
    from .resources._async.historical import AsyncHistorical
    from .resources._async.incentive_programs import AsyncIncentivePrograms
    from .resources._async.live_data import AsyncLiveDataResource
    from .resources._async.markets import AsyncMarkets
    from .resources._async.milestones import AsyncMilestones
    from .resources._async.multivariate import AsyncMultivariate
    from .resources._async.order_groups import AsyncOrderGroups
    from .resources._async.orders import AsyncOrders
    from .resources._async.portfolio import AsyncPortfolio
    from .resources._async.search import AsyncSearch
    from .resources._async.series import AsyncSeriesResource
    from .resources._async.structured_targets import AsyncStructuredTargets
    from .resources._async.subaccounts import AsyncSubaccounts
    from .resources._base import AsyncAPIResource, SyncAPIResource
    from .resources.account import Account
    from .resources.api_keys import ApiKeys
    from .resources.communications import Communications
    from .resources.events import Events
    from .resources.exchange import Exchange
    from .resources.fcm import Fcm
    from .resources.historical import Historical
    from .resources.incentive_programs import IncentivePrograms
    from .resources.live_data import LiveDataResource
    from .resources.markets import Markets
    from .resources.milestones import Milestones
    from .resources.multivariate import Multivariate
    from .resources.order_groups import OrderGroups
    from .resources.orders import Orders
    from .resources.portfolio import Portfolio
    from .resources.search import Search
    from .resources.series import SeriesResource
    from .resources.structured_targets import StructuredTargets
    from .resources.subaccounts import Subaccounts

__all__ = ["AsyncKalshi", "Kalshi"]

_STREAM_DOC = """Open a WebSocket stream: one connection for any number of channel subscriptions.

        Nothing connects until the `with` block starts. The handshake is signed with the client's
        key (the WebSocket API wants one even for public channels).

        Args:
            ws_url: the WebSocket URL (default: the environment's, or the REST URL's server).
            compression: negotiate permessage-deflate (less bandwidth, more CPU).
            buffer_size: messages each subscription keeps for its iterator; what each channel
                does when it is full is under "Backpressure" in docs/guides/streaming.md.
            reconnect: True to reconnect after a drop with jittered backoff, a `ReconnectPolicy`
                to choose the backoff and attempts, False to end the stream at the first drop.
            backfill: after a reconnect, fetch over REST the fills a `fill` subscription missed.
            command_timeout: seconds to wait for the reply to a command.
            open_timeout: seconds for each connection attempt.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """

ResourceT = TypeVar("ResourceT")


class _Resource(Generic[ResourceT]):
    """A resource group built on first access, so constructing a client imports none of them."""

    def __init__(self, target: str) -> None:
        self._module, self._class = target.split(":")

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self.__doc__ = RESOURCES[name]

    @overload
    def __get__(self, client: None, owner: type) -> _Resource[ResourceT]: ...
    @overload
    def __get__(self, client: BaseClient[Any], owner: type) -> ResourceT: ...
    def __get__(self, client: BaseClient[Any] | None, owner: type) -> Any:
        if client is None:
            return self
        resource_class = getattr(importlib.import_module(self._module, __package__), self._class)
        resource = client.__dict__[self._name] = resource_class(client)  # cached: later reads skip __get__
        return resource


_CLIENT_DOC = """
    Args:
        api_key_id: the API key's id. With `private_key` or `private_key_path`; when all three are
            left out, KALSHI_API_KEY_ID with KALSHI_PRIVATE_KEY_PATH or KALSHI_PRIVATE_KEY are read
            from the environment. Without credentials the public endpoints still work.
        private_key: the key as PEM text/bytes, or a loaded `cryptography` RSA or Ed25519 key.
        private_key_path: a PEM file holding the key.
        environment: "production" (default) or "demo".
        base_url: any other server, such as "http://127.0.0.1:8000/trade-api/v2".
        timeout: seconds, or an `httpx.Timeout` with connect/read/write/pool parts (default:
            30 s, 10 s to connect). It bounds each attempt, not the retries together.
        max_retries: how often a failed request is sent again (default 3): reads and deletes on
            connection errors, timeouts, 408, 429 and 5xx; an order create (it carries a
            client_order_id) too; other writes only when the connection was never made.
            `with_options(max_retries=0)` turns retrying off for one call.
        retry_policy: a `RetryPolicy` for the backoff as well (first wait 0.5 s, doubling up to
            8 s, jittered; a server's Retry-After obeyed up to 30 s).
        rate_limit: the request budget the client keeps to, shared by all its threads or tasks:
            a Kalshi API tier ("basic", the default: 20 reads and 10 writes a second;
            "advanced", "premier", "prime"), a `RateLimit(reads_per_second=..., writes_per_second=...)`,
            or None to send without limit. A 429 slows the budget down for a while.
        default_headers: extra headers sent with every request.
        http_client: an httpx client of your own (its base URL, timeout and headers are yours to set).
            One made without a base URL takes the client's base URL and headers, and is closed
            with the client: `AsyncKalshi(http_client=DefaultAioHttpClient())` sends over aiohttp
            (the "aiohttp" extra), several times faster than httpx's own asyncio transport.
        credentials_from_env: False ignores the KALSHI_* variables: a client for public data only,
            whatever the environment holds.
"""


@overload
def _generic(client: Kalshi) -> SyncAPIResource: ...
@overload
def _generic(client: AsyncKalshi) -> AsyncAPIResource: ...
def _generic(client: Kalshi | AsyncKalshi) -> SyncAPIResource | AsyncAPIResource:
    """A resource bound to no group, for `call` (imported on first use, like the groups)."""
    from .resources import _base

    if isinstance(client, AsyncAPIClient):
        return _base.AsyncAPIResource(client)
    return _base.SyncAPIResource(client)


class Kalshi(SyncAPIClient):
    """Client of the Kalshi Trade API v2 (blocking). Use it as a context manager, or call `close()`."""

    __doc__ = (__doc__ or "") + _CLIENT_DOC

    def stream(
        self,
        *,
        ws_url: str | None = None,
        compression: bool = False,
        buffer_size: int = 10_000,
        reconnect: bool | ReconnectPolicy = True,
        backfill: bool = True,
        command_timeout: float = 10.0,
        open_timeout: float = 10.0,
        sleep: Any = None,
    ) -> Stream:
        from ._stream import Stream

        return Stream(
            self,
            self._auth,
            self.base_url,
            ws_url=ws_url,
            compression=compression,
            buffer_size=buffer_size,
            reconnect=reconnect,
            backfill=backfill,
            command_timeout=command_timeout,
            open_timeout=open_timeout,
            sleep=sleep,
        )

    stream.__doc__ = _STREAM_DOC

    exchange: _Resource[Exchange] = _Resource(".resources.exchange:Exchange")
    markets: _Resource[Markets] = _Resource(".resources.markets:Markets")
    events: _Resource[Events] = _Resource(".resources.events:Events")
    series: _Resource[SeriesResource] = _Resource(".resources.series:SeriesResource")
    orders: _Resource[Orders] = _Resource(".resources.orders:Orders")
    order_groups: _Resource[OrderGroups] = _Resource(".resources.order_groups:OrderGroups")
    portfolio: _Resource[Portfolio] = _Resource(".resources.portfolio:Portfolio")
    subaccounts: _Resource[Subaccounts] = _Resource(".resources.subaccounts:Subaccounts")
    communications: _Resource[Communications] = _Resource(".resources.communications:Communications")
    multivariate: _Resource[Multivariate] = _Resource(".resources.multivariate:Multivariate")
    structured_targets: _Resource[StructuredTargets] = _Resource(".resources.structured_targets:StructuredTargets")
    search: _Resource[Search] = _Resource(".resources.search:Search")
    incentive_programs: _Resource[IncentivePrograms] = _Resource(".resources.incentive_programs:IncentivePrograms")
    historical: _Resource[Historical] = _Resource(".resources.historical:Historical")
    milestones: _Resource[Milestones] = _Resource(".resources.milestones:Milestones")
    live_data: _Resource[LiveDataResource] = _Resource(".resources.live_data:LiveDataResource")
    api_keys: _Resource[ApiKeys] = _Resource(".resources.api_keys:ApiKeys")
    account: _Resource[Account] = _Resource(".resources.account:Account")
    fcm: _Resource[Fcm] = _Resource(".resources.fcm:Fcm")

    def call(self, operation_id: str, /, *, max_items: int | None = None, **arguments: Any) -> Any:
        """Send any operation of the spec by its operationId ("GetMarkets" or "get_markets").

        For operations without a method of their own yet (a new one Kalshi just published), or to
        pass a parameter a method does not know. The arguments are the operation's parameters by
        their Python names, `body=` (its request model or a plain dict), and `extra_query`,
        `extra_body`, `extra_headers`; they are checked against the spec before anything is
        sent, and the call is signed, retried and rate-limited like every other. Returns the
        operation's response model, or for a cursor-paginated list a page object that fetches
        page after page as you iterate (`max_items` bounds it).

        Raises:
            OperationUnavailableError: the spec this SDK was generated from has no such operation.
            TypeError, ValueError: an argument the operation does not take, or out of range.
        """
        return _generic(self)._call_any(operation_id, max_items, arguments)


class AsyncKalshi(AsyncAPIClient):
    """Client of the Kalshi Trade API v2 for asyncio. Use `async with`, or call `aclose()`."""

    __doc__ = (__doc__ or "") + _CLIENT_DOC

    def stream(
        self,
        *,
        ws_url: str | None = None,
        compression: bool = False,
        buffer_size: int = 10_000,
        reconnect: bool | ReconnectPolicy = True,
        backfill: bool = True,
        command_timeout: float = 10.0,
        open_timeout: float = 10.0,
        sleep: Any = None,
    ) -> AsyncStream:
        from ._stream import AsyncStream

        return AsyncStream(
            self,
            self._auth,
            self.base_url,
            ws_url=ws_url,
            compression=compression,
            buffer_size=buffer_size,
            reconnect=reconnect,
            backfill=backfill,
            command_timeout=command_timeout,
            open_timeout=open_timeout,
            sleep=sleep,
        )

    stream.__doc__ = _STREAM_DOC

    exchange: _Resource[AsyncExchange] = _Resource(".resources._async.exchange:AsyncExchange")
    markets: _Resource[AsyncMarkets] = _Resource(".resources._async.markets:AsyncMarkets")
    events: _Resource[AsyncEvents] = _Resource(".resources._async.events:AsyncEvents")
    series: _Resource[AsyncSeriesResource] = _Resource(".resources._async.series:AsyncSeriesResource")
    orders: _Resource[AsyncOrders] = _Resource(".resources._async.orders:AsyncOrders")
    order_groups: _Resource[AsyncOrderGroups] = _Resource(".resources._async.order_groups:AsyncOrderGroups")
    portfolio: _Resource[AsyncPortfolio] = _Resource(".resources._async.portfolio:AsyncPortfolio")
    subaccounts: _Resource[AsyncSubaccounts] = _Resource(".resources._async.subaccounts:AsyncSubaccounts")
    communications: _Resource[AsyncCommunications] = _Resource(".resources._async.communications:AsyncCommunications")
    multivariate: _Resource[AsyncMultivariate] = _Resource(".resources._async.multivariate:AsyncMultivariate")
    structured_targets: _Resource[AsyncStructuredTargets] = _Resource(
        ".resources._async.structured_targets:AsyncStructuredTargets"
    )
    search: _Resource[AsyncSearch] = _Resource(".resources._async.search:AsyncSearch")
    incentive_programs: _Resource[AsyncIncentivePrograms] = _Resource(
        ".resources._async.incentive_programs:AsyncIncentivePrograms"
    )
    historical: _Resource[AsyncHistorical] = _Resource(".resources._async.historical:AsyncHistorical")
    milestones: _Resource[AsyncMilestones] = _Resource(".resources._async.milestones:AsyncMilestones")
    live_data: _Resource[AsyncLiveDataResource] = _Resource(".resources._async.live_data:AsyncLiveDataResource")
    api_keys: _Resource[AsyncApiKeys] = _Resource(".resources._async.api_keys:AsyncApiKeys")
    account: _Resource[AsyncAccount] = _Resource(".resources._async.account:AsyncAccount")
    fcm: _Resource[AsyncFcm] = _Resource(".resources._async.fcm:AsyncFcm")

    def call(self, operation_id: str, /, *, max_items: int | None = None, **arguments: Any) -> Any:
        """Like `Kalshi.call`; await the result, or iterate a paginated list with `async for`."""
        return _generic(self)._call_any(operation_id, max_items, arguments)
