"""An event the coverage tells of only ahead of its day: what came of it is not answered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from index.embed import FakeEmbedder
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from index.upcoming import asks_outcome, days_ahead, told_only_ahead, upcoming_reason

PREVIEW = (
    "Zelensky intends to meet Trump during the G7 summit in Canada, Yermak said on June 6. "
    "The summit is scheduled to take place from June 15 to 17 in Kananaskis, Alberta."
)


def test_a_question_on_what_came_of_an_event_asks_its_outcome() -> None:
    assert asks_outcome("What came out of the Trump–Zelensky meeting at the G7 summit in Kananaskis?")
    assert asks_outcome(
        "What did NATO leaders say about Ukraine in the final declaration of the June 2025 summit in The Hague?"
    )
    assert asks_outcome("What was agreed at the talks in Istanbul?")
    assert not asks_outcome("When will the G7 summit in Kananaskis take place?")
    assert not asks_outcome("What did Zelensky say about the summit?")


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
