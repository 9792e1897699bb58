"""Pure checks for a question asking what make something was: "What brand of trucks carried the drones?",
"Из пистолета какой марки был застрелен…?", "Якої марки були вантажівки…?".

News names a make when it knows one ("the family's Volkswagen Golf", "a Kalashnikov rifle", "DJI Mavic
drones") and otherwise says "trucks" or "the car". So when no sentence of the first quotes names a make of
the kind asked for, the coverage does not say which it was. A make is told by a list of the common makes of
each kind of thing (a make is often named without the thing: "his Mercedes"), or by a capitalised word
right before the thing's noun ("a Ford Transit van", "a Browning machine gun").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import takewhile

from index.gazetteer import longest_first, longest_match
from index.query import STOPWORDS
from index.roles import SENTENCE_END


def _make_pattern(makes: Iterable[str]) -> re.Pattern[str]:
    """Any of `makes`, as written or in capitals, standing as a word of its own (or starting a model)."""
    spelt = {form for make in makes for form in (make, make.upper())}
    return re.compile(
        "|".join(
            rf"(?<![\w-]){re.escape(form)}" + ("" if form.endswith("-") else r"(?![\w])")
            for form in sorted(spelt, key=len, reverse=True)
        )
    )


# Kinds of things with the nouns a question and a passage name them by, and their common makes as news writes
# them (matched as words of their own, or in capitals: "KAMAZ"; one ending in "-" starts a model: "Su-24").
VEHICLE_NOUNS = (
    "car cars vehicle vehicles suv suvs van vans truck trucks lorry lorries pickup pickups bus buses "
    "minibus jeep limousine motorcycle tractor sedan"
).split()
VEHICLE_MAKES = (
    "Volkswagen VW Ford Toyota Mercedes BMW Audi Skoda Hyundai Kia Mazda Nissan Honda Renault Peugeot "
    "Citroen Fiat Volvo Scania MAN Iveco DAF Kamaz KamAZ MAZ GAZ UAZ ZIL Ural Lada Zhiguli Moskvich Tesla "
    "Rover Lexus Porsche Bentley Rolls-Royce Ferrari Lamborghini Maserati Aurus Chevrolet Cadillac Dodge "
    "Chrysler GMC Mitsubishi Subaru Suzuki Opel Dacia Bogdan ZAZ Geely Chery Isuzu Hummer Humvee PAZ LiAZ "
    "Sprinter Transit Tundra Golf"
).split()
GUN_NOUNS = "gun guns pistol pistols handgun rifle rifles weapon weapons shotgun revolver".split()
GUN_MAKES = (
    "Glock Beretta Makarov Kalashnikov AK-47 AK-74 AK SIG Sauer Colt Walther Heckler Browning Remington "
    "Winchester Mauser Tokarev Dragunov Barrett Luger Uzi M4 M16 AR-15"
).split()
AIRCRAFT_NOUNS = (
    "aircraft plane planes jet jets airliner helicopter helicopters drone drones uav uavs fighter fighters"
).split()
AIRCRAFT_MAKES = (
    "Boeing Airbus Gulfstream Embraer Bombardier Cessna Dassault Falcon Lockheed F-16 F-35 F-35A Su- MiG Tu- "
    "Il- An- Mi- Sukhoi Tupolev Ilyushin Antonov Sikorsky Bayraktar Shahed Geran Orlan Lancet DJI Mavic "
    "Switchblade Reaper Predator TB2"
).split()
# "What type of missile hit the train station…": a model ("an Iskander missile", "Kh-101", "S-300").
MISSILE_NOUNS = "missile missiles rocket rockets".split()
MISSILE_MAKES = (
    "Iskander Iskander-M Kalibr Kinzhal Kh- Oniks Onyx Zircon Tsirkon Tochka Tochka-U S-300 S-400 Tornado Grad "
    "Smerch Uragan Oreshnik Sarmat Yars HIMARS ATACMS Storm Shadow SCALP Neptune Harpoon Patriot Taurus "
    "Tomahawk P-800"
).split()
OTHER_MAKES = (
    "Coca-Cola Coke Pepsi Nike Adidas Puma Apple iPhone Samsung Nokia Huawei Xiaomi Rolex Omega Smirnoff "
    "Absolut Nemiroff Gucci Prada Zara Starlink"
).split()
KINDS = {
    "vehicle": (VEHICLE_NOUNS, VEHICLE_MAKES),
    "gun": (GUN_NOUNS, GUN_MAKES),
    "aircraft": (AIRCRAFT_NOUNS, AIRCRAFT_MAKES),
    "missile": (MISSILE_NOUNS, MISSILE_MAKES),
}
ALL_MAKES = VEHICLE_MAKES + GUN_MAKES + AIRCRAFT_MAKES + MISSILE_MAKES + OTHER_MAKES
_MAKES = {kind: _make_pattern(makes) for kind, (_, makes) in KINDS.items()} | {None: _make_pattern(ALL_MAKES)}

# "What make of trucks…", "Which brand of soft drink…", "What brand was the hoodie…", "What car brand…": the
# words after "of" or "was the" (or before "brand") name the thing. A model of something else is no make
# ("What model of peace settlement…"), so "model" and "What X brand" count only for the kinds above, as do
# "type" and "kind" ("what type of russian planes…" asks for a model, "Su-27" or "MiG-31").
ASKED = re.compile(
    r"\b(?:what|which)\s+(make|brand|model|type|kind)s?\s+(?:and\s+(?:make|brand|model|type)\s+)?(?:of|(?:was|were|is|are)\s+(?:the|a|an|his|her|their|its))\s+"
    r"((?:[\w-]+\s+){0,2}[\w-]+)"
    r"|\b(?:what|which)\s+((?:[\w-]+\s+){0,1}[\w-]+)\s+(?:make|brand|model)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# Ukrainian and Russian: a make is "марка" (in lower case: "Марк" is a name) or "бренд", or for the kinds
# above "модель"; the thing, by its word beginnings.
CYRILLIC_MAKE = re.compile(r"(?<!\w)(?:марк|бренд|модел)[^\W\d_]*")
CYRILLIC_THINGS = longest_first(
    {
        "автомобіл": "vehicle", "автомобил": "vehicle", "машин": "vehicle",
        "вантажівк": "vehicle", "грузовик": "vehicle", "позашляховик": "vehicle",
        "внедорожник": "vehicle", "автобус": "vehicle", "мікроавтобус": "vehicle", "микроавтобус": "vehicle",
        "фургон": "vehicle", "пістолет": "gun", "пистолет": "gun", "гвинтівк": "gun", "винтовк": "gun",
        "автомат": "gun", "рушниц": "gun", "ружь": "gun", "зброї": "gun", "зброя": "gun", "оружи": "gun",
        "кулемет": "gun", "пулемет": "gun", "пулемёт": "gun", "літак": "aircraft", "самолет": "aircraft",
        "самолёт": "aircraft", "гелікоптер": "aircraft", "вертоліт": "aircraft", "вертолет": "aircraft",
        "вертольот": "aircraft", "дрон": "aircraft", "безпілотник": "aircraft", "беспилотник": "aircraft",
        "ракет": "missile",
    }.items()
)  # fmt: skip


@dataclass(frozen=True)
class AskedMake:
    """The make a question asks for: the kind of thing (None when the list does not know it) and the noun
    it names the thing by, when in English."""

    kind: str | None
    noun: str | None = None
    # Makes the question itself names ("…to intercept the Su-24"): they name no other.
    given: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What a refusal says no close passage names: the make of “trucks”."""
        return f"the make of “{self.noun}”" if self.noun else "a make"


