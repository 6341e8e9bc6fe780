from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_series_list_response import GetSeriesListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["tags"] = tags

    params["include_product_metadata"] = include_product_metadata

    params["include_volume"] = include_volume

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetSeriesListResponse | None:
    if response.status_code == 200:
        response_200 = GetSeriesListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetSeriesListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | GetSeriesListResponse]:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesListResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> ErrorResponse | GetSeriesListResponse | None:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesListResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | GetSeriesListResponse]:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesListResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> ErrorResponse | GetSeriesListResponse | None:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        )
    ).parsed
