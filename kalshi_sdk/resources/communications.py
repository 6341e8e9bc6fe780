"""Communications: requests for quotes (RFQs), the quotes that answer them, and block trade proposals."""

from __future__ import annotations

import datetime
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kalshi_api.api import Operations as ops

from .._fixed_point import Number, to_contracts, to_dollars
from .._operations import checked_body
from ..pagination import CursorPage
from ._base import SyncAPIResource, Timestamp, async_twin_loader, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        RFQ,
        BlockTradeProposal,
        CreateQuoteResponse,
        CreateRFQResponse,
        GetBlockTradeProposalsResponse,
        GetQuotesResponse,
        GetRFQsResponse,
        ProposeBlockTradeResponse,
        Quote,
    )
    from kalshi_api.models.accept_quote_request_accepted_side import AcceptQuoteRequestAcceptedSideInput
    from kalshi_api.models.propose_block_trade_request_maker_side import ProposeBlockTradeRequestMakerSideInput
    from kalshi_api.models.user_filter import UserFilterInput

    from ._async.communications import AsyncCommunications as AsyncCommunications
    from ._base import RequestOptions

__all__ = ["AsyncCommunications", "Communications"]

__getattr__ = async_twin_loader(__name__)


def _at_most_one(first: str, first_value: Any, second: str, second_value: Any) -> None:
    if first_value is not None and second_value is not None:
        raise ValueError(f"give either {first} or {second}, not both")


def _bid(name: str, value: Number) -> Decimal:
    """A quote's bid in dollars: 0 up to 0.9999."""
    amount = to_dollars(name, value)
    if amount >= 1:
        raise ValueError(f"{name} must be a price in dollars from 0 to 0.9999, got {value!r}")
    return amount


def _deprecation(method: str, replacement: str) -> str:
    return f"communications.{method} calls an operation the API has deprecated; use communications.{replacement}"


def _accept_body(accepted_side: str) -> Any:
    return checked_body("accept_quote", accepted_side=accepted_side)


def _rfq_body(
    market_ticker: str,
    rest_remainder: bool,
    contracts: int | None,
    contracts_fp: Number | None,
    target_cost_centi_cents: int | None,
    target_cost_dollars: Number | None,
    target_cost_excludes_fees: bool | None,
    obscure_creator_id: bool | None,
    replace_existing: bool | None,
    subtrader_id: str | None,
    subaccount: int | None,
) -> Any:
    return checked_body(
        "create_rfq",
        market_ticker=market_ticker,
        rest_remainder=rest_remainder,
        contracts=contracts,
        contracts_fp=None if contracts_fp is None else to_contracts("contracts_fp", contracts_fp),
        target_cost_centi_cents=target_cost_centi_cents,
        target_cost_dollars=None
        if target_cost_dollars is None
        else to_dollars("target_cost_dollars", target_cost_dollars),
        target_cost_excludes_fees=target_cost_excludes_fees,
        obscure_creator_id=obscure_creator_id,
        replace_existing=replace_existing,
        subtrader_id=subtrader_id,
        subaccount=subaccount,
    )


def _quote_body(
    rfq_id: str, yes_bid: Number, no_bid: Number, rest_remainder: bool, post_only: bool | None, subaccount: int | None
) -> Any:
    return checked_body(
        "create_quote",
        rfq_id=rfq_id,
        yes_bid=_bid("yes_bid", yes_bid),
        no_bid=_bid("no_bid", no_bid),
        rest_remainder=rest_remainder,
        post_only=post_only,
        subaccount=subaccount,
    )


def _proposal_body(**fields: Any) -> Any:
    _at_most_one("buyer_subtrader_id", fields["buyer_subtrader_id"], "buyer_subaccount", fields["buyer_subaccount"])
    _at_most_one("seller_subtrader_id", fields["seller_subtrader_id"], "seller_subaccount", fields["seller_subaccount"])
    return checked_body("propose_block_trade", **fields)


