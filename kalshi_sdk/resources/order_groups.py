"""Order groups: caps on the contracts a set of orders may match within a rolling 15-second window."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from kalshi_api.api import Operations as ops

from .._fixed_point import Number, to_contracts
from ._base import SyncAPIResource, async_twin_loader, request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import CreateOrderGroupResponse, GetOrderGroupResponse, OrderGroup

    from ._async.order_groups import AsyncOrderGroups as AsyncOrderGroups
    from ._base import RequestOptions

__all__ = ["AsyncOrderGroups", "OrderGroups"]

__getattr__ = async_twin_loader(__name__)


def _limit_fields(contracts_limit: int | None, contracts_limit_fp: Number | None) -> dict[str, Any]:
    """The limit as the body carries it, checked: whole contracts (>= 1) and/or a fixed-point count."""
    if contracts_limit is not None and (
        isinstance(contracts_limit, bool) or not isinstance(contracts_limit, int) or contracts_limit < 1
    ):
        raise ValueError(f"contracts_limit must be a whole number of contracts of at least 1, got {contracts_limit!r}")
    return {
        "contracts_limit": contracts_limit,
        "contracts_limit_fp": None
        if contracts_limit_fp is None
        else to_contracts("contracts_limit_fp", contracts_limit_fp),
    }


class OrderGroups(SyncAPIResource):
    """`client.order_groups`: create, inspect, trip, reset and delete order groups. Needs API credentials.

    A group counts the contracts its orders match over a rolling 15-second window; when the count
    reaches the group's limit, the exchange cancels the group's orders and refuses new ones until
    the group is reset.
    """

    def list(self, *, subaccount: int | None = None, **options: Unpack[RequestOptions]) -> builtins.list[OrderGroup]:
        """The account's order groups (this operation has no pages).

        Args:
            subaccount: only this subaccount's groups (0 is the primary account, 1 to 63 the
                numbered ones; default: all).

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._call_list(ops.get_order_groups, "order_groups", subaccount=subaccount, **options)

    def get(
        self, order_group_id: str, *, subaccount: int | None = None, **options: Unpack[RequestOptions]
    ) -> GetOrderGroupResponse:
        """One order group: its limit, its auto-cancel flag and the ids of its orders.

        Args:
            order_group_id: the group.
            subaccount: the subaccount that owns it (default: any).

        Returns:
            `GetOrderGroupResponse` (`is_auto_cancel_enabled`, `contracts_limit_fp`, `orders`, `exchange_index`).

        Raises:
            ValueError: `order_group_id` is empty (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: no such group.
        """
        return self._call(ops.get_order_group, order_group_id=order_group_id, subaccount=subaccount, **options)

    def create(
        self,
        *,
        contracts_limit: int | None = None,
        contracts_limit_fp: Number | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateOrderGroupResponse:
        """Create an order group; pass its id as `order_group_id` when placing orders.

        Give the limit as `contracts_limit` or `contracts_limit_fp` (if both, they must be equal).

        Args:
            contracts_limit: most contracts the group's orders may match per rolling 15 seconds, a
                whole number of at least 1.
            contracts_limit_fp: the same limit as a count with up to 2 decimal places ("10.00";
                Decimal, str or int).
            subaccount: the subaccount the group belongs to (0 is the primary account, 1 to 63 the
                numbered ones; default 0).
            exchange_index: the exchange shard (default 0).

        Returns:
            `CreateOrderGroupResponse` with the new `order_group_id`.

        Raises:
            ValueError, TypeError: a limit is not a positive number of contracts (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        body = request_body(
            "CreateOrderGroupRequest",
            **_limit_fields(contracts_limit, contracts_limit_fp),
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
        return self._call(ops.create_order_group, body=body, **options)

    def delete(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an order group for good, cancelling all its orders.

        Args:
            order_group_id: the group.
            subaccount: the subaccount that owns it (default 0, the primary account).
            exchange_index: the exchange shard (default 0).

        Raises:
            ValueError: `order_group_id` is empty (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: no such group.
        """
        return self._call(
            ops.delete_order_group,
            order_group_id=order_group_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            **options,
        )

    def reset(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set the group's matched-contracts count back to zero, so its orders may trade again.

        Args:
            order_group_id: the group.
            subaccount: the subaccount that owns it (default 0, the primary account).
            exchange_index: the exchange shard (default 0).

        Raises:
            ValueError: `order_group_id` is empty (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: no such group.
        """
        # The spec gives reset and trigger an (optional) empty-object body: send one, not nothing.
        return self._call(
            ops.reset_order_group,
            order_group_id=order_group_id,
            body={},
            subaccount=subaccount,
            exchange_index=exchange_index,
            **options,
        )

    def trigger(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Trip the group by hand: its orders are cancelled and new ones refused until `reset`.

        Args:
            order_group_id: the group.
            subaccount: the subaccount that owns it (default 0, the primary account).
            exchange_index: the exchange shard (default 0).

        Raises:
            ValueError: `order_group_id` is empty (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: no such group.
        """
        return self._call(
            ops.trigger_order_group,
            order_group_id=order_group_id,
            body={},
            subaccount=subaccount,
            exchange_index=exchange_index,
            **options,
        )

    def update_limit(
        self,
        order_group_id: str,
        *,
        contracts_limit: int | None = None,
        contracts_limit_fp: Number | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Change the group's limit. A limit the group has already reached triggers it at once.

        Args:
            order_group_id: the group.
            contracts_limit: the new limit in whole contracts, at least 1.
            contracts_limit_fp: the new limit as a count with up to 2 decimal places (if both are
                given, they must be equal).
            subaccount: the subaccount that owns it (default 0, the primary account).
            exchange_index: the exchange shard (default 0).

        Raises:
            ValueError, TypeError: `order_group_id` is empty or a limit is not a positive number of
                contracts (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: no such group.
        """
        return self._call(
            ops.update_order_group_limit,
            order_group_id=order_group_id,
            body=request_body("UpdateOrderGroupLimitRequest", **_limit_fields(contracts_limit, contracts_limit_fp)),
            subaccount=subaccount,
            exchange_index=exchange_index,
            **options,
        )
