from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_live_data_response import GetLiveDataResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: str,
    milestone_id: str,
    *,
    include_player_stats: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/{type_}/milestone/{milestone_id}".format(
            type_=quote(str(type_), safe=""),
            milestone_id=quote(str(milestone_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetLiveDataResponse | None:
    if response.status_code == 200:
        response_200 = GetLiveDataResponse.from_dict(response.json())

        return response_200

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
) -> Response[Any | GetLiveDataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[Any | GetLiveDataResponse]:
    """Get Live Data (with type)

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetLiveDataResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Any | GetLiveDataResponse | None:
    """Get Live Data (with type)

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetLiveDataResponse
    """

    return sync_detailed(
        type_=type_,
        milestone_id=milestone_id,
        client=client,
        include_player_stats=include_player_stats,
    ).parsed


async def asyncio_detailed(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[Any | GetLiveDataResponse]:
    """Get Live Data (with type)

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetLiveDataResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Any | GetLiveDataResponse | None:
    """Get Live Data (with type)

    Args:
        type_ (str):
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetLiveDataResponse
    """

    return (
        await asyncio_detailed(
            type_=type_,
            milestone_id=milestone_id,
            client=client,
            include_player_stats=include_player_stats,
        )
    ).parsed
