from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_api_keys_response import GetApiKeysResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fcm_subtrader_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fcm_subtrader_id"] = fcm_subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api_keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetApiKeysResponse | None:
    if response.status_code == 200:
        response_200 = GetApiKeysResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetApiKeysResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[Any | GetApiKeysResponse]:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Any | GetApiKeysResponse | None:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetApiKeysResponse
    """

    return sync_detailed(
        client=client,
        fcm_subtrader_id=fcm_subtrader_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[Any | GetApiKeysResponse]:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Any | GetApiKeysResponse | None:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetApiKeysResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fcm_subtrader_id=fcm_subtrader_id,
        )
    ).parsed
