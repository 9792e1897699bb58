"""Pure word-level matching: a crude stemmer, Cyrillic names in English spelling, IDF-weighted coverage.

Keyword evidence for re-ranking works on six-letter prefixes ("Russia's", "Russian" and
"Russians" all become "russia"), which is coarse but language-agnostic and fast. Names in a
Ukrainian or Russian question become English stems through the gazetteer, or else by
transliteration with the case ending dropped; those are matched as prefixes of passage stems.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping

from index.gazetteer import ELSEWHERE, NAME_WORD, english_stem
from index.query import STOPWORDS, described

PREFIX = 6
NAME_PREFIX = 5  # transliterated names: "putina" (Путіна) and "putin" share "putin"
SHORTEST_PREFIX = 2  # "un", "us", "xi"
CASE_ENDING = re.compile(r"(ами|ями|ові|еві|ого|ому|ою|ею|ой|ей|ом|ем|ах|ях|ів|ий|ій|ая|ую|а|я|у|ю|і|и|е|ы)$")
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
    "hq",  # an abbreviation of a common noun: "Mykolaiv's regional government HQ"
    # A month's or a rank's abbreviation ("oct 31 2022", "col. oleh poberezhniuk"); not "jan", a name too.
    "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "col", "lt", "gen", "sgt", "maj",
    "capt", "cpl", "pvt", "adm", "brig",
}  # fmt: skip

# Names of a region or a trade that a paraphrase uses for one of its members ("a Gulf kingdom" for Saudi
# Arabia, "a Hollywood figure" for Sean Penn): a passage naming a member mentions them.
MEMBERS = {
    "gulf": {"saudi", "emirat", "uae", "abu", "dhabi", "dubai", "qatar", "qatari", "kuwait", "bahrai", "oman",
             "omani", "riyadh", "doha", "jeddah"},
    "baltic": {"estoni", "latvia", "lithua", "tallin", "riga", "vilniu"},
    "nordic": {"norway", "norweg", "sweden", "swedis", "swede", "finlan", "finnis", "denmar", "danish", "icelan"},
    "scandi": {"norway", "norweg", "sweden", "swedis", "swede", "denmar", "danish"},
    "balkan": {"serbia", "bosnia", "croati", "kosovo", "albani", "monten", "macedo", "sloven"},
    "caucas": {"georgi", "armeni", "azerba", "chechn", "dagest", "tbilis", "yereva", "baku"},
    "hollyw": {"actor", "actres", "film", "movie", "oscar", "oscars"},
    "latin": {"brazil", "lula", "venezu", "argent", "mexico", "mexica", "colomb", "chile", "chilea", "cuba",
              "cuban", "peru", "peruvi", "bolivi", "ecuado", "nicara", "urugua", "paragu"},
    "africa": {"egypt", "egypti", "nigeri", "kenya", "kenyan", "ethiop", "senega", "ghana", "zambia", "uganda",
               "congo", "congol", "comoro", "sudan", "sudane", "morocc", "algeri", "tunisi", "libya", "libyan"},
    "asian": {"china", "chines", "japan", "japane", "india", "indian", "korea", "korean", "kazakh", "uzbek",
              "uzbeki", "turkme", "kyrgyz", "tajik", "tajiki", "mongol", "vietna", "indone", "pakist"},
}  # fmt: skip
MEMBERS["asia"] = MEMBERS["asian"]
# An abbreviation a passage may spell out instead: "an RS-24 intercontinental ballistic missile" is an ICBM.
MEMBERS |= {
    "icbm": {"interc"}, "icbms": {"interc"}, "irbm": {"interm"}, "irbms": {"interm"},
    "uav": {"drone", "drones", "unmann"}, "uavs": {"drone", "drones", "unmann"},
    # A body a passage names in English: the Kyiv International Institute of Sociology, the German army.
    "kiis": {"sociol"}, "bundes": {"german"},
}  # fmt: skip
# A place's Ukrainian adjective is mentioned by its Russian spelling, which RT and others use: "Nova
# Kakhovka" by "Novaya Kakhovka".
MEMBERS |= {"nova": {"novaya"}, "novaya": {"nova"}, "stara": {"staray"}, "staray": {"stara"}}
# A country is mentioned by a passage naming one of its cities ("a cash machine in Turkey" for "an ATM in
# Istanbul"): the cities and regions the coverage names most, by their country's stems.
WITHIN = {
    ("turkey", "turkis", "türkiy", "turkiy"): {"istanb", "ankara", "antaly"},
    ("saudi",): {"jeddah", "riyadh"},
    ("belaru",): {"minsk", "gomel", "brest"},
    ("switze", "swiss"): {"geneva", "bern", "zurich", "bürgen", "burgen", "davos"},
    ("alaska",): {"anchor"},
    ("emirat", "uae"): {"abu", "dhabi", "dubai"},
    ("hungar",): {"budape"},
    ("romani",): {"suceav", "buchar"},
    ("poland", "polish"): {"warsaw", "rzeszo", "krakow", "lublin"},
    ("moldov",): {"chisin", "transn"},
    ("qatar", "qatari"): {"doha"},
    ("israel",): {"jerusa"},
    ("finlan", "finnis"): {"helsin"},
    ("france", "french"): {"paris", "elysee"},
    ("german",): {"berlin", "munich"},
    ("britai", "britis"): {"london"},
    ("crimea",): {"sevast", "yalta", "kerch"},
    ("donbas",): {"donets", "luhans"},
    ("siberi",): {"irkuts", "omsk", "novosi"},
    ("japan", "japane"): {"tokyo"},
    ("china", "chines"): {"beijin", "shangh"},
    ("austri",): {"vienna"},
    ("belgiu",): {"brusse"},
    ("nether", "dutch"): {"hague", "amster"},
    ("denmar", "danish"): {"copenh"},
    ("norway", "norweg"): {"oslo"},
    ("sweden", "swedis"): {"stockh"},
    ("estoni",): {"tallin"},
    ("latvia",): {"riga"},
    ("lithua",): {"vilniu"},
    ("georgi",): {"tbilis"},
    ("armeni",): {"yereva"},
    ("azerba",): {"baku"},
    ("kazakh",): {"astana", "almaty"},
    ("serbia",): {"belgra"},
    ("egypt", "egypti"): {"cairo"},
    ("iran", "irania"): {"tehran"},
    ("canada", "canadi"): {"ottawa", "toront", "montre", "vancou", "calgar", "banff", "kanana"},
    ("india", "indian"): {"delhi", "mumbai"},
}  # fmt: skip
for countries, places in WITHIN.items():
    for country in countries:
        MEMBERS[country] = MEMBERS.get(country, set()) | places
# A country and the adjective for its people, by stem, where the two differ: "Spain's ABC newspaper" mentions
# the "Spanish daily" a paraphrase asks about. Only for whether a name is missing (`rarest_missing_name`):
# "Iranian drones" over Kyiv are no news of Iran for the checks that read the passages naming it.
NATIONALITIES = {
    "spain": "spanis", "france": "french", "britai": "britis", "italy": "italia", "poland": "polish",
    "sweden": "swedis", "finlan": "finnis", "norway": "norweg", "denmar": "danish", "nether": "dutch",
    "china": "chines", "japan": "japane", "korea": "korean", "india": "indian", "turkey": "turkis",
    "iran": "irania", "egypt": "egypti", "switze": "swiss", "belgiu": "belgia", "greece": "greek",
    "irelan": "irish", "mexico": "mexica", "canada": "canadi", "syria": "syrian", "qatar": "qatari",
    "libya": "libyan", "iraq": "iraqi", "cuba": "cuban", "scotla": "scotti", "wales": "welsh",
    "englan": "englis", "azerba": "azeri", "thaila": "thai", "chile": "chilea", "peru": "peruvi",
}  # fmt: skip
# A people's noun, by stem, and its country's stems: "The Pole accused of helping Russian spies" is the "Polish
# citizen" of the passages.
PEOPLES = {
    "pole": "poland", "poles": "poland", "brit": "britai", "brits": "britai", "briton": "britai",
    "swede": "sweden", "swedes": "sweden", "finn": "finlan", "finns": "finlan", "dane": "denmar",
    "danes": "denmar", "scot": "scotla", "scots": "scotla", "turk": "turkey", "turks": "turkey",
    "spania": "spain",
}  # fmt: skip
WITH_NATIONALITIES = {name: set(members) for name, members in MEMBERS.items()}
for country, people in NATIONALITIES.items():
    WITH_NATIONALITIES[country] = WITH_NATIONALITIES.get(country, set()) | {people}
    WITH_NATIONALITIES[people] = WITH_NATIONALITIES.get(people, set()) | {country}
for noun, country in PEOPLES.items():
    WITH_NATIONALITIES[noun] = WITH_NATIONALITIES.get(noun, set()) | {country, NATIONALITIES[country]}


PAIR = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+")  # "India-Pakistan", "US-Venezuela"

# Another name a passage gives a country: "the UK pledged…" is news of Britain, "the USA" of America; and a
# capital: "Washington" is the "DC" a question names ("during his dec 2022 DC visit"); and a parliament is the
# Rada a question names ("why did the rada fire…").
ALIASES = {"uk": "britai", "usa": "americ", "washin": "dc", "parlia": "rada"}
# Names written in two words or in initials: "the United Kingdom", "the U.K." (its stems "u" and "k"); "U.S.-made
# Patriot systems" are the "American-made" ones a question asks about, and "the U.S." is "the US" too, which "США"
# is read as (`index.gazetteer`).
PAIRED_ALIASES = {
    ("united", "kingdo"): ("britai",), ("u", "k"): ("britai",), ("united", "states"): ("americ",),
    ("u", "s"): ("americ", "us"),
    # "the Russian Defense Ministry" is the "MoD" a question names.
    ("defens", "minist"): ("mod",), ("defenc", "minist"): ("mod",),
}  # fmt: skip


def with_aliases(stems: set[str]) -> set[str]:
    """A text's stems (`tokens`) with the stem of each country its `ALIASES` or `PAIRED_ALIASES` name."""
    paired = {name for pair, names in PAIRED_ALIASES.items() if set(pair) <= stems for name in names}
    return stems | {ALIASES[s] for s in stems if s in ALIASES} | paired


