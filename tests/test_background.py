"""A named person's job or home town, asked and told (index/background.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.background import asked_background, tells_background
from index.embed import FakeEmbedder
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore

ABDUCTED = (
    "Serhii Hrishchenkov was taken in Sevastopol overnight on May 7, said Ombudsman Dmytro Lubinets, who "
    "received an appeal from the man's daughter."
)


def test_a_job_is_asked_of_a_person_named_in_full() -> None:
    asked = asked_background("What did Serhii Hrishchenkov do for a living before he was detained?")
    assert asked is not None and asked.kind == "job" and asked.surnames == ("Hrishchenkov",)
    assert "Hrishchenkov" in asked.label
    russian = asked_background("Кем работал Сергей Грищенков, которого похитили в Севастополе?", "ru")
    assert russian is not None and russian.kind == "job"
    # Nothing is asked of no one named, nor anything but a job or a home.
    assert asked_background("What did the soldiers do for a living?") is None
    assert asked_background("Why was Serhii Hrishchenkov detained?") is None


def test_a_job_is_told_beside_the_name_not_anyone_s_in_the_sentence() -> None:
    asked = asked_background("What was Serhii Hrishchenkov's job?")
    assert asked is not None
    # The ombudsman's office and the daughter are not his work.
    assert not tells_background(asked, [ABDUCTED])
    assert tells_background(asked, ["Serhii Hrishchenkov, a 52-year-old electrician, was taken in May."])
    assert tells_background(asked, ["Hrishchenkov was seized at night. He worked as a welder at the port."])
    russian = asked_background("Кем работал Сергей Грищенков?", "ru")
    assert russian is not None
    assert not tells_background(russian, [ABDUCTED])
    assert tells_background(russian, ["Local teacher Serhii Hrishchenkov was taken in Sevastopol."])


def test_where_someone_is_from_is_told_beside_the_name_or_right_after() -> None:
    asked = asked_background("What US town or state was Joshua Jones, the volunteer killed in August, from?")
    assert asked is not None and asked.kind == "origin"
    assert not tells_background(
        asked, ["Joshua Jones, 24, was killed on August 26 while fighting for Ukraine."]
    )
    assert tells_background(asked, ["Joshua Jones, 24, of Tennessee, was killed on August 26."])
    gregg = asked_background("What was the hometown of Skyler Gregg, the American volunteer?")
    assert gregg is not None
    assert tells_background(
        gregg, ["Skyler Gregg, 23, was killed. In his home town of Orcas Island, friends wept."]
    )
    ukrainian = asked_background("Звідки родом британець Ейден Аслін, який воював у Маріуполі?", "uk")
    assert ukrainian is not None
    assert tells_background(ukrainian, ["Aiden Aslin, from Newark in Nottinghamshire, was captured."])
    assert not tells_background(ukrainian, ["Aiden Aslin was captured in Mariupol in April."])


def test_the_person_asked_about_is_the_first_named_and_is_referred_back_to() -> None:
    asked = asked_background(
        "What did Petro Pochynok, charged over the fires at Keir Starmer's homes, do for a living?"
    )
    assert asked is not None and asked.surnames == ("Pochynok",)
    # Another man's work, told after a sentence naming Starmer, is not his.
    assert not tells_background(asked, ["He set fire to a home Starmer lived in. He also worked as a model."])
    hometown = asked_background("What is the hometown of marine Hlib Stryzhko?")
    assert hometown is not None
    told = (
        "Mr Stryzhko's comrades saved his life. There were a dozen of them. He was not out of danger. The doctors "
        "came. Troops were advancing. Meanwhile, in his hometown of Poltava, the church prayed for him."
    )
    assert tells_background(hometown, [told])


COMMANDER = """---
id: commander
title: "A battalion commander resigns"
source: Wire
published: "2025-05-21"
---
On May 16, Oleksandr Shyrshyn announced his resignation as a battalion commander of the 47th Brigade.

He wrote that he had never received dumber orders than in the current sector. The General Staff opened an inquiry.

A native of Mykolaiv and a figure in civil society, Shyrshyn began his military career in the 80th Brigade.
"""


def test_the_searcher_reads_a_job_or_home_town_in_the_quoted_articles(
    article_index: Callable[..., Path],
) -> None:
    data = article_index(commander=COMMANDER)
    searcher = Searcher(
        IndexStore.open(data), FakeEmbedder(), RetrievalConfig(min_dense=0.0, min_dense_other=0.0)
    )
    # Told further on in the article than the passage quoted on his resignation.
    assert searcher.search(
        "Where is Oleksandr Shyrshyn, the battalion commander who resigned, from?"
    ).answered
    job = searcher.search("What did Oleksandr Shyrshyn do for a living before the war?")
    assert not job.answered
    assert job.reason is not None and "“Shyrshyn” does for a living" in job.reason


def test_which_town_in_a_country_someone_is_from_asks_where_they_are_from() -> None:
    asked = asked_background("Which town in the Democratic Republic of the Congo is Jean Claude Sangwa from?")
    assert asked is not None and asked.kind == "origin"
    student = "Jean Claude Sangwa, a 27-year-old student from the Democratic Republic of the Congo, moved."
    assert not tells_background(asked, [student])
    assert tells_background(asked, ["Jean Claude Sangwa, a native of Lubumbashi, moved to Luhansk."])
    healy = asked_background("Which town in England is British aid worker Dylan Healy originally from?")
    assert healy is not None
    assert tells_background(healy, ["Dylan Healy, originally from Huntingdon in Cambridgeshire, was held."])
    # Only the place the town is asked within is no answer.
    usyk = asked_background("Which town in Crimea is boxer Oleksandr Usyk originally from?")
    assert usyk is not None and usyk.within == ("Crimea",)
    assert not tells_background(usyk, ["Originally from Crimea, Usyk now resides in Kyiv."])
    assert tells_background(usyk, ["Usyk, born in Simferopol in Crimea, now lives in Kyiv."])
