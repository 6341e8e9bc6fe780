from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_response import GetWeatherIndexResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    city: str,
    *,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["last_sec"] = last_sec

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/weather/{city}".format(
            city=quote(str(city), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWeatherIndexResponse | None:
    if response.status_code == 200:
        response_200 = GetWeatherIndexResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetWeatherIndexResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[Any | GetWeatherIndexResponse]:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWeatherIndexResponse]
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Any | GetWeatherIndexResponse | None:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWeatherIndexResponse
    """

    return sync_detailed(
        city=city,
        client=client,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    ).parsed


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[Any | GetWeatherIndexResponse]:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWeatherIndexResponse]
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Any | GetWeatherIndexResponse | None:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWeatherIndexResponse
    """

    return (
        await asyncio_detailed(
            city=city,
            client=client,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        )
    ).parsed
