"""The everyday things a question asks about, in English, Ukrainian and Russian."""

from __future__ import annotations

from pathlib import Path

from index.embed import FakeEmbedder
from index.everyday import everyday_words
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore


def test_everyday_things_are_found_in_every_language() -> None:
    assert everyday_words("Which hotel did Ukraine's delegation stay at in Istanbul?") == ["hotel"]
    assert everyday_words("What colour was Medinsky's shirt?") == ["colour", "shirt"]
    assert everyday_words("Who are the wives of the delegates?") == ["wife"]
    assert everyday_words("У якому готелі зупинялася українська делегація?") == ["hotel"]
    assert everyday_words("Как зовут собаку Путина?") == ["dog"]
    assert everyday_words("Кто переводил для делегации? Как звали переводчика?") == ["interpreter"]
    assert everyday_words("Яка погода була в Стамбулі?") == ["weather"]
    assert everyday_words("How did the Kremlin interpret the decree?") == []


def test_words_with_another_sense_are_not_everyday_things() -> None:
    for question in (
        "Can Ukraine weather the winter without gas?",  # a verb
        "Чи погодилася Росія на перемир'я?",  # "agreed", not the weather
        "Что Путин сказал вечером после переговоров?",  # an evening, not a dinner
        "Какой операцией СБУ поразила аэродромы?",  # "которой" and the like are no cat
        "Is there room for compromise, or will Kyiv follow suit and put pen to paper?",
        "Who led Russia's delegation in Istanbul?",
    ):
        assert everyday_words(question) == [], question


def test_a_question_about_an_everyday_thing_no_close_passage_names_is_declined(fake_index: Path) -> None:
    # No floor and no other check: only the everyday-thing check can decline.
    searcher = Searcher(IndexStore.open(fake_index), FakeEmbedder(), RetrievalConfig(min_dense=-1.0))
    answer = searcher.search("Which hotel did Russia's delegation stay at in Istanbul?")
    assert not answer.answered
    assert answer.reason and "“hotel”" in answer.reason
    off = RetrievalConfig(min_dense=-1.0, check_everyday=False)
    assert Searcher(IndexStore.open(fake_index), FakeEmbedder(), off).search(answer.question).answered


def test_a_noun_after_a_modal_and_the_is_still_a_thing() -> None:
    assert everyday_words("Will the weather be fine for the June talks?") == ["weather"]
    assert everyday_words("How will the economy weather the sanctions?") == []
