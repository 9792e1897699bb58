"""Pure lookup of the everyday things a question asks about, which news of the talks seldom names.

"Which hotel did Ukraine's delegation stay at?", "What colour was Medinsky's shirt?", "Как зовут собаку
Путина?": such a question sits close to the coverage in meaning, because everything else in it (the
delegation, Istanbul, Putin) is covered, while the one thing it asks about is not. A passage that
answers it names that thing: the hotel, the shirt, the dog. So when none of the closest passages
holds the word, the coverage does not answer the question (the check is in index/search.py).

The words are nouns for lodging, meals, clothes, family, pets, the weather, interpreters, crews and
staff, colours, sport (cycling too), pay, gifts, landforms, food and cooking (recipes too), vitamins:
things that news of the talks mentions in passing at most. Words with a common second sense in this news are left
out ("room for compromise", "follow suit", "put pen to paper", "the temperature of relations"); "pilot"
stays, as "a pilot project" is rare in it.
"""

from __future__ import annotations

import re

from index.gazetteer import longest_first, longest_match
from index.glossary import LETTER_WORD

ENGLISH = set(
    """hotel hostel motel lodging apartment
    breakfast lunch dinner supper meal menu restaurant cafe coffee tea dessert wine vodka beer snack
    shirt jacket dress hat shoe sneaker sweater hoodie glasses sunglasses necktie
    wife husband spouse girlfriend boyfriend daughter son grandson granddaughter
    dog cat puppy
    weather rain snow
    pencil notebook
    interpreter translator
    pilot captain chauffeur bodyguard chef waiter
    colour color
    coach goalkeeper striker
    birthday hobby salary gift
    mountain volcano desert glacier waterfall
    chicken beef pork soup cake pasta pizza sandwich salad oven recipe borscht dumpling
    cycling cyclist
    vitamin""".split()
)
IRREGULAR = {"wives": "wife"}  # other plurals end in "s" or "es" ("hotels", "dresses")
# Words a passage may name an everyday thing by instead: an interpreter is often called a translator.
SAME_THING = {
    "interpreter": ("translator",),
    "translator": ("interpreter",),
    # "They are also paid at the same rate: around $500 per month."
    "salary": ("paid", "pay", "wage", "wages", "earn", "earns", "earned"),
    # "They decided to marry this winter…" tells of Makichyan's wife.
    **dict.fromkeys(
        ("wife", "husband", "spouse"), ("married", "marry", "marriage", "wedding", "bride", "groom")
    ),
}
# Asking who interpreted asks for an interpreter ("Who interpreted for the delegation?"), not how a remark
# was interpreted. English only: "переводил" also transfers money, and a Russian probe about Griner's
# interpreter was lost to it (docs/experiments.md).
INTERPRETING = re.compile(
    r"\b(?:interpret|translat)(?:ed|ing)\s+(?:for|between)\b|\bwho\s+(?:interpreted|translated)\b",
    re.IGNORECASE,
)
# Words around one that make it something else: "big cats" are lions and tigers, a "top dog" no pet, "a
# menu of sanctions" a list of choices (the dinner's is "the menu of the dinner"), a ship "flying Moscow's
# colours" its flag, and "true colours" a character.
OTHER_SENSE = re.compile(
    r"\b(?:big|wild)\s+cats?\b|\b(?:top|hot|sea|war)\s+dogs?\b|\bmenus?\s+of\s+(?!the\b)"
    r"|\b(?:fly|flies|flying|flew|under)\s+(?:[\w'’-]+\s+){0,2}colou?rs\b|\b(?:true|flying)\s+colou?rs\b",
    re.IGNORECASE,
)
# A verb: right after "to", "will" or "not", or a word or two after one with no "the" before it ("Can
# Ukraine weather the winter?", "to coach"); "Will the weather be fine?" asks about the weather.
VERB_BEFORE = re.compile(
    r"\b(?:to|can|could|will|would|may|might|must|should|not)\s+"
    r"(?:(?:[\w'’-]+\s+)?(?!(?:the|a|an|this|that|his|her|its|their|our|my|your)\s)[\w'’-]+\s+)?$",
    re.IGNORECASE,
)

