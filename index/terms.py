"""Pure word-level matching: a crude stemmer, Cyrillic transliteration and IDF-weighted coverage.

Keyword evidence for re-ranking works on six-letter prefixes ("Russia's", "Russian" and
"Russians" all become "russia"), which is coarse but language-agnostic and fast.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from index.query import STOPWORDS

PREFIX = 6
WORD = re.compile(r"[\w’']+")
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ы": "y", "э": "e", "ё": "yo",
    "ъ": "",
}  # fmt: skip
RUSSIAN_OVERRIDES = {"г": "g", "и": "i"}
NOT_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "us", "u", "s", "uk", "un", "eu", "i", "what", "who", "why", "how",
}  # fmt: skip


def stem(word: str) -> str:
    """Lower-case, drop a possessive, keep the first six letters."""
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word[:PREFIX]


def tokens(text: str) -> set[str]:
    """The set of stems in a text."""
    return {stem(w) for w in WORD.findall(text)}


def transliterate(word: str, language: str) -> str:
    """Ukrainian or Russian letters to Latin, close to how English news spells names."""
    table = {**CYRILLIC_TO_LATIN, **RUSSIAN_OVERRIDES} if language == "ru" else CYRILLIC_TO_LATIN
    return "".join(table.get(ch, ch) for ch in word.lower())


def query_terms(text: str, language: str) -> list[str]:
    """Stems to look for in passages: content words in English, transliterated names otherwise."""
    if language == "en":
        words = [w for w in WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 1]
        return list(dict.fromkeys(stem(w) for w in words))
    names = [w for w in re.findall(r"\w+", text)[1:] if w[:1].isupper()]
    return list(dict.fromkeys(stem(transliterate(w, language)) for w in names))


def idf(frequency: int, passages: int) -> float:
    return math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5))


def coverage(terms: Iterable[str], present: set[str], frequencies: Mapping[str, int], passages: int) -> float:
    """IDF-weighted share of `terms` found in `present`."""
    total = covered = 0.0
    for term in terms:
        weight = idf(frequencies.get(term, 0), passages)
        total += weight
        if term in present:
            covered += weight
    return covered / total if total else 0.0


def names(text: str) -> list[str]:
    """Capitalised words after the first of an English question: the things it is about."""
    words = re.findall(r"[A-Za-z][\w&-]*", text)
    return [w for w in words[1:] if w[0].isupper() and w.lower() not in NOT_NAMES]


def missing_name_weight(text: str, present: set[str], frequencies: Mapping[str, int], passages: int) -> float:
    """The IDF of the rarest name in the question that none of the given passages mention.

    "Hamas", "FARC" or "Kyoto" missing from every close passage means the question is about
    something the coverage does not hold.
    """
    weights = [0.0]
    for name in names(text):
        parts = [stem(p) for p in name.split("-") if p]
        if parts and not all(p in present for p in parts):
            weights.append(idf(frequencies.get(parts[0], 0), passages))
    return max(weights)
