"""An event the coverage tells of only ahead of its day: what came of it is not answered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from index.embed import FakeEmbedder
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from index.upcoming import (
    after_coverage_reason,
    asked_after_coverage,
    asked_day,
    asks_what_came_of,
    days_ahead,
    told_only_ahead,
    upcoming_reason,
)

PREVIEW = (
    "Zelensky intends to meet Trump during the G7 summit in Canada, Yermak said on June 6. "
    "The summit is scheduled to take place from June 15 to 17 in Kananaskis, Alberta."
)


def test_a_question_on_what_came_of_an_event_asks_its_outcome() -> None:
    assert asks_what_came_of("What came out of the Trump–Zelensky meeting at the G7 summit in Kananaskis?")
    assert asks_what_came_of(
        "What did NATO leaders say about Ukraine in the final declaration of the June 2025 summit in The Hague?"
    )
    assert asks_what_came_of("What was agreed at the talks in Istanbul?")
    assert asks_what_came_of(
        "What spending target did NATO leaders sign off on at the Hague summit on June 24-25?"
    )
    assert not asks_what_came_of("When will the G7 summit in Kananaskis take place?")
    assert not asks_what_came_of("What did Zelensky say about the summit?")
    # blind40's tu36: what the summit's communique said is its outcome too.
    assert asks_what_came_of(
        "What did the final communique of the NATO summit in The Hague say about Ukraine?"
    )
    assert asks_what_came_of("What does the joint statement from the Istanbul talks say about prisoners?")
    assert not asks_what_came_of("What did the statement say about the summit?")
    # What was decided at a hearing (blind57's ul54).
    assert asks_what_came_of("what did EU ministers decide at the may 27 hearing on hungary's voting rights")


def test_the_days_ahead_are_those_after_the_passage_in_a_sentence_naming_the_event() -> None:
    assert days_ahead(PREVIEW, "2025-06-06", "Kananaskis") == [date(2025, 6, 15)]
    # A day already past, or in a sentence not naming it, is no preview of it.
    assert days_ahead(PREVIEW, "2025-06-20", "Kananaskis") == []
    assert days_ahead("The summit opens on June 24-25. It is in The Hague.", "2025-06-03", "Hague") == []
    assert days_ahead("Leaders meet in The Hague between 24-25 June.", "2025-06-03", "Hague") == [
        date(2025, 6, 24)
    ]
    assert days_ahead(PREVIEW, None, "Kananaskis") == []


def test_an_event_is_told_only_ahead_when_no_article_naming_it_is_from_its_day_on() -> None:
    passages = [(PREVIEW, "2025-06-06")]
    assert told_only_ahead("Kananaskis", passages, lambda word: "2025-06-09") == date(2025, 6, 15)
    # An article from the day itself, or later, may report what came of it.
    assert told_only_ahead("Kananaskis", passages, lambda word: "2025-06-15") is None
    assert (
        told_only_ahead(
            "Kananaskis", [("The summit was held in Kananaskis.", "2025-06-18")], lambda word: "2025-06-18"
        )
        is None
    )

    # The newest article naming it is looked up only when a passage gives a later day.
    def no_lookup(word: str) -> str:
        raise AssertionError(word)

    assert told_only_ahead("Kananaskis", [(PREVIEW, "2025-06-20")], no_lookup) is None
    reason = upcoming_reason("Kananaskis", date(2025, 6, 15))
    assert "Kananaskis" in reason and "June 15, 2025" in reason


def test_the_day_a_question_names_is_read_in_its_written_year_or_else_the_given_one() -> None:
    assert asked_day("at the Hague summit on June 24-25, 2025?", 2024) == date(2025, 6, 24)
    assert asked_day("at the summit on 24 June?", 2025) == date(2025, 6, 24)
    assert asked_day("at the summit in June?", 2025) is None
    assert asked_day("on June 31?", 2025) is None


def test_a_question_naming_a_day_after_every_article_on_the_event_is_after_the_coverage() -> None:
    question = "What target did NATO leaders sign off on at the Hague summit on June 24-25, 2025?"
    assert asked_after_coverage(question, "Hague", lambda word: "2025-06-07") == date(2025, 6, 24)
    # An article from that day on may tell of it; a question naming no day is not judged so.
    assert asked_after_coverage(question, "Hague", lambda word: "2025-06-25") is None
    assert (
        asked_after_coverage("What was agreed at the Hague summit?", "Hague", lambda word: "2025-06-07")
        is None
    )
    # A day without a year is read in the year of the newest article.
    assert (
        asked_after_coverage(
            "What was agreed at the talks in Istanbul on May 16?", "Istanbul", lambda word: "2025-06-09"
        )
        is None
    )
    assert (
        asked_after_coverage(
            "What was agreed at the talks in Istanbul on May 16?", "Istanbul", lambda word: None
        )
        is None
    )
    reason = after_coverage_reason("Hague", date(2025, 6, 24))
    assert "“Hague”" in reason and "June 24, 2025" in reason


PREVIEW_ARTICLE = f"""---
id: preview
title: "Zelensky to meet Trump at the G7"
source: Wire
published: "2025-06-06"
---
{PREVIEW}
"""
REPORT_ARTICLE = """---
id: report
title: "Leaders meet at the G7"
source: Wire
published: "2025-06-16"
---
Zelensky and Trump met at the G7 summit in Kananaskis on June 16 and agreed to keep talking about air defence.
"""

# Trump, Zelensky and the G7 named more often than Kananaskis, the rarest name.
CALL_ARTICLE = """---
id: call
title: "Trump and Zelensky speak"
source: Wire
published: "2025-06-01"
---
Trump and Zelensky spoke by phone about the G7 and the summit in Canada.
"""


def test_the_searcher_declines_what_came_of_an_event_it_tells_of_only_ahead(
    article_index: Callable[..., Path],
) -> None:
    question = "What came out of the Trump–Zelensky meeting at the G7 summit in Kananaskis?"
    config = RetrievalConfig(min_dense=0.0, min_dense_other=0.0)
    ahead = Searcher(
        IndexStore.open(article_index(preview=PREVIEW_ARTICLE, call=CALL_ARTICLE)), FakeEmbedder(), config
    )
    answer = ahead.search(question)
    assert not answer.answered
    assert answer.reason == upcoming_reason("Kananaskis", date(2025, 6, 15))
    assert ahead.search("When will the G7 summit in Kananaskis take place?").answered
    # With a report from the day on, the coverage may tell what came of it.
    both = article_index(preview=PREVIEW_ARTICLE, call=CALL_ARTICLE, report=REPORT_ARTICLE)
    assert Searcher(IndexStore.open(both), FakeEmbedder(), config).search(question).answered


def test_the_searcher_declines_what_came_of_an_event_on_a_day_after_the_coverage(
    article_index: Callable[..., Path],
) -> None:
    # A preview writing the year gives no day ahead (`days_ahead`); the day the question names is enough.
    preview = PREVIEW_ARTICLE.replace("from June 15 to 17 in", "opening on June 15, 2025, in")
    config = RetrievalConfig(min_dense=0.0, min_dense_other=0.0)
    searcher = Searcher(
        IndexStore.open(article_index(preview=preview, call=CALL_ARTICLE)), FakeEmbedder(), config
    )
    answer = searcher.search("What was agreed at the summit in Kananaskis on June 15, 2025?")
    assert not answer.answered
    assert answer.reason == after_coverage_reason("Kananaskis", date(2025, 6, 15))
    # A day the coverage reaches is not after it.
    assert searcher.search("What was agreed at the summit in Kananaskis on June 6, 2025?").answered


def test_what_came_of_an_event_asked_in_ukrainian_or_russian() -> None:
    assert asks_what_came_of(
        "какой уровень оборонных расходов в итоге утвердили лидеры нато на саммите в гааге"
    )
    assert asks_what_came_of("Що вирішили лідери НАТО на саміті в Гаазі?")
    assert asks_what_came_of("Чем закончились переговоры в Стамбуле?")
    assert not asks_what_came_of("Когда пройдет саммит НАТО в Гааге?")


def test_what_someone_said_in_a_speech_at_a_forum_is_what_came_of_it() -> None:
    # blind77's vf57.
    assert asks_what_came_of("what did errol musk say in his speech at the moscow forum on june 10")
    assert not asks_what_came_of("what did errol musk say about the forum")
