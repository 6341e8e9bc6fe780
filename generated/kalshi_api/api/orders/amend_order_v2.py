from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.amend_order_v2_request import AmendOrderV2Request
from ...models.amend_order_v2_response import AmendOrderV2Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/{order_id}/amend".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AmendOrderV2Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AmendOrderV2Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[AmendOrderV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response | ErrorResponse]:
    """Amend Order (V2)

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'side': 'bid',
            'price': '0.5700', 'count': '8.00', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'updated_client_order_id':
            '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response | ErrorResponse | None:
    """Amend Order (V2)

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'side': 'bid',
            'price': '0.5700', 'count': '8.00', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'updated_client_order_id':
            '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendOrderV2Response | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response | ErrorResponse]:
    """Amend Order (V2)

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'side': 'bid',
            'price': '0.5700', 'count': '8.00', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'updated_client_order_id':
            '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response | ErrorResponse | None:
    """Amend Order (V2)

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'side': 'bid',
            'price': '0.5700', 'count': '8.00', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'updated_client_order_id':
            '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'exchange_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendOrderV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
            subaccount=subaccount,
        )
    ).parsed
