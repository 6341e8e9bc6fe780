"""Endpoint modules of the API, one package per tag, and what the spec says about each operation.

`OPERATIONS` is a light index (importing it loads no endpoint module); `descriptor(name)` imports
one endpoint module and returns its `OPERATION`, the full typed description of the call.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypedDict, TypeVar

if TYPE_CHECKING:
    import httpx

    from ..models import (
        AmendOrderV2Response,
        BatchCancelOrdersV2Response,
        BatchCreateOrdersV2Response,
        BatchGetMarketCandlesticksResponse,
        CancelOrderV2Response,
        CreateApiKeyResponse,
        CreateFCMSubtraderResponse,
        CreateMarketInMultivariateEventCollectionResponse,
        CreateOrderGroupResponse,
        CreateOrderV2Response,
        CreateQuoteResponse,
        CreateRFQResponse,
        CreateSubaccountResponse,
        DecreaseOrderV2Response,
        ExchangeStatus,
        GenerateApiKeyResponse,
        GetAccountApiLimitsResponse,
        GetAccountApiUsageLevelVolumeProgressResponse,
        GetAccountEndpointCostsResponse,
        GetApiKeysResponse,
        GetBalanceResponse,
        GetBlockTradeProposalsResponse,
        GetCommunicationsIDResponse,
        GetDepositsResponse,
        GetEventCandlesticksResponse,
        GetEventFeeChangesResponse,
        GetEventForecastPercentilesHistoryResponse,
        GetEventLiveDataResponse,
        GetEventMetadataResponse,
        GetEventResponse,
        GetEventsResponse,
        GetExchangeScheduleResponse,
        GetFCMEventContractDailyCapResponse,
        GetFcmFillsResponse,
        GetFCMSubtraderBlockedCategoriesResponse,
        GetFillsResponse,
        GetFiltersBySportsResponse,
        GetGameStatsResponse,
        GetHistoricalCutoffResponse,
        GetIncentiveProgramsResponse,
        GetIntraExchangeInstanceTransferResponse,
        GetIntraExchangeInstanceTransfersResponse,
        GetLiveDataResponse,
        GetLiveDatasResponse,
        GetMarketCandlesticksHistoricalResponse,
        GetMarketCandlesticksResponse,
        GetMarketOrderbookResponse,
        GetMarketOrderbooksResponse,
        GetMarketResponse,
        GetMarketsResponse,
        GetMilestoneResponse,
        GetMilestonesResponse,
        GetMultivariateEventCollectionResponse,
        GetMultivariateEventCollectionsResponse,
        GetMultivariateEventsResponse,
        GetOrderGroupResponse,
        GetOrderGroupsResponse,
        GetOrderQueuePositionResponse,
        GetOrderQueuePositionsResponse,
        GetOrderResponse,
        GetOrdersResponse,
        GetPortfolioRestingOrderTotalValueResponse,
        GetPositionsResponse,
        GetQuoteResponse,
        GetQuotesResponse,
        GetRFQResponse,
        GetRFQsResponse,
        GetSeriesFeeChangesResponse,
        GetSeriesListResponse,
        GetSeriesResponse,
        GetSettlementsResponse,
        GetStructuredTargetResponse,
        GetStructuredTargetsResponse,
        GetSubaccountBalancesResponse,
        GetSubaccountNettingResponse,
        GetSubaccountTransfersResponse,
        GetTagsForSeriesCategoriesResponse,
        GetTargetBalanceAllocationResponse,
        GetTradesResponse,
        GetUserDataTimestampResponse,
        GetWeatherIndexCalibrationsResponse,
        GetWeatherIndexResponse,
        GetWithdrawalsResponse,
        IntraExchangeInstanceTransferResponse,
        ListFCMSubtradersResponse,
        ProposeBlockTradeResponse,
        UpdateFCMSubtraderBlockedCategoriesResponse,
    )

ResponseT = TypeVar("ResponseT")


class Operation(NamedTuple):
    """Facts about one API operation, as stated in the spec the package was generated from."""

    method: str
    """HTTP method, upper case."""
    path: str
    """Path template below the server URL, such as "/milestones/{milestone_id}"."""
    module: str
    """Endpoint module below this package, such as "milestone.get_milestone"."""
    requires_auth: bool
    """Whether the spec asks for the signed API-key headers."""
    response_model: str | None
    """Name of the model a successful JSON response parses into, if it has one."""


class Request(TypedDict, total=False):
    """The keyword arguments of `httpx.Client.request` for one call."""

    method: str
    url: str
    params: dict[str, Any]
    json: Any
    headers: dict[str, Any]
    cookies: dict[str, Any]
    data: Any
    files: Any
    content: Any


# Plain classes rather than dataclasses: building dataclasses costs more than the rest of this
# module, and every `import kalshi_sdk` pays for this module.
class Parameter:
    """One path, query or header parameter of an operation."""

    __slots__ = ("location", "name", "required", "rules", "type", "wire_name")

    def __init__(
        self,
        *,
        name: str,
        wire_name: str,
        location: Literal["path", "query", "header", "cookie"],
        type: Any,
        required: bool,
        rules: dict[str, Any],
    ) -> None:
        self.name = name
        """Python name (the keyword argument of `build_request`)."""
        self.wire_name = wire_name
        """Name on the wire."""
        self.location = location
        self.type = type
        """The Python type `build_request` takes (an enum class for an enum parameter)."""
        self.required = required
        self.rules = rules
        """The spec's constraints (type, format, minimum, maximum, maxItems, enum, items...)."""

    def __repr__(self) -> str:
        return f"Parameter({self.name!r}, {self.location}, required={self.required})"


class BodyField:
    """One top-level field of an operation's JSON request body."""

    __slots__ = ("name", "required", "rules", "wire_name")

    def __init__(self, *, name: str, wire_name: str, required: bool, rules: dict[str, Any]) -> None:
        self.name = name
        """Python name (the attribute of the body model)."""
        self.wire_name = wire_name
        self.required = required
        self.rules = rules
        """The spec's constraints, in the form of `Parameter.rules` (objects add "properties")."""

    def __repr__(self) -> str:
        return f"BodyField({self.name!r}, required={self.required})"


