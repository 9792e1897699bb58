"""Pure reading of a question: its language, its keywords, and what time it asks about."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from index.corpus import guess_language
from index.gazetteer import EXACT, known_names
from index.glossary import english_words

STOPWORDS = set(
    """a an and are as at be been but by can could did do does for from had has have how i if in
    into is it its me more most my no not of on or our so than that the their them then there these
    they this those to was we were what when where which who whom whose why will with would you your
    about after all also any before between both each few further here just like many much now only
    other over own same should some such through under until up very via while tell say said says
    latest newest recent recently current currently nowadays news happened happen happening update updates know
    anything something everything did does doing done get got make made give gave""".split()
)  # fmt: skip
# Negated verbs written short ("why wasn't anybody willing…", "didn’t"), with either apostrophe: no topic of a question.
STOPWORDS |= {
    f"{verb}{apostrophe}t"
    for verb in "isn aren wasn weren don doesn didn hasn haven hadn can couldn won wouldn shouldn mustn".split()
    for apostrophe in "'’"
}

LATEST = re.compile(
    r"\b(latest|most recent|recent(ly)?|current(ly)?|newest|nowadays|right now|as of now|"
    r"this week|these days|so far|up to date|update|what'?s new|what is new|any news)\b"
    r"|останн|нещодавн|зараз|наразі|поточн|сьогодні|що нового|новин|"
    r"последн|недавн|сейчас|текущ|на данный момент|свеж|что нового|новост",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(20[0-3]\d)\b")
MONTHS = {
    1: r"jan(uary)?|січ\w*|январ\w*|янв",
    2: r"feb(ruary)?|лют\w*|феврал\w*|фев",
    3: r"mar(ch)?|берез\w*|март\w*",
    4: r"apr(il)?|квіт\w*|апрел\w*|апр",
    5: r"may|трав\w*|ма[йяе]",
    6: r"june?|черв\w*|июн\w*",
    7: r"july?|лип\w*|июл\w*",
    8: r"aug(ust)?|серп\w*|август\w*",
    9: r"sep(t|tember)?|верес\w*|сентябр\w*",
    10: r"oct(ober)?|жовт\w*|октябр\w*",
    11: r"nov(ember)?|листопад\w*|ноябр\w*",
    12: r"dec(ember)?|груд\w*|декабр\w*",
}
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_PATTERNS = {m: re.compile(rf"\b({p})\b", re.IGNORECASE) for m, p in MONTHS.items()}
ANY_MONTH = "|".join(MONTHS.values())  # English, Ukrainian and Russian
IS_MONTH = re.compile(ANY_MONTH, re.IGNORECASE)  # a word that is a month's name, with `fullmatch`
ANY_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"  # "16", "2nd", "16-17", "1–2"


def written_date(day: dt.date) -> str:
    """A day as a reply writes it: "June 4, 2026"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


def day_beside_month(month: str = ANY_MONTH, day: str = ANY_DAY) -> str:
    """A regular expression (as text) for a day written beside its month, either way round: "May 16",
    "16th of May", "16–17 травня"; any month and any day unless given."""
    return rf"\b(?:{month})\.?\s+{day}\b|\b{day}\s+(?:of\s+)?(?:{month})\b"


ANY_DAY_MENTION = re.compile(day_beside_month(), re.IGNORECASE)

# The months of each season (northern hemisphere; winter is the year's own December, January and
# February), and its names in English, Ukrainian and Russian.
SEASONS = {
    "spring": ((3, 4, 5), r"spring|навесні|весн\w*"),
    "summer": ((6, 7, 8), r"summer|влітку|літ[оа]|летом|лет[оа]"),
    "autumn": ((9, 10, 11), r"autumn|fall|восени|осін\w*|осен\w*"),
    "winter": ((12, 1, 2), r"winter|взимку|зим\w*"),
}
# A season right before its year: "in summer 2025", "the fall of 2022", "влітку 2025 року", "летом 2025".
SEASON = re.compile(
    rf"\b(?:{'|'.join(f'(?P<{name}>{names})' for name, (_, names) in SEASONS.items())})(?:\s+of)?\s+(?P<year>20[0-3]\d)\b",
    re.IGNORECASE,
)


