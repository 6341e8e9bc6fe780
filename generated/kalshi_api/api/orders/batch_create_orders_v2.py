from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_create_orders_v2_request import BatchCreateOrdersV2Request
from ...models.batch_create_orders_v2_response import BatchCreateOrdersV2Response
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchCreateOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCreateOrdersV2Response | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = BatchCreateOrdersV2Response.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchCreateOrdersV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersV2Request,
) -> Response[BatchCreateOrdersV2Response | ErrorResponse]:
    """Batch Create Orders (V2)

    Args:
        body (BatchCreateOrdersV2Request):  Example: {'orders': [{'ticker': 'HIGHNY-24JAN01-T60',
            'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count':
            '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled',
            'self_trade_prevention_type': 'taker_at_cross', 'exchange_index': 0}, {'ticker':
            'HIGHNY-24JAN01-T60', 'client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'side':
            'ask', 'count': '5.00', 'price': '0.5800', 'time_in_force': 'immediate_or_cancel',
            'self_trade_prevention_type': 'maker', 'exchange_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateOrdersV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response | ErrorResponse | None:
    """Batch Create Orders (V2)

    Args:
        body (BatchCreateOrdersV2Request):  Example: {'orders': [{'ticker': 'HIGHNY-24JAN01-T60',
            'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count':
            '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled',
            'self_trade_prevention_type': 'taker_at_cross', 'exchange_index': 0}, {'ticker':
            'HIGHNY-24JAN01-T60', 'client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'side':
            'ask', 'count': '5.00', 'price': '0.5800', 'time_in_force': 'immediate_or_cancel',
            'self_trade_prevention_type': 'maker', 'exchange_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateOrdersV2Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersV2Request,
) -> Response[BatchCreateOrdersV2Response | ErrorResponse]:
    """Batch Create Orders (V2)

    Args:
        body (BatchCreateOrdersV2Request):  Example: {'orders': [{'ticker': 'HIGHNY-24JAN01-T60',
            'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count':
            '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled',
            'self_trade_prevention_type': 'taker_at_cross', 'exchange_index': 0}, {'ticker':
            'HIGHNY-24JAN01-T60', 'client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'side':
            'ask', 'count': '5.00', 'price': '0.5800', 'time_in_force': 'immediate_or_cancel',
            'self_trade_prevention_type': 'maker', 'exchange_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateOrdersV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response | ErrorResponse | None:
    """Batch Create Orders (V2)

    Args:
        body (BatchCreateOrdersV2Request):  Example: {'orders': [{'ticker': 'HIGHNY-24JAN01-T60',
            'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count':
            '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled',
            'self_trade_prevention_type': 'taker_at_cross', 'exchange_index': 0}, {'ticker':
            'HIGHNY-24JAN01-T60', 'client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'side':
            'ask', 'count': '5.00', 'price': '0.5800', 'time_in_force': 'immediate_or_cancel',
            'self_trade_prevention_type': 'maker', 'exchange_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateOrdersV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
