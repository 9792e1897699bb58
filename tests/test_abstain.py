"""Abstention's period checks: a year or month the question names must be in the close passages."""

from __future__ import annotations

from index.abstain import unsupported_month, unsupported_years
from index.query import analyse
from index.store import PassageRecord


def passage(text: str, published: str | None) -> PassageRecord:
    return PassageRecord(1, "a", 0, 0, len(text), text, "t", "Wire", published, None, None, "en")


TALKS = [
    passage("Delegations met in Istanbul and agreed a prisoner swap.", "2025-05-16"),
    passage("Kyiv wants a return to the borders of 1991, an official said.", "2022-03-29"),
]


def test_years_after_the_coverage_are_unsupported() -> None:
    assert unsupported_years("What did the peace treaty signed in 2027 say about Crimea?", TALKS) == ["2027"]


def test_a_year_is_supported_by_a_passage_dated_in_it_or_naming_it() -> None:
    assert unsupported_years("What was agreed in Istanbul in 2025?", TALKS) == []
    assert unsupported_years("Does Kyiv want its 1991 borders back?", TALKS) == []


def test_years_of_other_centuries_count_too() -> None:
    question = "What did the 1998 Good Friday Agreement and the 2016 Colombia deal say?"
    assert unsupported_years(question, TALKS) == ["1998", "2016"]


def test_a_named_month_needs_a_passage_from_it_or_mentioning_it() -> None:
    july = analyse("Who brokered the July 2025 ceasefire between Thailand and Cambodia?").period
    assert unsupported_month(july, TALKS)
    assert not unsupported_month(analyse("What was agreed in May 2025?").period, TALKS)
    mentions = [passage("Talks could resume in July, the ministry said.", "2025-06-02")]
    assert not unsupported_month(july, mentions)


def test_questions_without_a_month_are_never_refused_for_it() -> None:
    assert not unsupported_month(analyse("What was agreed in 2025?").period, [])
    assert not unsupported_month(analyse("Who led the delegation?").period, [])