# An article about a day is published on it or within a few days after it; a count on that day, in one
# published on it or the day after, when it does not name the day.
DAY_WINDOW = (0, 4)
COUNT_DAY_WINDOW = (0, 1)


@dataclass(frozen=True)
class Period:
    """A year, a month of a year, or a season of a year that a question names."""

    year: int
    month: int | None = None
    season: str | None = None  # a name in SEASONS
    day: int | None = None  # of the month, when the question names one: "on May 16, 2025"
    part: str | None = None  # of the month: "early", "mid" or "late" ("in early June 2022"), a key of PARTS

    @property
    def months(self) -> tuple[int, ...]:
        """The months it spans; none for a whole year."""
        if self.month:
            return (self.month,)
        return SEASONS[self.season][0] if self.season else ()

    @property
    def label(self) -> str:
        """'July 2025', 'summer 2025', or '2025' for a whole year."""
        if self.month:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        return f"{self.season} {self.year}" if self.season else str(self.year)

    @property
    def day_label(self) -> str:
        """'16 May 2025' when it names a day, else `label`."""
        return f"{self.day} {self.label}" if self.day and self.month else self.label

    def contains(self, iso_date: str | None) -> bool:
        if not iso_date:
            return False
        year, month = int(iso_date[:4]), int(iso_date[5:7])
        if self.part and self.month and year == self.year and month == self.month and len(iso_date) >= 10:
            first, last = PARTS[self.part]
            return first <= int(iso_date[8:10]) <= last
        return year == self.year and (not self.months or month in self.months)

    @cached_property
    def _day_mention(self) -> re.Pattern[str] | None:
        """The named day written out ("June 29", "29th of June", "29 червня"); None without a real day."""
        if self.date is None:
            return None
        return re.compile(day_beside_month(MONTHS[self.month], rf"{self.day}(?:st|nd|rd|th)?"), re.IGNORECASE)

    def named_in(self, sentence: str) -> bool:
        """Whether a sentence names the year, and the month when there is one ("September 2022")."""
        if str(self.year) not in sentence:
            return False
        return not self.month or MONTH_PATTERNS[self.month].search(sentence) is not None

    def names_other_day(self, sentence: str) -> bool:
        """Whether a sentence names a day of a month, but not the one the question names: "…500 prisoners in
        the June 7-8 swap" tells of another swap than the one on June 9. False when the question names no day."""
        if self._day_mention is None:
            return False
        return ANY_DAY_MENTION.search(sentence) is not None and not self._day_mention.search(sentence)

    @property
    def date(self) -> dt.date | None:
        """The day it names, if any and if the calendar has it ("February 30" has none)."""
        if not (self.month and self.day):
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def about_day(self, published: str | None, text: str, window: tuple[int, int] = DAY_WINDOW) -> bool:
        """Whether a passage is about the day the question names: published on it or in the few days
        after (`window`), or mentioning it. False when the question names no day."""
        day = self.date
        if day is None:
            return False
        low, high = window
        if published and low <= (dt.date.fromisoformat(published[:10]) - day).days <= high:
            return True
        return bool(self._day_mention.search(text))


@dataclass(frozen=True)
class QueryInfo:
    """What retrieval needs to know about a question besides its embedding."""

    text: str
    language: str
    keywords: tuple[str, ...]
    wants_latest: bool
    period: Period | None
    # English keywords for a Ukrainian or Russian question's topic words (index/glossary.py), searched
    # instead of its own words, which English passages never hold.
    translated: tuple[str, ...] = ()
    # The English stems of the names the gazetteer knows in a Ukrainian or Russian question ("dmitri" for
    # "Дмитриев"), searched as word beginnings: the glossary has only ordinary words.
    names: tuple[str, ...] = ()

    @property
    def fts_match(self) -> str:
        """An FTS5 MATCH expression: any keyword, each quoted so punctuation is harmless, or any name's
        beginning."""
        words = [f'"{word}"' for word in self.translated or self.keywords]
        names = [f'"{name}"' if name in EXACT else f'"{name}"*' for name in self.names]
        return " OR ".join([*words, *names])


