"""Names in Ukrainian and Russian with the spelling English news uses, for matching questions in
those languages against English passages.

Letter-by-letter transliteration fails on exactly the names that matter ("Росія" is not "Rosiya"
in English, "Мединський" not "Medynsky") and on case endings ("Путіна", "Путину"). Each entry maps
the English stem (a prefix of the English word, as `index.terms.stem` cuts it) to Cyrillic word
beginnings that survive declension; `EXACT` lists short words that only match whole.

Besides the people and places of the coverage, other conflicts are listed, so that a Ukrainian or
Russian question about, say, Hamas can be told apart from one about the talks in Istanbul.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")

PLACES: dict[str, tuple[str, ...]] = {
    # The coverage: countries, places, institutions.
    "russia": ("росі", "росс"),
    "ukrain": ("україн", "украин"),
    "istanb": ("стамбул",),
    "hague": ("гааг", "гааз"),  # The Hague: "у Гаазі", "в Гааге"
    "kanana": ("кананаскіс", "кананаскис"),  # Kananaskis, the G7 summit of June 2025
    "kyiv": ("київ", "києв", "киев"),
    "moscow": ("москв",),
    "kremli": ("кремл",),
    "turke": ("туреч", "турці", "турци"),
    "turkis": ("турецьк", "турецк"),
    "vatica": ("ватикан",),
    "beijin": ("пекін", "пекин"),
    "europe": ("європ", "европ"),
    "belaru": ("білорус", "беларус"),
    "minsk": ("мінськ", "минск"),
    "crimea": ("крым", "кримськ"),
    "donbas": ("донбас",),
    "donets": ("донецьк", "донецк", "донеччин"),
    "luhans": ("луганськ", "луганск", "луганщ"),
    "kherso": ("херсон",),
    "zapori": ("запоріж", "запорож"),
    "mariup": ("маріупол", "мариупол"),
    "melito": ("мелітопол", "мелитопол"),
    "odes": ("одес", "одещин"),
    "lviv": ("львів", "львов"),
    "sochi": ("сочі", "сочи"),
    "sevast": ("севастопол",),
    "oleniv": ("оленів", "еленов"),
    "azov": ("азов",),
    "kursk": ("курськ", "курск"),
    "ankara": ("анкар",),
    "austri": ("австрі", "австри"),
    "saudi": ("саудів", "саудов"),
    "jeddah": ("джидд",),
    "riyadh": ("ер-ріяд", "эр-рияд", "ріяд", "рияд"),
    "geneva": ("женев",),
    "washin": ("вашингтон",),
    "africa": ("африк",),
    # Countries the coverage names often, by the noun and, where English spells it otherwise, the adjective.
    "german": ("німеччин", "німецьк", "германи", "германск", "немецк", "фрг"),
    "hungar": ("угорщин", "угорськ", "венгри", "венгерск"),
    "france": ("франці", "франци"),
    "french": ("французьк", "французск"),
    "britai": ("британі", "британи", "великобритан"),
    "britis": ("британськ", "британск"),
    "poland": ("польщ", "польш"),
    "polish": ("польськ", "польск"),
    "china": ("китаї", "китае", "китаю", "китаєм", "китаем"),
    "chines": ("китайськ", "китайск"),
    "romani": ("румуні", "румыни", "румунськ", "румынск"),
    "finlan": ("фінлянд", "финлянд"),
    "finnis": ("фінськ", "финск"),
    "sweden": ("швеці", "швеци"),
    "swedis": ("шведськ", "шведск"),
    "slovak": ("словаччин", "словакі", "словаки", "словацьк", "словацк"),
    "italy": ("італі", "итали"),
    "italia": ("італійськ", "итальянск"),
    "switze": ("швейцарі", "швейцари"),
    "swiss": ("швейцарськ", "швейцарск"),
    "estoni": ("естоні", "эстони"),
    "latvia": ("латві", "латви"),
    "lithua": ("литв",),
    "americ": ("америк", "американськ", "американск"),
    # Ukrainian and Russian towns and cities in the news.
    "kharki": ("харків", "харьков"),
    "dnipro": ("дніпр", "днепр"),
    "mykola": ("миколаїв", "николаев"),
    "cherni": ("чернігів", "чернигов"),
    "irpin": ("ірпін", "ирпен"),
    "bucha": ("бучі", "бучу", "буче", "бучанськ", "бучанск"),
    "bakhmu": ("бахмут",),
    "pokrov": ("покровськ", "покровск"),
    "lysych": ("лисичанськ", "лисичанск"),
    "kramat": ("краматорськ", "краматорск"),
    "belgor": ("бєлгород", "белгород"),
    "bryans": ("брянськ", "брянск"),
    "kerch": ("керч",),
    # Regions and their centres ("Сумщина" is Sumy Oblast); not "суми"/"сумы", which are also sums of money.
    # Not those Russian-based English spells otherwise ("Vinnitsa", "Zhitomir"): transliterated, they match both.
    "sumy": ("сумщин", "сумськ", "сумск"),
    "poltav": ("полтав",),
    "cherka": ("черкас", "черкащин"),
    "ternop": ("терноп",),
    "alaska": ("аляск",),
    "vilniu": ("вільнюс", "вильнюс"),
    "london": ("лондон",),
    "paris": ("париж",),
    "berlin": ("берлін", "берлин"),
    "brusse": ("брюссел",),
    "warsaw": ("варшав",),
    "budape": ("будапешт",),
    "madrid": ("мадрид",),
}

PEOPLE: dict[str, tuple[str, ...]] = {
    # The coverage: people.
    "putin": ("путін", "путин"),
    "zelens": ("зеленськ", "зеленск"),
    "trump": ("трамп",),
    "erdoga": ("ердоган", "эрдоган"),
    "guterr": ("гутерр",),
    "medins": ("мединськ", "мединск", "мєдінськ", "мединс"),
    "lavrov": ("лавров",),
    "peskov": ("пєсков", "песков"),
    "umerov": ("умєров", "умеров"),
    "sybiha": ("сибіг", "сибиг"),
    "yermak": ("єрмак", "ермак"),
    "nicuso": ("нікушор", "никушор"),  # Nicusor Dan, elected Romania's president in May 2025
    "simion": ("сіміон", "симион"),  # George Simion, whom he defeated
    "budano": ("буданов",),
    "kellog": ("келлог", "келог"),
    "witkof": ("віткоф", "уиткоф"),
    "rubio": ("рубіо", "рубио"),
    "elon": ("ілон", "илон"),
    "macron": ("макрон",),
    "scholz": ("шольц",),
    "biden": ("байден",),
    "johnso": ("джонсон",),  # Boris Johnson
    "nehamm": ("нехаммер", "негаммер"),
    "griner": ("грайнер", "гріннер", "гриннер"),
    "whelan": ("вілан", "уилан"),
    "medved": ("медведчук",),
    "abramo": ("абрамович",),
    "podoly": ("подоляк",),
    "arakha": ("арахамі", "арахами"),
    "kuleba": ("кулеб",),
    "fidan": ("фідан", "фидан"),
    "jinpin": ("цзіньпін", "цзиньпин"),
    "pontif": ("понтифік", "понтифик"),
    "zaluzh": ("залужн",),
    "syrsky": ("сирськ", "сырск"),
    "shoigu": ("шойгу",),
    "gerasi": ("герасимов",),
    "prigoz": ("пригожин",),
    "kadyro": ("кадиров", "кадыров"),
    "lukash": ("лукашенк",),
    "stolte": ("столтенберг",),
    "rutte": ("рютте",),
    "starme": ("стармер",),
    "orban": ("орбан",),
    "blinke": ("блінкен", "блинкен"),
    "navaln": ("навальн",),
    "kurz": ("курц",),
    "nawroc": ("навроцьк", "навроцк"),
    "lubine": ("лубінец", "лубинец", "лубінц", "лубинц"),
    "reznik": ("резніков", "резников"),
    "zakhar": ("захаров",),
    "franci": ("франциск",),  # the pope, not France
    "dmitri": ("дмитрієв", "дмитриев"),  # Kirill Dmitriev, not the first name Dmitry ("дмитро", "дмитрий")
    "porosh": ("порошенк",),
    "kallas": ("каллас",),
    "nebenz": ("небенз",),
    "hegset": ("гегсет", "хегсет"),
    "pushil": ("пушилін", "пушилин"),
    "dugin": ("дугін", "дугин"),
    "sunak": ("сунак",),
    "haidai": ("гайдай",),
}

ELSEWHERE: dict[str, tuple[str, ...]] = {
    # Other conflicts and their parties: named in near misses, not in the coverage's answers.
    "israel": ("ізраїл", "израил"),
    "hamas": ("хамас",),
    "hezbol": ("хезбол", "хесбол", "хізбал", "хизбал"),
    "lebano": ("ліван", "ливан"),
    "sudan": ("судан",),
    "yemen": ("ємен", "йемен"),
    "houthi": ("хусит", "хуситы"),
    "colomb": ("колумбі", "колумби"),
    "armeni": ("вірмен", "армен"),
    "azerba": ("азербайдж",),
    "karaba": ("карабах",),
    "korea": ("корей",),
    "cyprus": ("кіпр", "кипр"),
    "ethiop": ("ефіоп", "эфиоп"),
    "tigray": ("тиграй", "тигре", "тыграй"),
    "eritre": ("еритре", "эритре"),
    "pakist": ("пакистан",),
    "thaila": ("таїланд", "таиланд"),
    "cambod": ("камбодж",),
    "taiwan": ("тайван",),
    "kosovo": ("косов",),
    "serbia": ("сербі", "серби"),
    "bosnia": ("босні", "босни"),
    "rwanda": ("руанд",),
    "venezu": ("венесуел", "венесуэл"),
    "afghan": ("афганіст", "афганист"),
    "taliba": ("талібан", "талибан"),
    "palest": ("палестин",),
    "jerusa": ("єрусалим", "иерусалим"),
    "irelan": ("ірланд", "ирланд"),
    "chechn": ("чечн",),
    "moldov": ("молдов",),
    "transn": ("придністров", "приднестров"),
    "nagorn": ("нагірн", "нагорн"),
    "abkhaz": ("абхаз",),
    "osseti": ("осеті", "осети"),
    "kashmi": ("кашмір", "кашмир"),
    "iraq": ("ірак", "ирак"),
    "qatar": ("катар",),
    "egypt": ("єгип", "егип"),
    "jordan": ("йордані", "иордани"),
    "somali": ("сомал",),
    "nigeri": ("нігері", "нигери"),
    "congo": ("конго",),
    "myanma": ("м'янм", "мʼянм", "мьянм"),
    "philip": ("філіппін", "филиппин"),
    "mozamb": ("мозамбі", "мозамби"),
    "nepal": ("непал",),
    "sri": ("шрі-ланк", "шри-ланк"),
    "haiti": ("гаїт", "гаит"),
    "vietna": ("в'єтнам", "вʼєтнам", "вьетнам"),
    "japan": ("японі", "япони"),
    "dayton": ("дейтон",),
    "camp": ("кемп-девід", "кэмп-дэвид"),
    "hermit": ("ермітаж", "эрмитаж"),
    "tajiki": ("таджикист",),
}

PREFIXES = PLACES | PEOPLE | ELSEWHERE

# Short names whose beginnings are ordinary words ("маска" is a mask, "папаха" a hat): people, then the rest.
EXACT_PEOPLE: dict[str, tuple[str, ...]] = {
    "musk": ("маск", "маска", "маску", "маском", "маскові"),
    "vance": ("венс", "венса", "венсу", "венсом", "вэнс", "вэнса", "вэнсу", "вэнсом"),
    "pope": ("папа", "папи", "папу", "папою", "папі", "папы", "папой", "папе"),
    "xi": ("сі", "си"),
    "bout": ("бут", "бута", "буту", "бутом"),
    "merz": ("мерц", "мерца", "мерцу", "мерцом", "мерці", "мерце"),
}
EXACT: dict[str, tuple[str, ...]] = EXACT_PEOPLE | {
    "un": ("оон",),
    "us": ("сша",),
    "nato": ("нато",),
    "eu": ("єс", "ес"),
    "crimea": ("крим", "криму", "кримом"),
    "korea": ("корея", "кореї", "корею", "кореєю", "кореи", "корее"),
    "gaza": ("газа", "гази", "газі", "газе", "газой", "газою"),
    "india": ("індія", "індії", "індію", "індією", "индия", "индии", "индию", "индией"),
    "syria": ("сирія", "сирії", "сирію", "сирия", "сирии", "сирию"),
    "libya": ("лівія", "лівії", "ливия", "ливии"),
    "iran": ("іран", "ірану", "іраном", "ірані", "иран", "ирана", "ирану", "ираном", "иране"),
    "georgi": ("грузія", "грузії", "грузію", "грузією", "грузия", "грузии", "грузию", "грузией"),
    "oslo": ("осло",),
    "doha": ("доха", "дохи", "дохе"),  # not "досі", which is also "still"
    "china": ("китай",),
    "bucha": ("буча",),
    "cuba": ("куба", "куби", "кубу", "кубі", "кубою", "кубы", "кубе", "кубой"),
}


def longest_match(word: str, whole: Mapping[str, T], beginnings: Sequence[tuple[str, T]]) -> T | None:
    """What a lower-case Cyrillic `word` maps to: its entry in `whole` if it has one, else the value of
    the longest of `beginnings` (ordered longest first) that it starts with; None when neither."""
    if word in whole:
        return whole[word]
    return next((value for beginning, value in beginnings if word.startswith(beginning)), None)


def longest_first(pairs: Iterable[tuple[str, T]]) -> list[tuple[str, T]]:
    """(beginning, value) pairs ordered for `longest_match`."""
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


_WHOLE_NAMES = {form: english for english, forms in EXACT.items() for form in forms}
_NAME_BEGINNINGS = longest_first(
    (prefix, english) for english, prefixes in PREFIXES.items() for prefix in prefixes
)


NAME_WORD = re.compile(r"[^\W\d_][\w-]*")  # a word that may be a name: from a letter, hyphens kept


def english_stem(word: str) -> str | None:
    """The English stem of a Ukrainian or Russian name, or None if the gazetteer does not know it."""
    return longest_match(word.lower(), _WHOLE_NAMES, _NAME_BEGINNINGS)


def is_person(word: str) -> bool:
    """Whether a Ukrainian or Russian word is the name of a person the gazetteer knows ("зеленский")."""
    english = english_stem(word)
    return english is not None and (english in PEOPLE or english in EXACT_PEOPLE)


def known_names(text: str) -> tuple[str, ...]:
    """The English stems of the names the gazetteer knows in a Ukrainian or Russian text, in order, each once."""
    found = (english_stem(word) for word in NAME_WORD.findall(text))
    return tuple(dict.fromkeys(name for name in found if name is not None))
