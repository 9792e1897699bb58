"""Pure checks behind abstention on questions that ask for a quantity: does any close passage hold one?

"How many journalists were accredited?", "How old is Umerov?", "How much is a ferry ticket?" can sit
close to the coverage in meaning while no close passage holds the number asked for. Passages that
answer such a question hold a count beside the thing counted, an age, a sum of money or a stretch of
time; when none of them does, the coverage does not answer it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from index.chunk import rough_sentences
from index.query import MONTHS, STOPWORDS
from index.support import ANSWER_KINDS, holds_word, quoted, word_beginnings
from index.terms import WORD, stem, tokens

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    "thousands?|millions?|billions?|dozens?|half|a couple"
)
NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
# A count stands next to what it counts: at most COUNT_REACH words before it ("2,000 Russian
# peacekeepers", "dozens of civilians"), or, in figures, just after it ("prisoners swapped: 390").
COUNT_REACH = 3
COUNT_TOKEN = re.compile(r"\d[\d,.]*|[\w’']+")
IS_COUNT = re.compile(rf"\d[\d,.]*|{NUMBER_WORDS}|couple", re.IGNORECASE)
# Numbers that count nothing: a year ("in 2016"), a day of a month ("May 16", "16 May"), a time of day.
_MONTH = "|".join(MONTHS.values())
NOT_A_COUNT = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d)s?\b|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:-\d{{1,2}})?\b"
    rf"|\b\d{{1,2}}(?:-\d{{1,2}})?\s+(?:{_MONTH})|\b\d{{1,2}}:\d\d\b",
    re.IGNORECASE,
)
UNITS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)"
UNIT = re.compile(UNITS, re.IGNORECASE)
# "Two hours", "an 80-minute call", "a year and a half", "a 30-day ceasefire" ("a second round" is no length).
DURATION = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{NUMBER_WORDS}|several|few))[\s-]+(?:and a half[\s-]+)?{UNITS}\b"
    r"|\ban?\s+(?:minute|hour|day|night|week|month|year|decade)\b",
    re.IGNORECASE,
)
AGE = re.compile(
    r"\b\d{1,3}[\s-]years?[\s-]old\b|\baged?\s+\d{1,3}\b|\bage of \d{1,3}\b|\bborn\b|, \d{2},", re.IGNORECASE
)
CURRENCY_WORDS = r"(?:dollars?|euros?|pounds?|liras?|hryvnias?|hryvnia|rubles?|roubles?|francs?|yuan)"
MONEY = re.compile(
    rf"[$€£₴₽]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m)?\s*{CURRENCY_WORDS}\b|\b(?:USD|EUR|GBP|UAH|RUB)\b",
    re.IGNORECASE,
)

HOW_MANY = re.compile(r"\bhow many\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.IGNORECASE)
HOW_OLD = re.compile(
    r"\bhow old\b|\bwhat age\b|\bdate of birth\b|\bwhen was \w+(?: \w+)? born\b", re.IGNORECASE
)
HOW_MUCH_MONEY = re.compile(
    r"\bhow much\b.*\b(?:cost|costs|spend|spent|pay|paid|price|worth|money|fee|fare|ticket|budget|charge)\b"
    r"|\bhow much (?:is|are|was|were) (?:a|an)\b",  # the price of one thing: "how much is a cup of coffee"
    re.IGNORECASE,
)
AGE_WORDS = {"old", "age", "born", "birth", "date"}
# Words of a money question that name the asking, not the thing priced.
MONEY_WORDS = set("cost costs spend spent pay paid price worth money fee fare budget charge".split())
HOW_LONG = re.compile(r"\bhow long\b", re.IGNORECASE)


# How a refusal names the quantity no close passage holds (a count names what is counted instead).
QUANTITY_NAMES = {"age": "an age", "money": "a sum of money", "duration": "a length of time"}


@dataclass(frozen=True)
class AskedQuantity:
    """What kind of quantity a question asks for, and the words it must stand beside in a sentence
    (what is counted, whose age) for a passage to answer it; no words: anywhere in a passage will do."""

    kind: str  # "count", "age", "money" or "duration"
    beside: tuple[str, ...] = ()


def asked_quantity(question: str, frequencies: Mapping[str, int] | None = None) -> AskedQuantity | None:
    """The quantity an English question asks for, if it asks for one.

    With `frequencies` (passage counts by stem), a sum of money must stand beside the question's rarest
    word that the coverage holds, the most particular thing it names: "ferry" in "How much is a
    Bosphorus ferry ticket?", which a sum beside "Bosphorus" in a story on grain ships does not answer.
    """
    if match := HOW_MANY.search(question):
        # What is counted runs up to the first word such as "were", "did" or "in"; after its first word,
        # words such as "long" in "how many pages long" name no thing.
        counted: list[str] = []
        for word in WORD.findall(match.group(1)):
            if word.lower() in STOPWORDS:
                break
            if not counted or word.lower() not in ANSWER_KINDS:
                counted.append(word)
        return AskedQuantity("count", tuple(counted))
    if HOW_OLD.search(question):
        whose = [
            w for w in WORD.findall(question) if w.lower() not in STOPWORDS | AGE_WORDS and not w.isdigit()
        ]
        return AskedQuantity("age", tuple(dict.fromkeys(whose)))
    if HOW_MUCH_MONEY.search(question):
        return AskedQuantity("money", _rarest_word(question, MONEY_WORDS, frequencies))
    if HOW_LONG.search(question):
        return AskedQuantity("duration")
    return None


def _rarest_word(question: str, asking: set[str], frequencies: Mapping[str, int] | None) -> tuple[str, ...]:
    """The question's content word found in the fewest passages (none: no `frequencies`, or no such
    word in the coverage)."""
    if frequencies is None:
        return ()
    skipped = STOPWORDS | asking
    held = [
        (frequencies[term], word)
        for word in WORD.findall(question)
        if word.lower() not in skipped and not word.isdigit() and frequencies.get(term := stem(word))
    ]
    return (min(held)[1],) if held else ()


def holds_quantity(asked: AskedQuantity, passages: Sequence[str]) -> bool:
    """Whether any passage holds the kind of quantity asked for, in a sentence with one of the words it
    must stand beside (in any inflection) when there are any; a count must stand next to it (`counts`)."""
    pattern = {"count": NUMBER, "age": AGE, "money": MONEY, "duration": DURATION}[asked.kind]
    if asked.kind == "count":  # "securing council seats in 2016" holds no number of seats
        passages = [NOT_A_COUNT.sub(" ", p) for p in passages]
    if not asked.beside:
        return any(pattern.search(p) for p in passages)
    for passage in passages:
        for sentence in rough_sentences(passage):
            if asked.kind == "count":
                if counts(asked.beside, sentence):
                    return True
            elif pattern.search(sentence):
                present = tokens(sentence)
                if any(holds_word(w, present, word_beginnings(present)) for w in asked.beside):
                    return True
    return False


def counts(counted: Sequence[str], sentence: str) -> bool:
    """Whether a sentence gives a number of one of the `counted` words (in any inflection), standing
    next to it: "2,000 Russian peacekeepers" does, "half of Nagorno-Karabakh, protected by Russian
    peacekeepers" does not."""
    words = COUNT_TOKEN.findall(sentence)
    near = [False] * len(words)  # word i is one of `counted`
    for i, word in enumerate(words):
        present = {stem(word)}
        near[i] = any(holds_word(w, present, word_beginnings(present)) for w in counted)
    for i, word in enumerate(words):
        if not IS_COUNT.fullmatch(word):
            continue
        # A length of time counts its unit: "a 44-day war" gives no number of soldiers.
        reach = 1 if i + 1 < len(words) and UNIT.fullmatch(words[i + 1]) else COUNT_REACH
        if any(near[i + 1 : i + 1 + reach]) or (word[0].isdigit() and any(near[max(0, i - reach) : i])):
            return True
    return False


def quantity_name(asked: AskedQuantity) -> str:
    """What a refusal says no close passage holds: "…none of the articles closest to the question
    mentions a number of “journalists”"."""
    if asked.kind == "count":
        # Two words at most, a trailing participle dropped: "people convicted of…" names "people".
        words = list(asked.beside[:2])
        while len(words) > 1 and words[-1].lower().endswith("ed"):
            words.pop()
        return f"a number of {quoted(' '.join(words))}" if words else "a number"
    if asked.kind == "money" and asked.beside:
        return f"{quoted(asked.beside[0])} beside a sum of money"
    return QUANTITY_NAMES[asked.kind]
