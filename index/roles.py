"""A person asked for by country and office: "Which Chinese special envoy…", "Who was the Japanese
envoy…", "Який китайський спецпосланник…", "Какой японский посланник…".

The coverage names a third country's official with the country beside the office ("Turkish Foreign
Minister Hakan Fidan", "the Saudi Foreign Ministry said the swap was brokered by Crown Prince Mohammed
bin Salman"), so when no close sentence holds both, the coverage does not say who it was: the question
is about an envoy it never mentions. Russia's, Ukraine's and America's officials are often named without
their country ("Foreign Minister Sergei Lavrov", "Secretary of State Marco Rubio"), so those three are
not checked. A country's election is asked for the same way ("Who won South Korea's snap presidential
election?"): a sentence must name both the country and an election, or the question is about one the
coverage does not report. Pure functions: `asked_role` reads the question, `holds_role` the passages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.gazetteer import longest_first, longest_match

# A country's adjective as a question writes it, and the words a sentence may name that country by.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "brazilian": ("brazil", "brazilian", "brasilia"),
    "british": ("britain", "british", "uk", "u.k.", "united kingdom", "london", "england", "english"),
    "chinese": ("china", "chinese", "beijing"),
    "french": ("france", "french", "paris", "élysée", "elysee"),
    "german": ("germany", "german", "berlin"),
    "hungarian": ("hungary", "hungarian", "budapest"),
    "indian": ("india", "indian", "delhi"),
    "iranian": ("iran", "iranian", "tehran"),
    "israeli": ("israel", "israeli", "jerusalem"),
    "italian": ("italy", "italian", "rome"),
    "japanese": ("japan", "japanese", "tokyo"),
    "polish": ("poland", "polish", "warsaw"),
    "qatari": ("qatar", "qatari", "doha"),
    "saudi": ("saudi", "riyadh"),
    "south african": ("south africa", "south african", "pretoria"),
    "swiss": ("switzerland", "swiss", "geneva", "bern"),
    "turkish": ("turkey", "türkiye", "turkiye", "turkish", "ankara", "istanbul"),
    "emirati": ("emirates", "emirati", "uae", "u.a.e.", "abu dhabi", "dubai"),
    "vatican": ("vatican", "holy see", "pope", "pontiff"),
    "belarusian": ("belarus", "belarusian", "minsk", "lukashenko"),
    "finnish": ("finland", "finnish", "helsinki"),
    "austrian": ("austria", "austrian", "vienna"),
    "georgian": ("georgia", "georgian", "tbilisi"),
    "south korean": ("south korea", "south korean", "seoul"),
    "north korean": ("north korea", "north korean", "pyongyang"),
    "canadian": ("canada", "canadian", "ottawa"),
    "australian": ("australia", "australian", "canberra"),
    "romanian": ("romania", "romanian", "bucharest"),
    "moldovan": ("moldova", "moldovan", "chisinau"),
    "czech": ("czech", "czechia", "prague"),
    "slovak": ("slovakia", "slovak", "bratislava"),
    "egyptian": ("egypt", "egyptian", "cairo"),
    "dutch": ("netherlands", "dutch", "holland", "amsterdam", "the hague"),
    "spanish": ("spain", "spanish", "madrid"),
    "swedish": ("sweden", "swedish", "stockholm"),
    "norwegian": ("norway", "norwegian", "oslo"),
    "danish": ("denmark", "danish", "copenhagen"),
    "greek": ("greece", "greek", "athens"),
    "serbian": ("serbia", "serbian", "belgrade"),
    "estonian": ("estonia", "estonian", "tallinn"),
    "latvian": ("latvia", "latvian", "riga"),
    "lithuanian": ("lithuania", "lithuanian", "vilnius"),
    "kazakh": ("kazakhstan", "kazakh", "astana"),
    "armenian": ("armenia", "armenian", "yerevan"),
    "azerbaijani": ("azerbaijan", "azerbaijani", "baku"),
    "nigerian": ("nigeria", "nigerian", "abuja"),
    "mexican": ("mexico", "mexican"),
}
# A country's name after "of" ("the prime minister of Georgia"), and the adjective it goes by above.
COUNTRY_NAMES = {
    "brazil": "brazilian", "britain": "british", "great britain": "british", "the uk": "british",
    "the united kingdom": "british", "china": "chinese", "france": "french", "germany": "german",
    "hungary": "hungarian", "india": "indian", "iran": "iranian", "israel": "israeli", "italy": "italian",
    "japan": "japanese", "poland": "polish", "qatar": "qatari", "saudi arabia": "saudi",
    "south africa": "south african", "switzerland": "swiss", "turkey": "turkish", "türkiye": "turkish",
    "the united arab emirates": "emirati", "the uae": "emirati", "the vatican": "vatican",
    "the holy see": "vatican", "belarus": "belarusian", "finland": "finnish", "austria": "austrian",
    "georgia": "georgian", "south korea": "south korean", "north korea": "north korean", "canada": "canadian",
    "australia": "australian", "romania": "romanian", "moldova": "moldovan", "czechia": "czech",
    "the czech republic": "czech", "slovakia": "slovak", "egypt": "egyptian", "the netherlands": "dutch",
    "spain": "spanish", "sweden": "swedish", "norway": "norwegian", "denmark": "danish", "greece": "greek",
    "serbia": "serbian", "estonia": "estonian", "latvia": "latvian", "lithuania": "lithuanian",
    "kazakhstan": "kazakh", "armenia": "armenian", "azerbaijan": "azerbaijani", "nigeria": "nigerian",
    "mexico": "mexican",
}  # fmt: skip

# Offices, each with the other words a sentence may use for it. Vague words ("official", "leader",
# "figure") are not offices: "the Vatican's point man on Ukraine" answers "Which Vatican official…".
OFFICES: dict[str, tuple[str, ...]] = {
    "envoy": ("envoy", "emissary", "representative"),
    "diplomat": ("diplomat", "envoy", "ambassador", "foreign minister"),
    "ambassador": ("ambassador", "envoy"),
    "mediator": ("mediator", "mediate", "mediated", "mediating", "mediation", "broker", "brokered"),
    "negotiator": ("negotiator", "delegation", "delegate"),
    "delegate": ("delegate", "delegation"),
    "observer": ("observer",),
    "foreign minister": ("foreign minister", "foreign secretary", "top diplomat"),
    "defence minister": ("defence minister", "defense minister", "defence secretary", "defense secretary"),
    "minister": ("minister", "secretary"),
    "prime minister": ("prime minister", "pm", "premier"),
    "president": ("president",),
    "chancellor": ("chancellor",),
    "king": ("king",),
    "crown prince": ("crown prince",),
    "cardinal": ("cardinal",),
    "general": ("general",),
    "journalist": ("journalist", "reporter", "correspondent"),
    # A prisoner of war or a foreign fighter: "What's the name of the Egyptian POW…".
    "pow": ("pow", "pows", "prisoner", "prisoners", "captive", "captives", "captured"),
    "prisoner": ("pow", "pows", "prisoner", "prisoners", "captive", "captives", "captured"),
    "mercenary": (
        "mercenary",
        "mercenaries",
        "fighter",
        "fighters",
        "volunteer",
        "volunteers",
        "recruit",
        "recruited",
    ),
    # Not an office: "Who won South Korea's snap presidential election?" asks for a country's winner.
    "election": (
        "election",
        "elections",
        "elected",
        "president-elect",
        "vote",
        "voters",
        "poll",
        "polls",
        "runoff",
        "run-off",
        "ballot",
    ),
}

_ADJECTIVES = "|".join(sorted((re.escape(a) for a in COUNTRIES), key=len, reverse=True))
_OFFICES = "|".join(sorted((re.escape(o) for o in OFFICES), key=len, reverse=True))
# "Which Chinese special envoy", "What is the name of the Japanese envoy", "Who was the Qatari minister":
# the adjective, then at most two more words, then the office.
ASKED = re.compile(
    rf"\b(?:which|what|who)\b[^?.]{{0,40}}?\b({_ADJECTIVES})\s+(?:[a-z-]+\s+){{0,2}}?({_OFFICES})s?\b",
    re.IGNORECASE,
)
_NAMES = "|".join(sorted((re.escape(n) for n in COUNTRY_NAMES), key=len, reverse=True))
# "Who is the prime minister of Georgia", "Which foreign minister of Turkey": the office, then "of" the
# country ("…of Brazil's central bank" asks for no officer of Brazil's).
ASKED_OF = re.compile(
    rf"\b(?:which|what|who)\b[^?.]{{0,40}}?\b({_OFFICES})s?\s+of\s+({_NAMES})\b(?!['’])",
    re.IGNORECASE,
)
# "Who won South Korea's snap presidential election", "How many seats did… win in Moldova's 2025 election",
# "…the Romanian presidential runoff", "…the election in Canada": a country's election, named by the country
# (or its adjective), then at most three more words.
_ELECTION = r"(election|runoff|run-off|ballot|poll)s?\b"
_ASKING = r"\b(?:which|what|who|how|when)\b[^?.]{0,60}?"
ASKED_ELECTION = re.compile(
    rf"{_ASKING}\b(?:({_NAMES})(?:['’]s?)?|({_ADJECTIVES}))\s+(?:[\w-]+\s+){{0,3}}?{_ELECTION}"
    rf"|{_ASKING}\b{_ELECTION}\s+in\s+({_NAMES})\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Role:
    """A person the question picks out by country and office."""

    country: str  # the adjective as the question spells it, lower case
    office: str

    @property
    def label(self) -> str:
        """ "a Chinese envoy", "an Israeli envoy"."""
        article = "an" if self.country[0] in "aeiou" else "a"
        office = "POW" if self.office == "pow" else self.office
        return f"{article} {self.country.title()} {office}"


# Ukrainian and Russian: the beginnings of a country's adjective in any case ("китайського",
# "китайским"), and of an office's noun, with the English office they stand for (matched like the
# glossary's words, `longest_match`).
CYRILLIC_COUNTRIES = longest_first(
    {
        "китайськ": "chinese", "китайск": "chinese",
        "японськ": "japanese", "японск": "japanese",
        "індійськ": "indian", "индийск": "indian",
        "бразильськ": "brazilian", "бразильск": "brazilian",
        "катарськ": "qatari", "катарск": "qatari",
        "швейцарськ": "swiss", "швейцарск": "swiss",
        "турецьк": "turkish", "турецк": "turkish",
        "британськ": "british", "британск": "british",
        "французьк": "french", "французск": "french",
        "німецьк": "german", "немецк": "german",
        "саудівськ": "saudi", "саудовск": "saudi",
        "ізраїльськ": "israeli", "израильск": "israeli",
        "італійськ": "italian", "итальянск": "italian",
        "іранськ": "iranian", "иранск": "iranian",
        "угорськ": "hungarian", "венгерск": "hungarian",
        "польськ": "polish", "польск": "polish",
        "ватиканськ": "vatican", "ватиканск": "vatican",
        "еміратськ": "emirati", "эмиратск": "emirati",
        "білоруськ": "belarusian", "белорусск": "belarusian",
        "фінськ": "finnish", "финск": "finnish",
        "австрійськ": "austrian", "австрийск": "austrian",
    }.items()
)  # fmt: skip
CYRILLIC_OFFICES = longest_first(
    {
        "прем'єр": "prime minister", "премьер": "prime minister",
        "спецпосланц": "envoy", "спецпосланник": "envoy", "посланц": "envoy", "посланець": "envoy",
        "посланник": "envoy", "емісар": "envoy", "эмиссар": "envoy",
        "дипломат": "diplomat", "посередник": "mediator", "посредник": "mediator",
        "переговорник": "negotiator", "переговорщик": "negotiator",
        "спостерігач": "observer", "наблюдател": "observer",
        "міністр": "minister", "министр": "minister", "президент": "president",
        "канцлер": "chancellor", "кронпринц": "crown prince", "наслідн": "crown prince",
        "наследн": "crown prince", "кардинал": "cardinal", "генерал": "general",
        "журналіст": "journalist", "журналист": "journalist",
    }.items()
)  # fmt: skip
# Ambassadors: whole words only ("после" is "after" in Russian).
CYRILLIC_WHOLE_OFFICES = dict.fromkeys("посол посла послу послом посли послы послов".split(), "ambassador")
CYRILLIC_ASKING = {"який", "яка", "яке", "які", "якого", "хто", "котрий", "какой", "какая", "какое", "какие",
                   "какого", "кто", "который"}  # fmt: skip
CYRILLIC_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")


# A country's name in any case ("Польщі", "Румынии"), for its election; Korea by the word before it.
CYRILLIC_COUNTRY_NAMES = longest_first(
    {
        "польщ": "polish", "польш": "polish", "румуні": "romanian", "румыни": "romanian",
        "молдов": "moldovan", "молдав": "moldovan", "канад": "canadian", "австралі": "australian",
        "австрали": "australian", "чехі": "czech", "чехи": "czech", "чеськ": "czech", "чешск": "czech",
        "словаччин": "slovak", "словаки": "slovak", "словацьк": "slovak", "словацк": "slovak",
        "угорщин": "hungarian", "венгри": "hungarian", "німеччин": "german", "германи": "german",
        "франці": "french", "франци": "french", "британі": "british", "британи": "british",
        "великобритан": "british", "япон": "japanese", "китаї": "chinese", "китае": "chinese",
        "китай": "chinese", "ізраїл": "israeli", "израил": "israeli", "туреччин": "turkish",
        "турци": "turkish", "південнокорейськ": "south korean", "южнокорейск": "south korean",
    }.items()
)  # fmt: skip
CYRILLIC_KOREA = {"південн": "south korean", "южн": "south korean", "північн": "north korean",
                  "северн": "north korean"}  # fmt: skip
CYRILLIC_ELECTION = ("вибор", "выбор")


def _cyrillic_election(words: list[str]) -> Role | None:
    """ "Хто переміг на виборах у Польщі?", "…на выборах в Южной Корее": an election and a country."""
    if not any(word.startswith(CYRILLIC_ELECTION) for word in words):
        return None
    for previous, word in zip(["", *words[:-1]], words, strict=True):
        if word.startswith("коре"):
            country = next((c for start, c in CYRILLIC_KOREA.items() if previous.startswith(start)), None)
        else:
            country = longest_match(word, {}, CYRILLIC_COUNTRY_NAMES) or longest_match(
                word, {}, CYRILLIC_COUNTRIES
            )
        if country is not None:
            return Role(country, "election")
    return None


def _cyrillic_role(question: str) -> Role | None:
    """ "Який китайський спецпосланник…", "Какой японский посланник…": a country's adjective, then its
    office within the next three words, after a question word; or a country's election."""
    words = [w.lower().replace("’", "'").replace("ʼ", "'") for w in CYRILLIC_WORD.findall(question)]
    if not CYRILLIC_ASKING.intersection(words):
        return None
    for position, word in enumerate(words):
        country = longest_match(word, {}, CYRILLIC_COUNTRIES)
        if country is None:
            continue
        for following in words[position + 1 : position + 4]:
            office = longest_match(following, CYRILLIC_WHOLE_OFFICES, CYRILLIC_OFFICES)
            if office is not None:
                return Role(country, office)
    return _cyrillic_election(words)


