"""A cause asked for ("What caused the fire at…", "Что стало причиной пожара…"), and whether the quote closest
to the question says it is not known.

Reports of a fire or a blast often end "The cause of the fire has not been disclosed." Quoted first, that
sentence is the coverage saying it cannot answer, and the question is declined, unless the quote tells a
cause of the thing the question names: "On June 2, a blast tore through the Zavolzhsky Motor Plant. Local
authorities said the cause was a tanker truck fire" answers for Zavolzhsky, not for the fire it follows.
When no quote tells any cause at all (`tells_a_cause`: "Rogozin was dismissed and replaced by Borisov"), or,
asked of a fire, a blast or a collapse (`asked_event`), none tells one in a sentence about it, the question is
declined too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from index.chunk import rough_sentences
from index.people import given_by
from index.query import IS_MONTH, STOPWORDS

CAUSE_ASKED = re.compile(
    r"\bwhat\s+(?:caused|sparked|triggered|started)\b"
    # "What did investigators ultimately conclude caused the fire…"
    r"|\bwhat\s+(?:do|does|did|have|has|had)\s+(?:[\w'’-]+\s+){1,4}?(?:conclude|say|determine|believe|find|think"
    r"|establish|suspect|claim)\s+(?:had\s+|has\s+|may\s+have\s+)?(?:caused|sparked|triggered|started)\b"
    r"|\bwhat\s+(?:was|is|were)\s+the\s+(?:likely\s+|official\s+|exact\s+)?causes?\s+of\b"
    r"|\b(?:що|что)\s+(?:стало\s+причин\w*|спричинил\w*|вызвал\w*)"
    r"|\b(?:якою|яка|какова|какой)\s+(?:була\s+|была\s+)?причин\w*",
    re.IGNORECASE,
)
_TOLD_VERBS = (
    r"(?:clear|known|disclosed|established|determined|identified|confirmed|given|reported|specified|revealed)"
)
# A cause said to be unknown: "The cause of the fire has not been disclosed", "It was not immediately clear
# what caused the blast"; a comma ends the reach ("…the cause of the collapse, and the damage was not clear").
UNKNOWN_CAUSE = re.compile(
    rf"\bcauses?\b[^.;,]{{0,40}}?\b(?:(?:was|is|has|have|had|remains?|remained)\s+(?:still\s+)?(?:not|yet\s+to\s+be)"
    rf"\s+(?:immediately\s+|yet\s+|been\s+)*{_TOLD_VERBS}|(?:remains?|remained|was|is)\s+(?:unclear|unknown"
    r"|under\s+investigation|being\s+investigated))"
    r"|\b(?:not|n't)\s+(?:immediately\s+)?(?:clear|known)\s+what\s+(?:caused|sparked|triggered|started)\b"
    r"|\b(?:unclear|unknown)\s+what\s+(?:caused|sparked|triggered|started)\b"
    r"|\b(?:unknown|unexplained|undisclosed)\s+(?:cause|causes)\b",
    re.IGNORECASE,
)
# A cause told: "caused by", "due to", "the cause was a tanker truck fire", "after a drone attack".
TOLD_CAUSE = re.compile(
    r"\b(?:caused\s+by|due\s+to|because\s+of|as\s+a\s+result\s+of|sparked\s+by|triggered\s+by|resulted\s+from"
    r"|blamed\s+(?:on|for)|the\s+cause\s+(?:was|is)\s+(?!not\b|unclear|unknown|still|yet|under)"
    r"|after\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:drone|missile|strike|attack|explosion|blast)s?)\b",
    re.IGNORECASE,
)
CAUSE_UNKNOWN = "The coverage I have doesn't answer that: the article closest to the question says the cause is not known."
_NAME = re.compile(r"\b[A-Z][\w’'-]+")


def named_in(question: str, language: str) -> Callable[[str], bool]:
    """Whether a capitalised word of a passage is a name the question gives: in English, one the question
    capitalises past its first word ("Zavolzhsky", not "plant"); in Ukrainian or Russian, one of its names in
    English spelling (`given_by`)."""
    if language != "en":
        return given_by(question, language)
    names = {match.group().lower() for match in _NAME.finditer(question) if match.start() > 0}
    return lambda word: word.lower() in names


def asks_cause(question: str) -> bool:
    """Whether a question asks what caused something."""
    return CAUSE_ASKED.search(question) is not None


def says_cause_unknown(text: str, in_question: Callable[[str], bool]) -> bool:
    """Whether a quote says the cause is not known and tells no cause of what the question names: a sentence
    telling a cause counts when it, or the sentence before it, holds a name `in_question` counts as the
    question's (see `named_in`; a month is no name)."""
    sentences = rough_sentences(text)
    if not any(UNKNOWN_CAUSE.search(sentence) for sentence in sentences):
        return False
    for i, sentence in enumerate(sentences):
        if TOLD_CAUSE.search(sentence) and not UNKNOWN_CAUSE.search(sentence):
            nearby = sentences[max(0, i - 1) : i + 1]
            if any(_names_given(s, in_question) for s in nearby):
                return False
    return True