def _accept_proposal_body(subtrader_id: str | None, subaccount: int | None) -> Any:
    _at_most_one("subtrader_id", subtrader_id, "subaccount", subaccount)
    return checked_body("accept_block_trade_proposal", subtrader_id=subtrader_id, subaccount=subaccount)


class Communications(SyncAPIResource):
    """`client.communications`: RFQs, quotes and block trades. Needs API credentials.

    The flow: a trader asks for prices on a market (`create_rfq`); market makers answer with
    quotes (`create_quote`); the RFQ's creator accepts one side of a quote (`accept_rfq_quote`);
    the quote's creator confirms (`confirm_rfq_quote`), and the trade executes shortly after.
    """

    def id(self, **options: Unpack[RequestOptions]) -> str:
        """The account's public communications id: how RFQs and quotes name their creators.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return unwrapped(self._call(ops.get_communications_id, **options), lambda response: response.communications_id)

    def list_rfqs(
        self,
        *,
        event_ticker: str | None = None,
        market_ticker: str | None = None,
        subaccount: int | None = None,
        status: str | None = None,
        creator_user_id: str | None = None,
        user_filter: UserFilterInput | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetRFQsResponse, RFQ]:
        """RFQs matching the filters, fetched page by page as you iterate.

        Args:
            event_ticker: only RFQs on markets of this one event.
            market_ticker: only RFQs on this market.
            subaccount: only RFQs of this subaccount (0 the primary account, 1 to 63 the
                others; default: all).
            status: only RFQs in this state, such as "open" or "closed".
            creator_user_id: only RFQs created by this user (deprecated by the API: prefer
                `user_filter="self"`).
            user_filter: "self" for only the RFQs this account created.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many RFQs (default: all).

        Returns:
            A `CursorPage` of `RFQ`; `iter_pages()` yields each `GetRFQsResponse`.

        Raises:
            ValueError: `limit` or `user_filter` is not one the API accepts (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_rf_qs,
            "rfqs",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
            **options,
        )

    def get_rfq(self, rfq_id: str, **options: Unpack[RequestOptions]) -> RFQ:
        """The RFQ with this id.

        Raises:
            ValueError: `rfq_id` is empty (nothing is sent).
            NotFoundError: no RFQ has this id.
        """
        return unwrapped(self._call(ops.get_rfq, rfq_id=rfq_id, **options), lambda response: response.rfq)

    def create_rfq(
        self,
        *,
        market_ticker: str,
        rest_remainder: bool,
        contracts: int | None = None,
        contracts_fp: Number | None = None,
        target_cost_centi_cents: int | None = None,
        target_cost_dollars: Number | None = None,
        target_cost_excludes_fees: bool | None = None,
        obscure_creator_id: bool | None = None,
        replace_existing: bool | None = None,
        subtrader_id: str | None = None,
        subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateRFQResponse:
        """Ask market makers for prices on a market. An account may have up to 100 RFQs open at once.

        Size the request by contracts (`contracts` or `contracts_fp`) or by money
        (`target_cost_dollars`).

        Args:
            market_ticker: the market to get quotes on.
            rest_remainder: whether what is left after execution should rest on the book.
            contracts: a whole number of contracts.
            contracts_fp: a number of contracts in steps of 0.01 (Decimal, str or int); when
                given with `contracts`, both must agree.
            target_cost_centi_cents: the amount to spend in centi-cents (deprecated by the API:
                use `target_cost_dollars`).
            target_cost_dollars: the amount to spend, in dollars (Decimal, str or int).
            target_cost_excludes_fees: True to size quotes on the target cost alone and pay
                fees on top; by default the target cost covers fees too.
            obscure_creator_id: hide who created the RFQ from others until it executes.
            replace_existing: delete this account's existing RFQs as this one is created.
            subtrader_id: FCM members: the subtrader the RFQ is for.
            subaccount: direct members: the subaccount the RFQ is for, 0 (primary) to 63.

        Returns:
            `CreateRFQResponse`: the new RFQ's `id`.

        Raises:
            ValueError / TypeError: an amount, count or subaccount is out of range (nothing is
                sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            ConflictError: the server refused it as conflicting with the account's RFQs.
        """
        return self._call(
            ops.create_rfq,
            body=_rfq_body(
                market_ticker,
                rest_remainder,
                contracts,
                contracts_fp,
                target_cost_centi_cents,
                target_cost_dollars,
                target_cost_excludes_fees,
                obscure_creator_id,
                replace_existing,
                subtrader_id,
                subaccount,
            ),
            **options,
        )

    def delete_rfq(self, rfq_id: str, **options: Unpack[RequestOptions]) -> None:
        """Withdraw one of this account's RFQs.

        Raises:
            ValueError: `rfq_id` is empty (nothing is sent).
            NotFoundError: no RFQ has this id.
        """
        return self._call(ops.delete_rfq, rfq_id=rfq_id, **options)

    def get_rfq_quote(self, rfq_id: str, quote_id: str, **options: Unpack[RequestOptions]) -> Quote:
        """One quote given on an RFQ.

        Args:
            rfq_id: the RFQ.
            quote_id: the quote on it.

        Raises:
            ValueError: an id is empty (nothing is sent).
            NotFoundError: no such quote on this RFQ.
        """
        return unwrapped(
            self._call(ops.get_rfq_quote, rfq_id=rfq_id, quote_id=quote_id, **options), lambda response: response.quote
        )

    def delete_rfq_quote(self, rfq_id: str, quote_id: str, **options: Unpack[RequestOptions]) -> None:
        """Withdraw one of this account's quotes, so that it can no longer be accepted.

        Args:
            rfq_id: the RFQ the quote answers.
            quote_id: the quote.

        Raises:
            ValueError: an id is empty (nothing is sent).
            NotFoundError: no such quote on this RFQ.
        """
        return self._call(ops.delete_rfq_quote, rfq_id=rfq_id, quote_id=quote_id, **options)

    def accept_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
        *,
        accepted_side: AcceptQuoteRequestAcceptedSideInput,
        **options: Unpack[RequestOptions],
    ) -> None:
        """As the RFQ's creator, take one side of a quote; the quote's creator then has to confirm it.

        Args:
            rfq_id: the RFQ.
            quote_id: the quote on it to accept.
            accepted_side: the side of the quote this account takes.

        Raises:
            ValueError: `accepted_side` is neither "yes" nor "no", or an id is empty (nothing is
                sent).
            NotFoundError: no such quote on this RFQ.
        """
        return self._call(
            ops.accept_rfq_quote, rfq_id=rfq_id, quote_id=quote_id, body=_accept_body(accepted_side), **options
        )

    def confirm_rfq_quote(self, rfq_id: str, quote_id: str, **options: Unpack[RequestOptions]) -> None:
        """As the quote's creator, confirm a quote the RFQ's creator accepted; execution follows after a short timer.

        Args:
            rfq_id: the RFQ the quote answers.
            quote_id: the quote.

        Raises:
            ValueError: an id is empty (nothing is sent).
            NotFoundError: no such quote on this RFQ.
        """
        # The body's schema has no fields (and the generator has no model for it): an empty object.
        return self._call(ops.confirm_rfq_quote, rfq_id=rfq_id, quote_id=quote_id, body={}, **options)

    def list_quotes(
        self,
        *,
        rfq_id: str | None = None,
        status: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        user_filter: UserFilterInput | None = None,
        rfq_user_filter: UserFilterInput | None = None,
        rfq_creator_subtrader_id: str | None = None,
        quote_creator_user_id: str | None = None,
        rfq_creator_user_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetQuotesResponse, Quote]:
        """Quotes matching the filters, fetched page by page as you iterate.

        Args:
            rfq_id: only quotes on this RFQ.
            status: only quotes in this state, such as "open", "accepted", "confirmed",
                "executed" or "cancelled".
            min_ts, max_ts: only quotes last updated within these bounds (datetime or epoch
                seconds).
            user_filter: "self" for only the quotes this account made.
            rfq_user_filter: "self" for only the quotes on RFQs this account created.
            rfq_creator_subtrader_id: FCM members: only quotes on RFQs of this subtrader.
            quote_creator_user_id: only quotes made by this user (deprecated by the API: prefer
                `user_filter`).
            rfq_creator_user_id: only quotes on RFQs of this user (deprecated by the API: prefer
                `rfq_user_filter`).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many quotes (default: all).

        Returns:
            A `CursorPage` of `Quote`; `iter_pages()` yields each `GetQuotesResponse`.

        Raises:
            ValueError: `limit` or a filter is not one the API accepts (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_quotes,
            "quotes",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            rfq_id=rfq_id,
            status=status,
            min_ts=min_ts,
            max_ts=max_ts,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            quote_creator_user_id=quote_creator_user_id,
            rfq_creator_user_id=rfq_creator_user_id,
            **options,
        )

    def create_quote(
        self,
        *,
        rfq_id: str,
        yes_bid: Number,
        no_bid: Number,
        rest_remainder: bool,
        post_only: bool | None = None,
        subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateQuoteResponse:
        """Answer an RFQ with a price for each side.

        Args:
            rfq_id: the RFQ to quote on.
            yes_bid: the price offered for YES contracts, in dollars (Decimal, str or int;
                0 to 0.9999, at most 4 decimal places).
            no_bid: the price offered for NO contracts, in dollars (the same range).
            rest_remainder: whether what is left after execution should rest on the book.
            post_only: cancel this account's resting order rather than let it take liquidity.
            subaccount: the subaccount to quote from, 0 (primary) to 63.

        Returns:
            `CreateQuoteResponse`: the new quote's `id`.

        Raises:
            ValueError / TypeError: a bid or `subaccount` is out of range (nothing is sent; a
                float bid is refused, since it cannot hold most prices exactly).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._call(
            ops.create_quote,
            body=_quote_body(rfq_id, yes_bid, no_bid, rest_remainder, post_only, subaccount),
            **options,
        )

    def get_quote(self, quote_id: str, **options: Unpack[RequestOptions]) -> Quote:
        """The quote with this id: deprecated by the API; use the rfq-scoped variants (`get_rfq_quote`).

        Args:
            quote_id: the quote.

        Warns:
            DeprecationWarning: on every call.

        Raises:
            NotFoundError: no quote has this id.
        """
        warnings.warn(_deprecation("get_quote", "get_rfq_quote"), DeprecationWarning, stacklevel=2)
        return unwrapped(self._call(ops.get_quote, quote_id=quote_id, **options), lambda response: response.quote)

    def delete_quote(self, quote_id: str, **options: Unpack[RequestOptions]) -> None:
        """Withdraw a quote: deprecated by the API; use the rfq-scoped variants (`delete_rfq_quote`).

        Args:
            quote_id: the quote.

        Warns:
            DeprecationWarning: on every call.

        Raises:
            NotFoundError: no quote has this id.
        """
        warnings.warn(_deprecation("delete_quote", "delete_rfq_quote"), DeprecationWarning, stacklevel=2)
        return self._call(ops.delete_quote, quote_id=quote_id, **options)

    def accept_quote(
        self, quote_id: str, *, accepted_side: AcceptQuoteRequestAcceptedSideInput, **options: Unpack[RequestOptions]
    ) -> None:
        """Accept one side of a quote: deprecated by the API; use the rfq-scoped variants (`accept_rfq_quote`).

        Args:
            quote_id: the quote.
            accepted_side: the side of the quote this account takes.

        Warns:
            DeprecationWarning: on every call.

        Raises:
            ValueError: `accepted_side` is neither "yes" nor "no" (nothing is sent).
            NotFoundError: no quote has this id.
        """
        warnings.warn(_deprecation("accept_quote", "accept_rfq_quote"), DeprecationWarning, stacklevel=2)
        return self._call(ops.accept_quote, quote_id=quote_id, body=_accept_body(accepted_side), **options)

    def confirm_quote(self, quote_id: str, **options: Unpack[RequestOptions]) -> None:
        """Confirm an accepted quote: deprecated by the API; use the rfq-scoped variants (`confirm_rfq_quote`).

        Args:
            quote_id: the quote.

        Warns:
            DeprecationWarning: on every call.

        Raises:
            NotFoundError: no quote has this id.
        """
        warnings.warn(_deprecation("confirm_quote", "confirm_rfq_quote"), DeprecationWarning, stacklevel=2)
        return self._call(ops.confirm_quote, quote_id=quote_id, body={}, **options)

    def list_block_trade_proposals(
        self,
        *,
        market_ticker: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetBlockTradeProposalsResponse, BlockTradeProposal]:
        """The block trade proposals this account can see, fetched page by page as you iterate.

        Args:
            market_ticker: only proposals on this market.
            status: only proposals in this state.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many proposals (default: all).

        Returns:
            A `CursorPage` of `BlockTradeProposal`; `iter_pages()` yields each
            `GetBlockTradeProposalsResponse`.

        Raises:
            ValueError: `limit` is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_block_trade_proposals,
            "block_trade_proposals",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            market_ticker=market_ticker,
            status=status,
            **options,
        )

    def propose_block_trade(
        self,
        *,
        buyer_user_id: str,
        seller_user_id: str,
        market_ticker: str,
        price_centi_cents: int,
        centicount: int,
        maker_side: ProposeBlockTradeRequestMakerSideInput,
        expiration_ts: datetime.datetime,
        buyer_subtrader_id: str | None = None,
        buyer_subaccount: int | None = None,
        seller_subtrader_id: str | None = None,
        seller_subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ProposeBlockTradeResponse:
        """Propose a block trade between a buyer and a seller; it executes once both accept.

        Args:
            buyer_user_id, seller_user_id: the two parties.
            market_ticker: the market traded.
            price_centi_cents: the price in centi-cents, at least 1 (10000 centi-cents are one
                dollar: 5600 is $0.56).
            centicount: the size in hundredths of a contract, at least 1 (150 is 1.5 contracts).
            maker_side: the side the maker takes.
            expiration_ts: when the proposal lapses (a datetime; naive means UTC).
            buyer_subtrader_id: FCM members: the buyer's subtrader. Not with `buyer_subaccount`.
            buyer_subaccount: the buyer's subaccount, 0 (primary) to 63.
            seller_subtrader_id: FCM members: the seller's subtrader. Not with
                `seller_subaccount`.
            seller_subaccount: the seller's subaccount, 0 (primary) to 63.

        Returns:
            `ProposeBlockTradeResponse`: the new proposal's `block_trade_proposal_id`.

        Raises:
            ValueError / TypeError: a price, size, side, subaccount or time is not one the API
                accepts, or a party is given both a subtrader and a subaccount (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            PermissionDeniedError: the account may not propose block trades.
        """
        return self._call(
            ops.propose_block_trade,
            body=_proposal_body(
                buyer_user_id=buyer_user_id,
                seller_user_id=seller_user_id,
                market_ticker=market_ticker,
                price_centi_cents=price_centi_cents,
                centicount=centicount,
                maker_side=maker_side,
                expiration_ts=expiration_ts,
                buyer_subtrader_id=buyer_subtrader_id,
                buyer_subaccount=buyer_subaccount,
                seller_subtrader_id=seller_subtrader_id,
                seller_subaccount=seller_subaccount,
            ),
            **options,
        )

    def accept_block_trade_proposal(
        self,
        block_trade_proposal_id: str,
        *,
        subtrader_id: str | None = None,
        subaccount: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Accept a block trade proposal as its buyer or seller.

        Args:
            block_trade_proposal_id: the proposal.
            subtrader_id: FCM members: accept as this subtrader. Not with `subaccount`.
            subaccount: accept as this subaccount, 0 (primary) to 63.

        Raises:
            ValueError: `subaccount` is out of range, or both it and `subtrader_id` are given
                (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            NotFoundError: no proposal has this id.
        """
        return self._call(
            ops.accept_block_trade_proposal,
            block_trade_proposal_id=block_trade_proposal_id,
            body=_accept_proposal_body(subtrader_id, subaccount),
            **options,
        )
