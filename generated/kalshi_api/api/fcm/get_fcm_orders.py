from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_fcm_orders_status import GetFcmOrdersStatus
from ...models.get_orders_response import GetOrdersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params["client_order_ids"] = client_order_ids

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetOrdersResponse | None:
    if response.status_code == 200:
        response_200 = GetOrdersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | GetOrdersResponse]:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        client_order_ids=client_order_ids,
        cursor=cursor,
        event_ticker=event_ticker,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | GetOrdersResponse | None:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetOrdersResponse
    """

    return sync_detailed(
        client=client,
        subtrader_id=subtrader_id,
        client_order_ids=client_order_ids,
        cursor=cursor,
        event_ticker=event_ticker,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | GetOrdersResponse]:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        client_order_ids=client_order_ids,
        cursor=cursor,
        event_ticker=event_ticker,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | GetOrdersResponse | None:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subtrader_id=subtrader_id,
            client_order_ids=client_order_ids,
            cursor=cursor,
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
        )
    ).parsed
