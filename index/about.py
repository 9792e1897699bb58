"""Details asked of a thing the question names, told only in a sentence about that thing: where it is (or
will be) based, and how badly it was damaged.

"In which city will the EU's proposed Black Sea Maritime Security Hub be based?" asks for a place. A quote
that only proposes the hub ("Kallas proposed creating a Black Sea Maritime Security Hub, envisioned as an
early warning system…") does not answer it, though another of its sentences names a city ("Speaking at a
press briefing in Brussels…"): the place must be told in a sentence about the thing asked of. So must
damage: "How badly was the Alabuga drone factory damaged…" is not answered by "air defenses opened fire
against drones near the Yelabuga drone production site". The thing asked of is the question's rarest name
that the close passages hold (`Searcher._declines` passes the test as `about`).

A place asked within a country ("In which Belarusian city…") is told with that country or by one of its cities
(`names_place_in`), in any close passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from index.abstain import number_value
from index.answer_kind import DEMONYM
from index.chunk import rough_sentences
from index.gazetteer import PEOPLE
from index.query import IS_MONTH
from index.terms import NATIONALITIES, WITHIN, stem, tokens

# "Where will the hub be based?", "In which city is the plant located?", "which town is the plant … located in?",
# "In which Belarusian town or region will the missiles be stationed?"
BASE_ASKED = re.compile(
    r"\b(?:where|which\s+(?:[\w-]+\s+)?(?:city|cities|towns?|villages?|country|countries|ports?|regions?))\b[^?]{0,120}?"
    r"\b(?:based|headquartered|stationed|located|housed|situated|building|built|constructing|constructed|hiding"
    r"|arrested|detained)\b",
    re.IGNORECASE,
)
# A place told: "based in Odesa", "located at the Volkel Air Base", "deployed near Asipovichy", "in the town of
# Dubna"; not any "in": "Speaking at a press briefing in Brussels" tells where Kallas spoke.
PLACE_TOLD = re.compile(
    r"\b(?:(?:based|headquartered|stationed|located|housed|situated|hosted|deployed|placed|built|building|constructed"
    r"|hiding|hides|hid|lives|living|arrested|detained)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:in|at|near)\s+(?:the\s+)?|in\s+the\s+(?:city|town|village|port)\s+of\s+)([A-Z][\w’'-]+)"
)


def asks_base(question: str) -> bool:
    """Whether a question asks where something is or will be based, located or stationed."""
    return bool(BASE_ASKED.search(question))


def tells_base(texts: Iterable[str], about: Callable[[str], bool], given: Callable[[str], bool]) -> bool:
    """Whether a sentence of `texts` that `about` says is about the thing asked of tells a place (PLACE_TOLD)
    by a capitalised word that is not a month, a people's adjective or a word `given` says the question holds
    ("Where in Belarus will…" is not answered by "deployed in Belarus")."""
    return _tells_place(PLACE_TOLD, texts, about, given)


# "Which Russian region is the penal colony in?", "what oblast…": a region asked for by name, which a sentence about
# the thing asked of tells before its word ("Kursk Oblast", "the Donbas region") or after it ("the region of
# Mordovia"); "a penal colony outside the capital" and "the Moscow Regional Court" tell none.
REGION_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:(?:Russian|Ukrainian)\s+)?(?:region|oblast|province)\b(?![’']s\b)"
    r"(?!\s+(?:governors?|heads?|chiefs?|officials?|authorities|administrations?)\b)",
    re.IGNORECASE,
)
REGION_TOLD = re.compile(
    r"\b([A-Z][\w’'-]+)\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Pp]rovince|[Rr]epublic)\b"
    r"|\b(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Rr]epublic)\s+of\s+([A-Z][\w’'-]+)"
)


def asks_region(question: str) -> bool:
    """Whether a question asks which region (or oblast, or province) something is in or happened in."""
    return bool(REGION_ASKED.search(question))


def tells_region(texts: Iterable[str], about: Callable[[str], bool], given: Callable[[str], bool]) -> bool:
    """Whether a sentence of `texts` that `about` says is about the thing asked of names a region (REGION_TOLD)
    by a word that is not a month, a people's adjective or one `given` says the question holds."""
    return _tells_place(REGION_TOLD, texts, about, given)