# A day of the month beside its month: "May 16", "16th of May", "16 травня"; the first of a range ("7–8 червня").
DAY_BEFORE = re.compile(
    r"\b([0-3]?\d)(?:\s*[–-]\s*[0-3]?\d)?(?:st|nd|rd|th|-?го|-?е)?\s+(?:of\s+)?$", re.IGNORECASE
)
DAY_AFTER = re.compile(
    r"^\.?\s+([0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|per|thousand|million|billion|[,.]\d))", re.IGNORECASE
)


def _day_of(text: str, month: re.Match[str]) -> int | None:
    """The day of the month written beside `month`, if any."""
    found = DAY_BEFORE.search(text[: month.start()]) or DAY_AFTER.search(text[month.end() :])
    day = int(found.group(1)) if found else 0
    return day if 1 <= day <= 31 else None


# People and things the coverage names, as a paraphrase describes them: "the Kremlin leader" is Putin, "the
# WNBA star" Griner, "the cereal deal" the grain deal. A question's description adds the name's stems to the
# words its passages are matched on.
DESCRIBED = tuple(
    (re.compile(pattern, re.IGNORECASE), tuple(names.split()))
    for pattern, names in (
        (
            r"\b(?:kremlin|russian|russia['’]s)\s+(?:leader|chief|boss|strongman|head of state|president)\b",
            "putin",
        ),
        (
            r"\b(?:ukrainian|ukraine['’]s|kyiv['’]s)\s+(?:leader|president|head of state|counterpart)\b",
            "zelensky",
        ),
        (r"\b(?:wnba|basketball)\b", "griner"),
        (
            r"\b(?:(?:arms|weapons|gun) (?:dealer|trafficker|smuggler)|gun-?runner|merchant of death)\b",
            "bout",
        ),
        (r"\bchelsea\b", "abramovich"),
        (r"\bun (?:boss|chief|head|secretary[- ]general)\b", "guterres"),
        (r"\bturkish (?:leader|president|head of state)\b", "erdogan"),
        (r"\bt[üu]rkiye\b", "turkey"),
        (r"\bcereals?\b", "grain"),
        (r"\bpyongyang\b", "north korea"),
    )
)


def described(text: str) -> list[str]:
    """The words of the names a question's descriptions stand for (`DESCRIBED`)."""
    return list(dict.fromkeys(name for pattern, names in DESCRIBED if pattern.search(text) for name in names))


