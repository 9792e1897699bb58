"""Abstention's pure checks: a year or month the question names must be in the close passages, and
the cosine floor rises with the size of the index."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.abstain import cosine_floor, unsupported_month, unsupported_years
from index.embed import FakeEmbedder
from index.query import analyse
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore, PassageRecord


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


def test_the_cosine_floor_rises_with_each_tenfold_more_passages() -> None:
    assert cosine_floor(0.795, 0.0056, 30, 30) == 0.795
    assert cosine_floor(0.795, 0.0056, 5, 30) == 0.795  # a smaller index never lowers it
    assert cosine_floor(0.795, 0.0056, 3000, 30) == pytest.approx(0.795 + 2 * 0.0056)
    assert cosine_floor(0.795, 0.0, 100_000, 30) == 0.795


def test_a_question_in_another_language_meets_a_higher_floor_in_a_larger_index(fake_index: Path) -> None:
    store = IndexStore.open(fake_index)
    question = "Хто очолив російську делегацію в Стамбулі?"
    plain = Searcher(store, FakeEmbedder(), RetrievalConfig(min_dense_other=-1.0))
    best = max(c.dense for c in plain.candidates(analyse(question)))
    # The floor sits just under the best cosine for an index of this size...
    config = RetrievalConfig(min_dense_other=best - 0.01, other_floor_per_decade=0.02)
    sized = replace(config, floor_passages=store.manifest.passages)
    assert Searcher(store, FakeEmbedder(), sized).search(question).answered
    # ...and above it when this index counts as ten times the reference size.
    larger = replace(config, floor_passages=max(1, store.manifest.passages // 10))
    assert not Searcher(store, FakeEmbedder(), larger).search(question).answered
