"""The streaming client's public names: what `client.stream()` returns and what it hands out.

    from kalshi_sdk.streaming import ReconnectPolicy, Orderbook, StreamEvent

Importing this module loads the stream's protocol (not `websockets`, which loads when a stream opens).
"""

from ._orderbook import Orderbook
from ._stream import AsyncStream, AsyncSubscription, Orderbooks, Stream, Subscription
from ._stream_protocol import Message, ReconnectPolicy, StreamEvent

__all__ = [
    "AsyncStream",
    "AsyncSubscription",
    "Message",
    "Orderbook",
    "Orderbooks",
    "ReconnectPolicy",
    "Stream",
    "StreamEvent",
    "Subscription",
]