# Any cause told, in the words news uses for one: the told causes above, or "died of…", "attributed the crash
# to…", "…caused a fire".
ANY_CAUSE = re.compile(
    TOLD_CAUSE.pattern
    + r"|\b(?:died|dies|death)\s+(?:of|from)\b|\battribut\w*\b[^.;]{0,80}?\bto\b|\bcaus\w*|\bbecause\b"
    r"|\bresult(?:ed|s)?\s+(?:of|from)\b|\bresult(?:ed|ing)\s+in\b|\ba\s+consequence\s+of\b|\bled\s+to\b"
    r"|\bblam\w*|\barson\w*"
    r"|\bset(?:ting|s)?\s+(?:[\w’'-]+\s+){0,3}?(?:on\s+fire|alight|ablaze)\b",  # "…setting their home on fire"
    re.IGNORECASE,
)


# What a cause is asked of, by the words a passage tells of it with: "the deadly fire" is told of as a fire, a
# blaze or flames; "что стало причиной взрыва" as an explosion or a blast.
EVENTS = (
    ("fire", "fires", "blaze", "blazes", "flames", "burning", "burned", "burnt", "пожеж", "пожар"),
    ("explosion", "explosions", "blast", "blasts", "detonation", "exploded", "вибух", "взрыв"),
    ("crash", "crashes", "crashed", "collision", "катастроф", "авари"),
    ("collapse", "collapsed", "fell", "fall", "обвал", "обруш"),
    ("outage", "outages", "blackout", "blackouts", "знеструм", "отключени"),
    ("derailment", "derailed"),
    ("flood", "floods", "flooding", "повін", "наводнени"),
)
INCIDENT = ("incident", "incidents", "accident", "accidents")
_ENGLISH_EVENT = re.compile(r"[a-z]+")
# Each group's English words, and its Ukrainian and Russian stems.
_EVENT_FORMS = [
    (
        tuple(w for w in group if _ENGLISH_EVENT.fullmatch(w)),
        tuple(w for w in group if not _ENGLISH_EVENT.fullmatch(w)),
    )
    for group in EVENTS
]


def asked_event(question: str) -> tuple[str, ...] | None:
    """The words that tell of what a cause is asked of, when the question names a fire, a blast, a crash, a
    collapse, an outage, a derailment or a flood after asking (`EVENTS`); None for anything else."""
    match = CAUSE_ASKED.search(question)
    if not match:
        return None
    for word in re.findall(r"[^\W\d_]+", question[match.start() :].lower()):
        for english, stems in _EVENT_FORMS:
            if word in english or word.startswith(stems):  # Ukrainian and Russian: by stem
                return english
    return None


def tells_a_cause(texts: Iterable[str], event: tuple[str, ...] | None = None) -> bool:
    """Whether any of the quotes tells a cause of anything (`ANY_CAUSE`), or, given the words for what the cause
    is asked of (`asked_event`), in a sentence holding one or right after one: "The plant's license was suspended
    due to the change of ownership" tells no cause of the fire it follows."""
    if event is None:
        return any(ANY_CAUSE.search(text) for text in texts)
    # Or as what happened: "the accident was a consequence of many years of inaction".
    telling = re.compile(rf"\b(?:{'|'.join((*event, *INCIDENT))})\b", re.IGNORECASE)
    for text in texts:
        sentences = rough_sentences(text)
        for i, sentence in enumerate(sentences):
            if ANY_CAUSE.search(sentence) and any(
                telling.search(s) for s in sentences[max(0, i - 1) : i + 1]
            ):
                return True
    return False


def _names_given(sentence: str, in_question: Callable[[str], bool]) -> bool:
    """Whether a sentence holds a capitalised word that the question gives, other than a common word ("The")
    or a month."""
    words = [match.group().rstrip("’'") for match in _NAME.finditer(sentence)]
    return any(
        in_question(word) for word in words if word.lower() not in STOPWORDS and not IS_MONTH.fullmatch(word)
    )
