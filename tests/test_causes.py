"""A cause asked for is declined when the quote closest to the question says it is not known."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.causes import (
    CAUSE_UNKNOWN,
    asked_event,
    asks_cause,
    named_in,
    says_cause_unknown,
    tells_a_cause,
)
from index.embed import FakeEmbedder
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore

YAROSLAVL = (
    "A fire broke out on June 4 at the Avtodizel motor plant in Yaroslavl. The cause of the fire has not been "
    "disclosed. On June 2, a blast and fire tore through a workshop at the Zavolzhsky Motor Plant in Nizhny "
    "Novgorod Oblast. Local authorities said the cause was a tanker truck fire."
)


def test_a_cause_is_asked_in_english_ukrainian_and_russian() -> None:
    assert asks_cause("What caused the fire at the Avangard plant?")
    assert asks_cause("What was the cause of the explosions near Desantnaya Bay?")
    assert asks_cause("Что стало причиной пожара на моторном заводе в Ярославле?")
    assert asks_cause("Що спричинило знеструмлення в Запорізькій області?")
    assert asks_cause("What did investigators ultimately conclude caused the fire at the Avangard plant?")
    assert asks_cause("What do officials believe sparked the blast?")
    assert not asks_cause("What did investigators conclude about the fire?")
    assert not asks_cause("Why did Russia suspend the grain deal?")
    assert not asks_cause("What happened at the Avangard plant?")


def test_an_unknown_cause_declines_unless_the_quote_tells_one_of_what_is_asked() -> None:
    avtodizel = "What caused the June 4 fire at the Avtodizel engine plant in Yaroslavl?"
    assert says_cause_unknown(YAROSLAVL, named_in(avtodizel, "en"))
    # The cause told follows the sentence naming Zavolzhsky: it is that plant's.
    zavolzhsky = "What caused the blast at the Zavolzhsky Motor Plant on June 2?"
    assert not says_cause_unknown(YAROSLAVL, named_in(zavolzhsky, "en"))
    # In Russian, the names are matched in English spelling.
    russian = "Что стало причиной пожара на заводе «Автодизель» в Ярославле?"
    assert says_cause_unknown(YAROSLAVL, named_in(russian, "ru"))
    # A quote saying nothing of the cause is no quote saying it is unknown.
    assert not says_cause_unknown("A fire broke out at the plant in Yaroslavl.", named_in(avtodizel, "en"))
    # "…the cause of the collapse, and the damage was not clear" says nothing of the cause.
    unclear_damage = (
        "No word was given as to the cause of the collapse, and the damage was not immediately clear."
    )
    assert not says_cause_unknown(unclear_damage, named_in(avtodizel, "en"))
    assert says_cause_unknown(
        "It was not immediately clear what caused the blast.", named_in(avtodizel, "en")
    )


ARTICLE = f"""---
id: fire
title: "Fire at a plant"
source: Wire
published: "2025-06-04"
---
{YAROSLAVL}
"""


def test_the_searcher_declines_a_cause_its_first_quote_says_is_unknown(
    article_index: Callable[..., Path],
) -> None:
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0)
    searcher = Searcher(IndexStore.open(article_index(fire=ARTICLE)), FakeEmbedder(), config)
    answer = searcher.search("What caused the fire at the Avtodizel plant in Yaroslavl?")
    assert not answer.answered
    assert answer.reason == CAUSE_UNKNOWN
    assert searcher.search("What caused the blast at the Zavolzhsky Motor Plant?").answered
    searcher.config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0, check_causes=False)
    assert searcher.search("What caused the fire at the Avtodizel plant in Yaroslavl?").answered


def test_a_cause_is_told_by_the_words_news_uses_for_one() -> None:
    assert tells_a_cause(["Local authorities said the cause was a tanker truck fire."])
    assert tells_a_cause(["Gorbachev died of a long illness, the hospital said."])
    assert tells_a_cause(["The military attributed the crash to a technical malfunction."])
    assert tells_a_cause(["Her son confessed to setting their home on fire."])
    assert not tells_a_cause(["Albright, the first woman to be secretary of state, died on March 23."])


def test_a_cause_asked_of_a_fire_is_told_of_the_fire() -> None:
    question = "What did investigators conclude caused the deadly fire at the Bila Tserkva power plant?"
    fire = asked_event(question)
    assert fire is not None and "blaze" in fire
    report = (
        "A fire broke out at the power plant during repair work, killing two people. The plant was damaged in "
        "2022. Its license was suspended due to a change of ownership."
    )
    assert tells_a_cause([report])  # a cause of something
    assert not tells_a_cause([report], fire)  # but not of the fire
    assert tells_a_cause(["The blaze at the plant was caused by a short circuit."], fire)
    assert tells_a_cause(["A fire broke out at the plant. Officials blamed a short circuit."], fire)
    assert asked_event("Что стало причиной взрыва на заводе?") == asked_event("What caused the blast?")
    assert asked_event("What caused the delay in the talks?") is None


DISMISSAL = """---
id: rogozin
title: "Rogozin out at Roscosmos"
source: Wire
published: "2022-07-15"
---
Dmitry Rogozin was dismissed as head of Roscosmos on Friday and replaced by Yury Borisov.
"""


def test_the_searcher_declines_a_cause_none_of_its_quotes_tells(article_index: Callable[..., Path]) -> None:
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0)
    searcher = Searcher(IndexStore.open(article_index(rogozin=DISMISSAL)), FakeEmbedder(), config)
    answer = searcher.search("What is the cause of Dmitry Rogozin's dismissal from Roscosmos?")
    assert not answer.answered
    assert "mentions a cause" in answer.reason
    assert searcher.search("Who replaced Dmitry Rogozin at Roscosmos?").answered