def _kind_of(noun: str) -> str | None:
    return next((kind for kind, (nouns, _) in KINDS.items() if noun in nouns), None)


def asked_make(question: str, language: str = "en") -> AskedMake | None:
    """The make an English, Ukrainian or Russian question asks for, if it asks for one."""
    if language != "en":
        asked = CYRILLIC_MAKE.findall(question)
        if not asked:
            return None
        words = re.findall(r"[^\W\d_]+", question.lower())
        kind = next((kind for word in words if (kind := longest_match(word, {}, CYRILLIC_THINGS))), None)
        return AskedMake(kind) if kind or not all(w.startswith("модел") for w in asked) else None
    match = ASKED.search(question)
    if not match:
        return None
    asking, thing, before = match.groups()
    # The thing's words run up to a word such as "did" or a name ("the orange hoodie Brittney Griner wore"),
    # past a people's adjective before them ("What type of Russian planes…").
    written = (thing or before).split()
    written = written[1:] if len(written) > 1 and _is_peoples(written[0]) else written
    words = [
        word.lower()
        for word in takewhile(
            lambda word: word.lower() not in STOPWORDS and (not word[:1].isupper() or _kind_of(word.lower())),
            written,
        )
    ]
    while len(words) > 1 and words[-1].endswith("ed"):  # "bicycle carried": a verb follows the thing
        words.pop()
    if not words:
        return None
    # The thing is the first word that names a known kind ("machine gun", "trucks carried drones"), else
    # the last before a word such as "did" ("soft drink").
    noun = next((word for word in words if _kind_of(word)), words[-1])
    kind = _kind_of(noun)
    if kind is None and (before or asking.lower() in ("model", "type", "kind")):
        return None
    # "What kind of weapons…" asks for arms of any sort (HIMARS, tanks), not a gun's make.
    if (asking or "").lower() in ("type", "kind") and noun in ("weapon", "weapons"):
        return None
    return AskedMake(kind, noun, tuple(_named_makes(_MAKES[kind], question)))


