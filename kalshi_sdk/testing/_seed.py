"""Built-in sample data: a handful of realistic milestones with live data and one play-by-play.

Shapes follow responses recorded from the production API; the values are made up.
"""

from __future__ import annotations

import uuid
from typing import Any

NFL_GAME_ID = "3f1d2c9e-7b4a-4e8f-9a61-2c5d8e7f1b03"
NBA_GAME_ID = "93ce8b69-d3db-412d-b41e-a245a271adcc"
NCAAF_GAME_ID = "b7e2a0d4-5c19-4f3e-8d27-6a90c1e4f852"
EPL_GAME_ID = "5c8f3e21-94ab-4d7c-b1e6-0f2d7a9c3b48"
NHL_GAME_ID = "e41a9b76-2d0c-4c85-9f3a-7b15d6e8c024"
ATP_MATCH_ID = "0a33af57-cea8-47ab-8c01-80f83df8a27a"
NYC_MAYOR_ID = "c2d5f8a1-6e3b-4a97-8c40-91b7e2f5d316"
BTC_DAILY_ID = "7d9e4b12-a3c6-4f58-b0e1-2c84f6a9d573"


def _team_game(
    milestone_id: str,
    *,
    milestone_type: str,
    title: str,
    start_date: str,
    tickers: list[str],
    competition: str,
    league: str,
    status: str,
    source_id: str,
    updated: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    details: dict[str, Any] = {
        "competition": competition,
        "league": league,
        "home_team_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"kalshi-fake:{title}:home")),
        "away_team_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"kalshi-fake:{title}:away")),
        "status": status,
    }
    details.update(extra or {})
    return {
        "id": milestone_id,
        "category": "Sports",
        "type": milestone_type,
        "title": title,
        "notification_message": "Who will emerge victorious?",
        "start_date": start_date,
        "end_date": None,
        "related_event_tickers": tickers,
        "primary_event_tickers": tickers[:1],
        "source_id": source_id,
        "details": details,
        "last_updated_ts": updated,
    }


def seed_milestones() -> list[dict[str, Any]]:
    """Eight milestones across Sports, Elections and Crypto."""
    return [
        _team_game(
            NFL_GAME_ID,
            milestone_type="football_game",
            title="Kansas City at Buffalo",
            start_date="2025-11-23T18:00:00Z",
            tickers=["KXNFLGAME-25NOV23KCBUF", "KXNFLSPREAD-25NOV23KCBUF", "KXNFLTOTAL-25NOV23KCBUF"],
            competition="Pro Football",
            league="NFL",
            status="inprogress",
            source_id="95aa13a0-6538-11ef-9287-d597687b4672",
            updated="2025-11-23T19:42:10.412875Z",
            extra={"season": {"type": "REG", "week": 12, "year": 2025}},
        ),
        _team_game(
            NBA_GAME_ID,
            milestone_type="basketball_game",
            title="Denver at Phoenix",
            start_date="2025-11-24T02:00:00Z",
            tickers=["KXNBAGAME-25NOV23DENPHX", "KXNBASPREAD-25NOV23DENPHX"],
            competition="Pro Basketball (M)",
            league="NBA",
            status="inprogress",
            source_id="5a184c70-0bb6-11ef-b760-7da92a5157f2",
            updated="2025-11-24T03:01:58.768246Z",
        ),
        _team_game(
            NCAAF_GAME_ID,
            milestone_type="football_game",
            title="Ohio State at Michigan",
            start_date="2025-11-29T17:00:00Z",
            tickers=["KXNCAAFGAME-25NOV29OSUMICH"],
            competition="College Football",
            league="NCAAF",
            status="scheduled",
            source_id="c41f6e02-8b7d-11ef-a3c2-1f9e0d4b6a57",
            updated="2025-11-20T12:00:00.000000Z",
            extra={"season": {"type": "REG", "week": 14, "year": 2025}},
        ),
        _team_game(
            EPL_GAME_ID,
            milestone_type="soccer_game",
            title="Arsenal vs Chelsea",
            start_date="2025-11-30T16:30:00Z",
            tickers=["KXEPLGAME-25NOV30ARSCHE", "KXEPLTOTAL-25NOV30ARSCHE"],
            competition="EPL",
            league="Premier League",
            status="inprogress",
            source_id="sr:sport_event:61301457",
            updated="2025-11-30T17:39:44.105233Z",
        ),
        _team_game(
            NHL_GAME_ID,
            milestone_type="hockey_game",
            title="Toronto at Montreal",
            start_date="2025-11-23T00:00:00Z",
            tickers=["KXNHLGAME-25NOV22TORMTL"],
            competition="Pro Hockey",
            league="NHL",
            status="closed",
            source_id="2b0c5d7e-9f13-11ef-8e44-5d1a6c2b9f30",
            updated="2025-11-23T02:41:07.550128Z",
        ),
        {
            "id": ATP_MATCH_ID,
            "category": "Sports",
            "type": "tennis_tournament_singles",
            "title": "Sinner vs Alcaraz",
            "notification_message": "The match is about to begin.",
            "start_date": "2025-11-16T18:00:00Z",
            "end_date": None,
            "related_event_tickers": ["KXATPMATCH-25NOV16SINALC"],
            "primary_event_tickers": ["KXATPMATCH-25NOV16SINALC"],
            "source_id": "sr:sport_event:62877203",
            "details": {
                "competition": "ATP Finals",
                "tour": "ATP",
                "gender": "men",
                "round": "Final",
                "tournament_name": "ATP Finals Turin",
                "first_competitor_id": "1716723d-87c5-4c73-b242-835dae00f4cd",
                "second_competitor_id": "8aad20ee-9a6f-44a2-b740-3af544a671a0",
            },
            "last_updated_ts": "2025-11-16T20:27:31.004519Z",
        },
        {
            "id": NYC_MAYOR_ID,
            "category": "Elections",
            "type": "political_race",
            "title": "New York City Mayoral Election",
            "notification_message": "Polls are closing. Follow the results live.",
            "start_date": "2025-11-04T11:00:00Z",
            "end_date": "2025-11-05T05:00:00Z",
            "related_event_tickers": ["KXMAYORNYC-25", "KXMAYORNYCPARTY-25"],
            "primary_event_tickers": ["KXMAYORNYC-25"],
            "source_id": "ap:2025-11-04:NY:mayor",
            "details": {
                "office": "Mayor",
                "jurisdiction": "New York City",
                "state": "NY",
                "election_date": "2025-11-04",
                "candidate_names": ["Zohran Mamdani", "Andrew Cuomo", "Curtis Sliwa"],
            },
            "last_updated_ts": "2025-11-05T04:12:55.318840Z",
        },
        {
            "id": BTC_DAILY_ID,
            "category": "Crypto",
            "type": "crypto_price",
            "title": "Bitcoin price on Nov 23, 2025 at 5pm EST",
            "notification_message": "The Bitcoin price window closes soon.",
            "start_date": "2025-11-23T05:00:00Z",
            "end_date": "2025-11-23T22:00:00Z",
            "related_event_tickers": ["KXBTCD-25NOV2317", "KXBTC-25NOV2317"],
            "primary_event_tickers": ["KXBTCD-25NOV2317"],
            "source_id": None,
            "details": {"asset": "BTC", "quote_currency": "USD", "index": "CF Benchmarks Bitcoin Real-Time Index"},
            "last_updated_ts": "2025-11-23T21:59:00.000000Z",
        },
    ]


def seed_live_data() -> list[dict[str, Any]]:
    """Live data for six of the eight seed milestones (not the college game, not the crypto one)."""
    return [
        {
            "milestone_id": NFL_GAME_ID,
            "type": "football_game",
            "details": {
                "home_points": 17,
                "away_points": 20,
                "period": 3,
                "period_type": "quarter",
                "period_remaining_time": "8:41",
                "possession": "home",
                "down": 2,
                "yards_to_go": 7,
                "status": "inprogress",
                "widget_status": "live",
                "winner": "",
                "last_updated_ts": 1763926930,
            },
        },
        {
            "milestone_id": NBA_GAME_ID,
            "type": "basketball_game",
            "details": {
                "home_points": 56,
                "away_points": 67,
                "period": 2,
                "period_type": "quarter",
                "period_remaining_time": "2:27",
                "possession": "home",
                "last_event_created_ts": None,
                "last_event_is_timeout": False,
                "score_last_updated_ts": None,
                "status": "inprogress",
                "widget_status": "live",
                "winner": "",
                "last_updated_ts": 1763953318,
            },
        },
        {
            "milestone_id": EPL_GAME_ID,
            "type": "soccer_game",
            "details": {
                "home_score": 1,
                "away_score": 1,
                "half": 2,
                "minute": 67,
                "status": "inprogress",
                "widget_status": "live",
                "winner": "",
                "last_updated_ts": 1764524384,
            },
        },
        {
            "milestone_id": NHL_GAME_ID,
            "type": "hockey_game",
            "details": {
                "home_points": 3,
                "away_points": 4,
                "period": 3,
                "period_type": "period",
                "period_remaining_time": "0:00",
                "status": "closed",
                "widget_status": "final",
                "winner": "away",
                "last_updated_ts": 1763865667,
            },
        },
        {
            "milestone_id": ATP_MATCH_ID,
            "type": "tennis_tournament_singles",
            "details": {
                "first_competitor_sets": 2,
                "second_competitor_sets": 0,
                "set_scores": [[7, 6], [7, 5]],
                "status": "closed",
                "widget_status": "final",
                "winner": "first_competitor",
                "last_updated_ts": 1763324851,
            },
        },
        {
            "milestone_id": NYC_MAYOR_ID,
            "type": "political_race",
            "details": {
                "status": "called",
                "percent_reporting": 99,
                "candidates": [
                    {"name": "Zohran Mamdani", "votes": 1036051, "vote_share": 50.4},
                    {"name": "Andrew Cuomo", "votes": 854995, "vote_share": 41.6},
                    {"name": "Curtis Sliwa", "votes": 146137, "vote_share": 7.1},
                ],
                "winner": "Zohran Mamdani",
                "last_updated_ts": 1762315975,
            },
        },
    ]


def seed_game_stats() -> dict[str, dict[str, Any]]:
    """Play-by-play for the basketball game, keyed by milestone id."""
    return {
        NBA_GAME_ID: {
            "periods": [
                {
                    "events": [
                        {"clock": "12:00", "event_type": "tipoff", "team": "home", "description": "Jump ball won"},
                        {"clock": "11:34", "event_type": "twopointmade", "team": "away", "points": 2},
                        {"clock": "11:02", "event_type": "threepointmade", "team": "home", "points": 3},
                    ]
                },
                {
                    "events": [
                        {"clock": "12:00", "event_type": "periodstart", "team": None},
                        {"clock": "2:27", "event_type": "timeout", "team": "away", "description": "Full timeout"},
                    ]
                },
            ]
        }
    }