def _tells_place(
    told: re.Pattern[str], texts: Iterable[str], about: Callable[[str], bool], given: Callable[[str], bool]
) -> bool:
    """Whether a sentence of `texts` that `about` says is about the thing asked of holds a place `told` captures
    (in any of its groups) by a word that is not a month, a people's adjective or one `given` says the question
    holds."""
    return any(
        not (
            IS_MONTH.fullmatch(place)
            or DEMONYM.fullmatch(place)
            or given(place)
            or _of_given_people(place, given)
        )
        for sentence in _sentences_about(texts, about)
        for match in told.finditer(sentence)
        for place in match.groups()
        if place
    )


def _of_given_people(place: str, given: Callable[[str], bool]) -> bool:
    """Whether a place is the country of a people's adjective the question holds: "deployed in Ukraine" tells
    nothing of "in which ukrainian cities…"."""
    return any(
        given(adjective) and place in names
        for adjective, names in (*COUNTRIES_OF.items(), ("Ukrainian", ("Ukraine",)), ("Russian", ("Russia",)))
    )


# "How badly was the factory damaged…", "What damage did the refinery suffer…", "the extent of the damage".
DAMAGE_ASKED = re.compile(
    r"\bhow\s+(?:badly|seriously|severely|heavily|much)\s+(?:was|were|is|are|has|have|had)\b[^?]{0,120}?"
    r"\bdamaged\b"
    r"|\bwhat\s+damage\s+(?:was|were|did|has|had)\b|\bextent\s+of\s+(?:the\s+)?damage\b",
    re.IGNORECASE,
)
# Damage told: "was damaged", "destroyed", "caught fire", "no damage"; not "opened fire".
DAMAGE_TOLD = re.compile(
    r"\b(?:damag\w*|destroy\w*|destruction|burn(?:ed|t|ing)|blaze|ablaze|wreck\w*|ruin\w*|collaps\w*"
    r"|caught\s+fire|on\s+fire|fire\s+broke\s+out|struck|hit)\b",
    re.IGNORECASE,
)


def asks_damage(question: str) -> bool:
    """Whether a question asks how badly something was damaged (not a sum: "How much damage…" is money)."""
    return bool(DAMAGE_ASKED.search(question))


def tells_damage(texts: Iterable[str], about: Callable[[str], bool]) -> bool:
    """Whether a sentence of `texts` that `about` says is about the thing asked of tells of damage to it."""
    return any(DAMAGE_TOLD.search(sentence) for sentence in _sentences_about(texts, about))


# "In which Belarusian city did the delegations first meet?" asks for a place in that country, which reports
# name with it ("the Syrian port of Tartus", "Tartus, Syria", "Gomel in Belarus") or by a city the coverage names
# often (`WITHIN`); "met on Ukraine's border with Belarus" names none. Not Russia's or Ukraine's places, which
# the coverage names without their country ("drones hit Kursk Oblast").
PLACE_IN_COUNTRY_ASKED = re.compile(
    r"\b(?:which|what)\s+([a-z]+)\s+(?:city|cities|town|towns|village|villages|port|ports|region|regions"
    r"|province|provinces|resort)\b",
    re.IGNORECASE,
)
# A people's adjective and its country's names.
COUNTRIES_OF = {
    "Belarusian": ("Belarus",), "Turkish": ("Turkey", "Türkiye", "Turkiye"), "Polish": ("Poland",),
    "Syrian": ("Syria",), "Hungarian": ("Hungary",), "Moldovan": ("Moldova",), "Georgian": ("Georgia",),
    "Finnish": ("Finland",), "German": ("Germany",), "French": ("France",),
    "British": ("Britain", "UK", "United Kingdom", "England", "Scotland", "Wales"), "Swiss": ("Switzerland",),
    "Romanian": ("Romania",), "Lithuanian": ("Lithuania",), "Latvian": ("Latvia",), "Estonian": ("Estonia",),
    "Saudi": ("Saudi Arabia",), "Lebanese": ("Lebanon",), "Mongolian": ("Mongolia",), "Slovak": ("Slovakia",),
    "Austrian": ("Austria",), "Italian": ("Italy",), "Spanish": ("Spain",), "Japanese": ("Japan",),
    "Chinese": ("China",), "Israeli": ("Israel",), "Qatari": ("Qatar",), "Egyptian": ("Egypt",),
    "Canadian": ("Canada",), "Dutch": ("Netherlands",), "Danish": ("Denmark",), "Swedish": ("Sweden",),
    "Norwegian": ("Norway",), "Belgian": ("Belgium",), "Czech": ("Czech Republic", "Czechia"),
    "Greek": ("Greece",), "Iranian": ("Iran",), "Indian": ("India",), "Kazakh": ("Kazakhstan",),
    "Armenian": ("Armenia",), "Azerbaijani": ("Azerbaijan",), "Serbian": ("Serbia",), "Bulgarian": ("Bulgaria",),
    "Irish": ("Ireland",), "Portuguese": ("Portugal",), "Australian": ("Australia",), "Brazilian": ("Brazil",),
}  # fmt: skip
_AREA = r"(?:\s+(?:region|oblast|province|district))?"
_SIDE = r"(?:(?:southern|northern|eastern|western|central|south-?eastern|south-?western|north-?eastern|north-?western)\s+)?"
_PLACE = r"([A-Z][\w’'-]+)"


