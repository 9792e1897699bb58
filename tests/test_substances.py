"""A question asking which poison or agent was used needs a close sentence naming one (index/substances.py)."""

from __future__ import annotations

from pathlib import Path

from index.embed import FakeEmbedder
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from index.substances import asks_substance, names_substance


def test_a_question_of_poisoning_asks_for_the_substance() -> None:
    assert asks_substance("What toxin was used on Roman Abramovich and the Ukrainian negotiators?")
    assert asks_substance("What specific chemical agent did investigators identify in the poisoning?")
    assert asks_substance("According to one theory, what substance was Alexander Subbotin poisoned with?")
    assert asks_substance("Якою речовиною отруїли Абрамовича?", "uk")
    assert asks_substance("Каким ядом отравили переговорщиков?", "ru")


def test_other_questions_ask_for_no_substance() -> None:
    # "Which agents" may be spies; "what chemicals" asks what a plant makes unless it tells of poisoning.
    assert not asks_substance("Which agents of the FSB were expelled from Poland?")
    assert not asks_substance("What chemicals does the Azot plant in Sievierodonetsk produce?")
    assert not asks_substance("How many people were poisoned at the plant?")
    assert not asks_substance("Какое решение приняли в Стамбуле?", "ru")


def test_a_substance_must_be_named_by_name() -> None:
    assert names_substance(
        ["One theory is that Subbotin was poisoned by toad venom triggering a heart attack."]
    )
    assert names_substance(["Navalny was poisoned with the nerve agent Novichok."])
    assert names_substance(["Tests found Botulinum toxin in the samples."])
    assert not names_substance(["Experts said, based on the likely toxin and dosage used, it was a warning."])
    assert not names_substance(["The toxin was not identified, the investigators said."])
    assert not names_substance(["Three negotiators showed signs of poisoning: red eyes and peeling skin."])


def test_a_substance_no_close_passage_names_is_declined_with_the_reason(fake_index: Path) -> None:
    # No floor: only the substance check can decline.
    store = IndexStore.open(fake_index)
    question = "What poison was used on Medinsky at the talks in Istanbul?"
    answer = Searcher(store, FakeEmbedder(), RetrievalConfig(min_dense=-1.0)).search(question)
    assert not answer.answered
    assert answer.reason and "the poison or agent by name" in answer.reason
    off = RetrievalConfig(min_dense=-1.0, check_substances=False, check_everyday=False)
    assert Searcher(store, FakeEmbedder(), off).search(question).answered