class OperationDescriptor(Generic[ResponseT]):
    """Everything about one operation: where it goes, what it takes, what it answers."""

    __slots__ = (
        "body_fields",
        "body_model",
        "build_request",
        "list_field",
        "method",
        "name",
        "parameters",
        "parse_response",
        "path",
        "response_model",
        "signed",
        "takes_body",
    )

    def __init__(
        self,
        *,
        name: str,
        method: str,
        path: str,
        signed: bool,
        parameters: tuple[Parameter, ...],
        takes_body: bool,
        body_model: Any,
        body_fields: tuple[BodyField, ...],
        response_model: type[ResponseT] | None,
        list_field: str | None,
        build_request: Callable[..., Request],
        parse_response: Callable[[httpx.Response], ResponseT],
    ) -> None:
        self.name = name
        """The operationId in snake_case, such as "get_markets"."""
        self.method = method
        self.path = path
        self.signed = signed
        """Whether the spec asks for the signed API-key headers."""
        self.parameters = parameters
        self.takes_body = takes_body
        """Whether `build_request` takes a `body` argument."""
        self.body_model = body_model
        """The model class of the JSON body, if the operation takes one."""
        self.body_fields = body_fields
        self.response_model = response_model
        """The model a successful response parses into (None: the plain JSON is returned)."""
        self.list_field = list_field
        """For a cursor-paginated operation, the response field holding each page's items."""
        self.build_request = build_request
        """Typed arguments -> the request (`httpx.Client.request` keyword arguments)."""
        self.parse_response = parse_response
        """A response -> the parsed answer (raises `errors.UnexpectedStatus` unless 2xx)."""

    def __repr__(self) -> str:
        return f"OperationDescriptor({self.name!r}, {self.method} {self.path})"

    def parameter(self, name: str) -> Parameter | None:
        """The parameter with this Python name, if the operation has one."""
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        return None