@dataclass(frozen=True)
class AskedCountry:
    """The country a question asks a place in: its people's adjective and its names."""

    adjective: str
    names: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"a place in {self.names[0]}"


def asked_place_in_country(question: str) -> AskedCountry | None:
    """The country whose city, town or region a question asks for ("In which Belarusian city…"), if it is one
    of COUNTRIES_OF."""
    match = PLACE_IN_COUNTRY_ASKED.search(question)
    adjective = match.group(1).capitalize() if match else ""  # "in which canadian city", typed in lower case
    if adjective not in COUNTRIES_OF:
        return None
    return AskedCountry(adjective, COUNTRIES_OF[adjective])


# "Which town or village in Kyiv Oblast was hit…", "which port town in Mykolaiv Oblast…": a settlement in a region
# the question names.
PLACE_IN_OBLAST_ASKED = re.compile(
    r"\b(?i:(?:which|what)\s+(?:[\w-]+\s+)?(?:city|cities|towns?|villages?|settlements?|community|hromada)"
    r"(?:\s+or\s+(?:city|towns?|villages?|settlements?))?\s+in\s+(?:the\s+)?)([A-Z][\w’'-]+)\s+(?i:oblast|region"
    r"|province)\b"
)
# A settlement told by what it is: "in the village of Velyka Dymerka".
SETTLEMENT_OF = re.compile(r"\b(?:city|town|village|settlement|hromada|community)\s+of\s+([A-Z][\w’'-]+)")
# A region named: "Donetsk Oblast", "the Odessa region".
_REGION = re.compile(r"\b([A-Z][\w’'-]+)\s+(?i:oblast|region|province)\b")


def asked_place_in_oblast(question: str) -> AskedCountry | None:
    """The region whose city, town or village a question asks for ("Which town or village in Kyiv Oblast…"),
    as an `AskedCountry` named "Kyiv Oblast" or "Kyiv region"."""
    match = PLACE_IN_OBLAST_ASKED.search(question)
    if not match:
        return None
    region = match.group(1)
    written = question[
        match.start(1) : match.end()
    ]  # "Kyiv Oblast", "Odessa Region": the refusal names it so
    names = (f"{region} Oblast", f"{region} oblast", f"{region} region", f"{region} Region")
    return AskedCountry(region, (written, *(name for name in names if name != written)))


def names_place_in_oblast(oblast: AskedCountry, texts: Iterable[str], given: Callable[[str], bool]) -> bool:
    """Whether a text names a place in the region (`names_place_in`), or, in a passage naming the region, a
    settlement by what it is ("the village of Berezan") that is no word the question holds, in a sentence
    naming no other region: "In Donetsk Oblast, one person was killed in the village of Rozkishne" is in
    another."""
    texts = list(texts)
    if names_place_in(oblast, texts, given):
        return True
    for text in texts:
        if not any(name in text for name in oblast.names):
            continue
        for sentence in rough_sentences(text):
            regions = {match.group(1) for match in _REGION.finditer(sentence)}
            if regions - {oblast.adjective}:
                continue
            if any(not given(place) for place in SETTLEMENT_OF.findall(sentence)):
                return True
    return False


