from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_incentive_programs_response import GetIncentiveProgramsResponse
from ...models.get_incentive_programs_status import GetIncentiveProgramsStatus
from ...models.get_incentive_programs_type import GetIncentiveProgramsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["incentive_description"] = incentive_description

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incentive_programs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetIncentiveProgramsResponse | None:
    if response.status_code == 200:
        response_200 = GetIncentiveProgramsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetIncentiveProgramsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | GetIncentiveProgramsResponse]:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetIncentiveProgramsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | GetIncentiveProgramsResponse | None:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetIncentiveProgramsResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | GetIncentiveProgramsResponse]:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetIncentiveProgramsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | GetIncentiveProgramsResponse | None:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetIncentiveProgramsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
