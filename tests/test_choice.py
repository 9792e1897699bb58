"""A choice the question offers is told by a sentence naming one option with what it asks of (index/choice.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from index.choice import asked_choice, tells_choice
from index.embed import FakeEmbedder
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from tests.conftest import wire_article

DRONES = "what kind of drones will renault build in ukraine - fpv or long-range strike drones?"


def _renault(sentence: str) -> bool:
    return "Renault" in sentence


def test_the_two_options_a_question_ends_by_offering() -> None:
    # blind73's vb45: "drones" is the question's own word, so each option is told by its others.
    choice = asked_choice(DRONES)
    assert choice is not None
    assert choice.options == (frozenset({"fpv"}), frozenset({"long", "range", "strike"}))
    oscar = asked_choice(
        "Which of his Oscars did Sean Penn leave with Zelensky — the one for Mystic River or the one for Milk?"
    )
    assert oscar is not None and oscar.options == (frozenset({"mystic", "river"}), frozenset({"milk"}))
    # No dash or colon before them, or an open option, is no choice to check.
    assert asked_choice("Is Colombia still in peace talks with the ELN rebels or did that collapse?") is None
    assert asked_choice("Will Zelensky attend the summit - yes or no?") is None
    assert asked_choice("Will he attend: in person or send someone else?") is None


def test_an_option_counts_only_in_a_sentence_about_what_is_asked() -> None:
    choice = asked_choice(DRONES)
    assert choice is not None
    renault = (
        "Renault will help Ukraine make drones. Ukrainian producers can make 5 million FPV drones a year."
    )
    assert not tells_choice(choice, [renault], _renault)
    assert tells_choice(choice, ["Renault will build long-range strike drones near Lviv."], _renault)
    # Every word of the option: "strike" alone is not a long-range strike drone.
    assert not tells_choice(choice, ["Renault's plant was hit in a strike."], _renault)


RENAULT = wire_article(
    "renault",
    "French carmaker Renault will produce drones in Ukraine together with a small defence company, the French "
    "defence ministry said. Ukrainian producers can make over 5 million FPV drones a year, officials said.",
    published="2025-06-09",
)


def test_the_search_declines_a_choice_no_sentence_makes(article_index: Callable[..., Path]) -> None:
    config = RetrievalConfig(min_dense=0.0, min_dense_other=0.0)
    searcher = Searcher(IndexStore.open(article_index(renault=RENAULT)), FakeEmbedder(), config)
    # Not "what kind of drones", which asks for a make.
    question = "will renault build drones in ukraine - fpv or long-range strike drones?"
    answer = searcher.search(question)
    assert not answer.answered
    assert answer.reason.endswith("mentions either of the two options the question gives.")
    assert searcher.search("will renault build drones in ukraine?").answered
    searcher.config = replace(config, check_choices=False)
    assert searcher.search(question).answered
