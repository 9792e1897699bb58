"""Pure checks behind abstention: does the evidence at the top support what the question names?

A question can be close to the coverage in meaning and still ask about something it does not hold:
a year after the newest article ("the treaty signed in 2027"), another conflict's month ("the July
2025 ceasefire between Thailand and Cambodia"). These checks read the passages ranked first.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence

from index.query import MONTH_NAMES, MONTH_PATTERNS, SEASON, SEASONS, Period, day_beside_month, written_date
from index.store import PassageRecord

# Wider than the ranking's years: "the 1998 Good Friday Agreement" names a time too.
ANY_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
LAST_YEAR = re.compile(r"\b(?:last|the\s+previous)\s+year\b", re.IGNORECASE)


def decline_reason(missing: str | None, mention_only: bool = False, among: str | None = None) -> str | None:
    """The fixed sentence that tells a reader why a question was declined: what it names that the
    closest articles lack (`among`: the closest articles that mention this do)."""
    if not missing:
        return None
    lack = f"mentions {missing}" if mention_only else f"is from {missing} or mentions it"
    which = f" that mention {among}" if among else ""
    return f"The coverage I have doesn't answer that: none of the articles closest to the question{which} {lack}."


def unsupported_years(question: str, passages: Sequence[PassageRecord]) -> list[str]:
    """Years the question names that no passage is dated in or mentions (a passage of 2025 saying "last
    year" mentions 2024), then the centuries it names ("the 18th century") that no passage is dated in or
    mentions, by name or by one of its years."""
    dated = {p.published[:4] for p in passages if p.published}
    dated |= {
        str(int(p.published[:4]) - 1)
        for p in passages
        if p.published and p.published[:4].isdigit() and LAST_YEAR.search(p.text)
    }
    years = [
        year
        for year in dict.fromkeys(ANY_YEAR.findall(question))
        if year not in dated and not any(year in p.text for p in passages)
    ]
    return years + [
        f"the {number}{suffix} century"
        for number, suffix in dict.fromkeys(CENTURY.findall(question))
        if not _holds_century(int(number), passages)
    ]


# A question on what happened, not on what is planned, expected or set as a target: "Where did Russia and
# Ukraine sign their final peace treaty in 2027?" A year after the coverage's newest cannot be reported in it,
# though an article may name it ahead ("growth through 2028 in the budget forecast").
PAST_EVENT = re.compile(r"\b(?:did|was|were|had)\b", re.IGNORECASE)
NOT_PAST = re.compile(
    r"\b(?:will|would|shall|going\s+to|plan\w*|expect\w*|due|scheduled|forecast\w*|project\w*|predict\w*|set\s+to"
    r"|until|by|through|before|target\w*|goals?|aims?|deadlines?|pledg\w*|promis\w*|commit\w*)\b",
    re.IGNORECASE,
)


# What will have happened by then is an outcome too: "Will Russia and Ukraine have signed a final peace treaty by
# the end of 2027?"
WILL_HAVE_DONE = re.compile(
    r"\bwill\s+(?:[\w’'-]+\s+){0,6}?have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b", re.IGNORECASE
)


def years_after_coverage(question: str, newest: str | None) -> list[str]:
    """Years a question on what happened, or will have happened, names that come after the year of the
    coverage's newest article (`newest`, an ISO date); none for a question on what is planned or expected."""
    if not newest or not newest[:4].isdigit():
        return []
    if not _asks_what_happened(question):
        return []
    return [year for year in dict.fromkeys(ANY_YEAR.findall(question)) if int(year) > int(newest[:4])]


def _asks_what_happened(question: str) -> bool:
    """Whether a question asks what happened, or will have happened, not what is planned or expected."""
    return WILL_HAVE_DONE.search(question) is not None or (
        PAST_EVENT.search(question) is not None and NOT_PAST.search(question) is None
    )


# A month of a year: "in October 2025", "October of 2025".
MONTH_OF_YEAR = re.compile(rf"\b({'|'.join(MONTH_NAMES)})\s+(?:of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


def month_after_coverage(question: str, latest_naming: Callable[[], str | None]) -> str | None:
    """The month of a year ("October 2025") that a question on what happened names when it begins after the
    newest article naming what the question is about (`latest_naming()`, an ISO date, looked up only then):
    "Did ANO win the Czech election in October 2025?" when no article naming the Czechs is from October 2025
    or later. None otherwise."""
    months = [
        (dt.date(int(year), MONTH_NAMES.index(month.capitalize()) + 1, 1), f"{month.capitalize()} {year}")
        for month, year in MONTH_OF_YEAR.findall(question)
    ]
    if not months or not _asks_what_happened(question) or not (latest := latest_naming()):
        return None
    first, label = min(months)
    return label if latest[:10] < first.isoformat() else None


def after_coverage_year_reason(year: str, newest: str) -> str:
    """The refusal for a question on what happened in a year after the coverage's newest article."""
    try:
        written = written_date(dt.date.fromisoformat(newest[:10]))
    except ValueError:
        written = newest[:4]
    return f"The coverage I have doesn't answer that: its newest article is from {written}, before {year}."


CENTURY = re.compile(r"\b(1\d|2[01]|[1-9])(st|nd|rd|th)[\s-]+century\b", re.IGNORECASE)


def _holds_century(number: int, passages: Sequence[PassageRecord]) -> bool:
    """Whether a passage is dated in the century or mentions it, or one of its years ("1783")."""
    named = re.compile(rf"\b{number}(?:st|nd|rd|th)[\s-]+century\b", re.IGNORECASE)
    in_it = re.compile(rf"\b{number - 1}\d\d\b") if number >= 11 else None
    return any(
        (p.published and p.published[:2] == str(number - 1))
        or named.search(p.text)
        or (in_it is not None and in_it.search(p.text))
        for p in passages
    )


# Numbers a question names as part of what it asks about ("the six points of the 2008 plan", "the 14-member
# delegation", "the third round"): a passage about that thing names the same number. Not years
# (`unsupported_years`), days of a month ("June 2", "13 октября") or times of day; "one", "two", "first" and
# "second" are left out, as in "the two leaders" or "the first talks in three years".
_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
)
_ORDINALS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()
_NUMBER_WORDS = {word: str(value) for value, word in enumerate(_CARDINALS)} | {
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip
_ORDINAL_WORDS = {word: f"#{value}" for value, word in enumerate(_ORDINALS)}
# An ordinal from the third on, in words or figures ("fifth", "18th"), as a regular expression (text).
ORDINAL = rf"(?:{'|'.join(_ORDINALS[3:])}|\d+(?:st|nd|rd|th))"
# Ukrainian and Russian ordinals from the third to the tenth, in all their forms but the cardinal's
# ("пять", "восьми"); a question in either language names them, the English passages hold the English.
CYRILLIC_ORDINALS = {
    3: r"трет(?:і\w*|ий|ья|ье\w*|ьо\w*|ьей|ьем|ью|я|є)",
    4: r"четв[её]рт\w*",
    5: r"п[’'ʼ]?ят(?:ий|ый|ого|ому|ом|им|ым|ая|ой|ую|ое|а|у|е|ої|ій)",
    6: r"шост\w*|шест(?:ой|ого|ому|ом|ым|ая|ую|ое)",
    7: r"сьом\w*|седьм\w*",
    8: r"восьм(?:ий|ой|ого|ому|ом|им|ым|ая|ую|ое|а|у|е|ої|ій)",
    9: r"дев[’'ʼ]?ят(?:ий|ый|ого|ому|ом|им|ым|ая|ой|ую|ое|а|у|е|ої|ій)",
    10: r"десят(?:ий|ый|ого|ому|ом|им|ым|ая|ой|ую|ое|а|у|е|ої|ій)",
}
_CYRILLIC_ORDINAL = re.compile(
    "|".join(rf"(?P<o{value}>\b(?:{pattern})\b)" for value, pattern in CYRILLIC_ORDINALS.items()),
    re.IGNORECASE,
)
_COUNTING_WORDS = "|".join([word for word, value in _NUMBER_WORDS.items() if int(value) >= 3] + _ORDINALS[3:])
NAMED_NUMBER = re.compile(
    r"(?<![\w.,:/-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th|-[а-яіїє]{1,3})?(?![\w,:/]|\.\d)"
    rf"|\b(?:{_COUNTING_WORDS})\b",
    re.IGNORECASE,
)
# "The third man sentenced alongside…" picks someone out of a group; reports name him, not his place in it.
_PERSON_NOUNS = r"(?:man|men|woman|women|person|people|prisoner|suspect|defendant|foreigner|national|citizen)"
# A span counted back from now or on from a start ("in the first five months of 2025", "over the past three
# weeks") is a period, which reports name their own way ("since January").
_SPAN = rf"\b(?:first|past|last|previous|next)\s+(?:\d+|{'|'.join(_CARDINALS[3:])})\s+(?:days|weeks|months|years)\b"
# A long stretch told as a duration ("revived after 20 years of going nowhere", "for three decades") is a rough
# length of time, which reports tell by its start ("first mooted in 2002").
_LONG_SPAN = rf"\b(?:after|for|over|nearly|almost|some|about)\s+(?:\d+|{'|'.join(_CARDINALS[3:])})\s+(?:years|decades)\b"
_NOT_NAMED = re.compile(
    rf"\b{ORDINAL}\s+{_PERSON_NOUNS}\b|{_SPAN}|{_LONG_SPAN}"
    rf"|{day_beside_month()}"
    r"|\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m)\b|\b(?:1[89]\d\d|20\d\d)s?\b",
    re.IGNORECASE,
)
_NUMBER_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[a-z]+", re.IGNORECASE)


def number_value(token: str) -> str | None:
    """A number as digits without separators ("1,000" -> "1000", "six" -> "6"), an ordinal as "#" and
    its digits ("third", "3rd" and "3-й" -> "#3"); None for other words."""
    if token[0].isdigit():
        digits = token.lower()
        if digits.endswith(("st", "nd", "rd", "th")):
            return "#" + digits[:-2].replace(",", "")
        if "-" in digits:  # a Ukrainian or Russian ordinal: "17-й пакет", "10-го раунду"
            return "#" + digits.partition("-")[0].replace(",", "")
        return digits.replace(",", "")
    return _NUMBER_WORDS.get(token.lower()) or _ORDINAL_WORDS.get(token.lower())


# A scale after a number: "200 тисяч" is 200,000, as a passage writes it ("Hr 200,000").
SCALE = re.compile(
    r"^\s+(thousand|тисяч[аі]?|тысяч[аи]?|million|мільйон\w*|миллион\w*|billion|мільярд\w*|миллиард\w*)\b",
    re.IGNORECASE,
)
SCALES = {"th": 1_000, "ти": 1_000, "ты": 1_000, "mi": 1_000_000, "мі": 1_000_000, "ми": 1_000_000}


def _scaled(value: str, after: str) -> str:
    """`value` times the scale word that follows it in `after`, if any ("200" before " тисяч" -> "200000")."""
    scale = SCALE.match(after)
    if not scale or not value.isdigit():
        return value
    factor = SCALES.get(scale.group(1)[:2].lower(), 1_000_000_000)
    return str(int(value) * factor)


def named_numbers(question: str) -> dict[str, str]:
    """The numbers a question names, by value (`number_value`, times a scale word after it), each as the
    question writes it."""
    text = _NOT_NAMED.sub(" ", question)
    wanted = {
        _scaled(value, text[match.end() :]): match.group(0)
        for match in NAMED_NUMBER.finditer(text)
        if (value := number_value(match.group(0)))
    }
    for match in _CYRILLIC_ORDINAL.finditer(text):
        wanted.setdefault("#" + match.lastgroup[1:], match.group(0))  # group "o3" -> "#3"
    return {value: shown for value, shown in wanted.items() if value.lstrip("#") not in {"0", "1", "2"}}


# A number of weeks, which holds the days it makes: "a week" holds "seven days".
WEEKS = re.compile(r"\b(a|one|two|three|four|\d+)\s+weeks?\b", re.IGNORECASE)


ROUND_NUMBERS = {"hundred": "100", "thousand": "1000"}
ROUND_NUMBER = re.compile(r"\b(hundred|thousand)\b", re.IGNORECASE)


def unsupported_numbers(question: str, passages: Sequence[PassageRecord]) -> list[str]:
    """Numbers the question names ("the six points", "a 14-member delegation", "the third round") that no
    passage (nor its article's title) holds, in figures or in words ("six" or "6", "third" or "3rd")."""
    wanted = named_numbers(question)
    if not wanted:
        return []
    held: set[str] = set()
    days_in_weeks: set[str] = set()  # "to live for a week in his house" holds the question's "seven days"
    for p in passages:
        # And its article's title: "what we know on day 94 of the invasion" holds "day 94".
        for text in (p.text, p.title or ""):
            for match in _NUMBER_TOKEN.finditer(text):
                if value := number_value(match.group(0)):
                    held.update((value, _scaled(value, text[match.end() :])))
        # "per thousand cubic meters" holds the question's "per 1,000 cubic metres".
        held.update(ROUND_NUMBERS[word.lower()] for word in ROUND_NUMBER.findall(p.text))
        for match in WEEKS.finditer(p.text):
            weeks = "1" if match.group(1).lower() in ("a", "one") else number_value(match.group(1))
            if weeks and weeks.isdigit():
                days_in_weeks.add(str(int(weeks) * 7))
    return [
        shown
        for value, shown in wanted.items()
        if value not in held
        and not (value in days_in_weeks and re.search(rf"\b{re.escape(shown)}\s+days\b", question))
    ]


# A thing counted in a series by an ordinal, from the third on (in figures too, but not "the 2nd phase"): "the
# third round of the Istanbul negotiations", "the EU's 18th sanctions package". A passage holding the ordinal
# elsewhere ("for the third time") or another round ("the second round") does not tell of it; one naming the
# ordinal beside the same thing ("the 17th package of sanctions", "round three") does.
SERIES_THINGS = (
    "round|summit|meeting|package|exchange|swap|phase|stage|session|wave|tranche|batch|convoy|sitting"
)
ORDINAL_THING = re.compile(
    rf"\b(?P<ordinal>{ORDINAL})\s+(?:[\w-]+\s+){{0,2}}?(?P<thing>{SERIES_THINGS})s?\b", re.IGNORECASE
)


# A thing in a series told of by another word: "the 11th prisoner swap" is the 11th exchange.
SAME_IN_SERIES = {"exchange": "exchange|swap", "swap": "swap|exchange", "session": "session|sitting"}


def _names_in_series(value: str, thing: str, text: str) -> bool:
    """Whether a text names the thing with that ordinal (`value`, as `number_value` gives it: "#3"), its
    ordinal up to three words before it ("third round", "17th package of sanctions" counts as "package") or
    its number just after ("round three", "round 3")."""
    thing = f"(?:{SAME_IN_SERIES.get(thing, thing)})"
    before = re.compile(rf"\b({ORDINAL})\s+(?:[\w-]+\s+){{0,3}}?{thing}s?\b", re.IGNORECASE)
    if any(number_value(match.group(1)) == value for match in before.finditer(text)):
        return True
    after = re.compile(rf"\b{thing}\s+(?:no\.?\s+|number\s+)?(\w+)\b", re.IGNORECASE)
    return any(number_value(match.group(1)) in (value, value.lstrip("#")) for match in after.finditer(text))


def unnamed_in_series(question: str, passages: Sequence[PassageRecord]) -> list[str]:
    """The things an English question counts in a series ("the third round") that no passage names with the
    same ordinal (`_names_in_series`), each as the question writes it."""
    return [
        match.group(0)
        for match in ORDINAL_THING.finditer(QUOTATION.sub(" ", question))
        if (value := number_value(match.group("ordinal")) or "") not in ("#1", "#2")  # "the 2nd phase"
        and not any(_names_in_series(value, match.group("thing").lower(), p.text) for p in passages)
    ]


def unsupported_month(period: Period | None, passages: Sequence[PassageRecord]) -> bool:
    """True when the question names a month (or a season) of a year and no passage is from it or
    mentions it (or one of the season's months, or the season of that year: "in the fall of 2022")."""
    if period is None or not period.months:
        return False
    patterns = [MONTH_PATTERNS[month] for month in period.months]
    return not any(
        period.contains(p.published)
        or any(_names_month(pattern, p.text, period.year) for pattern in patterns)
        or _names_season(period, p.text)
        or _names_season_ahead(period, p)
        for p in passages
    )


# A year written after a month, past its day if any: "December 2019", "December 5, 2019", "грудня 2019".
YEAR_AFTER_MONTH = re.compile(r"\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:of\s+)?(1[89]\d\d|20\d\d)\b")


def _names_month(pattern: re.Pattern[str], text: str, year: int) -> bool:
    """Whether a text names the month (`pattern`), with no year or with the year asked: "in December 2019"
    is no mention of December 2025."""
    for match in pattern.finditer(text):
        written = YEAR_AFTER_MONTH.match(text, match.end())
        if not written or int(written.group(1)) == year:
            return True
    return False


def _names_season(period: Period, text: str) -> bool:
    """Whether a text names the period's season of its year ("the fall of 2022" for autumn 2022)."""
    return period.season is not None and any(
        match.group(period.season) and match.group("year") == str(period.year)
        for match in SEASON.finditer(text)
    )


def _names_season_ahead(period: Period, passage: PassageRecord) -> bool:
    """Whether a passage from the period's year, before its season ends, names the season with no year: an
    article of August 2022 forecasting bills "in the fall" tells of autumn 2022 ("the fall of Mariupol" is
    none)."""
    if period.season is None or passage.published[:4] != str(period.year):
        return False
    months = SEASONS[period.season][0]
    if period.season != "winter" and int(passage.published[5:7]) > months[-1]:
        return False
    ahead = re.compile(
        rf"\b(?:in|this|come|by|until|through)\s+(?:the\s+)?(?:{SEASONS[period.season][1]})\b(?!\s+(?:of|in)\b)",
        re.IGNORECASE,
    )
    return ahead.search(passage.text) is not None


def unsupported_day(period: Period | None, passages: Sequence[PassageRecord]) -> bool:
    """True when the question names a day ("on the night of June 29, 2025") and no passage is from
    around it or mentions it ("June 29", "29 June"): see `Period.about_day`."""
    if period is None or period.date is None:
        return False
    return not any(period.about_day(p.published, p.text) for p in passages)


# A question asking for advice rather than news: where to buy or stay, the best place to eat, how do I…
ADVICE = re.compile(
    r"\b(?:best|cheapest|nicest|good)\s+(?:places?|spots?|restaurants?|hotels?|cafes?|shops?|way)\s+to\s+"
    r"(?:buy|eat|stay|visit|get|find|see|drink|shop)\b"
    r"|\bwhere\s+(?:can|could|should|do|would)\s+(?:i|we|you|one)\s+(?:buy|eat|stay|get|find|park|shop|go)\b"
    r"|\bhow\s+(?:do|can|could|should)\s+i\b"
    # "cheapest flights from warsaw to lviv next week": a fare or a room to book.
    r"|^\W*(?:(?:find|book|get|search|any|show)\s+(?:me\s+)?)?(?:the\s+)?(?:cheapest|cheap|cheaper|budget|last-minute)\s+"
    r"(?:flights?|fares?|tickets?|hotels?|rooms?|rentals?)\b"
    # "What's the best laptop for video editing?": the best thing to buy, not "the best way to end the war".
    r"|\b(?:what(?:'s|’s|\s+is|\s+are)|which(?:\s+is|\s+are)?)\s+the\s+best\s+"
    r"(?!(?:way|ways|option|options|outcome|outcomes|deal|chance|chances|hope|solution|path|case|guarantee|answer"
    r"|estimate|estimates|prospect|prospects|bet|scenario|strategy|approach|time|moment|route|response|guess"
    r"|evidence|example|candidate|candidates)\b)"
    r"[\w-]+(?:\s+[\w-]+)?\s+(?:for|under|to\s+buy)\b"
    r"|\b(?:should|shall)\s+i\b|\b(?:can|could)\s+you\s+recommend\b"
    # "best vpn to watch russian tv from the US?": a thing to pick, typed without "what's".
    r"|^\W*(?:the\s+)?(?:best|good|cheapest|top)\s+(?!ways?\b)[\w-]+(?:\s+[\w-]+)?\s+(?:to|for)\s+"
    r"(?:watch|watching|buy|buying|use|using|stream|streaming|download|learn|learning|read|play|get)\b"
    # "is it a good idea to buy russian stocks now": a choice of the asker's.
    r"|\bis\s+(?:it|now)\s+(?:a\s+)?(?:good|bad|smart|wise|right)\s+(?:idea|time|moment)\s+to\s+"
    r"(?:buy|sell|invest|travel|go|visit|move|book)\b"
    # "Is it safe to travel to Odesa this summer?": a traveller's safety, which no report vouches for.
    r"|\bis\s+it\s+(?:still\s+|now\s+)?safe\s+(?:(?:rn|now|right\s+now|currently)\s+)?(?:to|for\s+\w+\s+to)\s+"
    r"(?:travel|go|visit|fly|drive|move|holiday|take)\b"
    r"|\b(?:чи\s+)?безпечно\s+(?:зараз\s+)?(?:їхати|їздити|подорожувати|летіти|відвідати|поїхати)\b"
    r"|\bбезопасно\s+ли\b|\bбезопасно\s+(?:сейчас\s+)?(?:ехать|ездить|путешествовать|лететь|поехать)\b"
    # The asker's own life: "my family", "give me", "if I lose…" (quotations are read out first).
    r"|\b(?:my|me)\b|\bI['’](?:m|ve|d|ll)\b"
    r"|(?:^\W*|\b(?:should|shall|can|could|do|would|will|may|might|must|if|when|where|how|what|which|am|and)\s+)I\b"
    r"|\bI\s+(?:can|could|should|need|want|must|might|may|would)\b"  # "a workout I can do at home"
    r"|^\W*(?:any\s+)?tips\b|^\W*how\s+to\b"
    # "Як скинути…", "Как быстро выучить…": how to, an infinitive first (after an adverb); not "Як звати…".
    r"|^\W*(?:як\s+(?:\w+о\s+)?(?!звати\b)\w+(?:ти|тися|тись)|как\s+(?:\w+о\s+)?(?!звать\b)\w+(?:ть|ться|чь|чься|ти|тись))\b"
    r"|\b(?:порадьте|порадь|посоветуйте|посоветуй|подскажите|підкажіть|підкажи|подскажи)\b"
    r"|\b(?:мені|мне|мій|моя|моє|мою|мого|моєї|мой|моё|моего|моей)\b"
    r"|\b(?:де|где)\s+(?:можна\s+|можно\s+|краще\s+|лучше\s+)?(?:купити|купить|поїсти|поесть|зупинитися|остановиться)\b"
    r"|\b(?:як|как)\s+(?:мені|мне|нам)\b"
    # "Какой VPN лучше всего использовать…", "Який ноутбук краще купити…"
    r"|\b(?:який|яку|яке|які|какой|какую|какое|какие)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:краще|найкраще|лучше)"
    r"(?:\s+всего)?\s+(?:використовувати|обрати|вибрати|купити|взяти|использовать|выбрать|купить|взять|брать)\b",
    re.IGNORECASE,
)
QUOTATION = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|‘[^’]*’(?!\w)|(?<!\w)'[^']*'(?!\w)")
ADVICE_REASON = "The coverage I have doesn't answer that: it reports the news and gives no advice."


def asks_for_advice(question: str) -> bool:
    """Whether a question asks for advice ("best place to buy Turkish delight in Istanbul", "how do I
    reset my iPhone"): news coverage reports events, so no passage answers it, however close in words."""
    return ADVICE.search(QUOTATION.sub(" ", question)) is not None


# A question asking for live data: the weather to come or right now, today's prices and exchange rates, a
# place's opening hours.
# The weather needs a time (now or ahead: "tomorrow", "next week", "will"): the weather on the day of past
# talks is a question about the coverage. A price or rate needs "today", "now" or "currently": "How did the
# oil price cap hurt Russia?" is news.
_NOW = (
    r"today|tonight|tomorrow|right\s+now|now(?!\s+that)|current(?:ly)?|at\s+the\s+moment|this\s+week(?:end)?|next\s+week"
    r"|сьогодні|завтра|зараз|наразі|цього\s+тижня|наступного\s+тижня"
    r"|сегодня|сейчас|на\s+этой\s+неделе|на\s+следующей\s+неделе"  # "завтра" is the same in both
)
# The word itself, not "forecast" or "temperature" (talks have both), nor "погодитися" (to agree).
_WEATHER = r"weather|погод(?:а|и|і|у|ою|ы|е|ой)"
LIVE_WEATHER = re.compile(
    r"\b(?:" + _WEATHER + r")\b.*\b(?:" + _NOW + r"|will|буде|будет)\b"
    r"|\b(?:" + _NOW + r"|will|буде|будет)\b.*\b(?:" + _WEATHER + r")\b"
    # "Will it rain in Lviv this weekend?", "Чи буде дощ у Львові завтра?"
    r"|\bwill\s+it\s+(?:rain|snow|be\s+(?:sunny|cold|hot|warm|windy))\b"
    r"|\b(?:дощ|дожд|сніг|снег)\w*\b.*\b(?:" + _NOW + r"|буде|будет)\b"
    r"|\b(?:" + _NOW + r"|буде|будет)\b.*\b(?:дощ|дожд|сніг|снег)\w*",
    re.IGNORECASE,
)
# A currency by its English name or code, for a pair's rate ("the dollar to hryvnia rate").
_CURRENCY = r"(?:dollars?|usd|euros?|eur|rubles?|roubles?|rub|hryvnias?|hryvnya|uah|pounds?|zloty)"
# "Курс" is also a course ("курс переговоров"): a rate only beside a currency.
LIVE_PRICE = re.compile(
    r"\b(?:exchange\s+rates?|share\s+price|stock\s+price|bitcoin"
    r"|price\s+of\s+(?:(?:a|one)\s+(?:barrel|bushel|tonne|ton|litre|liter|gallon)\s+of\s+)?"
    r"(?:bitcoin|gold|silver|copper|oil|petrol|gas|diesel|brent|urals|crude|wti|wheat|corn|maize|grain))\b"
    r"|\b(?:brent|urals|wti)(?:\s+crude)?\s+(?:price|trading|trade|cost)"
    # "the dollar to hryvnia rate right now", "euro/ruble rate today": a currency pair's rate.
    rf"|\b{_CURRENCY}\s*(?:to|/|-|vs\.?|against)\s*(?:the\s+)?{_CURRENCY}\s+rates?\b"
    r"|\bhow\s+much\s+will\b[^?]*\bcost\b"  # "How much will a bushel of wheat cost in Chicago next month?"
    r"|\bкурс\w*\b.*\b(?:долар|доллар|євро|евро|рубл|гривн|гривен|валют)"
    r"|\b(?:долар|доллар|євро|евро|рубл|гривн|гривен|валют)\w*\b.*\bкурс"
    # "Сколько сейчас стоит бензин в Москве?", "Яка ціна на пальне сьогодні?": fuel, gold or bitcoin now.
    r"|\b(?:скільки|сколько|почем|почём)\b[^?]*\b(?:бензин|дизел|пальн|топлив|золот|біткоїн|биткоин)\w*"
    r"|\b(?:цін[аиу]|цен[аыу])\s+(?:на\s+)?(?:бензин|дизел|пальн|топлив|золот|біткоїн|биткоин|нафт|нефт)\w*"
    # "скільки зараз коштує долар у гривнях", "how much is a dollar in hryvnias today": a currency's price.
    r"|\b(?:скільки|сколько|почем|почём)\b[^?]*\b(?:кошту\w*|стоит|стоят|стоїть)\s+(?:\w+\s+)?"
    r"(?:долар|доллар|євро|евро|рубл|гривн|гривен)\w*"
    r"|\bhow\s+much\s+is\s+(?:a|one|the)\s+(?:us\s+)?(?:dollar|euro|ruble|rouble|hryvnia|pound)\b"
    # "whats wheat going for in chicago right now", "How much is gas in Europe today…": a commodity's price.
    r"|\b(?:wheat|corn|maize|grain|gas|oil|petrol|diesel|gold|silver|copper|brent|urals|crude|bitcoin)\b[^?]{0,40}?"
    r"\b(?:going\s+for|trading\s+at|selling\s+for|sells\s+for|costs?)\b"
    r"|\bhow\s+much\s+is\s+(?:wheat|corn|gas|oil|petrol|diesel|gold|silver|brent|crude|bitcoin)\b",
    re.IGNORECASE,
)
# Air-raid alerts and sirens now: "How many air raid alerts are active in Ukraine right now?" An alert lasts
# hours; a report of one is not the state of alerts at the asker's time.
LIVE_ALERT = re.compile(r"\b(?:alerts?|sirens?)\b|\b(?:тривог|тревог|сирен)\w*", re.IGNORECASE)
# A price or rate to come is no more reported than today's: "Какой будет курс рубля в следующем месяце?"
_NEXT_MONTH = r"next\s+month|наступного\s+місяця|(?:в|на)\s+(?:наступному|следующем|следующий)\s+(?:місяці|месяце|месяц)"
LIVE_NOW = re.compile(r"\b(?:" + _NOW + "|" + _NEXT_MONTH + r")\b", re.IGNORECASE)
# A place's hours, which news reports do not keep: "What are the opening hours of the Ukrainian embassy?"
LIVE_HOURS = re.compile(
    r"\b(?:opening|business|office|visiting|working)\s+hours\b|\bwhat\s+time\s+does\s+[^?]+?\s+(?:open|close)\b"
    r"|\b(?:години|часы)\s+(?:роботи|работы)\b|\b(?:графік|график)\s+(?:роботи|работы)\b",
    re.IGNORECASE,
)
LIVE_DATA_REASON = (
    "The coverage I have doesn't answer that: it is news reports, with no live weather, prices, exchange rates, "
    "air-raid alerts or opening hours."
)


def asks_for_live_data(question: str) -> bool:
    """Whether a question asks for live data ("What will the weather be in Istanbul next week?", "the
    hryvnia's exchange rate today", "the embassy's opening hours"): no news report answers it, however close
    its words."""
    if LIVE_WEATHER.search(question) or LIVE_HOURS.search(question):
        return True
    live = LIVE_PRICE.search(question) or LIVE_ALERT.search(question)
    return live is not None and LIVE_NOW.search(question) is not None


# A question asking for the reader's own opinion or a judgement: "Do you think Ukraine should give up Donbas to
# get a peace deal?", "Should the West keep arming Kyiv?". The coverage quotes others' views; it has none of its
# own to give, and a quoted view on the same matter is no answer to what the asker should think.
OPINION = re.compile(
    r"\b(?:do|don['’]t)\s+(?:you|u|ya)\s+(?:really\s+)?(?:think|believe|reckon|feel|agree)\b"  # "who do u think…"
    r"|\bwhat(?:['’]s|\s+is|\s+are)\s+your\s+(?:personal\s+)?(?:opinions?|views?|takes?|thoughts?)\b"
    r"|\bin\s+your\s+(?:opinion|view)\b|\byour\s+(?:personal\s+)?(?:opinion|view)\s+(?:on|of|about)\b"
    r"|^\W*should\s+(?!i\b)[\w'’-]+"
    # "Who is the better negotiator, Zelensky or Putin?", "Which side is stronger?": a judgement.
    r"|\b(?:who|which(?:\s+[\w-]+)?)(?:['’]s|\s+is|\s+was|\s+are)\s+(?:the\s+)?(?:better|worse|greater|smarter"
    r"|stronger|weaker|wiser)(?![\w-])"
    r"|\b(?:як|как)\s+(?:ви|вы)\s+(?:вважаєте|думаєте|считаете|думаете)\b"
    r"|\b(?:на\s+вашу\s+думку|на\s+ваш\s+погляд|на\s+ваш\s+взгляд|по\s+вашему\s+мнению|по-вашему)\b"
    r"|^\W*(?:чи\s+(?:варто|слід|треба|повинна|повинен|повинні)|стоит\s+ли|следует\s+ли|должна\s+ли|должен\s+ли"
    r"|нужно\s+ли)\b",
    re.IGNORECASE,
)
OPINION_REASON = (
    "The coverage I have doesn't answer that: it reports the news and others' views, and gives no opinion of its "
    "own."
)


def asks_for_opinion(question: str) -> bool:
    """Whether a question asks for an opinion or a judgement ("Do you think…", "Should Ukraine…"), not news."""
    return OPINION.search(QUOTATION.sub(" ", question)) is not None


# A question asking who will win a contest still to come ("Who will win the 2028 US presidential election?", "Who
# is going to win Ukraine's next presidential election?"), or a number still to come ("how many drones will
# Russia launch next week"). News reports what happened; a forecast or a boast it quotes does not tell the outcome.
PREDICTION = re.compile(
    r"\b(?:who|which\s+(?:[\w-]+\s+){0,3}?(?:candidate|party|side|country|team|one))"
    r"(?:\s+will|(?:\s+is|\s+are|['’]s)\s+(?:going\s+to|likely\s+to|expected\s+to|set\s+to))\s+win\b"
    r"|\b(?:хто|кто)\s+(?:переможе|виграє|победит|выиграет)\b"
    # "how many Shahed drones will Russia launch at Kyiv next week": a number still to come.
    r"|\bhow\s+many\b[^?]*\bwill\b[^?]*\b(?:next\s+(?:week|month|year)|tomorrow|tonight)\b",
    re.IGNORECASE,
)
PREDICTION_REASON = (
    "The coverage I have doesn't answer that: it reports what has happened, and no report can tell what is still to "
    "come."
)


def asks_for_prediction(question: str) -> bool:
    """Whether a question asks who will win a contest still to come ("Who will win the next election?"), or how
    many of something there will be next week."""
    return PREDICTION.search(QUOTATION.sub(" ", question)) is not None


def cosine_floor(base: float, per_decade: float, passages: int, base_passages: int) -> float:
    """The lowest best cosine that counts as an answer in an index of `passages` passages: `base` up to
    `base_passages`, then `per_decade` higher for each tenfold more. Over random subsets of the full
    index, the best cosine of an unanswerable Ukrainian or Russian question rose by about 0.014 per
    tenfold (0.769 at 30 passages, 0.797 at 1,000, 0.805 at 9,356, medians)."""
    return base + per_decade * max(0.0, math.log10(max(passages, 1) / base_passages))


# A question rather than a lookup: a question mark, or a question word first.
QUESTION = re.compile(
    r"\?|^\s*(?:what|what's|whats|who|who's|whom|whose|why|how|when|where|which|is|are|was|were|do|does|did|"
    r"can|could|will|would|should|has|have|had)\b",
    re.IGNORECASE,
)


def looks_up(text: str, terms: Sequence[str], most_terms: int) -> bool:
    """Whether a query is a short lookup ("Umerov", "grain deal suspended") rather than a question: no
    question mark or question word, and at most `most_terms` content terms (`terms.query_terms`)."""
    return not QUESTION.search(text) and 0 < len(terms) <= most_terms


def is_lookup(text: str, terms: Sequence[str], passages_words: Sequence[set[str]], most_terms: int) -> bool:
    """Whether a query is a short lookup (`looks_up`) that one close passage holds word for word: all its
    terms in the stems of one passage. A query of a word or two sits far from any passage in meaning,
    so the cosine floor would decline it although the coverage names it."""
    return looks_up(text, terms, most_terms) and any(set(terms) <= words for words in passages_words)