# Older or Russian-based English spellings, so one gazetteer stem finds both (`name_stems`).
SPELLING_VARIANTS = {"kiev": "kyiv", "odessa": "odesa", "lvov": "lviv"}
# A city's stem in its Russian-based spelling and in its Ukrainian one, either way round (`respelt`): RT's
# "Vinnitsa" is Vinnytsia.
CITY_SPELLINGS = SPELLING_VARIANTS | {
    "vinnit": "vinnyt", "kharko": "kharki", "lugans": "luhans", "dnepro": "dnipro", "zhitom": "zhytom",
    "zaporo": "zapori",
}  # fmt: skip
CITY_SPELLINGS |= {ukrainian: russian for russian, ukrainian in CITY_SPELLINGS.items()}


def respelt(term: str) -> set[str]:
    """A stem's other English spellings of a Ukrainian name: "ia" written "ya", or the other way round
    ("Sloviansk" and "Slovyansk"), and a city's Russian-based spelling ("Vinnitsa", "Kharkov")."""
    other = {CITY_SPELLINGS[term]} if term in CITY_SPELLINGS else set()
    return ({term.replace("ia", "ya"), term.replace("ya", "ia")} | other) - {term}


def with_spellings(stems: set[str]) -> set[str]:
    """A text's stems with each one's other spellings (`respelt`)."""
    return stems.union(*(respelt(s) for s in stems))


