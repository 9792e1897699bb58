"""Pure checks behind word-level abstention: does the evidence hold each thing the question asks about?

A question can sit close to the coverage as a whole ("Which hotel did Ukraine's delegation stay at in
Istanbul?") while one of its words names something no close passage holds. For each content word of
an English question that no close passage contains, the question is embedded once more without that
word. If dropping the word brings the question closer to the best passages, those passages do not
hold what the word asks for: they only look relevant because of the question's other words. A word
the passages answer in other words (a paraphrase) moves them away, or barely at all, when dropped.
Dropping some words (verbs above all) brings the question closer to every passage alike, so the gain
must also stand out against a typical candidate's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.casual import CONTRACTIONS
from index.query import STOPWORDS
from index.terms import PREFIX, WORD, respelt, stem

# A question word matches a passage word that begins with it ("agree": "agreed", "long": "longer"); a
# word short enough to be its own stem also matches without an inflection ("heads": "headed",
# "agreed": "agree"), never on fewer letters than this.
MIN_MATCH = 4
INFLECTIONS = ("s", "es", "d", "ed")
# News words for the same thing, by stem: a passage on two men "sanctioned" holds what "blacklisted" asks.
# A "ceiling" on a price is its "cap".
# An "exec" is an "executive"; "customs" catch a traveller at an "airport" or a "border".
SAME_WORD = {
    "blackl": ("sancti",),
    "ceilin": ("cap", "caps"),
    "exec": ("execut",),
    "execs": ("execut",),
    "custom": ("airpor", "border"),
}
# Words that name the kind of answer a question wants ("which city", "what date", "how long"): a passage
# answers them with an instance (Tehran, May 16, two hours), so their absence says nothing.
ANSWER_KINDS = set(
    """city cities country countries town capital region place date day days year years month months
    time times name names number numbers amount people person age old long size kind type
    far distance heavy weight weigh fast speed tall deep height percentage percent proportion temperature""".split()
)
# Contractions typed without the apostrophe ("why doesnt russia…") are no words a passage must hold either.
NOT_LOOKED_FOR = STOPWORDS | ANSWER_KINDS | CONTRACTIONS


@dataclass(frozen=True)
class WordSupport:
    """The question word its best passages support least (None when every word passes), with how much
    dropping it brings the question closer to them."""

    word: str | None
    gain: float  # cosine with the best passages gained by dropping it (negative: every word helps)
    # `gain` less the typical gain over all candidate passages: dropping a verb ("Who represented
    # Ukraine?") brings the question closer to every passage, not only to the best ones.
    lift: float = 0.0


def absent_words(text: str, present: set[str]) -> list[str]:
    """Content words of an English question that no close passage holds in any form.

    `present` is the set of stems (`terms.stem`) of the close passages' words. Numbers are left to the
    year and month checks.
    """
    beginnings = word_beginnings(present)
    result = []
    for word in WORD.findall(text):
        if word.lower() in NOT_LOOKED_FOR or len(stem(word)) < 3 or word.isdigit():
            continue
        if not holds_word(word, present, beginnings):
            result.append(word)
    return list(dict.fromkeys(result))


def word_beginnings(present: set[str]) -> set[str]:
    """Every beginning of the stems in `present` long enough to match on (see `holds_word`)."""
    return {p[:n] for p in present for n in range(MIN_MATCH, len(p) + 1)}


def holds_word(word: str, present: set[str], beginnings: set[str]) -> bool:
    """Whether a text with the stems `present` (and their `word_beginnings`) holds `word` in some form."""
    term = stem(word)
    whole = len(word) <= PREFIX
    bare = (
        term.removesuffix(end)
        for end in INFLECTIONS
        if whole and term.endswith(end) and len(term) - len(end) >= MIN_MATCH
    )
    if term in present or term in beginnings or any(b in beginnings for b in bare):
        return True
    if any(other in present for other in SAME_WORD.get(term, ())):
        return True
    # A name spelt two ways in English: "Sloviansk" and "Slovyansk".
    return word[:1].isupper() and any(other in beginnings for other in respelt(term))


def without(text: str, word: str) -> str:
    """The question with the first whole occurrence of `word` taken out."""
    pattern = re.compile(r"(?<![\w'’])" + re.escape(word) + r"(?![\w])")
    return " ".join(pattern.sub("", text, count=1).split())


def least_supported(
    question: np.ndarray,
    variants: np.ndarray,
    words: Sequence[str],
    passages: np.ndarray,
    pool: np.ndarray,
    min_gain: float,
    min_lift: float,
) -> WordSupport:
    """The word the best `passages` support least: of those whose removal (`variants[i]` is the
    question without `words[i]`) raises the question's best cosine with them by `min_gain` and by
    `min_lift` more than it raises its cosine with a typical passage of `pool`, the one raising it
    most. WordSupport(None, …) when no word does."""
    if not len(words) or not len(passages):
        return WordSupport(None, float("-inf"))
    gains = np.max(variants @ passages.T, axis=1) - float(np.max(passages @ question))
    typical = np.median(variants @ pool.T - pool @ question, axis=1) if len(pool) else np.zeros(len(words))
    lifts = gains - typical
    chosen = [i for i in np.argsort(-gains) if gains[i] >= min_gain and lifts[i] >= min_lift]
    if not chosen:
        best = int(np.argmax(gains))
        return WordSupport(None, float(gains[best]), float(lifts[best]))
    return WordSupport(words[chosen[0]], float(gains[chosen[0]]), float(lifts[chosen[0]]))


def quoted(word: str) -> str:
    """A word (or a short phrase) as a refusal names it: “hotel”."""
    return f"“{word}”"