# Ukrainian and Russian beginnings (matched like the glossary's), and short words matched whole. None
# marks a beginning that must not match: Russian "вечер" is an evening, Ukrainian "вечеря" a dinner.
BEGINNINGS = {
    "готел": "hotel", "гостиниц": "hotel", "отел": "hotel", "хостел": "hostel",
    "сніданок": "breakfast", "сніданк": "breakfast", "завтрак": "breakfast", "обід": "lunch",
    "обед": "lunch", "вечер": None, "вечеря": "dinner", "вечері": "dinner", "вечерю": "dinner",
    "ужин": "dinner", "ресторан": "restaurant",
    "сорочк": "shirt", "рубашк": "shirt", "краватк": "necktie", "галстук": "necktie",
    "піджак": "jacket", "пиджак": "jacket",
    "дружин": "wife", "доньк": "daughter", "дочер": "daughter",
    "собак": "dog", "кішк": "cat", "кошк": "cat",
    "погод": None, "дощ": "rain", "дожд": "rain", "сніг": "snow", "снег": "snow",
    "олівц": "pencil", "олівец": "pencil", "карандаш": "pencil",
    "перекладач": "interpreter", "переводчик": "interpreter",
    "пілот": "pilot", "пилот": "pilot", "капітан": "captain", "капитан": "captain",
    "водител": "chauffeur", "охоронц": "bodyguard", "охранник": "bodyguard",
    "колір": "colour", "кольор": "colour", "цвет": "colour", "тренер": "coach", "зарплат": "salary",
    "вулкан": "volcano", "пустел": "desert", "пустель": "desert", "льодовик": "glacier", "ледник": "glacier",
    "водоспад": "waterfall", "водопад": "waterfall", "подарун": "gift", "подарок": "gift", "подарк": "gift",
    "курк": "chicken", "куряч": "chicken", "куриц": "chicken", "курин": "chicken", "духовк": "oven",
    "торт": "cake", "салат": "salad", "бутерброд": "sandwich", "піц": "pizza", "пицц": "pizza",
    "рецепт": "recipe", "борщ": "borscht", "вареник": "dumpling", "пельмен": "dumpling", "велогонк": "cycling",
    "велосипедист": "cyclist", "вітамін": "vitamin", "витамин": "vitamin",
}  # fmt: skip
# "Погодитися" is to agree: the weather only in the noun's own forms.
WHOLE = {
    **dict.fromkeys("погода погоду погоди погоді погодою погоды погоде погодой".split(), "weather"),
    **dict.fromkeys("жена жены жене жену женой".split(), "wife"),
    **dict.fromkeys("муж мужа мужу мужем".split(), "husband"),
    **dict.fromkeys("дочь дочка дочки".split(), "daughter"),
    **dict.fromkeys("пес пса псом".split(), "dog"),
    **dict.fromkeys("кот кота коту котом кіт коти".split(), "cat"),
    **dict.fromkeys("кава каву кави кофе".split(), "coffee"),
    **dict.fromkeys("водій водія водієм".split(), "chauffeur"),
    **dict.fromkeys("гора гори горі гору горы".split(), "mountain"),
    **dict.fromkeys("суп супу супа супом".split(), "soup"),
    "меню": "menu",
}
_BEGINNINGS = longest_first(BEGINNINGS.items())


def everyday_words(text: str) -> list[str]:
    """The everyday things a question names, as English words, each once and in order."""
    found: list[str] = ["interpreter"] if INTERPRETING.search(text) else []
    text = OTHER_SENSE.sub(" ", text)
    for match in LETTER_WORD.finditer(text):
        if _first_name(text, match):
            continue
        word = match.group(0).lower()
        english = _english(word) if word.isascii() else longest_match(word, WHOLE, _BEGINNINGS)
        if english and not (word.isascii() and VERB_BEFORE.search(text[: match.start()])):
            found.append(english)
    return list(dict.fromkeys(found))


def _first_name(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised Cyrillic word within a sentence starts a full name: "Кіт" in "спецпосланець
    Трампа Кіт Келлог" is Keith, not a cat."""
    word = match.group(0)
    return (
        not word.isascii()
        and word[:1].isupper()
        and bool(text[: match.start()].strip())
        and not text[: match.start()].rstrip().endswith((".", "!", "?"))
        and re.match(r"\s+[^\W\d_]", text[match.end() :]) is not None
        and text[match.end() :].lstrip()[:1].isupper()
    )


def _english(word: str) -> str | None:
    """An English word of ENGLISH in the singular, or None ("hotels": "hotel", "wives": "wife")."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    for ending in ("", "s", "es"):
        if word.endswith(ending) and (single := word[: len(word) - len(ending)]) in ENGLISH:
            return single
    return None