def mentions(stems: Iterable[str], words: set[str], members: Mapping[str, set[str]] = MEMBERS) -> bool:
    """Whether a passage's `words` mention a name's `stems`, each itself or through one of its `members`."""
    return all(s in words or members.get(s, set()) & words for s in stems)


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
    """Stems to look for in passages: content words in English, with the names its descriptions stand for
    (`described`: "the Kremlin leader" adds Putin); in other languages the names, in English spelling (match
    them with `prefixes`)."""
    if language == "en":
        words = [w for w in WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 1]
        return list(dict.fromkeys(stem(w) for w in [*words, *described(text)]))
    return list(dict.fromkeys(name for name, _, _ in foreign_names(text, language)))


# Names whose Ukrainian or Russian forms are ordinary words in lower case: "газа" is gas's genitive.
COMMON_IN_LOWER_CASE = {"gaza"}


def foreign_names(text: str, language: str, letters: int = NAME_PREFIX) -> list[tuple[str, bool, str]]:
    """(English stem, known to the gazetteer, the word) for each name in a Ukrainian or Russian question; a
    name the gazetteer does not know is transliterated without its case ending, to its first `letters` letters."""
    result = []
    for position, word in enumerate(NAME_WORD.findall(text)):
        known = english_stem(word)
        if known in COMMON_IN_LOWER_CASE and word.islower():
            continue  # "нефти, газа и угля": gas, not Gaza
        if known:
            result.append((known, True, word))
        elif position > 0 and word[:1].isupper() and len(word) > 2:
            if word.isupper():  # an acronym, not inflected, its "Є" an "e": "УЄФА" is UEFA
                bare = word.lower().replace("є", "е")
            else:
                bare = CASE_ENDING.sub("", word.lower()) if len(word) > 4 else word.lower()
            result.append((transliterate(bare, language)[:letters], False, word))
    return result


def name_stems(text: str) -> set[str]:
    """What names from a Ukrainian or Russian question are matched against: stem beginnings,
    with older spellings ("Kiev") also counted under the current one ("Kyiv")."""
    return name_stems_of(tokens(text))


