"""The streaming client's public names: what `client.stream()` returns and what it hands out.

    from kalshi_sdk.streaming import ReconnectPolicy, Orderbook, StreamEvent, channels

`channels` holds one typed constant per channel of the AsyncAPI document (`channels.FILL`,
`channels.ORDERBOOK_DELTA`, ...): `stream.subscribe(channels.FILL)` gives a subscription whose
messages are typed `WsFill | dict[str, Any]` (a dict for a message type the document does not know).

Importing this module loads the stream's protocol (not `websockets`, which loads when a stream opens).
"""

from kalshi_api import streaming as channels
from kalshi_api.streaming import Channel

from ._orderbook import Orderbook
from ._stream import AsyncStream, AsyncSubscription, Orderbooks, Stream, Subscription
from ._stream_protocol import Message, ReconnectPolicy, StreamEvent

__all__ = [
    "AsyncStream",
    "AsyncSubscription",
    "Channel",
    "Message",
    "Orderbook",
    "Orderbooks",
    "ReconnectPolicy",
    "Stream",
    "StreamEvent",
    "Subscription",
    "channels",
]
