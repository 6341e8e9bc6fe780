from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_v2_request import CreateOrderV2Request
from ...models.create_order_v2_response import CreateOrderV2Response
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrderV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrderV2Response | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateOrderV2Response.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateOrderV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response | ErrorResponse]:
    """Create Order (V2)

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderV2Response | ErrorResponse]
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
    body: CreateOrderV2Request,
) -> CreateOrderV2Response | ErrorResponse | None:
    """Create Order (V2)

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderV2Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response | ErrorResponse]:
    """Create Order (V2)

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> CreateOrderV2Response | ErrorResponse | None:
    """Create Order (V2)

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