def name_stems_of(stems: set[str]) -> set[str]:
    """`name_stems` of a text whose stems (`tokens`) are already cut."""
    return prefixes(stems | {SPELLING_VARIANTS[s] for s in stems if s in SPELLING_VARIANTS})


def _beginnings(stem: str) -> Iterator[str]:
    return (stem[:n] for n in range(SHORTEST_PREFIX, len(stem) + 1))


def prefixes(stems: Iterable[str]) -> set[str]:
    """Every beginning of each stem, so that a shorter name stem matches a longer passage stem."""
    return {b for s in stems for b in _beginnings(s)}


def prefix_frequencies(frequencies: Mapping[str, int]) -> dict[str, int]:
    """Passage counts for stem beginnings: the largest count among the stems that begin so."""
    result: dict[str, int] = {}
    for term, count in frequencies.items():
        for key in _beginnings(term):
            if count > result.get(key, 0):
                result[key] = count
    return result


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


def name_parts(name: str) -> list[str]:
    """The stems a passage must hold to mention a name: one per capitalised part of a hyphenated name (a
    lower-case part describes it: "Panama-registered" is mentioned by "the Panama-flagged Navi Star")."""
    parts = [part for part in name.split("-") if part]
    return [stem(part) for part in [p for p in parts if not p[0].islower()] or parts]


def rarest_missing_name(
    text: str, present: set[str], frequencies: Mapping[str, int], passages: int, language: str = "en"
) -> tuple[float, str | None]:
    """The IDF of the rarest name in the question that none of the given passages mention, and
    the name as the question spells it.

    "Hamas", "FARC" or "Kyoto" missing from every close passage means the question is about
    something the coverage does not hold. A region or a trade in MEMBERS ("Gulf") counts as mentioned by
    a passage naming one of its members ("Saudi"), and a country by its people's adjective ("Spanish" by
    "Spain", NATIONALITIES). A place or a party of another conflict that the gazetteer lists (ELSEWHERE:
    "Taiwan", "Hezbollah") weighs as a name no passage holds, however often the coverage mentions it in passing:
    no close passage naming it, the question is about another story. In Ukrainian and Russian only names
    the gazetteer knows
    count (a transliteration may simply be spelt otherwise); there `present` holds `name_stems`
    and `frequencies` comes from `prefix_frequencies`.
    """
    rarest: tuple[float, str | None] = (0.0, None)
    if language != "en":
        for name, known, word in foreign_names(text, language):
            if known and name not in present:
                weight = idf(0 if name in ELSEWHERE else frequencies.get(name, 0), passages)
                rarest = max(rarest, (weight, word), key=lambda r: r[0])
        return rarest
    for name in names(text):
        parts = name_parts(name)
        if parts and not mentions(parts, present, WITH_NATIONALITIES):
            # Two names joined by a hyphen weigh as the rarer: "India-Pakistan" as Pakistan ("Chelsea-owning" is one).
            weighed = parts if PAIR.fullmatch(name) else parts[:1]
            held = (
                0 if any(part in ELSEWHERE for part in parts) else min(frequencies.get(p, 0) for p in weighed)
            )
            weight = idf(held, passages)
            rarest = max(rarest, (weight, name), key=lambda r: r[0])
    return rarest


def rarest_present_name(
    text: str, present: set[str], frequencies: Mapping[str, int], passages: int, language: str = "en"
) -> tuple[frozenset[str], str] | None:
    """The rarest name in the question that the given passages do mention: the stems a passage must
    hold to mention it, and the name as the question spells it (None when they mention none).

    Arguments as for `rarest_missing_name`. In Ukrainian and Russian a transliterated name counts
    too: here the passages were found to spell it so.
    """
    found: list[tuple[float, frozenset[str], str]] = []
    if language != "en":
        for name, _, word in foreign_names(text, language):
            if name in present:
                found.append((idf(frequencies.get(name, 0), passages), frozenset({name}), word))
    else:
        for name in names(text):
            parts = frozenset(name_parts(name))
            if parts and mentions(parts, present):
                rarest_part = min(frequencies.get(p, 0) for p in parts)
                found.append((idf(rarest_part, passages), parts, name))
    if not found:
        return None
    _, stems, word = max(found, key=lambda f: f[0])
    return stems, word


def full_name(text: str, word: str) -> list[str]:
    """The names (`names`) run together with `word` in an English question (["Brittney", "Griner"] for
    "Brittney"); just [word] when it stands alone or is not found."""
    known = set(names(text))
    for run in re.findall(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*", text):
        parts = [p.removesuffix("'s").removesuffix("’s") for p in run.split()]
        parts = [p for p in parts if p in known]
        if word in parts:
            return parts
    return [word]
