from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_order_group_response import GetOrderGroupResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_group_id: str,
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/order_groups/{order_group_id}".format(
            order_group_id=quote(str(order_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetOrderGroupResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderGroupResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetOrderGroupResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrderGroupResponse]:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderGroupResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderGroupResponse | None:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderGroupResponse
    """

    return sync_detailed(
        order_group_id=order_group_id,
        client=client,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrderGroupResponse]:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderGroupResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderGroupResponse | None:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderGroupResponse
    """

    return (
        await asyncio_detailed(
            order_group_id=order_group_id,
            client=client,
            subaccount=subaccount,
        )
    ).parsed