def asked_role(question: str) -> Role | None:
    """The country and office of the person a question (English, Ukrainian or Russian) asks for, if it
    picks one out so."""
    match = ASKED.search(question)
    if match:
        return Role(match.group(1).lower(), match.group(2).lower())
    match = ASKED_OF.search(question)
    if match:
        return Role(COUNTRY_NAMES[match.group(2).lower()], match.group(1).lower())
    match = ASKED_ELECTION.search(question)
    if match:
        name, adjective, _, _, named_after = match.groups()
        country = COUNTRY_NAMES[(name or named_after).lower()] if name or named_after else adjective.lower()
        return Role(country, "election")
    return _cyrillic_role(question)


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """Any of `words` (lower case) standing as words of their own ("uk" not in "ukrainian")."""
    return re.compile("|".join(rf"(?<![\w.]){re.escape(w)}(?!\w)" for w in words))


_COUNTRY_WORDS = {country: _any_of(words) for country, words in COUNTRIES.items()}
_OFFICE_WORDS = {office: _any_of(words) for office, words in OFFICES.items()}


def holds_role(role: Role, texts: Iterable[str]) -> bool:
    """Whether some sentence of `texts` names both the country and the office (or a word for either)."""
    country, office = _COUNTRY_WORDS[role.country], _OFFICE_WORDS[role.office]
    return any(
        country.search(sentence) and office.search(sentence)
        for text in texts
        for sentence in SENTENCE_END.split(text.lower())
    )
