"""Which facade method calls which API operation: the one list the coverage test and the docs read.

`OPERATION_METHODS` maps each operationId of `openapi/openapi.yaml` to `"resource.method"` on both
`Kalshi` and `AsyncKalshi`. After a spec update, `tests/test_coverage.py` names every operation
missing here and every entry whose operation left the spec; `scripts/operations_table.py` writes
the README's table from it.
"""

from __future__ import annotations

__all__ = ["OPERATION_METHODS", "RESOURCES"]

RESOURCES: dict[str, str] = {
    "exchange": "Exchange status, trading schedule, data freshness",
    "markets": "Markets, orderbooks, trades, candlesticks",
    "events": "Events, their metadata, candlesticks and forecasts",
    "series": "Series (templates of recurring events) and fee changes",
    "orders": "Create, amend, decrease and cancel orders (single and batch); queue positions",
    "order_groups": "Order groups that cap the contracts of their orders",
    "portfolio": "Balance, positions, fills, settlements, deposits, withdrawals, transfers",
    "subaccounts": "Subaccounts, transfers between them, netting",
    "communications": "RFQs, quotes and block trades",
    "multivariate": "Multivariate event collections and their markets",
    "structured_targets": "Structured targets (teams, players, ...) that markets refer to",
    "search": "Tags and filters to browse series",
    "incentive_programs": "Incentive programs",
    "historical": "Archived markets, trades, orders, fills, positions and candlesticks",
    "milestones": "Milestones: the real-world happenings markets settle on",
    "live_data": "Live scores, play-by-play and weather indices of milestones",
    "api_keys": "The account's API keys",
    "account": "API usage tier, limits and endpoint costs",
    "fcm": "Futures commission merchant (FCM) subtraders, their orders, fills and positions",
}
"""Each resource group on the clients, with what it covers."""

