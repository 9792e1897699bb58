"""A named person's background a question asks for, their job or where they are from, and whether a passage
tells it.

"What did Serhii Hrishchenkov do for a living?" is not answered by the story of his abduction, which names him
and no work of his; "What was the hometown of Skyler Gregg…" is answered by "…in his Washington state hometown
of Orcas Island". The check is read beside the person's surname: another person's job or town in the same
passage is not theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.answer_kind import first_surname
from index.chunk import rough_sentences
from index.people import spelt_as
from index.support import quoted

# "What did X do for a living?", "What was X's job?", "What job did X have?", "Кем работал X?", "Ким працював X?"
ASKS_JOB = re.compile(
    r"\bwhat\s+(?:did|does|do)\s+[^?]+?\s+do\s+for\s+(?:a\s+)?(?:living|work)\b"
    r"|\bwhat\s+(?:is|was)\s+[^?]+?['’]s?\s+(?:job|profession|occupation|line\s+of\s+work)\b"
    r"|\bwhat\s+(?:job|profession|occupation|line\s+of\s+work)\s+(?:did|does|do|is|was|had|has)\b"
    r"|(?<!\w)(?:ким\s+(?:працював|працювала|працює)|кем\s+(?:работал|работала|работает)|(?:яка|якою\s+була)\s+професія"
    r"|какая\s+(?:у\s+\w+\s+)?профессия|чим\s+(?:займався|займалася|заробляв)|чем\s+(?:занимался|занималась|зарабатывал))",
    re.IGNORECASE,
)
# "Where is X from?", "What US town or state was X from?", "What was the hometown of X?", "Звідки родом X?"
ASKS_ORIGIN = re.compile(
    r"\bwhere\s+(?:is|was|are|were)\s+[^?]+?\s+(?:originally\s+)?from\s*\?"
    r"|\b(?:what|which)\s+(?:[\w-]+\s+){0,3}?(?:town|city|state|country|village|region)\s+"
    # "Which town in the Democratic Republic of the Congo is Jean Claude Sangwa originally from?"
    r"(?:in\s+(?P<within>[^?]+?)\s+)?(?:is|was|are|were)\s+[^?]+?\s+from\b"
    r"|\bhome\s*town\b|(?<!\w)(?:звідки\s+родом|откуда\s+родом|з\s+якого\s+міста|из\s+какого\s+города)(?!\w)",
    re.IGNORECASE,
)

# Work a passage may tell someone does, by its noun: "Hrishchenkov, a 45-year-old teacher", "engineer Ivan X".
JOBS = (
    "teacher farmer student activist artist musician singer actor actress writer poet blogger programmer "
    "entrepreneur businessman businesswoman builder miner electrician mechanic accountant economist professor "
    "lecturer scientist engineer designer technician doctor nurse medic surgeon paramedic driver pilot sailor "
    "seaman fisherman journalist reporter photographer cameraman editor lawyer judge priest officer soldier "
    "marine serviceman veteran volunteer worker employee manager director owner official diplomat politician "
    "lawmaker deputy mayor governor translator interpreter guard cook chef waiter baker shopkeeper "
    "retiree pensioner coach athlete player footballer boxer filmmaker producer"
).split()
_JOB = rf"(?:{'|'.join(JOBS)})s?"
# Work told in so many words: "worked as a welder", "a welder by trade", "his job at the plant".
WORK_TOLD = re.compile(
    r"\b(?:works?|worked|working)\s+(?:as|for|at)\b|\bemployed\b|\bby\s+(?:profession|trade)\b"
    r"|\b(?:his|her|their)\s+(?:job|work|career|profession|business)\b",
    re.IGNORECASE,
)
# Where someone is from, told in so many words: "his hometown of Orcas Island", "a Newark native", "born in…",
# "originally from Huntingdon". A place's name is capitalised ("Newark-born"); the rest may open a sentence
# ("Born in Kharkiv, she…"). The words before a place's name, any case, and those that count only with one after:
_ORIGIN_WORDS = (
    r"\bhome\s*(?:town|city|village)(?:\s+of)?\b|\bnative\s+of\b|\bborn\s+(?:and\s+raised\s+)?in\b"
    r"|\bgrew\s+up\s+in\b|\braised\s+in\b"
)
_ORIGIN_BEFORE_NAME = r"\bresident\s+of|\blived\s+in|\boriginally\s+from|\bhails?\s+from"
ORIGIN_TOLD = re.compile(
    rf"(?i:{_ORIGIN_WORDS})|\b[A-Z][\w'’.-]+[-\s](?:native|born)\b|(?i:{_ORIGIN_BEFORE_NAME})\s+[A-Z]"
)
# The place such words tell, for a question asking a town within one: "Originally from Crimea" does not say
# which town in Crimea.
ORIGIN_PLACE = re.compile(
    rf"(?i:(?:{_ORIGIN_WORDS})\s+|(?:{_ORIGIN_BEFORE_NAME})\s+|,?\s+(?:originally\s+)?(?:from|of)\s+)([A-Z][\w'’-]+)"
)
# Someone a sentence refers back to: the one named a few sentences before ("Meanwhile, in his hometown of
# Poltava, the church… prayed for him").
REFERS_BACK = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
REFERS_REACH = 5


@dataclass(frozen=True)
class AskedBackground:
    """What a question asks of a named person ("job" or "origin") and the beginnings of their surname."""

    kind: str
    surnames: tuple[str, ...]
    within: tuple[str, ...] = ()  # the place a town is asked within ("Which town in Crimea…"), its words

    @property
    def label(self) -> str:
        """What a refusal says no close passage tells: "what “Hrishchenkov” does for a living"."""
        named = self.surnames[0] if self.surnames and self.surnames[0][:1].isupper() else ""
        who = quoted(named) if named else "the person"
        return f"what {who} does for a living" if self.kind == "job" else f"where {who} is from"


def asked_background(question: str, language: str = "en") -> AskedBackground | None:
    """The background a question asks of a person it names in full, if it asks one."""
    origin = ASKS_ORIGIN.search(question)
    kind = "job" if ASKS_JOB.search(question) else "origin" if origin else None
    if kind is None:
        return None
    named = first_surname(question, language)
    within = (
        re.findall(r"\b[A-Z][\w'’-]+", origin.group("within") or "") if kind == "origin" and origin else []
    )
    return AskedBackground(kind, named, tuple(within)) if named else None


def tells_background(asked: AskedBackground, texts: Iterable[str]) -> bool:
    """Whether a sentence naming the person (or one of the next few, referring back) tells what was asked:
    a job beside their name or in so many words, or where they are from."""
    for text in texts:
        sentences = rough_sentences(text)
        for i, sentence in enumerate(sentences):
            names = _surname_words(asked, sentence)
            if not names:
                continue
            if any(_tells(asked.kind, sentence, name, asked.within) for name in names):
                return True
            following = sentences[i + 1 : i + 1 + REFERS_REACH]
            if any(
                REFERS_BACK.search(later) and _tells(asked.kind, later, None, asked.within)
                for later in following
            ):
                return True
    return False


def _surname_words(asked: AskedBackground, sentence: str) -> list[str]:
    """The words of a sentence that are the person's surname, in any inflection or spelling."""
    return [
        word
        for word in dict.fromkeys(re.findall(r"\b[A-Z][\w'’-]+", sentence))
        if any(_matches(word, surname) for surname in asked.surnames)
    ]


