"""A choice between two things the question offers: "what kind of drones will renault build in ukraine - fpv or
long-range strike drones?", "Which of his Oscars did Sean Penn leave… — the one for Mystic River or the one for
Milk?".

The coverage answers such a question in a sentence that names one of the two together with what the question is
about ("Renault will build long-range drones"); a sentence naming FPV drones in general, or Renault alone, makes
no choice. Pure functions: `asked_choice` reads the question, `tells_choice` the quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.chunk import rough_sentences
from index.query import STOPWORDS
from index.terms import WORD, stem

# The two options after a dash or colon at the end of the question: "— F-16 or MiG-29?".
CHOICE = re.compile(
    r"(?:\s[-–—]+\s*|[–—]\s*|:\s+)(?P<first>(?:(?!\s-)[^–—:?!.]){1,60}?)\s+or\s+(?P<second>(?:(?!\s-)[^–—:?!.]){1,60}?)"
    r"\W*$",
    re.IGNORECASE,
)
# Words that lead an option in and say nothing of it ("the one for Milk").
OPTION_FILLER = set(
    "one ones only just exactly the a an for of kind type sort too also instead rather".split()
)
# Words that leave an option open ("or send someone else", "or wait"): no sentence need name it.
OPEN_OPTION = set(
    "some someone somebody something somewhere else elsewhere other another both either neither not yet still "
    "now later wait".split()
)


@dataclass(frozen=True)
class Choice:
    """The stems each option is told by, beyond the words the rest of the question gives."""

    options: tuple[frozenset[str], frozenset[str]]


def _option_stems(option: str, given: set[str]) -> frozenset[str]:
    """An option's own stems: its content words, less the question's other words and those that say nothing."""
    return frozenset(
        stem(word)
        for word in WORD.findall(option)
        if word.lower() not in STOPWORDS | OPTION_FILLER and stem(word) not in given
    )


def asked_choice(question: str) -> Choice | None:
    """The two options an English question ends by offering, each told by words of its own; None when it offers
    none, or when either option is open ("or send someone else", "or wait")."""
    match = CHOICE.search(question)
    if not match:
        return None
    if any(
        word.lower() in OPEN_OPTION
        for part in ("first", "second")
        for word in WORD.findall(match.group(part))
    ):
        return None
    given = {stem(word) for word in WORD.findall(question[: match.start()])}
    first, second = (_option_stems(match.group(part), given) for part in ("first", "second"))
    if not first or not second:
        return None
    return Choice((first, second))


def tells_choice(choice: Choice, texts: Iterable[str], about: Callable[[str], bool]) -> bool:
    """Whether a sentence of the texts names one of the options, all its stems, and is `about` what the question
    asks of."""
    for text in texts:
        for sentence in rough_sentences(text):
            words = {stem(word) for word in WORD.findall(sentence)}
            if any(option <= words for option in choice.options) and about(sentence):
                return True
    return False
