"""Pure translation of a Ukrainian or Russian question's topic words into English keywords.

The passages are English, so keyword search cannot match a Cyrillic question's words, and the
multilingual model carries such a question alone; on short or plainly worded ones ("Чи погодилася
Росія на перемир'я?") it drifts. A small glossary of the coverage's recurring subjects (prisoners,
exchanges, ceasefires, delegations, the grain deal…) gives those questions English keywords, which
then weigh in ranking as an English question's do. Names are the gazetteer's business
(index/gazetteer.py); this covers ordinary words.
"""

from __future__ import annotations

import re

from index.gazetteer import longest_first, longest_match

# Beginnings of Ukrainian and Russian words and the English words to look for. A question word matches
# the longest beginning it starts with; beginnings are long enough not to start common unrelated words.
BEGINNINGS = {
    # people held, swapped, returned
    "полон": "prisoners captive", "пленн": "prisoners captive", "плен": "captivity prisoners",
    "військовополон": "prisoners war", "военнопленн": "prisoners war",
    "обмін": "exchange swap", "обмен": "exchange swap", "обміня": "exchanged swapped", "обменя": "exchanged swapped",
    "звільн": "released freed liberated liberation", "освобод": "released freed liberated liberation",
    "повернул": "returned home", "вернул": "returned home",
    "повернен": "return returned", "возвращ": "return returned",
    "викрад": "abducted deported", "похищ": "abducted deported", "депорт": "deported",
    "загибл": "killed dead fallen", "погибш": "killed dead fallen", "жертв": "victims casualties",
    "біженц": "refugees", "беженц": "refugees", "жінок": "women", "женщин": "women",
    "журналіст": "journalists", "журналист": "journalists", "випускник": "graduates",
    "выпускник": "graduates", "студент": "students", "медик": "medics doctors medical",
    "лікар": "doctors medics", "врач": "doctors medics",
    # talks and deals
    "перемир": "ceasefire truce", "припинен": "ceasefire halt", "прекращен": "ceasefire halt",
    "переговор": "talks negotiations", "перемовин": "talks negotiations",
    "делегац": "delegation", "меморандум": "memorandum", "угод": "deal agreement", "сделк": "deal",
    "соглашен": "agreement deal", "домовил": "agreed", "договорил": "agreed", "домовленіст": "agreement",
    "договорен": "agreement", "зустріч": "meeting meet", "встреч": "meeting meet", "саміт": "summit",
    "саммит": "summit", "розмов": "call conversation talk", "разговор": "call conversation talk",
    "посередни": "mediator mediate", "посредни": "mediator mediate", "раунд": "round",
    "етап": "phase stage", "этап": "phase stage", "пропозиц": "proposal offer", "предложен": "proposal offer",
    "запропонув": "proposed offered", "предложи": "proposed offered", "вимаг": "demanded demands",
    "требова": "demanded demands", "вимог": "demands", "умов": "conditions terms", "услови": "conditions terms",
    "поступк": "concessions", "нейтраліт": "neutrality neutral", "нейтралит": "neutrality neutral",
    "гарант": "guarantees security", "безпек": "security", "безопасн": "security", "відмов": "refused rejected",
    "отказ": "refused rejected", "продовж": "extended extension", "продлил": "extended extension",
    "продлен": "extended extension", "призупин": "suspended", "приостанов": "suspended", "вийшл": "withdrew quit",
    "вышл": "withdrew quit", "вивед": "withdraw withdrawal", "вывод": "withdraw withdrawal",
    "членств": "membership", "вступ": "join accession", "легітим": "legitimacy legitimate",
    "легитим": "legitimacy legitimate", "відкрит": "open", "открыт": "open", "письм": "letter",
    "заяв": "said statement", "оголос": "announced", "объяв": "announced",
    "очолю": "led headed", "очоли": "led headed", "возглав": "led headed",
    # war
    "війн": "war", "войн": "war", "військов": "soldiers military servicemen troops", "військ": "troops military",
    "военн": "military soldiers servicemen troops", "войск": "troops military", "солдат": "soldiers",
    "територ": "territory territories", "референдум": "referendum", "анекс": "annexed annexation",
    "аннекс": "annexed annexation", "окупов": "occupied", "оккупир": "occupied", "окупант": "occupiers",
    "оккупант": "occupiers", "наступальн": "offensive", "наступлен": "offensive", "фронт": "front",
    "обстріл": "shelling attacks", "обстрел": "shelling attacks", "атак": "attack attacks", "удар": "strike strikes attack",
    "вибух": "explosion blast", "взрыв": "explosion blast", "дрон": "drones", "безпілот": "drones",
    "беспилот": "drones", "ракет": "missiles", "бомбардувальник": "bombers", "бомбардировщик": "bombers",
    "аеродром": "airfields bases", "аэродром": "airfields bases", "пілот": "pilots", "пилот": "pilots",
    "розвідк": "intelligence",
    "разведк": "intelligence", "мобіліз": "mobilization", "мобилиз": "mobilization", "зброї": "arms weapons",
    "зброя": "arms weapons", "оружи": "arms weapons", "атомн": "nuclear", "ядерн": "nuclear",
    "аес": "nuclear plant", "аэс": "nuclear plant",  # АЕС, АЭС: a nuclear power plant
    "отруєн": "poisoning poisoned", "отравлен": "poisoning poisoned", "симптом": "symptoms",
    # economy, grain, sanctions
    "санкц": "sanctions", "зернов": "grain", "зерн": "grain", "експорт": "exports", "экспорт": "exports",
    "продовольств": "food", "добрив": "fertilizer", "удобрен": "fertilizer", "судн": "ship vessel",
    "корабл": "ship", "електростанц": "plant power", "электростанц": "plant power", "енергет": "energy",
    "энергет": "energy", "нафт": "oil", "нефт": "oil", "економ": "economy economic", "эконом": "economy economic",
    "допомог": "aid assistance", "помощ": "aid assistance", "заморож": "frozen", "помощник": "aide adviser",
    "помічник": "aide adviser", "посольств": "embassy",
    "кордон": "border", "границ": "border", "баскетбол": "basketball", "торговц": "dealer",
    # offices and places
    "президент": "president", "міністр": "minister", "министр": "minister", "посол": "ambassador",
    "канцлер": "chancellor", "кремл": "kremlin", "столиц": "capital", "палац": "palace", "дворец": "palace",
    "дворц": "palace", "ватикан": "vatican", "турецьк": "turkish", "турец": "turkish", "американ": "american",
    "список": "list", "мирн": "peace",
}  # fmt: skip
# Short words matched whole, since their beginnings start unrelated words ("листопад" is November).
WHOLE_WORDS = {
    "мир": "peace", "миру": "peace", "тіла": "bodies", "тіл": "bodies", "тела": "bodies", "тел": "bodies",
    "дітей": "children", "діти": "children", "детей": "children", "дети": "children", "лист": "letter",
    "листі": "letter", "листа": "letter", "порт": "port", "порти": "ports", "портів": "ports", "порты": "ports",
    "портов": "ports", "газ": "gas", "газу": "gas", "вибори": "elections", "виборах": "elections",
    "виборів": "elections", "выборы": "elections", "выборах": "elections", "выборов": "elections",
    "папа": "pope", "папи": "pope", "папы": "pope", "активи": "assets", "активів": "assets", "активы": "assets",
    "активов": "assets",
}  # fmt: skip
_BEGINNINGS = longest_first(BEGINNINGS.items())
LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word that starts with a letter (index/everyday.py too)


def english_words(text: str) -> tuple[str, ...]:
    """English keywords for the topic words of a Ukrainian or Russian text, in order, each once."""
    found: list[str] = []
    for word in LETTER_WORD.findall(text.lower()):
        english = longest_match(word, WHOLE_WORDS, _BEGINNINGS)
        if english:
            found += english.split()
    return tuple(dict.fromkeys(found))


# A truce asked about in English, and the words a passage may tell of one by: a near miss on another war's
# ceasefire names its parties, which the coverage mentions in other stories ("Hezbollah", "Pakistan").
TRUCE_WORDS = ("ceasefire", "ceasefires", "truce", "truces", "armistice", "cease-fire")


def truce_words(text: str) -> tuple[str, ...]:
    """The words for a truce (TRUCE_WORDS), the text's own first, when an English text asks about one; else
    none."""
    own = [w for w in LETTER_WORD.findall(text.lower()) if w in TRUCE_WORDS]
    return tuple(dict.fromkeys([*own, *TRUCE_WORDS])) if own else ()
