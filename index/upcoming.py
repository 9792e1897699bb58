"""Pure checks: does the coverage tell of the event a question asks about only before it happened?

"What came out of the Trump–Zelensky meeting at the G7 summit in Kananaskis?" sits close in meaning to "The
summit is scheduled to take place from June 15 to 17 in Kananaskis", published on June 6, and no article
naming Kananaskis is from June 15 or later. A question asking what came of an event, or what was said, agreed
or decided at it, is not answered by a preview of it: the coverage ends before the event. Nor is one that
names the event's day itself ("…at the Hague summit on June 24-25, 2025?") when every article naming it is
older. English questions, and Ukrainian or Russian ones that ask what came of an event ("в итоге", "що
вирішили"); the passages are English whatever the question's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from index.chunk import rough_sentences
from index.query import MONTH_NAMES, written_date

# "What came out of…", "What happened at…", "What was agreed…", "What was the outcome of…", "What did NATO
# leaders say … in the final declaration…", "What did the final communique of the … summit say…": what came of
# an event, asked after it.
OUTCOME_ASKED = re.compile(
    r"\bwhat\s+(?:came\s+(?:out\s+)?of|happened\s+(?:at|during|in)"
    r"|(?:was|were)\s+(?:agreed|decided|signed|announced|achieved|settled)"
    r"|(?:was|were)\s+the\s+(?:\w+\s+)?(?:outcomes?|results?|upshot|conclusions?)\s+of)\b"
    r"|\bwhat\s+(?:[\w-]+\s+){0,3}?did\s+[^?]{1,80}?\s+(?:say|agree|decide|announce|sign|pledge|declare|conclude"
    r"|adopt|approve|endorse)\b[^?]*"
    r"\b(?:at|in|during)\s+(?:the|their|its|his|her)\s+[^?]*\b(?:summit|meeting|talks|declaration|communiqu[eé]"
    r"|conference|session|round|hearing|forum|speech|address|congress|assembly|rally|ceremony|parade|debate)\b"
    # "What did the final communique of the NATO summit in The Hague say about Ukraine?"
    r"|\bwhat\s+(?:did|does)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:communiqu[eé]|declaration"
    r"|joint\s+statement|final\s+statement|resolution)\s+(?:of|from|at|after|issued\s+(?:at|after))\s+[^?]*?"
    r"\b(?:summit|meeting|talks|conference|session|round)\b[^?]*?\s+(?:say|state|contain|include|commit|pledge)\b"
    # "…в итоге утвердили лидеры НАТО на саммите в Гааге", "Що вирішили на саміті…", "Чем закончились переговоры…"
    r"|\b(?:в\s+итоге|в\s+підсумку|зрештою|в\s+конце\s+концов|по\s+итогам|за\s+підсумками)\b"
    r"|\b(?:що|что)\s+(?:\w+\s+)?(?:вирішили|погодили|ухвалили|затвердили|підписали|домовилися|решили|согласовали"
    r"|утвердили|подписали|договорились|договорилися)\b"
    r"|\b(?:чим|чем)\s+(?:закінчил|заверш|закончил)\w*",
    re.IGNORECASE,
)
_MONTH = "|".join(MONTH_NAMES)
# A day beside its month, either way round, a range's first day: "June 15 to 17", "24-25 June".
DAY = re.compile(
    rf"\b(?P<m1>{_MONTH})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)"
    rf"|\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)"
)

# A day the question names, a range's first day, with its year if written: "at the Hague summit on June 24-25,
# 2025", "on 15 June".
ASKED_DAY = re.compile(
    rf"\b(?P<m1>{_MONTH})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?\b"
    r"(?:\s*,?\s*(?P<y1>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b"
    r"(?:\s*,?\s*(?P<y2>(?:19|20)\d\d)\b)?"
)


def asks_what_came_of(question: str) -> bool:
    """Whether a question asks what came of an event, or what was said or agreed at it."""
    return OUTCOME_ASKED.search(question) is not None


def days_ahead(text: str, published: str | None, word: str) -> list[date]:
    """The days after `published` (an ISO date) that a sentence of `text` naming `word` gives, dated in the
    passage's own year: "The summit is scheduled to take place from June 15 to 17 in Kananaskis" of June 6.
    A day written with a year is left out, as is one whose year cannot be told."""
    if not published:
        return []
    try:
        day_published = date.fromisoformat(published[:10])
    except ValueError:
        return []
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    found = []
    for sentence in rough_sentences(text):
        if not pattern.search(sentence):
            continue
        for match in DAY.finditer(sentence):
            month = MONTH_NAMES.index(match.group("m1") or match.group("m2")) + 1
            try:
                day = date(day_published.year, month, int(match.group("d1") or match.group("d2")))
            except ValueError:
                continue
            if day > day_published:
                found.append(day)
    return found


def told_only_ahead(
    word: str, passages: Iterable[tuple[str, str | None]], latest_naming: Callable[[str], str | None]
) -> date | None:
    """The day of the event named by `word` when the coverage tells of it only ahead: a sentence of one of
    the close `passages` (text, published date) naming it gives a later day, and the newest article naming
    it (`latest_naming(word)`, an ISO date, looked up only then) is from before that day. None otherwise."""
    ahead = [day for text, published in passages for day in days_ahead(text, published, word)]
    if not ahead or not (latest := latest_naming(word)):
        return None
    first = min(ahead)
    return first if latest[:10] < first.isoformat() else None


def upcoming_reason(word: str, day: date) -> str:
    """The refusal for a question about an event the coverage tells of only ahead of `day`."""
    return (
        f"The coverage I have doesn't answer that: it tells of {word} only ahead of "
        f"{written_date(day)}, and no article from that day on mentions it."
    )


def asked_day(question: str, year: int) -> date | None:
    """The first day a question names, in its written year or else in `year`: "at the Hague summit on June
    24-25, 2025" names June 24, 2025. None when it names none."""
    match = ASKED_DAY.search(question)
    if match is None:
        return None
    month = MONTH_NAMES.index(match.group("m1") or match.group("m2")) + 1
    written = match.group("y1") or match.group("y2")
    try:
        return date(int(written) if written else year, month, int(match.group("d1") or match.group("d2")))
    except ValueError:
        return None


def asked_after_coverage(question: str, word: str, latest_naming: Callable[[str], str | None]) -> date | None:
    """The day a question names for the event named by `word` when the newest article naming it
    (`latest_naming(word)`, an ISO date, looked up only when the question names a day) is from before that
    day; a day written without a year is read in that article's year. None otherwise."""
    if not ASKED_DAY.search(question) or not (latest := latest_naming(word)):
        return None
    try:
        newest = date.fromisoformat(latest[:10])
    except ValueError:
        return None
    day = asked_day(question, newest.year)
    return day if day is not None and newest < day else None


def after_coverage_reason(word: str, day: date | str) -> str:
    """The refusal for a question naming a day (or a month, written: "October 2025") of an event later than
    every article that mentions it."""
    when = written_date(day) if isinstance(day, date) else day
    return f"The coverage I have doesn't answer that: no article mentioning “{word}” is from {when} or later."
