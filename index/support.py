"""Pure checks behind word-level abstention: does the evidence hold each thing the question asks about?

A question can sit close to the coverage as a whole ("Which hotel did Ukraine's delegation stay at in
Istanbul?") while one of its words names something no close passage holds. For each content word of
an English question that no close passage contains, the question is embedded once more without that
word. If dropping the word brings the question closer to the best passages, those passages do not
hold what the word asks for: they only look relevant because of the question's other words. A word
the passages answer in other words (a paraphrase) moves them away, or barely at all, when dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from index.query import STOPWORDS
from index.terms import PREFIX, WORD, stem

# A question word matches a passage word that begins with it ("agree": "agreed", "long": "longer"); a
# word short enough to be its own stem also matches one that shares all but its last letter or two
# ("heads": "headed", "agreed": "agree"), never on fewer letters than this.
MIN_MATCH = 4
MAX_SUFFIX = 2


@dataclass(frozen=True)
class WordSupport:
    """The question word whose removal brings the question closest to its best passages."""

    word: str | None
    gain: float  # cosine gained by dropping it (negative: every word helps)


def absent_words(text: str, present: set[str]) -> list[str]:
    """Content words of an English question that no close passage holds in any form.

    `present` is the set of stems (`terms.stem`) of the close passages' words. Digits are left to the
    year and month checks.
    """
    beginnings = {p[:n] for p in present for n in range(MIN_MATCH, len(p) + 1)}
    result = []
    for word in WORD.findall(text):
        term = stem(word)
        if word.lower() in STOPWORDS or len(term) < 3 or any(ch.isdigit() for ch in word):
            continue
        whole = len(word) <= PREFIX
        shorter = (term[:-cut] for cut in range(1, MAX_SUFFIX + 1) if whole and len(term) - cut >= MIN_MATCH)
        if term in present or term in beginnings or any(s in beginnings for s in shorter):
            continue
        result.append(word)
    return list(dict.fromkeys(result))


def without(text: str, word: str) -> str:
    """The question with the first whole occurrence of `word` taken out."""
    pattern = re.compile(r"(?<![\w'’])" + re.escape(word) + r"(?![\w])")
    return " ".join(pattern.sub("", text, count=1).split())


def least_supported(
    question: np.ndarray, variants: np.ndarray, words: Sequence[str], passages: np.ndarray
) -> WordSupport:
    """Which word the passages support least: the one whose removal (`variants[i]` is the question
    without `words[i]`) raises the question's best cosine with `passages` the most."""
    if not len(words) or not len(passages):
        return WordSupport(None, float("-inf"))
    base = float(np.max(passages @ question))
    gains = np.max(variants @ passages.T, axis=1) - base
    best = int(np.argmax(gains))
    return WordSupport(words[best], float(gains[best]))


def quoted(words: Iterable[str]) -> str:
    """A word as a refusal names it: “hotel”."""
    return ", ".join(f"“{w}”" for w in words)