def _matches(word: str, surname: str) -> bool:
    """Whether a passage's word is a surname the question gives (by its English spelling's beginning for a
    Ukrainian or Russian question)."""
    if surname[:1].isupper():
        return word.removesuffix("'s").removesuffix("’s") == surname
    return spelt_as(word, surname)


def _tells(kind: str, sentence: str, name: str | None, within: tuple[str, ...] = ()) -> bool:
    """Whether a sentence tells the job or the origin of the one called `name` (None: of whoever it refers
    back to, told in so many words); an origin other than only the place `within` which a town is asked."""
    if kind == "origin":
        places = [m.group(1) for m in ORIGIN_PLACE.finditer(sentence)]
        if within and places and all(place in within for place in places):
            return False
        if ORIGIN_TOLD.search(sentence):
            return True
        return name is not None and bool(
            re.search(
                rf"\b{re.escape(name)}(?:,\s+\d{{1,3}})?,?\s+(?:originally\s+)?(?:from|of)\s+[A-Z]", sentence
            )
        )
    if WORK_TOLD.search(sentence):
        return True
    if name is None:
        return False
    escaped = re.escape(name)
    return bool(
        # "engineer Ivan Petrov", "a teacher, Olha Petrenko"
        re.search(rf"\b{_JOB},?\s+(?:[A-Z][\w'’-]+\s+){{0,2}}{escaped}\b", sentence, re.IGNORECASE)
        # "Petrov, a 45-year-old teacher", "Petrov was a lorry driver"
        or re.search(
            rf"\b{escaped}(?:['’]s)?(?:,\s+|\s+(?:is|was|had\s+been|has\s+been)\s+)(?:an?\s+|the\s+)?"
            rf"(?:[\w-]+\s+){{0,4}}?{_JOB}\b",
            sentence,
            re.IGNORECASE,
        )
    )
