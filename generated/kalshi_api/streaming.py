"""The WebSocket API as the AsyncAPI document states it: message models, channels, commands, errors.

Written by scripts/regenerate.py (scripts/asyncapi_models.py) from openapi/asyncapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .models import (
        WsCfbenchmarksValue,
        WsCfbenchmarksValue5Hz,
        WsCfbenchmarksValue5HzIndexlist,
        WsCfbenchmarksValueIndexlist,
        WsEventFeeUpdate,
        WsEventLifecycle,
        WsFill,
        WsMarketLifecycleV2,
        WsMarketPosition,
        WsMultivariateMarketLifecycle,
        WsOrderbookDelta,
        WsOrderbookSnapshot,
        WsOrderGroupUpdates,
        WsPythValue,
        WsPythValueUnderlyingList,
        WsQuoteAccepted,
        WsQuoteCreated,
        WsQuoteExecuted,
        WsRfqCreated,
        WsRfqDeleted,
        WsTicker,
        WsTrade,
        WsUserOrder,
    )

# Wire `type` -> the class of kalshi_api.models that reads it.
MESSAGE_MODELS: dict[str, str] = {
    "cfbenchmarks_value": "WsCfbenchmarksValue",
    "cfbenchmarks_value_5hz": "WsCfbenchmarksValue5Hz",
    "cfbenchmarks_value_5hz_indexlist": "WsCfbenchmarksValue5HzIndexlist",
    "cfbenchmarks_value_indexlist": "WsCfbenchmarksValueIndexlist",
    "error": "WsError",
    "event_fee_update": "WsEventFeeUpdate",
    "event_lifecycle": "WsEventLifecycle",
    "fill": "WsFill",
    "market_lifecycle_v2": "WsMarketLifecycleV2",
    "market_position": "WsMarketPosition",
    "multivariate_market_lifecycle": "WsMultivariateMarketLifecycle",
    "ok": "WsOk",
    "order_group_updates": "WsOrderGroupUpdates",
    "orderbook_delta": "WsOrderbookDelta",
    "orderbook_snapshot": "WsOrderbookSnapshot",
    "pyth_value": "WsPythValue",
    "pyth_value_underlying_list": "WsPythValueUnderlyingList",
    "quote_accepted": "WsQuoteAccepted",
    "quote_created": "WsQuoteCreated",
    "quote_executed": "WsQuoteExecuted",
    "rfq_created": "WsRfqCreated",
    "rfq_deleted": "WsRfqDeleted",
    "subscribed": "WsSubscribed",
    "ticker": "WsTicker",
    "trade": "WsTrade",
    "unsubscribed": "WsUnsubscribed",
    "user_order": "WsUserOrder",
}
# Channel -> the message types it sends, in the document's order.
CHANNELS: dict[str, list[str]] = {
    "orderbook_delta": ["orderbook_snapshot", "orderbook_delta"],
    "ticker": ["ticker"],
    "trade": ["trade"],
    "fill": ["fill"],
    "market_positions": ["market_position"],
    "market_lifecycle_v2": ["market_lifecycle_v2", "event_lifecycle", "event_fee_update"],
    "multivariate_market_lifecycle": ["multivariate_market_lifecycle", "event_lifecycle"],
    "communications": ["rfq_created", "rfq_deleted", "quote_created", "quote_accepted", "quote_executed"],
    "order_group_updates": ["order_group_updates"],
    "user_orders": ["user_order"],
    "cfbenchmarks_value": ["cfbenchmarks_value", "cfbenchmarks_value_indexlist"],
    "cfbenchmarks_value_5hz": ["cfbenchmarks_value_5hz", "cfbenchmarks_value_5hz_indexlist"],
    "pyth_value": ["pyth_value", "pyth_value_underlying_list"],
}
# Message types whose frames always carry a `seq`.
SEQUENCED_TYPES: frozenset[str] = frozenset(
    [
        "cfbenchmarks_value",
        "cfbenchmarks_value_5hz",
        "cfbenchmarks_value_5hz_indexlist",
        "cfbenchmarks_value_indexlist",
        "event_fee_update",
        "event_lifecycle",
        "market_lifecycle_v2",
        "multivariate_market_lifecycle",
        "order_group_updates",
        "orderbook_delta",
        "orderbook_snapshot",
        "pyth_value",
        "pyth_value_underlying_list",
        "quote_accepted",
        "quote_created",
        "quote_executed",
        "rfq_created",
        "rfq_deleted",
        "trade",
        "unsubscribed",
    ]
)
# Parameter of the subscribe command -> its constraints.
SUBSCRIBE_PARAMETERS: dict[str, dict[str, Any]] = {
    "channels": {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "string",
            "enum": [
                "orderbook_delta",
                "ticker",
                "trade",
                "fill",
                "market_positions",
                "market_lifecycle_v2",
                "multivariate_market_lifecycle",
                "communications",
                "order_group_updates",
                "user_orders",
                "cfbenchmarks_value",
                "cfbenchmarks_value_5hz",
                "pyth_value",
            ],
        },
    },
    "market_ticker": {"type": "string"},
    "market_tickers": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": "^[A-Z0-9-]+$"}},
    "market_id": {"type": "string"},
    "market_ids": {"type": "array", "minItems": 1, "items": {"type": "string"}},
    "send_initial_snapshot": {"type": "boolean"},
    "skip_ticker_ack": {"type": "boolean"},
    "use_yes_price": {"type": "boolean"},
    "user_filter": {"type": "string", "enum": ["", "self"]},
    "shard_factor": {"type": "integer", "minimum": 1},
    "shard_key": {"type": "integer", "minimum": 0},
    "index_ids": {"type": "array", "minItems": 1, "items": {"type": "string"}},
    "underlying_tickers": {"type": "array", "minItems": 1, "items": {"type": "string"}},
}
# Every `action` an update_subscription command may carry.
UPDATE_ACTIONS: tuple[str, ...] = (
    "add_markets",
    "delete_markets",
    "get_snapshot",
    "subscribe_indices",
    "unsubscribe_indices",
    "indexlist",
    "subscribe_underlyings",
    "unsubscribe_underlyings",
    "underlying_list",
)
# Error code -> its name.
ERROR_CODES: dict[int, str] = {
    1: "Unable to process message",
    2: "Params required",
    3: "Channels required",
    4: "Subscription IDs required",
    5: "Unknown command",
    7: "Unknown subscription ID",
    8: "Unknown channel name",
    9: "Authentication required",
    10: "Channel error",
    11: "Invalid parameter",
    12: "Exactly one subscription ID is required",
    13: "Unsupported action",
    14: "Market Ticker required",
    15: "Action required",
    18: "Command timeout",
    19: "shard_factor must be > 0",
    20: "shard_factor is required when shard_key is set",
    21: "shard_key must be >= 0 and < shard_factor",
    22: "shard_factor must be <= 100",
    23: "Match IDs required",
    24: "Index IDs required",
    25: "Subscription buffer overflow",
    26: "Subscription market limit exceeded",
    27: "Too many requests",
    28: "Underlying tickers required",
}

MessageT = TypeVar("MessageT")


class Channel(Generic[MessageT]):
    """A channel, typed with the models of the messages it sends (a message of a type the
    document does not know arrives as a dict)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Channel({self.name!r})"


