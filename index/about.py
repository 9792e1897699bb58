"""Details asked of a thing the question names, told only in a sentence about that thing: where it is (or
will be) based, and how badly it was damaged.

"In which city will the EU's proposed Black Sea Maritime Security Hub be based?" asks for a place. A quote
that only proposes the hub ("Kallas proposed creating a Black Sea Maritime Security Hub, envisioned as an
early warning system…") does not answer it, though another of its sentences names a city ("Speaking at a
press briefing in Brussels…"): the place must be told in a sentence about the thing asked of. So must
damage: "How badly was the Alabuga drone factory damaged…" is not answered by "air defenses opened fire
against drones near the Yelabuga drone production site". The thing asked of is the question's rarest name
that the close passages hold (`Searcher._declines` passes the test as `about`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from index.answer_kind import DEMONYM
from index.chunk import rough_sentences
from index.query import IS_MONTH

# "Where will the hub be based?", "In which city is the plant located?", "which town is the plant … located in?"
BASE_ASKED = re.compile(
    r"\b(?:where|which\s+(?:city|town|village|country|port|region))\b[^?]{0,120}?"
    r"\b(?:based|headquartered|stationed|located|housed|situated)\b",
    re.IGNORECASE,
)
# A place told: "based in Odesa", "located at the Volkel Air Base", "deployed near Asipovichy", "in the town of
# Dubna"; not any "in": "Speaking at a press briefing in Brussels" tells where Kallas spoke.
PLACE_TOLD = re.compile(
    r"\b(?:(?:based|headquartered|stationed|located|housed|situated|hosted|deployed|placed|built)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:in|at|near)\s+(?:the\s+)?|in\s+the\s+(?:city|town|village|port)\s+of\s+)([A-Z][\w’'-]+)"
)


def asks_base(question: str) -> bool:
    """Whether a question asks where something is or will be based, located or stationed."""
    return bool(BASE_ASKED.search(question))


def tells_base(texts: Iterable[str], about: Callable[[str], bool], given: Callable[[str], bool]) -> bool:
    """Whether a sentence of `texts` that `about` says is about the thing asked of tells a place (PLACE_TOLD)
    by a capitalised word that is not a month, a people's adjective or a word `given` says the question holds
    ("Where in Belarus will…" is not answered by "deployed in Belarus")."""
    return any(
        not (IS_MONTH.fullmatch(place) or DEMONYM.fullmatch(place) or given(place))
        for sentence in _sentences_about(texts, about)
        for place in PLACE_TOLD.findall(sentence)
    )


# "How badly was the factory damaged…", "What damage did the refinery suffer…", "the extent of the damage".
DAMAGE_ASKED = re.compile(
    r"\bhow\s+(?:badly|seriously|severely|heavily|much)\s+(?:was|were|is|are|has|have|had)\b[^?]{0,120}?"
    r"\bdamaged\b"
    r"|\bwhat\s+damage\s+(?:was|were|did|has|had)\b|\bextent\s+of\s+(?:the\s+)?damage\b",
    re.IGNORECASE,
)
# Damage told: "was damaged", "destroyed", "caught fire", "no damage"; not "opened fire".
DAMAGE_TOLD = re.compile(
    r"\b(?:damag\w*|destroy\w*|destruction|burn(?:ed|t|ing)|blaze|ablaze|wreck\w*|ruin\w*|collaps\w*"
    r"|caught\s+fire|on\s+fire|fire\s+broke\s+out|struck|hit)\b",
    re.IGNORECASE,
)


def asks_damage(question: str) -> bool:
    """Whether a question asks how badly something was damaged (not a sum: "How much damage…" is money)."""
    return bool(DAMAGE_ASKED.search(question))


def tells_damage(texts: Iterable[str], about: Callable[[str], bool]) -> bool:
    """Whether a sentence of `texts` that `about` says is about the thing asked of tells of damage to it."""
    return any(DAMAGE_TOLD.search(sentence) for sentence in _sentences_about(texts, about))


def _sentences_about(texts: Iterable[str], about: Callable[[str], bool]) -> Iterator[str]:
    """The sentences of `texts` that `about` says are about the thing asked of."""
    return (sentence for text in texts for sentence in rough_sentences(text) if about(sentence))
