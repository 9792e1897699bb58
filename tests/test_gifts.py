"""A gift asked of a named giver is told by their deed (index/gifts.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from index.embed import FakeEmbedder
from index.gifts import asked_giver, tells_gift_by
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore


def test_the_giver_is_asked_by_name_only() -> None:
    assert asked_giver("What gift did Pope Leo XIV give Zelensky when they met?") == ("Pope", "Leo", "XIV")
    assert asked_giver("What present did Boris Johnson bring Zelensky in Kyiv?") == ("Boris", "Johnson")
    assert asked_giver("What gift did Sean Penn try to give Zelensky?") == ("Sean", "Penn")
    assert asked_giver("What did Zelensky give the pope as a gift?") == ("Zelensky",)
    # A giver described rather than named is left alone, as is a question asking no gift.
    assert asked_giver("What present did Ukraine's leader hand the newly installed pontiff?") == ()
    assert asked_giver("What did Putin give as his reason for the invasion?") == ()


def test_a_gift_is_told_by_its_giver_s_deed() -> None:
    # blind39's tt30 and blind4's e50: the coverage tells only of Zelensky's gift to the Pope.
    pope = asked_giver("What gift did Pope Leo XIV give Zelensky at the Vatican?")
    zelensky_s = "During their meeting, Zelensky presented Pope Leo with a special icon, a gift for peace."
    assert not tells_gift_by(pope, [zelensky_s])
    assert tells_gift_by(pope, ["Pope Leo gave Zelensky a rosary."])
    assert tells_gift_by(pope, ["The rosary was a gift from Pope Leo, the Vatican said."])
    assert tells_gift_by(("Zelensky",), [zelensky_s])
    # A title is no name: another holds it.
    assert not tells_gift_by(
        ("President", "Erdogan"), ["President Zelensky presented Erdogan with a painting."]
    )
    # blind's tc13: "he brought", in a passage naming Johnson.
    johnson = ("Boris", "Johnson")
    visit = "Johnson posted a photo in Kyiv. The prime minister did not come empty-handed: he brought Zelensky a gift."
    assert tells_gift_by(johnson, [visit])
    assert not tells_gift_by(
        johnson, ["The prime minister did not come empty-handed: he brought Zelensky a gift."]
    )


VATICAN = """---
id: vatican
title: "Zelensky meets Pope Leo XIV"
source: Wire
published: "2025-05-18"
---
Zelensky met Pope Leo XIV at the Vatican on Sunday. During their meeting, Zelensky presented Pope Leo with an
icon painted on a fragment of an ammunition box, a gift meant to represent Ukraine's children.
"""


def test_the_pope_s_gift_is_declined_and_zelensky_s_answered(article_index: Callable[..., Path]) -> None:
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0)
    searcher = Searcher(IndexStore.open(article_index(vatican=VATICAN)), FakeEmbedder(), config)
    pope = searcher.search("What gift did Pope Leo XIV give Zelensky at the Vatican?")
    assert not pope.answered and "a gift by Pope Leo XIV" in pope.reason
    assert searcher.search("What gift did Zelensky give Pope Leo XIV at the Vatican?").answered
    off = Searcher(searcher.store, FakeEmbedder(), replace(config, check_gifts=False))
    assert off.search(pope.question).answered
