"""What a document says on a matter is told by a passage naming both (index/documents.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from index.documents import asked_document, matter_stems, tells_document_on
from index.embed import FakeEmbedder
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from index.terms import stem

FREQUENCIES = {
    stem(w): n for w, n in [("zaporizhzhia", 300), ("nuclear", 200), ("power", 400), ("plant", 150)]
}


def test_a_question_asks_what_a_document_says_on_a_matter() -> None:
    asked = asked_document(
        "What does Russia's June 2025 peace memorandum say about the Zaporizhzhia nuclear power plant?"
    )
    assert asked is not None and asked.noun == "memorandum"
    assert asked.matter == "the Zaporizhzhia nuclear power plant"
    treaty = asked_document("What did the Pretoria agreement state on disarming TPLF fighters?")
    assert treaty is not None and treaty.noun == "agreement"
    # What it wants done is its matter too (blind41's tv42).
    wanted = asked_document(
        "Within how many days after martial law ends does Russia's June memorandum want Ukraine to hold elections?"
    )
    assert wanted is not None and (wanted.noun, wanted.matter) == ("memorandum", "Ukraine to hold elections")
    # Not what it wants done to no one named: the passages word the tariff otherwise (blind21's ta08).
    assert (
        asked_document("What tariff does the Graham sanctions bill want to slap on countries buying oil?")
        is None
    )
    # A person's words are no document, nor is a question on what someone said in one.
    assert asked_document("What did Washington's special envoy say about NATO?") is None
    assert asked_document("Why did Russia reject the memorandum?") is None


def test_the_matter_is_its_rarest_words_the_coverage_holds() -> None:
    asked = asked_document("What does the memorandum say about the Zaporizhzhia nuclear power plant?")
    assert asked is not None
    # The three rarest: "power" is the most common; a word no passage holds is left to other checks.
    assert matter_stems(asked, FREQUENCIES) == [stem("plant"), stem("nuclear"), stem("zaporizhzhia")]


def test_one_passage_must_name_the_document_and_the_whole_matter() -> None:
    # blind39's tt54: the memorandum is quoted on Zaporizhzhia region, the plant told of elsewhere.
    asked = asked_document("What does the memorandum say about the Zaporizhzhia nuclear power plant?")
    assert asked is not None
    matter = matter_stems(asked, FREQUENCIES)
    memorandum = "The memorandum demands that Ukraine withdraw from Zaporizhzhia and Kherson regions."
    plant = "Russia is building power lines to link the Zaporizhzhia Nuclear Power Plant to its grid."
    assert not tells_document_on(asked, matter, [memorandum, plant])
    both = "The memorandum says the Zaporizhzhia nuclear plant would stay under Russian control."
    assert tells_document_on(asked, matter, [memorandum, both])


MEMORANDUM = """---
id: memorandum
title: "Russia hands Ukraine its peace memorandum"
source: Wire
published: "2025-06-02"
---
Russia handed Ukraine a peace memorandum in Istanbul on June 2. The memorandum demands that Ukraine withdraw
its troops from Zaporizhzhia and Kherson regions and hold elections within 100 days.
"""
PLANT = """---
id: plant
title: "Russia builds power lines to the Zaporizhzhia plant"
source: Wire
published: "2025-05-27"
---
Russia is building power lines to link the occupied Zaporizhzhia Nuclear Power Plant to its grid, a Greenpeace
report said on May 27.
"""


def test_the_searcher_declines_what_a_document_says_on_a_matter_no_passage_ties_to_it(
    article_index: Callable[..., Path],
) -> None:
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0)
    searcher = Searcher(
        IndexStore.open(article_index(memorandum=MEMORANDUM, plant=PLANT)), FakeEmbedder(), config
    )
    plant = searcher.search("What does Russia's memorandum say about the Zaporizhzhia nuclear power plant?")
    assert not plant.answered and "the memorandum on" in plant.reason
    assert searcher.search("What does Russia's memorandum say about elections in Ukraine?").answered
    off = Searcher(searcher.store, FakeEmbedder(), replace(config, check_documents=False))
    assert off.search(plant.question).answered


def test_a_document_named_with_its_own_of_phrase_is_still_asked_about() -> None:
    # blind49's ud47: "the final declaration of the B9 and Nordic summit in Vilnius".
    asked = asked_document(
        "What did the final declaration of the B9 and Nordic summit in Vilnius say about Ukraine joining NATO?"
    )
    assert asked is not None and asked.noun == "declaration" and asked.matter == "Ukraine joining NATO"
    assert asked_document("What did the head of the delegation say about the memorandum?") is None


def test_a_document_named_with_where_it_was_drafted() -> None:
    # blind77's vf07: a term sheet, and the place it was drafted before what it says.
    asked = asked_document(
        "what did the term sheet drafted in london say about crimea and the occupied territories"
    )
    assert asked is not None and (asked.noun, asked.matter) == (
        "sheet",
        "crimea and the occupied territories",
    )