def keywords(text: str) -> tuple[str, ...]:
    words = re.findall(r"\w+", text.lower())
    kept = [w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return tuple(dict.fromkeys(kept))


# A year that starts a span running to now: "the latest figure for losses since February 2022".
SINCE = re.compile(r"\b(?:since|starting)\s+(?:[\w,]+\s+){0,4}$", re.IGNORECASE)


def starts_a_span(text: str) -> bool:
    """Whether the question's year starts a span that runs to now ("since February 2022")."""
    year = YEAR.search(text)
    return bool(year and SINCE.search(text[: year.start()]))


# A year that starts or ends a stretch ("since 2022", "until 2028", "after 2014") rather than saying when a
# thing happened; wider than `SINCE`, which reads only a span running to now.
SPAN_BOUND = re.compile(
    r"\b(?:since|from|after|before|until|till)\s+(?:\w+\s+){0,4}?(?:19|20)\d\d\b"
    # "How many HIMARS had the US given Ukraine by early Aug 2022?": as of then, told in a report before it.
    r"|\bby\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b"
    # "з березня 2022 року", "с марта 2022 года", "після 2014", "до конца 2025": a month in the genitive or a year
    # straight after the preposition, as "з" and "с" also mean "with" ("переговори з Росією у травні 2025").
    r"|(?<!\w)(?:з|із|зі|від|після|до|с|со|после|начиная\s+с)\s+(?:(?:початку|кінця|середини|начала|конца|середины)\s+)?"
    r"(?:(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля"
    r"|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def bounds_a_span(text: str) -> bool:
    """Whether a year the question names starts or ends a stretch of time, anywhere in it."""
    return SPAN_BOUND.search(text) is not None


# The part of a month a question names, and the days of it a report of it may be published on: reports of
# "early June" come out in its first half, of "late May" in its last fortnight.
PARTS = {"early": (1, 15), "mid": (8, 25), "late": (17, 31)}
_PART_BEFORE_MONTH = {
    "early": r"early|the\s+(?:start|beginning)\s+of|на\s+початку|до\s+початку|в\s+начале|к\s+началу",
    "mid": r"mid|the\s+middle\s+of|в\s+середині|в\s+середине",
    "late": r"late|the\s+end\s+of|наприкінці|в\s+кінці|в\s+конце",
}
PART_BEFORE_MONTH = re.compile(
    "|".join(rf"(?P<{part}>\b(?:{words})[\s-]+$)" for part, words in _PART_BEFORE_MONTH.items()),
    re.IGNORECASE,
)


def _part_of(before: str) -> str | None:
    """The part of a month named just before it ("in early June", "наприкінці травня"), if any."""
    match = PART_BEFORE_MONTH.search(before)
    return match.lastgroup if match else None


def find_period(text: str) -> Period | None:
    year = YEAR.search(text)
    if not year:
        return None
    months = [
        (abs(match.start() - year.start()), month, match)
        for month, pattern in MONTH_PATTERNS.items()
        for match in pattern.finditer(text)
        # "may" is a month only next to a year: "in May 2025", "May 16, 2025".
        if not (month == 5 and match.group().lower() == "may" and abs(match.start() - year.start()) > 12)
    ]
    if months:
        # The month nearest the year: "in October 2022 … the February 23 lines" is October.
        _, month, match = min(months, key=lambda found: found[0])
        day = _day_of(text, match)
        part = None if day else _part_of(text[: match.start()])
        return Period(int(year.group(1)), month, day=day, part=part)
    season = SEASON.search(text)
    if season and season.group("year") == year.group(1):
        return Period(int(year.group(1)), season=next(name for name in SEASONS if season.group(name)))
    return Period(int(year.group(1)))


def day_without_year(text: str) -> tuple[int, int] | None:
    """The month and day a question names when it names no year ("on June 4", "4 червня"): the one day it
    names, as (month, day); None when it names a year, no day, or more than one."""
    if YEAR.search(text):
        return None
    days = {
        (month, day)
        for month, pattern in MONTH_PATTERNS.items()
        for match in pattern.finditer(text)
        if (day := _day_of(text, match))
    }
    return days.pop() if len(days) == 1 else None


def analyse(question: str) -> QueryInfo:
    """Language, keywords and time intent of a question."""
    text = " ".join(question.split())
    language = guess_language(text)
    wants_latest = bool(LATEST.search(text))
    return QueryInfo(
        text=text,
        language=language,
        keywords=tuple(dict.fromkeys([*keywords(text), *(described(text) if language == "en" else ())])),
        wants_latest=wants_latest,
        # The latest since a year is the newest coverage, of any year; a count since one is of that year on.
        period=None if wants_latest and starts_a_span(text) else find_period(text),
        translated=english_words(text) if language in {"uk", "ru"} else (),
        names=_names_in(text, language) if language in {"uk", "ru"} else (),
    )


# A transliterated name's letters looked for: five begin too many other words ("Северная" → "sever", as "several"),
# all of them miss a spelling that differs at the end ("Шебекиному" → "shebekyn", not "Shebekino").
NAME_KEYWORD_LETTERS = 6
BEFORE_NAME = re.compile(r"\b([А-ЯІЇЄҐ][\w’'-]*)\s+(?=[А-ЯІЇЄҐ])")


def _names_in(text: str, language: str) -> tuple[str, ...]:
    """The names a Ukrainian or Russian question gives, in English spelling, for the keyword search: those the
    gazetteer knows, and the beginnings of the others, transliterated without their case endings ("Коваленко" →
    "kovale")."""
    from index.terms import NAME_PREFIX, foreign_names  # terms reads this module's word lists

    found = foreign_names(text, language, NAME_KEYWORD_LETTERS)
    # Not a given name or an adjective before another name ("Бриттни Грайнер", "Северная Корея"): "viktor" begins
    # every Viktor's name.
    before_names = set(BEFORE_NAME.findall(text))
    others = [
        name
        for name, known, word in found
        if not known and len(name) >= NAME_PREFIX and word not in before_names
    ]
    return tuple(dict.fromkeys([*known_names(text), *others]))