ORDERBOOK_DELTA: Channel[WsOrderbookSnapshot | WsOrderbookDelta | dict[str, Any]] = Channel("orderbook_delta")
TICKER: Channel[WsTicker | dict[str, Any]] = Channel("ticker")
TRADE: Channel[WsTrade | dict[str, Any]] = Channel("trade")
FILL: Channel[WsFill | dict[str, Any]] = Channel("fill")
MARKET_POSITIONS: Channel[WsMarketPosition | dict[str, Any]] = Channel("market_positions")
MARKET_LIFECYCLE_V2: Channel[WsMarketLifecycleV2 | WsEventLifecycle | WsEventFeeUpdate | dict[str, Any]] = Channel(
    "market_lifecycle_v2"
)
MULTIVARIATE_MARKET_LIFECYCLE: Channel[WsMultivariateMarketLifecycle | WsEventLifecycle | dict[str, Any]] = Channel(
    "multivariate_market_lifecycle"
)
COMMUNICATIONS: Channel[
    WsRfqCreated | WsRfqDeleted | WsQuoteCreated | WsQuoteAccepted | WsQuoteExecuted | dict[str, Any]
] = Channel("communications")
ORDER_GROUP_UPDATES: Channel[WsOrderGroupUpdates | dict[str, Any]] = Channel("order_group_updates")
USER_ORDERS: Channel[WsUserOrder | dict[str, Any]] = Channel("user_orders")
CFBENCHMARKS_VALUE: Channel[WsCfbenchmarksValue | WsCfbenchmarksValueIndexlist | dict[str, Any]] = Channel(
    "cfbenchmarks_value"
)
CFBENCHMARKS_VALUE_5HZ: Channel[WsCfbenchmarksValue5Hz | WsCfbenchmarksValue5HzIndexlist | dict[str, Any]] = Channel(
    "cfbenchmarks_value_5hz"
)
PYTH_VALUE: Channel[WsPythValue | WsPythValueUnderlyingList | dict[str, Any]] = Channel("pyth_value")