OPERATION_METHODS: dict[str, str] = {
    # exchange
    "GetExchangeStatus": "exchange.status",
    "GetExchangeSchedule": "exchange.schedule",
    "GetUserDataTimestamp": "exchange.user_data_timestamp",
    # markets
    "GetMarkets": "markets.list",
    "GetMarket": "markets.get",
    "GetMarketOrderbook": "markets.orderbook",
    "GetMarketOrderbooks": "markets.orderbooks",
    "GetTrades": "markets.trades",
    "GetMarketCandlesticks": "markets.candlesticks",
    "BatchGetMarketCandlesticks": "markets.batch_candlesticks",
    # events
    "GetEvents": "events.list",
    "GetEvent": "events.get",
    "GetMultivariateEvents": "events.list_multivariate",
    "GetEventMetadata": "events.metadata",
    "GetEventFeeChanges": "events.fee_changes",
    "GetMarketCandlesticksByEvent": "events.candlesticks",
    "GetEventForecastPercentilesHistory": "events.forecast_percentile_history",
    # series
    "GetSeriesList": "series.list",
    "GetSeries": "series.get",
    "GetSeriesFeeChanges": "series.fee_changes",
    # orders
    "CreateOrderV2": "orders.create",
    "BatchCreateOrdersV2": "orders.batch_create",
    "CancelOrderV2": "orders.cancel",
    "BatchCancelOrdersV2": "orders.batch_cancel",
    "CancelAllOrders": "orders.cancel_all",
    "AmendOrderV2": "orders.amend",
    "DecreaseOrderV2": "orders.decrease",
    "GetOrders": "orders.list",
    "GetOrder": "orders.get",
    "GetOrderQueuePosition": "orders.queue_position",
    "GetOrderQueuePositions": "orders.queue_positions",
    # order groups
    "GetOrderGroups": "order_groups.list",
    "GetOrderGroup": "order_groups.get",
    "CreateOrderGroup": "order_groups.create",
    "DeleteOrderGroup": "order_groups.delete",
    "ResetOrderGroup": "order_groups.reset",
    "TriggerOrderGroup": "order_groups.trigger",
    "UpdateOrderGroupLimit": "order_groups.update_limit",
    # portfolio
    "GetBalance": "portfolio.balance",
    "GetPositions": "portfolio.positions",
    "GetFills": "portfolio.fills",
    "GetSettlements": "portfolio.settlements",
    "GetDeposits": "portfolio.deposits",
    "GetWithdrawals": "portfolio.withdrawals",
    "GetPortfolioRestingOrderTotalValue": "portfolio.resting_order_total_value",
    "IntraExchangeInstanceTransfer": "portfolio.create_instance_transfer",
    "GetIntraExchangeInstanceTransfers": "portfolio.instance_transfers",
    "GetIntraExchangeInstanceTransfer": "portfolio.instance_transfer",
    "GetTargetBalanceAllocation": "portfolio.target_balance_allocation",
    "SetTargetBalanceAllocation": "portfolio.set_target_balance_allocation",
    # subaccounts
    "CreateSubaccount": "subaccounts.create",
    "GetSubaccountBalances": "subaccounts.balances",
    "ApplySubaccountTransfer": "subaccounts.transfer",
    "GetSubaccountTransfers": "subaccounts.transfers",
    "GetSubaccountNetting": "subaccounts.netting",
    "UpdateSubaccountNetting": "subaccounts.set_netting",
    # communications: RFQs, quotes, block trades
    "GetCommunicationsID": "communications.id",
    "GetRFQs": "communications.list_rfqs",
    "GetRFQ": "communications.get_rfq",
    "CreateRFQ": "communications.create_rfq",
    "DeleteRFQ": "communications.delete_rfq",
    "GetRFQQuote": "communications.get_rfq_quote",
    "DeleteRFQQuote": "communications.delete_rfq_quote",
    "AcceptRFQQuote": "communications.accept_rfq_quote",
    "ConfirmRFQQuote": "communications.confirm_rfq_quote",
    "GetQuotes": "communications.list_quotes",
    "CreateQuote": "communications.create_quote",
    "GetQuote": "communications.get_quote",
    "DeleteQuote": "communications.delete_quote",
    "AcceptQuote": "communications.accept_quote",
    "ConfirmQuote": "communications.confirm_quote",
    "GetBlockTradeProposals": "communications.list_block_trade_proposals",
    "ProposeBlockTrade": "communications.propose_block_trade",
    "AcceptBlockTradeProposal": "communications.accept_block_trade_proposal",
    # multivariate event collections
    "GetMultivariateEventCollections": "multivariate.list",
    "GetMultivariateEventCollection": "multivariate.get",
    "CreateMarketInMultivariateEventCollection": "multivariate.create_market",
    # structured targets
    "GetStructuredTargets": "structured_targets.list",
    "GetStructuredTarget": "structured_targets.get",
    # search
    "GetTagsForSeriesCategories": "search.tags_by_categories",
    "GetFiltersForSports": "search.filters_by_sport",
    # incentive programs
    "GetIncentivePrograms": "incentive_programs.list",
    # historical
    "GetHistoricalCutoff": "historical.cutoff",
    "GetHistoricalMarkets": "historical.markets",
    "GetHistoricalMarket": "historical.market",
    "GetMarketCandlesticksHistorical": "historical.candlesticks",
    "GetTradesHistorical": "historical.trades",
    "GetHistoricalOrders": "historical.orders",
    "GetFillsHistorical": "historical.fills",
    "GetHistoricalPositions": "historical.positions",
    # milestones
    "GetMilestones": "milestones.list",
    "GetMilestone": "milestones.get",
    # live data
    "GetLiveData": "live_data.get",
    "GetLiveDataByMilestone": "live_data.get",
    "GetLiveDatas": "live_data.batch",
    "GetGameStats": "live_data.game_stats",
    "GetEventLiveData": "live_data.for_event",
    "GetWeatherIndex": "live_data.weather",
    "GetWeatherIndexCalibrations": "live_data.weather_calibrations",
    # API keys
    "GetApiKeys": "api_keys.list",
    "CreateApiKey": "api_keys.create",
    "GenerateApiKey": "api_keys.generate",
    "DeleteApiKey": "api_keys.delete",
    # account
    "GetAccountApiLimits": "account.limits",
    "GetAccountEndpointCosts": "account.endpoint_costs",
    "GetAccountApiUsageLevelVolumeProgress": "account.usage_level_progress",
    "UpgradeAccountApiUsageLevel": "account.upgrade_usage_level",
    # FCM
    "ListFCMSubtraders": "fcm.subtraders",
    "CreateFCMSubtrader": "fcm.create_subtrader",
    "GetFCMOrders": "fcm.orders",
    "GetFCMFills": "fcm.fills",
    "GetFCMPositions": "fcm.positions",
    "GetFCMEventContractDailyCap": "fcm.event_contract_daily_cap",
    "UpdateFCMEventContractDailyCap": "fcm.set_event_contract_daily_cap",
    "DeleteFCMEventContractDailyCap": "fcm.delete_event_contract_daily_cap",
    "GetFCMSubtraderBlockedCategories": "fcm.blocked_categories",
    "UpdateFCMSubtraderBlockedCategories": "fcm.set_blocked_categories",
}
