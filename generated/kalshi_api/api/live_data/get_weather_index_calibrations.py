from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_calibrations_response import GetWeatherIndexCalibrationsResponse
from ...types import Response


def _get_kwargs(
    city: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/weather/{city}/calibrations".format(
            city=quote(str(city), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWeatherIndexCalibrationsResponse | None:
    if response.status_code == 200:
        response_200 = GetWeatherIndexCalibrationsResponse.from_dict(response.json())

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
) -> Response[Any | GetWeatherIndexCalibrationsResponse]:
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
) -> Response[Any | GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWeatherIndexCalibrationsResponse]
    """

    kwargs = _get_kwargs(
        city=city,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetWeatherIndexCalibrationsResponse | None:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWeatherIndexCalibrationsResponse
    """

    return sync_detailed(
        city=city,
        client=client,
    ).parsed


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWeatherIndexCalibrationsResponse]
    """

    kwargs = _get_kwargs(
        city=city,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetWeatherIndexCalibrationsResponse | None:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWeatherIndexCalibrationsResponse
    """

    return (
        await asyncio_detailed(
            city=city,
            client=client,
        )
    ).parsed