# Capitalised words before a noun that say where a thing is from, not who made it ("Russian trucks", "Israeli
# drones", "Soviet-era jets"), by their endings.
NATIONALITY = re.compile(r"(?:ian|ish|ese|ean|an|i|ch|et|era)$")


# Words that make a kind of thing of a noun, across which a make still names it ("a Browning machine gun"),
# unlike a verb ("Zelensky said truck drivers…").
MODIFIERS = (
    "machine assault sniper heavy light cargo pickup flatbed delivery armoured armored utility military "
    "fighter attack combat passenger private business transport"
).split()
_MODIFIER = "|".join(MODIFIERS)


def _capitalised_before(nouns: Iterable[str], sentence: str) -> bool:
    """A capitalised word, not the sentence's first nor a nationality, right before one of `nouns` or across
    one word such as "machine" ("a Ford Transit van", "a Browning machine gun")."""
    pattern = "|".join(re.escape(noun) for noun in nouns)
    for match in re.finditer(rf"(?<=\s)([A-Z][\w’'-]*)\s+(?:(?:{_MODIFIER})\s+)?(?:{pattern})\b", sentence):
        word = match.group(1)
        # Not a kind of drone ("an FPV drone"), which names no model.
        if word not in {"The", "A", "An", "FPV", "UAV", "UAVs"} and not NATIONALITY.search(word):
            return True
    return False


def _is_peoples(word: str) -> bool:
    """Whether a capitalised word is a people's adjective (`NATIONALITY`): "Russian", "Soviet-era"."""
    return word[:1].isupper() and NATIONALITY.search(word) is not None


def _named_makes(makes: re.Pattern[str], text: str) -> list[str]:
    """The makes `makes` finds in a text, each as its whole word ("Su-24", not "Su-")."""
    return [re.match(r"[\w-]+", text[match.start() :]).group().lower() for match in makes.finditer(text)]


def names_make(asked: AskedMake, texts: Iterable[str]) -> bool:
    """Whether some sentence of `texts` names a make of the kind asked for, other than one the question names."""
    nouns = KINDS[asked.kind][0] if asked.kind else [asked.noun] if asked.noun else []
    makes = _MAKES[asked.kind]
    for text in texts:
        for sentence in SENTENCE_END.split(text):
            if set(_named_makes(makes, sentence)) - set(asked.given) or (
                nouns and _capitalised_before(nouns, sentence)
            ):
                return True
    return False