class OperationRef(Generic[ResponseT]):
    """A typed name of an operation: what `Operations.get_markets` is. The type parameter is the
    model a successful response parses into, so a caller's result is typed without importing it."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"OperationRef({self.name!r})"


class _OperationsType(type):
    def __getattr__(cls, name: str) -> OperationRef[Any]:
        # An operation this spec version lacks: the name still resolves, and using it raises the
        # caller's "not in this spec version" error then (never at import).
        if name.startswith("__"):
            raise AttributeError(name)
        return OperationRef(name)


class Operations(metaclass=_OperationsType):
    """Every operation of the spec as a typed `OperationRef`, by its snake_case name."""

    get_account_api_limits: OperationRef[GetAccountApiLimitsResponse] = OperationRef("get_account_api_limits")
    get_account_api_usage_level_volume_progress: OperationRef[GetAccountApiUsageLevelVolumeProgressResponse] = (
        OperationRef("get_account_api_usage_level_volume_progress")
    )
    get_account_endpoint_costs: OperationRef[GetAccountEndpointCostsResponse] = OperationRef(
        "get_account_endpoint_costs"
    )
    upgrade_account_api_usage_level: OperationRef[None] = OperationRef("upgrade_account_api_usage_level")
    create_api_key: OperationRef[CreateApiKeyResponse] = OperationRef("create_api_key")
    delete_api_key: OperationRef[None] = OperationRef("delete_api_key")
    generate_api_key: OperationRef[GenerateApiKeyResponse] = OperationRef("generate_api_key")
    get_api_keys: OperationRef[GetApiKeysResponse] = OperationRef("get_api_keys")
    accept_block_trade_proposal: OperationRef[None] = OperationRef("accept_block_trade_proposal")
    accept_quote: OperationRef[None] = OperationRef("accept_quote")
    accept_rfq_quote: OperationRef[None] = OperationRef("accept_rfq_quote")
    confirm_quote: OperationRef[None] = OperationRef("confirm_quote")
    confirm_rfq_quote: OperationRef[None] = OperationRef("confirm_rfq_quote")
    create_quote: OperationRef[CreateQuoteResponse] = OperationRef("create_quote")
    create_rfq: OperationRef[CreateRFQResponse] = OperationRef("create_rfq")
    delete_quote: OperationRef[None] = OperationRef("delete_quote")
    delete_rfq: OperationRef[None] = OperationRef("delete_rfq")
    delete_rfq_quote: OperationRef[None] = OperationRef("delete_rfq_quote")
    get_block_trade_proposals: OperationRef[GetBlockTradeProposalsResponse] = OperationRef("get_block_trade_proposals")
    get_communications_id: OperationRef[GetCommunicationsIDResponse] = OperationRef("get_communications_id")
    get_quote: OperationRef[GetQuoteResponse] = OperationRef("get_quote")
    get_quotes: OperationRef[GetQuotesResponse] = OperationRef("get_quotes")
    get_rf_qs: OperationRef[GetRFQsResponse] = OperationRef("get_rf_qs")
    get_rfq: OperationRef[GetRFQResponse] = OperationRef("get_rfq")
    get_rfq_quote: OperationRef[GetQuoteResponse] = OperationRef("get_rfq_quote")
    propose_block_trade: OperationRef[ProposeBlockTradeResponse] = OperationRef("propose_block_trade")
    get_event: OperationRef[GetEventResponse] = OperationRef("get_event")
    get_event_fee_changes: OperationRef[GetEventFeeChangesResponse] = OperationRef("get_event_fee_changes")
    get_event_forecast_percentiles_history: OperationRef[GetEventForecastPercentilesHistoryResponse] = OperationRef(
        "get_event_forecast_percentiles_history"
    )
    get_event_metadata: OperationRef[GetEventMetadataResponse] = OperationRef("get_event_metadata")
    get_events: OperationRef[GetEventsResponse] = OperationRef("get_events")
    get_market_candlesticks_by_event: OperationRef[GetEventCandlesticksResponse] = OperationRef(
        "get_market_candlesticks_by_event"
    )
    get_multivariate_events: OperationRef[GetMultivariateEventsResponse] = OperationRef("get_multivariate_events")
    get_exchange_schedule: OperationRef[GetExchangeScheduleResponse] = OperationRef("get_exchange_schedule")
    get_exchange_status: OperationRef[ExchangeStatus] = OperationRef("get_exchange_status")
    get_series_fee_changes: OperationRef[GetSeriesFeeChangesResponse] = OperationRef("get_series_fee_changes")
    get_user_data_timestamp: OperationRef[GetUserDataTimestampResponse] = OperationRef("get_user_data_timestamp")
    create_fcm_subtrader: OperationRef[CreateFCMSubtraderResponse] = OperationRef("create_fcm_subtrader")
    delete_fcm_event_contract_daily_cap: OperationRef[None] = OperationRef("delete_fcm_event_contract_daily_cap")
    get_fcm_event_contract_daily_cap: OperationRef[GetFCMEventContractDailyCapResponse] = OperationRef(
        "get_fcm_event_contract_daily_cap"
    )
    get_fcm_fills: OperationRef[GetFcmFillsResponse] = OperationRef("get_fcm_fills")
    get_fcm_orders: OperationRef[GetOrdersResponse] = OperationRef("get_fcm_orders")
    get_fcm_positions: OperationRef[GetPositionsResponse] = OperationRef("get_fcm_positions")
    get_fcm_subtrader_blocked_categories: OperationRef[GetFCMSubtraderBlockedCategoriesResponse] = OperationRef(
        "get_fcm_subtrader_blocked_categories"
    )
    list_fcm_subtraders: OperationRef[ListFCMSubtradersResponse] = OperationRef("list_fcm_subtraders")
    update_fcm_event_contract_daily_cap: OperationRef[None] = OperationRef("update_fcm_event_contract_daily_cap")
    update_fcm_subtrader_blocked_categories: OperationRef[UpdateFCMSubtraderBlockedCategoriesResponse] = OperationRef(
        "update_fcm_subtrader_blocked_categories"
    )
    get_fills_historical: OperationRef[GetFillsResponse] = OperationRef("get_fills_historical")
    get_historical_cutoff: OperationRef[GetHistoricalCutoffResponse] = OperationRef("get_historical_cutoff")
    get_historical_market: OperationRef[GetMarketResponse] = OperationRef("get_historical_market")
    get_historical_markets: OperationRef[GetMarketsResponse] = OperationRef("get_historical_markets")
    get_historical_orders: OperationRef[GetOrdersResponse] = OperationRef("get_historical_orders")
    get_historical_positions: OperationRef[GetPositionsResponse] = OperationRef("get_historical_positions")
    get_market_candlesticks_historical: OperationRef[GetMarketCandlesticksHistoricalResponse] = OperationRef(
        "get_market_candlesticks_historical"
    )
    get_trades_historical: OperationRef[GetTradesResponse] = OperationRef("get_trades_historical")
    get_incentive_programs: OperationRef[GetIncentiveProgramsResponse] = OperationRef("get_incentive_programs")
    get_event_live_data: OperationRef[GetEventLiveDataResponse] = OperationRef("get_event_live_data")
    get_game_stats: OperationRef[GetGameStatsResponse] = OperationRef("get_game_stats")
    get_live_data: OperationRef[GetLiveDataResponse] = OperationRef("get_live_data")
    get_live_data_by_milestone: OperationRef[GetLiveDataResponse] = OperationRef("get_live_data_by_milestone")
    get_live_datas: OperationRef[GetLiveDatasResponse] = OperationRef("get_live_datas")
    get_weather_index: OperationRef[GetWeatherIndexResponse] = OperationRef("get_weather_index")
    get_weather_index_calibrations: OperationRef[GetWeatherIndexCalibrationsResponse] = OperationRef(
        "get_weather_index_calibrations"
    )
    batch_get_market_candlesticks: OperationRef[BatchGetMarketCandlesticksResponse] = OperationRef(
        "batch_get_market_candlesticks"
    )
    get_market: OperationRef[GetMarketResponse] = OperationRef("get_market")
    get_market_candlesticks: OperationRef[GetMarketCandlesticksResponse] = OperationRef("get_market_candlesticks")
    get_market_orderbook: OperationRef[GetMarketOrderbookResponse] = OperationRef("get_market_orderbook")
    get_market_orderbooks: OperationRef[GetMarketOrderbooksResponse] = OperationRef("get_market_orderbooks")
    get_markets: OperationRef[GetMarketsResponse] = OperationRef("get_markets")
    get_series: OperationRef[GetSeriesResponse] = OperationRef("get_series")
    get_series_list: OperationRef[GetSeriesListResponse] = OperationRef("get_series_list")
    get_trades: OperationRef[GetTradesResponse] = OperationRef("get_trades")
    get_milestone: OperationRef[GetMilestoneResponse] = OperationRef("get_milestone")
    get_milestones: OperationRef[GetMilestonesResponse] = OperationRef("get_milestones")
    create_market_in_multivariate_event_collection: OperationRef[CreateMarketInMultivariateEventCollectionResponse] = (
        OperationRef("create_market_in_multivariate_event_collection")
    )
    get_multivariate_event_collection: OperationRef[GetMultivariateEventCollectionResponse] = OperationRef(
        "get_multivariate_event_collection"
    )
    get_multivariate_event_collections: OperationRef[GetMultivariateEventCollectionsResponse] = OperationRef(
        "get_multivariate_event_collections"
    )
    create_order_group: OperationRef[CreateOrderGroupResponse] = OperationRef("create_order_group")
    delete_order_group: OperationRef[None] = OperationRef("delete_order_group")
    get_order_group: OperationRef[GetOrderGroupResponse] = OperationRef("get_order_group")
    get_order_groups: OperationRef[GetOrderGroupsResponse] = OperationRef("get_order_groups")
    reset_order_group: OperationRef[None] = OperationRef("reset_order_group")
    trigger_order_group: OperationRef[None] = OperationRef("trigger_order_group")
    update_order_group_limit: OperationRef[None] = OperationRef("update_order_group_limit")
    amend_order_v2: OperationRef[AmendOrderV2Response] = OperationRef("amend_order_v2")
    batch_cancel_orders_v2: OperationRef[BatchCancelOrdersV2Response] = OperationRef("batch_cancel_orders_v2")
    batch_create_orders_v2: OperationRef[BatchCreateOrdersV2Response] = OperationRef("batch_create_orders_v2")
    cancel_all_orders: OperationRef[None] = OperationRef("cancel_all_orders")
    cancel_order_v2: OperationRef[CancelOrderV2Response] = OperationRef("cancel_order_v2")
    create_order_v2: OperationRef[CreateOrderV2Response] = OperationRef("create_order_v2")
    decrease_order_v2: OperationRef[DecreaseOrderV2Response] = OperationRef("decrease_order_v2")
    get_order: OperationRef[GetOrderResponse] = OperationRef("get_order")
    get_order_queue_position: OperationRef[GetOrderQueuePositionResponse] = OperationRef("get_order_queue_position")
    get_order_queue_positions: OperationRef[GetOrderQueuePositionsResponse] = OperationRef("get_order_queue_positions")
    get_orders: OperationRef[GetOrdersResponse] = OperationRef("get_orders")
    apply_subaccount_transfer: OperationRef[None] = OperationRef("apply_subaccount_transfer")
    create_subaccount: OperationRef[CreateSubaccountResponse] = OperationRef("create_subaccount")
    get_balance: OperationRef[GetBalanceResponse] = OperationRef("get_balance")
    get_deposits: OperationRef[GetDepositsResponse] = OperationRef("get_deposits")
    get_fills: OperationRef[GetFillsResponse] = OperationRef("get_fills")
    get_intra_exchange_instance_transfer: OperationRef[GetIntraExchangeInstanceTransferResponse] = OperationRef(
        "get_intra_exchange_instance_transfer"
    )
    get_intra_exchange_instance_transfers: OperationRef[GetIntraExchangeInstanceTransfersResponse] = OperationRef(
        "get_intra_exchange_instance_transfers"
    )
    get_portfolio_resting_order_total_value: OperationRef[GetPortfolioRestingOrderTotalValueResponse] = OperationRef(
        "get_portfolio_resting_order_total_value"
    )
    get_positions: OperationRef[GetPositionsResponse] = OperationRef("get_positions")
    get_settlements: OperationRef[GetSettlementsResponse] = OperationRef("get_settlements")
    get_subaccount_balances: OperationRef[GetSubaccountBalancesResponse] = OperationRef("get_subaccount_balances")
    get_subaccount_netting: OperationRef[GetSubaccountNettingResponse] = OperationRef("get_subaccount_netting")
    get_subaccount_transfers: OperationRef[GetSubaccountTransfersResponse] = OperationRef("get_subaccount_transfers")
    get_target_balance_allocation: OperationRef[GetTargetBalanceAllocationResponse] = OperationRef(
        "get_target_balance_allocation"
    )
    get_withdrawals: OperationRef[GetWithdrawalsResponse] = OperationRef("get_withdrawals")
    intra_exchange_instance_transfer: OperationRef[IntraExchangeInstanceTransferResponse] = OperationRef(
        "intra_exchange_instance_transfer"
    )
    set_target_balance_allocation: OperationRef[None] = OperationRef("set_target_balance_allocation")
    update_subaccount_netting: OperationRef[None] = OperationRef("update_subaccount_netting")
    get_filters_for_sports: OperationRef[GetFiltersBySportsResponse] = OperationRef("get_filters_for_sports")
    get_tags_for_series_categories: OperationRef[GetTagsForSeriesCategoriesResponse] = OperationRef(
        "get_tags_for_series_categories"
    )
    get_structured_target: OperationRef[GetStructuredTargetResponse] = OperationRef("get_structured_target")
    get_structured_targets: OperationRef[GetStructuredTargetsResponse] = OperationRef("get_structured_targets")


def expect_success(response: httpx.Response) -> None:
    """Raise `errors.UnexpectedStatus` unless the response is a 2xx."""
    if not response.is_success:
        from ..errors import UnexpectedStatus

        raise UnexpectedStatus(response.status_code, response.content)


def descriptor(name: str) -> OperationDescriptor[Any]:
    """The descriptor of operation `name` (snake_case operationId); KeyError if the spec lacks it."""
    found: OperationDescriptor[Any] = importlib.import_module(f"{__name__}.{OPERATIONS[name].module}").OPERATION
    return found


# Operation name (the operationId in snake_case) -> facts about it.
OPERATIONS: dict[str, Operation] = {
    "get_account_api_limits": Operation(
        method="GET",
        path="/account/limits",
        module="account.get_account_api_limits",
        requires_auth=True,
        response_model="GetAccountApiLimitsResponse",
    ),
    "get_account_api_usage_level_volume_progress": Operation(
        method="GET",
        path="/account/api_usage_level/volume_progress",
        module="account.get_account_api_usage_level_volume_progress",
        requires_auth=True,
        response_model="GetAccountApiUsageLevelVolumeProgressResponse",
    ),
    "get_account_endpoint_costs": Operation(
        method="GET",
        path="/account/endpoint_costs",
        module="account.get_account_endpoint_costs",
        requires_auth=False,
        response_model="GetAccountEndpointCostsResponse",
    ),
    "upgrade_account_api_usage_level": Operation(
        method="POST",
        path="/account/api_usage_level/upgrade",
        module="account.upgrade_account_api_usage_level",
        requires_auth=True,
        response_model=None,
    ),
    "create_api_key": Operation(
        method="POST",
        path="/api_keys",
        module="api_keys.create_api_key",
        requires_auth=True,
        response_model="CreateApiKeyResponse",
    ),
    "delete_api_key": Operation(
        method="DELETE",
        path="/api_keys/{api_key}",
        module="api_keys.delete_api_key",
        requires_auth=True,
        response_model=None,
    ),
    "generate_api_key": Operation(
        method="POST",
        path="/api_keys/generate",
        module="api_keys.generate_api_key",
        requires_auth=True,
        response_model="GenerateApiKeyResponse",
    ),
    "get_api_keys": Operation(
        method="GET",
        path="/api_keys",
        module="api_keys.get_api_keys",
        requires_auth=True,
        response_model="GetApiKeysResponse",
    ),
    "accept_block_trade_proposal": Operation(
        method="POST",
        path="/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
        module="communications.accept_block_trade_proposal",
        requires_auth=True,
        response_model=None,
    ),
    "accept_quote": Operation(
        method="PUT",
        path="/communications/quotes/{quote_id}/accept",
        module="communications.accept_quote",
        requires_auth=True,
        response_model=None,
    ),
    "accept_rfq_quote": Operation(
        method="PUT",
        path="/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept",
        module="communications.accept_rfq_quote",
        requires_auth=True,
        response_model=None,
    ),
    "confirm_quote": Operation(
        method="PUT",
        path="/communications/quotes/{quote_id}/confirm",
        module="communications.confirm_quote",
        requires_auth=True,
        response_model=None,
    ),
    "confirm_rfq_quote": Operation(
        method="PUT",
        path="/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm",
        module="communications.confirm_rfq_quote",
        requires_auth=True,
        response_model=None,
    ),
    "create_quote": Operation(
        method="POST",
        path="/communications/quotes",
        module="communications.create_quote",
        requires_auth=True,
        response_model="CreateQuoteResponse",
    ),
    "create_rfq": Operation(
        method="POST",
        path="/communications/rfqs",
        module="communications.create_rfq",
        requires_auth=True,
        response_model="CreateRFQResponse",
    ),
    "delete_quote": Operation(
        method="DELETE",
        path="/communications/quotes/{quote_id}",
        module="communications.delete_quote",
        requires_auth=True,
        response_model=None,
    ),
    "delete_rfq": Operation(
        method="DELETE",
        path="/communications/rfqs/{rfq_id}",
        module="communications.delete_rfq",
        requires_auth=True,
        response_model=None,
    ),
    "delete_rfq_quote": Operation(
        method="DELETE",
        path="/communications/rfqs/{rfq_id}/quotes/{quote_id}",
        module="communications.delete_rfq_quote",
        requires_auth=True,
        response_model=None,
    ),
    "get_block_trade_proposals": Operation(
        method="GET",
        path="/communications/block-trade-proposals",
        module="communications.get_block_trade_proposals",
        requires_auth=True,
        response_model="GetBlockTradeProposalsResponse",
    ),
    "get_communications_id": Operation(
        method="GET",
        path="/communications/id",
        module="communications.get_communications_id",
        requires_auth=True,
        response_model="GetCommunicationsIDResponse",
    ),
    "get_quote": Operation(
        method="GET",
        path="/communications/quotes/{quote_id}",
        module="communications.get_quote",
        requires_auth=True,
        response_model="GetQuoteResponse",
    ),
    "get_quotes": Operation(
        method="GET",
        path="/communications/quotes",
        module="communications.get_quotes",
        requires_auth=True,
        response_model="GetQuotesResponse",
    ),
    "get_rf_qs": Operation(
        method="GET",
        path="/communications/rfqs",
        module="communications.get_rf_qs",
        requires_auth=True,
        response_model="GetRFQsResponse",
    ),
    "get_rfq": Operation(
        method="GET",
        path="/communications/rfqs/{rfq_id}",
        module="communications.get_rfq",
        requires_auth=True,
        response_model="GetRFQResponse",
    ),
    "get_rfq_quote": Operation(
        method="GET",
        path="/communications/rfqs/{rfq_id}/quotes/{quote_id}",
        module="communications.get_rfq_quote",
        requires_auth=True,
        response_model="GetQuoteResponse",
    ),
    "propose_block_trade": Operation(
        method="POST",
        path="/communications/block-trade-proposals",
        module="communications.propose_block_trade",
        requires_auth=True,
        response_model="ProposeBlockTradeResponse",
    ),
    "get_event": Operation(
        method="GET",
        path="/events/{event_ticker}",
        module="events.get_event",
        requires_auth=False,
        response_model="GetEventResponse",
    ),
    "get_event_fee_changes": Operation(
        method="GET",
        path="/events/fee_changes",
        module="events.get_event_fee_changes",
        requires_auth=False,
        response_model="GetEventFeeChangesResponse",
    ),
    "get_event_forecast_percentiles_history": Operation(
        method="GET",
        path="/series/{series_ticker}/events/{ticker}/forecast_percentile_history",
        module="events.get_event_forecast_percentiles_history",
        requires_auth=True,
        response_model="GetEventForecastPercentilesHistoryResponse",
    ),
    "get_event_metadata": Operation(
        method="GET",
        path="/events/{event_ticker}/metadata",
        module="events.get_event_metadata",
        requires_auth=False,
        response_model="GetEventMetadataResponse",
    ),
    "get_events": Operation(
        method="GET",
        path="/events",
        module="events.get_events",
        requires_auth=False,
        response_model="GetEventsResponse",
    ),
    "get_market_candlesticks_by_event": Operation(
        method="GET",
        path="/series/{series_ticker}/events/{ticker}/candlesticks",
        module="events.get_market_candlesticks_by_event",
        requires_auth=False,
        response_model="GetEventCandlesticksResponse",
    ),
    "get_multivariate_events": Operation(
        method="GET",
        path="/events/multivariate",
        module="events.get_multivariate_events",
        requires_auth=False,
        response_model="GetMultivariateEventsResponse",
    ),
    "get_exchange_schedule": Operation(
        method="GET",
        path="/exchange/schedule",
        module="exchange.get_exchange_schedule",
        requires_auth=False,
        response_model="GetExchangeScheduleResponse",
    ),
    "get_exchange_status": Operation(
        method="GET",
        path="/exchange/status",
        module="exchange.get_exchange_status",
        requires_auth=False,
        response_model="ExchangeStatus",
    ),
    "get_series_fee_changes": Operation(
        method="GET",
        path="/series/fee_changes",
        module="exchange.get_series_fee_changes",
        requires_auth=False,
        response_model="GetSeriesFeeChangesResponse",
    ),
    "get_user_data_timestamp": Operation(
        method="GET",
        path="/exchange/user_data_timestamp",
        module="exchange.get_user_data_timestamp",
        requires_auth=False,
        response_model="GetUserDataTimestampResponse",
    ),
    "create_fcm_subtrader": Operation(
        method="POST",
        path="/fcm/subtraders",
        module="fcm.create_fcm_subtrader",
        requires_auth=True,
        response_model="CreateFCMSubtraderResponse",
    ),
    "delete_fcm_event_contract_daily_cap": Operation(
        method="DELETE",
        path="/fcm/subtraders/event_contract_daily_cap",
        module="fcm.delete_fcm_event_contract_daily_cap",
        requires_auth=True,
        response_model=None,
    ),
    "get_fcm_event_contract_daily_cap": Operation(
        method="GET",
        path="/fcm/subtraders/event_contract_daily_cap",
        module="fcm.get_fcm_event_contract_daily_cap",
        requires_auth=True,
        response_model="GetFCMEventContractDailyCapResponse",
    ),
    "get_fcm_fills": Operation(
        method="GET",
        path="/fcm/fills",
        module="fcm.get_fcm_fills",
        requires_auth=True,
        response_model="GetFcmFillsResponse",
    ),
    "get_fcm_orders": Operation(
        method="GET",
        path="/fcm/orders",
        module="fcm.get_fcm_orders",
        requires_auth=True,
        response_model="GetOrdersResponse",
    ),
    "get_fcm_positions": Operation(
        method="GET",
        path="/fcm/positions",
        module="fcm.get_fcm_positions",
        requires_auth=True,
        response_model="GetPositionsResponse",
    ),
    "get_fcm_subtrader_blocked_categories": Operation(
        method="GET",
        path="/fcm/subtraders/blocked_categories",
        module="fcm.get_fcm_subtrader_blocked_categories",
        requires_auth=True,
        response_model="GetFCMSubtraderBlockedCategoriesResponse",
    ),
    "list_fcm_subtraders": Operation(
        method="GET",
        path="/fcm/subtraders",
        module="fcm.list_fcm_subtraders",
        requires_auth=True,
        response_model="ListFCMSubtradersResponse",
    ),
    "update_fcm_event_contract_daily_cap": Operation(
        method="PUT",
        path="/fcm/subtraders/event_contract_daily_cap",
        module="fcm.update_fcm_event_contract_daily_cap",
        requires_auth=True,
        response_model=None,
    ),
    "update_fcm_subtrader_blocked_categories": Operation(
        method="PUT",
        path="/fcm/subtraders/blocked_categories",
        module="fcm.update_fcm_subtrader_blocked_categories",
        requires_auth=True,
        response_model="UpdateFCMSubtraderBlockedCategoriesResponse",
    ),
    "get_fills_historical": Operation(
        method="GET",
        path="/historical/fills",
        module="historical.get_fills_historical",
        requires_auth=True,
        response_model="GetFillsResponse",
    ),
    "get_historical_cutoff": Operation(
        method="GET",
        path="/historical/cutoff",
        module="historical.get_historical_cutoff",
        requires_auth=False,
        response_model="GetHistoricalCutoffResponse",
    ),
    "get_historical_market": Operation(
        method="GET",
        path="/historical/markets/{ticker}",
        module="historical.get_historical_market",
        requires_auth=False,
        response_model="GetMarketResponse",
    ),
    "get_historical_markets": Operation(
        method="GET",
        path="/historical/markets",
        module="historical.get_historical_markets",
        requires_auth=False,
        response_model="GetMarketsResponse",
    ),
    "get_historical_orders": Operation(
        method="GET",
        path="/historical/orders",
        module="historical.get_historical_orders",
        requires_auth=True,
        response_model="GetOrdersResponse",
    ),
    "get_historical_positions": Operation(
        method="GET",
        path="/historical/positions",
        module="historical.get_historical_positions",
        requires_auth=True,
        response_model="GetPositionsResponse",
    ),
    "get_market_candlesticks_historical": Operation(
        method="GET",
        path="/historical/markets/{ticker}/candlesticks",
        module="historical.get_market_candlesticks_historical",
        requires_auth=False,
        response_model="GetMarketCandlesticksHistoricalResponse",
    ),
    "get_trades_historical": Operation(
        method="GET",
        path="/historical/trades",
        module="historical.get_trades_historical",
        requires_auth=False,
        response_model="GetTradesResponse",
    ),
    "get_incentive_programs": Operation(
        method="GET",
        path="/incentive_programs",
        module="incentive_programs.get_incentive_programs",
        requires_auth=False,
        response_model="GetIncentiveProgramsResponse",
    ),
    "get_event_live_data": Operation(
        method="GET",
        path="/live_data/events/{event_ticker}",
        module="live_data.get_event_live_data",
        requires_auth=False,
        response_model="GetEventLiveDataResponse",
    ),
    "get_game_stats": Operation(
        method="GET",
        path="/live_data/milestone/{milestone_id}/game_stats",
        module="live_data.get_game_stats",
        requires_auth=False,
        response_model="GetGameStatsResponse",
    ),
    "get_live_data": Operation(
        method="GET",
        path="/live_data/{type_}/milestone/{milestone_id}",
        module="live_data.get_live_data",
        requires_auth=False,
        response_model="GetLiveDataResponse",
    ),
    "get_live_data_by_milestone": Operation(
        method="GET",
        path="/live_data/milestone/{milestone_id}",
        module="live_data.get_live_data_by_milestone",
        requires_auth=False,
        response_model="GetLiveDataResponse",
    ),
    "get_live_datas": Operation(
        method="GET",
        path="/live_data/batch",
        module="live_data.get_live_datas",
        requires_auth=False,
        response_model="GetLiveDatasResponse",
    ),
    "get_weather_index": Operation(
        method="GET",
        path="/live_data/weather/{city}",
        module="live_data.get_weather_index",
        requires_auth=False,
        response_model="GetWeatherIndexResponse",
    ),
    "get_weather_index_calibrations": Operation(
        method="GET",
        path="/live_data/weather/{city}/calibrations",
        module="live_data.get_weather_index_calibrations",
        requires_auth=False,
        response_model="GetWeatherIndexCalibrationsResponse",
    ),
    "batch_get_market_candlesticks": Operation(
        method="GET",
        path="/markets/candlesticks",
        module="market.batch_get_market_candlesticks",
        requires_auth=False,
        response_model="BatchGetMarketCandlesticksResponse",
    ),
    "get_market": Operation(
        method="GET",
        path="/markets/{ticker}",
        module="market.get_market",
        requires_auth=False,
        response_model="GetMarketResponse",
    ),
    "get_market_candlesticks": Operation(
        method="GET",
        path="/series/{series_ticker}/markets/{ticker}/candlesticks",
        module="market.get_market_candlesticks",
        requires_auth=False,
        response_model="GetMarketCandlesticksResponse",
    ),
    "get_market_orderbook": Operation(
        method="GET",
        path="/markets/{ticker}/orderbook",
        module="market.get_market_orderbook",
        requires_auth=False,
        response_model="GetMarketOrderbookResponse",
    ),
    "get_market_orderbooks": Operation(
        method="GET",
        path="/markets/orderbooks",
        module="market.get_market_orderbooks",
        requires_auth=False,
        response_model="GetMarketOrderbooksResponse",
    ),
    "get_markets": Operation(
        method="GET",
        path="/markets",
        module="market.get_markets",
        requires_auth=False,
        response_model="GetMarketsResponse",
    ),
    "get_series": Operation(
        method="GET",
        path="/series/{series_ticker}",
        module="market.get_series",
        requires_auth=False,
        response_model="GetSeriesResponse",
    ),
    "get_series_list": Operation(
        method="GET",
        path="/series",
        module="market.get_series_list",
        requires_auth=False,
        response_model="GetSeriesListResponse",
    ),
    "get_trades": Operation(
        method="GET",
        path="/markets/trades",
        module="market.get_trades",
        requires_auth=False,
        response_model="GetTradesResponse",
    ),
    "get_milestone": Operation(
        method="GET",
        path="/milestones/{milestone_id}",
        module="milestone.get_milestone",
        requires_auth=False,
        response_model="GetMilestoneResponse",
    ),
    "get_milestones": Operation(
        method="GET",
        path="/milestones",
        module="milestone.get_milestones",
        requires_auth=False,
        response_model="GetMilestonesResponse",
    ),
    "create_market_in_multivariate_event_collection": Operation(
        method="POST",
        path="/multivariate_event_collections/{collection_ticker}",
        module="multivariate.create_market_in_multivariate_event_collection",
        requires_auth=True,
        response_model="CreateMarketInMultivariateEventCollectionResponse",
    ),
    "get_multivariate_event_collection": Operation(
        method="GET",
        path="/multivariate_event_collections/{collection_ticker}",
        module="multivariate.get_multivariate_event_collection",
        requires_auth=False,
        response_model="GetMultivariateEventCollectionResponse",
    ),
    "get_multivariate_event_collections": Operation(
        method="GET",
        path="/multivariate_event_collections",
        module="multivariate.get_multivariate_event_collections",
        requires_auth=False,
        response_model="GetMultivariateEventCollectionsResponse",
    ),
    "create_order_group": Operation(
        method="POST",
        path="/portfolio/order_groups/create",
        module="order_groups.create_order_group",
        requires_auth=True,
        response_model="CreateOrderGroupResponse",
    ),
    "delete_order_group": Operation(
        method="DELETE",
        path="/portfolio/order_groups/{order_group_id}",
        module="order_groups.delete_order_group",
        requires_auth=True,
        response_model=None,
    ),
    "get_order_group": Operation(
        method="GET",
        path="/portfolio/order_groups/{order_group_id}",
        module="order_groups.get_order_group",
        requires_auth=True,
        response_model="GetOrderGroupResponse",
    ),
    "get_order_groups": Operation(
        method="GET",
        path="/portfolio/order_groups",
        module="order_groups.get_order_groups",
        requires_auth=True,
        response_model="GetOrderGroupsResponse",
    ),
    "reset_order_group": Operation(
        method="PUT",
        path="/portfolio/order_groups/{order_group_id}/reset",
        module="order_groups.reset_order_group",
        requires_auth=True,
        response_model=None,
    ),
    "trigger_order_group": Operation(
        method="PUT",
        path="/portfolio/order_groups/{order_group_id}/trigger",
        module="order_groups.trigger_order_group",
        requires_auth=True,
        response_model=None,
    ),
    "update_order_group_limit": Operation(
        method="PUT",
        path="/portfolio/order_groups/{order_group_id}/limit",
        module="order_groups.update_order_group_limit",
        requires_auth=True,
        response_model=None,
    ),
    "amend_order_v2": Operation(
        method="POST",
        path="/portfolio/events/orders/{order_id}/amend",
        module="orders.amend_order_v2",
        requires_auth=True,
        response_model="AmendOrderV2Response",
    ),
    "batch_cancel_orders_v2": Operation(
        method="DELETE",
        path="/portfolio/events/orders/batched",
        module="orders.batch_cancel_orders_v2",
        requires_auth=True,
        response_model="BatchCancelOrdersV2Response",
    ),
    "batch_create_orders_v2": Operation(
        method="POST",
        path="/portfolio/events/orders/batched",
        module="orders.batch_create_orders_v2",
        requires_auth=True,
        response_model="BatchCreateOrdersV2Response",
    ),
    "cancel_all_orders": Operation(
        method="DELETE",
        path="/portfolio/events/orders",
        module="orders.cancel_all_orders",
        requires_auth=True,
        response_model=None,
    ),
    "cancel_order_v2": Operation(
        method="DELETE",
        path="/portfolio/events/orders/{order_id}",
        module="orders.cancel_order_v2",
        requires_auth=True,
        response_model="CancelOrderV2Response",
    ),
    "create_order_v2": Operation(
        method="POST",
        path="/portfolio/events/orders",
        module="orders.create_order_v2",
        requires_auth=True,
        response_model="CreateOrderV2Response",
    ),
    "decrease_order_v2": Operation(
        method="POST",
        path="/portfolio/events/orders/{order_id}/decrease",
        module="orders.decrease_order_v2",
        requires_auth=True,
        response_model="DecreaseOrderV2Response",
    ),
    "get_order": Operation(
        method="GET",
        path="/portfolio/orders/{order_id}",
        module="orders.get_order",
        requires_auth=True,
        response_model="GetOrderResponse",
    ),
    "get_order_queue_position": Operation(
        method="GET",
        path="/portfolio/orders/{order_id}/queue_position",
        module="orders.get_order_queue_position",
        requires_auth=True,
        response_model="GetOrderQueuePositionResponse",
    ),
    "get_order_queue_positions": Operation(
        method="GET",
        path="/portfolio/orders/queue_positions",
        module="orders.get_order_queue_positions",
        requires_auth=True,
        response_model="GetOrderQueuePositionsResponse",
    ),
    "get_orders": Operation(
        method="GET",
        path="/portfolio/orders",
        module="orders.get_orders",
        requires_auth=True,
        response_model="GetOrdersResponse",
    ),
    "apply_subaccount_transfer": Operation(
        method="POST",
        path="/portfolio/subaccounts/transfer",
        module="portfolio.apply_subaccount_transfer",
        requires_auth=True,
        response_model=None,
    ),
    "create_subaccount": Operation(
        method="POST",
        path="/portfolio/subaccounts",
        module="portfolio.create_subaccount",
        requires_auth=True,
        response_model="CreateSubaccountResponse",
    ),
    "get_balance": Operation(
        method="GET",
        path="/portfolio/balance",
        module="portfolio.get_balance",
        requires_auth=True,
        response_model="GetBalanceResponse",
    ),
    "get_deposits": Operation(
        method="GET",
        path="/portfolio/deposits",
        module="portfolio.get_deposits",
        requires_auth=True,
        response_model="GetDepositsResponse",
    ),
    "get_fills": Operation(
        method="GET",
        path="/portfolio/fills",
        module="portfolio.get_fills",
        requires_auth=True,
        response_model="GetFillsResponse",
    ),
    "get_intra_exchange_instance_transfer": Operation(
        method="GET",
        path="/portfolio/intra_exchange_instance_transfers/{transfer_id}",
        module="portfolio.get_intra_exchange_instance_transfer",
        requires_auth=True,
        response_model="GetIntraExchangeInstanceTransferResponse",
    ),
    "get_intra_exchange_instance_transfers": Operation(
        method="GET",
        path="/portfolio/intra_exchange_instance_transfers",
        module="portfolio.get_intra_exchange_instance_transfers",
        requires_auth=True,
        response_model="GetIntraExchangeInstanceTransfersResponse",
    ),
    "get_portfolio_resting_order_total_value": Operation(
        method="GET",
        path="/portfolio/summary/total_resting_order_value",
        module="portfolio.get_portfolio_resting_order_total_value",
        requires_auth=True,
        response_model="GetPortfolioRestingOrderTotalValueResponse",
    ),
    "get_positions": Operation(
        method="GET",
        path="/portfolio/positions",
        module="portfolio.get_positions",
        requires_auth=True,
        response_model="GetPositionsResponse",
    ),
    "get_settlements": Operation(
        method="GET",
        path="/portfolio/settlements",
        module="portfolio.get_settlements",
        requires_auth=True,
        response_model="GetSettlementsResponse",
    ),
    "get_subaccount_balances": Operation(
        method="GET",
        path="/portfolio/subaccounts/balances",
        module="portfolio.get_subaccount_balances",
        requires_auth=True,
        response_model="GetSubaccountBalancesResponse",
    ),
    "get_subaccount_netting": Operation(
        method="GET",
        path="/portfolio/subaccounts/netting",
        module="portfolio.get_subaccount_netting",
        requires_auth=True,
        response_model="GetSubaccountNettingResponse",
    ),
    "get_subaccount_transfers": Operation(
        method="GET",
        path="/portfolio/subaccounts/transfers",
        module="portfolio.get_subaccount_transfers",
        requires_auth=True,
        response_model="GetSubaccountTransfersResponse",
    ),
    "get_target_balance_allocation": Operation(
        method="GET",
        path="/portfolio/target_balance_allocation",
        module="portfolio.get_target_balance_allocation",
        requires_auth=True,
        response_model="GetTargetBalanceAllocationResponse",
    ),
    "get_withdrawals": Operation(
        method="GET",
        path="/portfolio/withdrawals",
        module="portfolio.get_withdrawals",
        requires_auth=True,
        response_model="GetWithdrawalsResponse",
    ),
    "intra_exchange_instance_transfer": Operation(
        method="POST",
        path="/portfolio/intra_exchange_instance_transfer",
        module="portfolio.intra_exchange_instance_transfer",
        requires_auth=True,
        response_model="IntraExchangeInstanceTransferResponse",
    ),
    "set_target_balance_allocation": Operation(
        method="POST",
        path="/portfolio/target_balance_allocation",
        module="portfolio.set_target_balance_allocation",
        requires_auth=True,
        response_model=None,
    ),
    "update_subaccount_netting": Operation(
        method="PUT",
        path="/portfolio/subaccounts/netting",
        module="portfolio.update_subaccount_netting",
        requires_auth=True,
        response_model=None,
    ),
    "get_filters_for_sports": Operation(
        method="GET",
        path="/search/filters_by_sport",
        module="search.get_filters_for_sports",
        requires_auth=False,
        response_model="GetFiltersBySportsResponse",
    ),
    "get_tags_for_series_categories": Operation(
        method="GET",
        path="/search/tags_by_categories",
        module="search.get_tags_for_series_categories",
        requires_auth=False,
        response_model="GetTagsForSeriesCategoriesResponse",
    ),
    "get_structured_target": Operation(
        method="GET",
        path="/structured_targets/{structured_target_id}",
        module="structured_targets.get_structured_target",
        requires_auth=False,
        response_model="GetStructuredTargetResponse",
    ),
    "get_structured_targets": Operation(
        method="GET",
        path="/structured_targets",
        module="structured_targets.get_structured_targets",
        requires_auth=False,
        response_model="GetStructuredTargetsResponse",
    ),
}