def names_place_in(country: AskedCountry, texts: Iterable[str], given: Callable[[str], bool]) -> bool:
    """Whether a text names a place in the country: one of the cities the coverage names most (`WITHIN`), or a
    capitalised word told as in it ("the Syrian port of Tartus", "Tartus, Syria", "Gomel in Belarus",
    "Belarus's Gomel region", "the Gomel region of Belarus") that is no month, country, people's adjective,
    person the gazetteer knows or word the question holds (`given`)."""
    names = "|".join(re.escape(name) for name in country.names)
    told = re.compile(
        rf"\b{country.adjective}\s+(?:[\w-]+\s+)?(?:city|town|village|port|region|capital|resort)\s+of\s+{_PLACE}"
        rf"|\b{_PLACE}{_AREA},\s+(?:in\s+)?(?:{names})\b"
        rf"|(?<=[a-z,]\s){_PLACE}{_AREA}\s+in\s+{_SIDE}(?:{names})\b"
        rf"|\b(?:{names})['’]s\s+{_PLACE}\s+(?:region|oblast|province|district|city|port)\b"
        rf"|\b{_PLACE}\s+(?:region|oblast|province|district)\s+of\s+(?:{names})\b"
    )
    country_stems = {stem(country.adjective), *(stem(name.split()[0]) for name in country.names)}
    cities = set().union(*(places for stems, places in WITHIN.items() if country_stems & set(stems)))
    for text in texts:
        if cities & tokens(text):
            return True
        for match in told.finditer(text):
            place = next(group for group in match.groups() if group)
            if not (_is_country(place) or IS_MONTH.fullmatch(place) or given(place) or stem(place) in PEOPLE):
                return True
    return False


# "Which 11 countries make up…", "which nations signed…": countries asked for by name, which a sentence listing
# them names; "11 United Nations member states" names none.
COUNTRIES_ASKED = re.compile(
    r"\bwhich\s+(?:(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:other\s+)?"
    r"(?:countries|nations|states|member\s+states)\b(?!\s*['’])",
    re.IGNORECASE,
)
# Countries' names as news writes them.
_ONE_WORD_COUNTRIES = (
    "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Belarus Belgium Brazil Britain "
    "Bulgaria Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Egypt Estonia Finland France "
    "Georgia Germany Greece Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan "
    "Kazakhstan Kenya Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malta Mexico Moldova Montenegro Morocco "
    "Netherlands Nigeria Norway Pakistan Poland Portugal Qatar Romania Russia Serbia Slovakia Slovenia Spain "
    "Sweden Switzerland Syria Turkey Türkiye Ukraine Uzbekistan Venezuela Vietnam America UK US U.S."
)
WORLD_COUNTRIES = [
    *_ONE_WORD_COUNTRIES.split(),
    *("South Korea", "North Korea", "New Zealand", "Saudi Arabia", "South Africa", "United States"),
    *("United Kingdom", "Czech Republic"),
]
_COUNTRY = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(c) for c in sorted(WORLD_COUNTRIES, key=len, reverse=True))
    + r")(?![\w])"
)


# The war's two sides, which most sentences of the coverage name: no list of countries.
_SIDES = {"Russia", "Ukraine"}
# A list of countries asked for is told by a sentence naming this many or more (or as many as asked, if fewer).
LISTED_COUNTRIES = 3


def asked_countries(question: str) -> int | None:
    """How many countries a question asking which countries (or nations, or member states) did or are
    something wants a sentence to name (`LISTED_COUNTRIES`, or fewer when it asks for fewer; two when it gives
    no number); None when it asks none."""
    match = COUNTRIES_ASKED.search(question)
    if not match:
        return None
    asked = int(number_value(match.group(1)) or 2) if match.group(1) else 2
    return max(2, min(asked, LISTED_COUNTRIES))


def names_countries(wanted: int, texts: Iterable[str], given: Callable[[str], bool]) -> bool:
    """Whether a sentence of `texts` names `wanted` countries or more, other than Russia and Ukraine and the
    words the question holds."""
    for text in texts:
        for sentence in rough_sentences(text):
            named = {match.group() for match in _COUNTRY.finditer(sentence)} - _SIDES
            if len({name for name in named if not given(name.split()[-1])}) >= wanted:
                return True
    return False


def _is_country(word: str) -> bool:
    """Whether a word is a country's name or a people's adjective the coverage uses."""
    word_stem = stem(word)
    return bool(
        DEMONYM.fullmatch(word)
        or word in COUNTRIES_OF
        or any(word_stem in stems for stems in WITHIN)
        or word_stem in NATIONALITIES
        or word_stem in {"russia", "ukrain", "europe", "americ", "united"}
        or any(word == name for names in COUNTRIES_OF.values() for name in names)
    )


def _sentences_about(texts: Iterable[str], about: Callable[[str], bool]) -> Iterator[str]:
    """The sentences of `texts` that `about` says are about the thing asked of."""
    return (sentence for text in texts for sentence in rough_sentences(text) if about(sentence))
