"""Pure checks behind abstention on questions that ask for a quantity: does any close passage hold one?

"How many journalists were accredited?", "How old is Umerov?", "How much is a ferry ticket?" can sit
close to the coverage in meaning while no close passage holds the number asked for. Passages that
answer such a question hold a count next to the thing counted, an age, a sum of money, the length of
the thing that lasted, a time of day, a measure (a distance, a percentage…) or a date; when none of them
does, the coverage does not answer it. Ukrainian and Russian questions are read for money, lengths,
times of day, measures, dates and counts of what the glossary can name in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from itertools import takewhile

from index.abstain import ORDINAL, named_numbers, number_value
from index.chunk import rough_sentences
from index.gazetteer import ELSEWHERE, PLACES, english_stem, is_person, longest_first, longest_match
from index.glossary import english_words
from index.outcome import DONE_ALIKE, past_forms, verb_bases
from index.people import NOT_NAME_ENDS, PEOPLE_ADJECTIVES, PERSON_NOUN_WORDS, TITLES, is_a_people
from index.query import IS_MONTH, MONTH_NAMES, MONTHS, STOPWORDS, day_beside_month, find_period
from index.support import ANSWER_KINDS, MIN_MATCH, holds_word, quoted, word_beginnings
from index.terms import (
    CASE_ENDING,
    NAME_PREFIX,
    NATIONALITIES,
    WORD,
    foreign_names,
    stem,
    tokens,
    transliterate,
)

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    "thousands?|millions?|billions?|dozens?|half|a couple"
)
NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
# A count stands next to what it counts: at most COUNT_REACH words before it ("2,000 Russian
# peacekeepers", "dozens of civilians"), or, in figures, just after it ("prisoners swapped: 390").
COUNT_REACH = 3
NUMBER_OF_REACH = 6  # "the number of destroyers stationed there to six": words from "of" to the noun, and on
# The words that set a number to its figure: "…to six", "…has reached 5 million", "…stood at 12".
SET_TO = set("to at reached hit was is were are totalled totaled exceeded topped".split())
COUNT_TOKEN = re.compile(r"\d[\d,.]*|[\w’']+")
# The same, with a model's letters, hyphen and number one word: "AN-196 drones" are no 196 drones, and "three
# Tu-95MS strategic bombers" are three bombers.
COUNTED_TOKEN = re.compile(r"\b[A-Za-z]{1,4}\d{0,3}-\d[\w-]*|\d[\d,.]*|[\w’']+")
IS_COUNT = re.compile(rf"\d[\d,.]*|{NUMBER_WORDS}|couple", re.IGNORECASE)
# Numbers that count nothing: a year ("in 2016"), a day of a month ("May 16", "16 May"), a time of day.
# An age too: "servicemen under the age of 25 were returned", "soldiers under 25" count none of them.
NOT_A_COUNT = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d)s?\b|{day_beside_month()}|\b\d{{1,2}}:\d\d\b"
    r"|\b(?:aged|ages? of)\s+\d{1,3}\b(?:\s*(?:to|-|–|and)\s*\d{1,3}\b)?"
    r"|(?:(?<=those )|(?<=people )|(?<=men )|(?<=soldiers )|(?<=servicemen )|(?<=prisoners )|(?<=children )"
    r"|(?<=troops )|(?<=POWs ))(?:aged\s+)?(?:under|over|below|above)\s+\d{1,2}\b(?![.,]\d)",
    re.IGNORECASE,
)
UNITS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)"
UNIT = re.compile(UNITS, re.IGNORECASE)
# "Two hours", "an 80-minute call", "a year and a half", "a 30-day ceasefire" ("a second round" is no length).
DURATION = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{NUMBER_WORDS}|several|few))[\s-]+(?:and a half[\s-]+)?{UNITS}\b"
    r"|\ban?\s+(?:minute|hour|day|night|week|month|year|decade)\b"
    # How long something will go on, told by the year it runs to: "extend the agreement until 2028".
    r"|\b(?:until|till|through|beyond)\s+(?:at\s+least\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
AGE = re.compile(
    r"\b\d{1,3}[\s-]years?[\s-]old\b|\baged?\s+(?:between\s+|from\s+)?\d{1,3}\b|\bage of \d{1,3}\b|, \d{2},"
    # "Vladislav was 29 at the time", "was only 17 when…", "Viktor was 75.", "turned 60"
    r"|\b(?:was|is)\s+(?:just\s+|only\s+)?\d{1,2}(?:\s+(?:at\s+the\s+time|when)\b|(?=\.(?:\s|$)))"
    r"|\bturned\s+\d{1,2}\b"
    # "born in 1982", "born in St. Petersburg in 1952", not "born in Uzbekistan" or "born after 2014"
    r"|(?<!-)\bborn\b(?!\s+(?:after|before|since|into|out)\b)[^;]{0,60}?\b(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)
# A person named in full: two or more capitalised words in a row, a possessive ending the run.
FULL_NAME = re.compile(r"(?<!^)\b((?:[A-Z][\w’'-]*(?<!['’]s) )+[A-Z][\w’'-]*)")
CURRENCY_WORDS = (
    r"(?:dollars?|euros?|pounds?|liras?|hryvnias?|hryvnia|rubles?|roubles?|francs?|yuan|won|kronor|kroner|krona"
    r"|zloty)"
)
MONEY = re.compile(
    rf"[$€£₴₽]\s?\d|\d[\d,.]*\s*(?:million|billion|trillion|bn|m)?\s*{CURRENCY_WORDS}\b|\b(?:USD|EUR|GBP|UAH|RUB)\b",
    re.IGNORECASE,
)

_NOT_AND = r"(?!(?:and|or)\b)[\w’'-]+"
# "how many Russian soldiers", "how many towns and villages": up to four words (`_counted_phrase`), and one
# more after "and".
# A model of aircraft, missile or air defence: "Tu-160", "Su-35", "F-16", "S-400", "Tu-22M3".
MODEL = re.compile(r"\b[A-Z][A-Za-z]{0,3}(?:\d{1,3})?-\d+[A-Z\d]*\b")
# Weapons the coverage names by a name with no number ("Harpoon", "HIMARS"): a count of them is told in a
# sentence naming them, as a model's is. "Two of the missiles were intercepted" over Odesa counts no Harpoons.
NAMED_WEAPON = re.compile(
    r"\b(?:Harpoon|HIMARS|Javelin|Stinger|Kalibr|Iskander|Kinzhal|ATACMS|Storm Shadow|SCALP|Tomahawk|Taurus"
    r"|Leopard|Abrams|Challenger|Bradley|Bayraktar|Switchblade|NLAW|Gepard|Patriot|Oreshnik|Neptune|Zircon)\b"
)
HOW_MANY = re.compile(
    # "exact number of ukrainian pows freed in the june 9 2025 swap", typed without "what is the".
    # Not "total number of…": blind74's vc16 ("total number of russian air strikes…") is told as "48,600 aerial
    # attacks", and a count of strikes put another quote first.
    rf"(?:\bhow many|^\W*(?:the\s+)?(?:exact|precise)\s+number\s+of)\s+"
    rf"((?:{_NOT_AND}\s+){{0,3}}{_NOT_AND}(?:\s+(?:and|or)\s+[\w’'-]+)?)",
    re.IGNORECASE,
)
# The day a report was made ("ABC reported on May 19", "the ministry said on June 3"), and a question asking
# when something was said, for which that day is the answer.
REPORTED_ON = re.compile(
    r"\b(?:reported|reports|said|says|told\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?|wrote|added|stated|claimed"
    r"|reported\s+by\s+[\w’'-]+)\s+(?:in\s+an?\s+(?:interview|statement|video|post)\s+(?:with\s+[\w’'-]+\s+)?)?"
    # "…told the Financial Times in an interview published June 4".
    r"(?:(?:in\s+an?\s+)?(?:interview|statement|article|report|op-ed|video|post)\s+(?:was\s+)?(?:published|released|aired|posted)\s+)?"
    r"(?:late\s+|early\s+)?(?:on\s+)?(?:"
    + day_beside_month()
    + r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.IGNORECASE,
)
ASKS_WHEN_SAID = re.compile(
    r"\b(?:say|said|says|report\w*|announc\w*|tell|told|claim\w*|write|wrote|state\w*|declar\w*|publish\w*)\b",
    re.IGNORECASE,
)
# Events whose date a passage writes right before them ("their Feb. 24 invasion"), in English; a question naming
# one (by the word's beginning: "invasion", "invasions") asks of it.
DATED_EVENTS = ("invasion", "talks", "negotiations", "summit", "meeting")
# The same events as a Ukrainian or Russian question names them.
CYRILLIC_EVENTS = {
    "invasion": "вторгнен|вторжен", "talks": "переговор", "negotiations": "переговор", "summit": "саміт|саммит",
    "meeting": "зустріч|встреч",
}  # fmt: skip
CYRILLIC_WHEN_SAID = re.compile(
    r"\b(?:заяв|сказа|повідом|сообщ|оголос|объяв|написа|опублікува|опубликова)\w*", re.IGNORECASE
)
# A date asked for a hearing or a swearing-in ("On what date is Nawrocki due to be sworn in…"), which a sentence
# tells beside one of these words: the day he won the election is no answer.
CEREMONY = re.compile(
    r"\b(?:(?P<hearing>hearings?)|(?P<trial>trials?)|sworn|swearing|inaugurat\w*|takes?\s+office)\b",
    re.IGNORECASE,
)
HEARING_WORDS = ("hearing", "hearings")
TRIAL_WORDS = ("trial", "trials")
# The words a date is told beside, by CEREMONY's group; a swearing-in's otherwise.
CEREMONY_WORDS = {"hearing": HEARING_WORDS, "trial": TRIAL_WORDS}
CYRILLIC_HEARING = re.compile(r"\b(?:слухан|слушани)\w*", re.IGNORECASE)  # not "засідання", a session
SWEARING_IN_WORDS = ("sworn", "swearing", "inauguration", "inaugurated", "inaugural", "office")
# A date asked for a bill's passing (or adoption, approval, ratification, vote): a sentence telling only when
# it was introduced or proposed tells of another date ("introduced on April 1 by Graham and Blumenthal").
# Or a nominee confirmed to an office: "When did the Senate confirm Lynne Tracy as ambassador…"
_PASSING = (
    r"pass|passed|adopt|adopted|approve|approved|ratify|ratified|confirm(?:ed)?\s+(?:[^?]{1,60}?\s+)?as"
)
ASKS_PASSING = re.compile(rf"\b(?:{_PASSING}|vote\s+(?:on|for))\b", re.IGNORECASE)
PASSED = tuple("passed passage adopted approved ratified vote voted confirmed confirmation".split())
# A nominee's too: "Lynne Tracy… has been nominated" tells no day the Senate confirmed her.
BILL_STAGES = tuple("introduced proposed drafted submitted unveiled tabled nominated nomination".split())
# "саме", "именно", "точно" ("exactly"): words between "which" and the noun that are no adjective ("На какой
# именно станции…"), and that ask a date or a count to the day or the unit ("В какой именно день…").
EXACTLY = {"саме", "именно", "точно"}
_CYRILLIC_EXACTLY = "|".join(sorted(EXACTLY))
# "Exactly how many…", "How many exactly…", "the exact number…" (and in EXACT, "the precise number…").
_EXACTLY_HOW_MANY = r"\bexactly\s+how\s+many\b|\bhow\s+many\s+exactly\b"
_THE_EXACT_NUMBER = r"\s+(?:number|count|figure|tally)\b"
# A count asked for in numbers of things: "How many votes did he get, in absolute numbers?"
ABSOLUTE = re.compile(
    rf"\bin\s+absolute\s+(?:numbers|terms)\b|{_EXACTLY_HOW_MANY}|\bthe\s+exact{_THE_EXACT_NUMBER}"
    # "How many votes in total (the actual number, not %)…"
    r"|\b(?:actual|raw)\s+(?:number|figure|count)\b|\bnot\s+(?:a\s+)?(?:%|per\s?cent\b|percentages?\b|shares?\b)"
    # A poll's sample: "How many people were surveyed…" is not told by "7% of Russians named Putin".
    r"|\bhow\s+many\s+(?:\w+\s+){0,2}?(?:were|had\s+been|have\s+been|was|did\s+(?:it|they|the\s+\w+))\s+"
    r"(?:surveyed|polled|interviewed|questioned|sampled|survey|poll|interview|question)\b",
    re.IGNORECASE,
)
# A count asked for to the unit: "Exactly how many POWs came home…", "Скільки саме…". A number told as a bound or
# a guess ("more than 5,000", "about 300", "hundreds of") gives none.
EXACT = re.compile(
    rf"{_EXACTLY_HOW_MANY}|\bthe\s+(?:exact|precise){_THE_EXACT_NUMBER}"
    rf"|\b(?:скільки|сколько)\s+(?:{_CYRILLIC_EXACTLY})\b|\bточн\w+\s+(?:кількість|число|количество)\b",
    re.IGNORECASE,
)
APPROXIMATE = re.compile(
    r"\b(?:more\s+than|over|about|around|nearly|almost|at\s+least|up\s+to|roughly|approximately|some|upwards\s+of"
    r"|fewer\s+than|less\s+than|an\s+estimated|estimated|close\s+to|as\s+many\s+as)\s+"
    rf"(?:\d[\d,.]*|(?:{NUMBER_WORDS})\b)(?:\s+(?:hundred|thousand|million|billion)\b)?"
    r"|\b(?:dozens|hundreds|thousands|tens\s+of\s+thousands|scores)\s+of\b",
    re.IGNORECASE,
)
HOW_OLD = re.compile(
    r"\bhow old\b|\bwhat age\b|\bdate of birth\b|\bwhen (?:was|were) [^?]{1,150}?(?<!-)\bborn\W*$"
    # "What is Kaja Kallas's age?", "What was the age of the gunman?"
    r"|\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:the\s+age\s+of\b|[^?]{1,80}?(?:'s|’s)\s+age\b)",
    re.IGNORECASE,
)
# "how old is the youngest of lilia onopa's six children": an age beside "youngest", in a passage naming whose
# children they are (the possessive), not the mother's "Lilia Onopa, 43".
YOUNGEST_AGE = re.compile(
    r"\bhow\s+old\s+(?:is|was|are|were)\s+(?:the|her|his|their)\s+(?P<which>youngest|oldest|eldest)\b"
    r"(?:[^?]*?\bof\s+(?:[\w-]+\s+)?(?P<whose>[\w-]+)(?:'s|’s)\s)?",
    re.IGNORECASE,
)
ONE_NAME_AGE = re.compile(r"\b[Hh]ow old (?:is|was)\s+([A-Z][\w'’-]+)\s*(?:,|\?|$)")
# A sum asked for many things in all, and the words of a sentence that gives the price of one.
MANY_BOUGHT = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores)\s+of\b|\bin\s+(?:all|total)\b|\baltogether\b", re.IGNORECASE
)
PER_PIECE = ("apiece", "unit", "piece")
HOW_MUCH_MONEY = re.compile(
    r"\bhow much\b.*\b(?:cost|costs|costing|spend|spent|pay|paid|prices?|worth|money|fees?|fares?|tickets?|budget|charge"
    r"|cash|insured|insure|insurance|ransom|reward|bribe|bail|fined|salary|wages?|compensation|capital|funding"
    r"|invest|invested|investment|loans?|grants?|revenues?|profits?|earn|earned|earns|raise|raised|auction"
    r"|auctioned|fetch|fetched)\b"
    r"|\bhow much\b.*\b(?:sell|sells|sold|selling|go|goes|went|going)\s+for\b"  # "How much did the trophy sell for?"
    # "How much did McDonald's sell its Russian business to Govor for?"
    r"|\bhow much\b[^?]*\b(?:sell|sells|sold|selling|buy|buys|bought|buying|acquire|acquired)\b[^?]*\bfor\W*$"
    r"|\bhow much (?:is|are|was|were) (?:a|an)\b"  # the price of one thing: "how much is a cup of coffee"
    r"|\bhow much\b[^?]*\b(?:charging|charged|charges)\b"  # "How much is Germany charging Ukraine for…"
    # "How much is xAI paying Telegram…"; not "How much more were Russians paying…", a rise.
    r"|\bhow much\b(?!\s+(?:more|less)\b)[^?]*\b(?:paying|pays)\b"
    # "What is Harvest Commodities' annual revenue?"
    r"|\bwhat(?:'s|’s| is| was| were| are)\s+"
    r"(?:the\s+|its\s+|their\s+|(?:[\w.-]+\s+){0,3}[\w.-]+(?:'s|’s|'|’)\s+)"
    r"(?:(?:annual|yearly|monthly|total|net)\s+)?(?:revenues?|profits?|turnover|income|earnings|gdp)\b"
    # "For what price was it resold?", "What is the estimated cost of the damage?"
    r"|\bwhat price\b|\bwhat(?:'s|’s| is| was| were| are) the (?:(?:estimated|total|overall|likely|expected|combined"
    r"|approximate) ){0,3}(?:price|cost)\b"
    # "What fine did…", "What was the total value of the aid package?"
    r"|\bwhat (?:fine|penalty|ransom|bail|reward|compensation|sum|premium|fee|fare)\b"
    r"|\bwhat (?:(?:monthly|annual|yearly|weekly|daily|average|basic) )?(?:salary|salaries|wages?|pay)\b"
    # "what is the value of patriarch kirill's assets frozen by the uk"
    r"|\bwhat(?:'s|’s| is| was| were| are) the value of\s+(?:[\w'’-]+\s+){0,4}?(?:assets|property|properties"
    r"|holdings|stakes?|fortune|estate|contracts?|deals?|package|aid|shipments?|exports|imports|yachts?|villas?"
    r"|mansions?|funds?)\b"
    r"|\bwhat(?:'s|’s| is| was| were| are) the (?:(?:(?:total|combined|estimated|dollar|monetary|overall"
    r"|approximate) ){1,3}value|sum|fine|penalty|bail|ransom|premium|fee|fare)\b"
    # "What was the estimated damage in rubles…", "What were the economic losses…": a sum, not the harm done.
    r"|\bwhat(?:'s|’s|s| is| was| were| are) the (?:total )?(?:(?:estimated|financial|economic|monetary|dollar) )+"
    r"(?:damages?|losses)\b"
    r"|\b(?:what|whats|how much|how big|how large|how high)\b[^?]*\bin\s+(?:dollars|euros|hryvni?as|rubles|roubles|yuan"
    r"|zlotys?|pounds\s+sterling|sterling|(?:us|u\.s\.|american)\s+dollars)\b"
    # "What's the projected budget for Russia's new orbital station?"
    r"|\bwhat(?:'s|’s|s| is| was| will be) the (?:(?:projected|planned|estimated|proposed|total|annual|overall"
    r"|expected) ){0,2}budget\b"
    r"|\bhow much of\b[^?]*\b(?:set aside|allocated|earmarked|reserved|dedicated)\b"
    # "How much damage in pounds did the fires cause?": pounds sterling, beside damage.
    r"|\bhow\s+much\s+(?:damage|harm|losses?)\s+in\s+pounds\b"
    r"|\bwhat\s+(?:will|would|did|does|could|might)\s+(?:it|this|that)\s+cost\b"  # "what will it cost to repair…"
    # "what did the four extra HIMARS launchers cost"
    r"|\bwhat\s+(?:did|does|do|will|would)\s+[^?]{1,120}\bcost\W*$"
    # "what budget deficit is russia projecting for 2026"
    r"|\b(?:what|how\s+(?:big|large)(?:\s+a)?)\s+(?:(?:budget|fiscal)\s+)?deficit\b"
    r"|\bwhat(?:'s|’s| is| was| will be) (?:the |its |their |[\w-]+(?:'s|’s) )(?:(?:projected|planned|expected"
    r"|estimated) )?(?:budget |fiscal )?deficit\b"
    # "how big is the budget for the UK's new cyber command"
    r"|\bhow\s+(?:big|large|high)\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:budget|funding|fund|price\s+tag|investment)\b",
    re.IGNORECASE,
)
# A part of a sum, by what it is for: "How much of Denmark's 26th aid package is set aside for the Czech
# ammunition initiative?" wants a sum beside the part's words, not the package's "4 billion Danish kroner".
PART_OF_SUM = re.compile(
    r"\bhow\s+much\s+of\s+[^?]{1,80}?\b(?:is|was|are|were|will\s+be|has\s+been|have\s+been)\s+(?:being\s+)?"
    r"(?:set\s+aside|allocated|earmarked|reserved|dedicated)\s+(?:(?:specifically|solely|exclusively|only)\s+)?"
    r"(?:to|for|towards?)\s+(?:the\s+)?(?P<part>[^?]+)",
    re.IGNORECASE,
)
# Words that say the part asked is only that one: "…for the Czech initiative specifically".
_ONLY = {"specifically", "only", "alone", "exactly", "precisely"}
# A share asked as an interest rate ("What interest rate will the EU charge…", "…cut its key rate to"), and the
# words its sentence holds.
INTEREST_RATE = re.compile(r"\binterest\s+rates?\b|\bkey\s+(?:interest\s+)?rates?\b", re.IGNORECASE)
INTEREST_WORDS = ("rate", "rates", "interest")
# A part of those polled, asked a share of: "What percent of Republicans…", "what share of young men…".
SUBGROUP = re.compile(
    r"\b(?:percentage|per\s?cent|share|proportion|fraction)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(republicans|democrats|independents|men|women|pensioners|retirees|students)\b",
    re.IGNORECASE,
)
# Those who voted in one place: "the romanians who voted in ukraine", "voters abroad in Moldova".
VOTED_IN = re.compile(
    r"\b(?:who\s+(?:voted|cast\s+(?:their\s+)?(?:votes?|ballots?))|voting|voters|(?:votes|ballots)\s+cast)\s+"
    r"(?:abroad\s+)?(?:in|from)\s+"
    r"(?!the\b|a\b|an\b|this\b|that\b|their\b)([A-Za-z]+)",
    re.IGNORECASE,
)
INFLATION = re.compile(r"\binflation\b", re.IGNORECASE)  # "What was inflation in the euro area…": its rate
# Sums named for what they are, and the words a passage names them by.
FINED = ("fine", "fined", "fines")
CHARGES = {
    **dict.fromkeys(FINED, FINED),
    **dict.fromkeys(("penalty", "penalties"), ("penalty", "penalties", "fine", "fined")),
    "bail": ("bail",),
    "ransom": ("ransom",),
    **dict.fromkeys(("premium", "premiums"), ("premium", "premiums")),
    "compensation": ("compensation", "compensate", "compensated", "compensating"),
    "reparations": ("reparations",),
}
CHARGE = re.compile(rf"\b({'|'.join(CHARGES)})\b", re.IGNORECASE)
# A sum asked for by the day, week, month or year: "How much money per month did Zelensky say Ukraine
# needed?" is answered by "some $5 billion a month was needed", a sentence that may not name the summit.
RATE = re.compile(
    r"\b(?:per|a|an|each|every)\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after))"
    r"|\b(daily|weekly|monthly|yearly|annual|annually)\b",
    re.IGNORECASE,
)
# A price of a unit of a commodity ("per barrel", "a tonne", "per 1,000 cubic metres"), by the unit's words.
PER_UNIT = re.compile(
    r"\b(?:per|a|each)\s+(?:(?:1,000|thousand)\s+)?(barrel|tonne|ton|litre|liter|gallon|kilogram|kg|cubic|megawatt|mwh"
    r"|capita|piece|unit)s?\b",
    re.IGNORECASE,
)
UNITS = {
    "tonne": ("tonne", "ton"), "ton": ("tonne", "ton"), "litre": ("litre", "liter"), "liter": ("litre", "liter"),
    "kilogram": ("kilogram", "kg"), "kg": ("kilogram", "kg"), "megawatt": ("megawatt", "mwh"), "mwh": ("megawatt", "mwh"),
    "capita": ("capita",),  # "What is Moldova's GDP per capita?": not "1% of Moldova's GDP"
    # "what price per piece did moscow agree to pay tehran…": "$193,000 to $290,000 per unit".
    "piece": ("piece", "unit", "apiece", "each"), "unit": ("piece", "unit", "apiece", "each"),
}  # fmt: skip
RATE_WORDS = {
    "day": ("day", "daily"), "week": ("week", "weekly"), "month": ("month", "monthly"),
    "year": ("year", "yearly", "annual", "annually"),
}  # fmt: skip
RATE_WORDS |= {word: words for words in RATE_WORDS.values() for word in words}
CYRILLIC_CHARGES = (
    (re.compile(r"\b(?:застав|залог)\w*", re.IGNORECASE), CHARGES["bail"]),
    (re.compile(r"\bштраф\w*", re.IGNORECASE), FINED),
    (re.compile(r"\b(?:викуп|выкуп)\w*", re.IGNORECASE), CHARGES["ransom"]),
    (re.compile(r"\bкомпенсац\w*", re.IGNORECASE), CHARGES["compensation"]),
)
# A margin of votes: "By what margin did parliament approve…?", "By how many votes…?"
VOTE_MARGIN = re.compile(
    r"\bby what (?:vote |voting )?margin\b|\bby how many votes\b"
    r"|(?:\bwhat (?:is|was) the |^\W*(?:the )?)(?:(?:final|exact|official|actual) )?"
    r"(?:(?:senate|house|parliament|rada|duma|council) )?(?:vote|voting) (?:margin|tally|count)\b",
    re.IGNORECASE,
)
# An army's size asked without "how many": "what maximum troop strength was proposed for Ukraine's army?"
TROOP_STRENGTH = re.compile(
    r"\bwhat\s+(?:(?:maximum|minimum|total|overall|peacetime)\s+)?(?:troop|force|manpower)\s+"
    r"(?:strength|size|levels?|numbers?|ceiling|cap)\b"
    r"|\bwhat\s+(?:(?:maximum|minimum|total)\s+)?size\s+of\s+(?:the\s+|its\s+|[\w-]+['’]s\s+)?"
    r"(?:army|armed\s+forces|military)\b",
    re.IGNORECASE,
)
TROOPS = ("troops", "soldiers", "servicemen", "personnel", "army", "forces", "military")
TROOP_LOSSES = ("lost", "losses", "killed", "casualties", "wounded")  # "Russia has lost 989,700 troops"
# A force's or a drill's size asked in Ukrainian or Russian ("чисельність", "численность"); not a population's.
CYRILLIC_STRENGTH = re.compile(r"\b(?:чисельн|численн)\w*", re.IGNORECASE)
CYRILLIC_POPULATION = re.compile(r"\b(?:населен|жител|мешкан)\w*", re.IGNORECASE)
# A place's population: "What is the population of Tokyo?", "How many people live in Lyman…": a number of people
# beside one of POPULATION_WORDS, in a passage naming the place ("Lyman, a town of 20,000 people").
POPULATION = re.compile(
    r"\b(?i:what(?:'s|’s|\s+is|\s+was)\s+the\s+(?:[\w-]+\s+)?population\s+of)\s+(?P<of>(?:[A-Z][\w’'-]*\s*)+)"
    r"|\b(?i:how\s+many\s+(?:people|residents|inhabitants)\s+(?:live|lived|living)\s+in)\s+"
    r"(?P<in>(?:[A-Z][\w’'-]*\s*)+)"
)
POPULATION_WORDS = ("population", "people", "residents", "inhabitants")
# "Скільки людей жило в селі Локня…", "Сколько человек проживало в…": a population asked in Ukrainian or Russian,
# of the place named after the verb.
CYRILLIC_POPULATION_ASKED = re.compile(
    r"\b(?:скільки|сколько)\s+(?:людей|жителів|мешканців|жителей|человек)\s+"
    r"(?:жил\w*|жив\w*|прожива\w*|прожив\w*|мешка\w*)\b(?P<rest>[^?]*)"
    # "яке населення села Локня на Сумщині", "какое население у села…"
    r"|\b(?:яке|яка|какое|какова|скільки|сколько)\s+(?:(?:було|было|зараз|сейчас)\s+)?(?:населення|население"
    r"|чисельність\s+населення|численность\s+населения)\b(?P<of>[^?]*)",
    re.IGNORECASE,
)
# "How many people work at the Energia plant…": its staff, however told ("the plant employs 2,000 people", "a
# workforce of 900"), not the people hurt there.
STAFF_ASKED = re.compile(
    r"\bhow\s+many\s+(?:people|persons|employees|workers|staff)\s+(?:(?:still|currently|now|actually)\s+)?"
    r"(?:work|works|worked|working|(?:are|were|is|was)\s+employed|employed)\b",
    re.IGNORECASE,
)
STAFF_WORDS = ("employees", "workers", "staff", "employs", "employed", "employing", "personnel", "workforce")
# People counted by what sets them apart, a noun before them: "how many cancer patients…" is not answered by "I
# had 35 patients today". The sentence must hold that noun too.
SET_APART_PEOPLE = frozenset(
    "patients people residents children workers employees students families users customers passengers".split()
)
# A poll's margin of error: a percentage beside its words, not the poll's findings ("64% of Russians").
MARGIN_OF_ERROR = re.compile(
    r"\bmargin\s+of\s+(?:sampling\s+)?error\b|\bпохибк\w*|\bпогрешност\w*", re.IGNORECASE
)
MARGIN_WORDS = ("margin", "error")
# Those counted asked as having voted ("How many Rada deputies voted for…"): told of with a vote or support,
# "supported by 309 members of parliament".
VOTED = re.compile(r"\bvoted\b", re.IGNORECASE)
VOTE_WORDS = (
    "vote", "voted", "votes", "voting", "supported", "backed", "favour", "favor", "approved", "ratified",
    "against", "abstained", "passed", "adopted",
)  # fmt: skip
# A vote to come: "At least 82 U.S. senators are prepared to vote for the bill" tells of no vote held.
VOTE_TO_COME = (
    "prepared", "ready", "poised", "expected", "likely", "would", "will", "plan", "plans", "planning", "pledged",
    "promised", "intend", "intends",
)  # fmt: skip
# A vote's tally asked in Ukrainian or Russian: "Какой была итоговая расстановка голосов в Сенате…",
# "Скільки голосів…", "результаты голосования".
CYRILLIC_VOTE_TALLY = re.compile(
    r"\b(?:расстановк|розподіл|распределени|сколько|скільки|количеств|кількіст|числ)\w*\s+голос(?:ів|ов)\b"
    r"|\b(?:результат|итог|підсум)\w*\s+голосуван\w*",
    re.IGNORECASE,
)
# Those who voted, counted in Ukrainian or Russian ("скільки депутатів верховної ради проголосували за закон…",
# not "сколько процентов проголосовали…"): lawmakers in a sentence on the vote ("supported by 134 lawmakers").
CYRILLIC_VOTERS = re.compile(
    r"\b(?:скільки|сколько)\s+(?!відсот|процент)(?:[\w’'-]+\s+){0,4}?(?:про)?голос(?:ува|ова)л\w*",
    re.IGNORECASE,
)
VOTERS = ("votes", "lawmakers", "deputies", "MPs", "legislators", "parliamentarians")
# Senators when a senate is asked about: "82 out of 100 U.S. senators backing it" is no vote of the Rada.
SENATE = re.compile(r"\bсенат\w*", re.IGNORECASE)
# Russian verbs after "во сколько" that ask a cost or a value: "обойдётся", "обошлась", "оценивается".
_COST_VERBS = "обо?йд|обошл|оцен"
# A time of day: "At what time did the talks begin?", "О котрій годині…", "Во сколько начались…"; not a cost or
# a value ("Во сколько обойдётся…", "Во сколько оценивается…", "Во сколько стоит…").
WHAT_TIME = re.compile(
    r"\bwhat time\b(?! (?:of (?:the )?year|period|frame))|\b[ов] котрій годині\b"
    # "Во сколько украинские власти в апреле 2022 оценивали ущерб…" is a value, its verb a few words on.
    rf"|\bво сколько\b(?! раз|\s+(?:\w+\s+){{0,6}}?(?:{_COST_VERBS}|стои))"
    r"|\bв котором часу\b|\bв какое время\b",
    re.IGNORECASE,
)
CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d\d\b|\bo['’]clock\b|\bnoon\b|\bmidnight\b",
    re.IGNORECASE,
)
AGE_WORDS = {"old", "age", "born", "birth", "date"}
# A toll: "How many people were killed…" wants a number of dead, not "Thousands of people were trapped". The
# words a sentence giving one holds, as written (`holds_quantity`), and those a question asks for one with.
DEATHS = ("killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "death", "deaths", "toll", "lives",
          "perished", "fatalities", "fatality", "bodies", "body")  # fmt: skip
INJURIES = ("injured", "injuring", "injuries", "injury", "wounded", "wounding", "wounds", "hurt", "hospitalised",
            "hospitalized")  # fmt: skip
# Held in custody: "How many people were detained as collaborators…" is not answered by a city "home to almost
# half a million people".
DETENTIONS = ("detained", "detain", "detains", "detaining", "detention", "detentions", "arrested", "arrest",
              "arrests", "arresting", "apprehended")  # fmt: skip
# Brought back: "How many of the 339 children… has Russia returned" is not answered by "over 19,500 children
# who were forcibly deported"; a swap's count is ("390 prisoners each were exchanged").
RETURNS = ("returned", "return", "returns", "returning", "repatriated", "repatriation", "back", "home", "freed",
           "released", "exchanged", "swapped", "rescued")  # fmt: skip
# Destroyed or damaged, however a sentence tells it: "How many strategic bombers were actually destroyed at
# Engels-2" is not answered by "houses three types of strategic bombers", but is by "Russia has lost 10,915
# tanks" or "hit 41 aircraft".
DESTROYED = ("destroyed", "destroy", "destroying", "destruction", "damaged", "damage", "damaging", "hit", "struck",
             "downed", "shot", "intercepted", "repelled", "lost", "losses", "loss", "eliminated", "neutralized",
             "neutralised", "burned", "burnt", "sunk", "sank", "wrecked", "disabled")  # fmt: skip
PEOPLE = {"people", "persons", "ppl"}  # "how many ppl died…", typed in a chat
# The young, by any of the words a passage may tell of them with.
YOUNG = tuple("children child kids kid minors teenagers teenager teens boys girls schoolchildren".split())
# The groups a number of people is told of by: "a group of 21 German academics" signed the letter.
GROUPS_OF_PEOPLE = (
    "individuals", "academics", "intellectuals", "signatories", "experts", "scientists", "activists", "protesters",
    "demonstrators", "participants", "residents", "civilians", "citizens", "volunteers", "delegates", "members",
    "officials", "employees", "workers", "staff", "journalists", "children", "adults", "women", "men",
    "respondents", "voters",  # "surveying 1,903 registered voters"
)  # fmt: skip
# "How many hold an unfavourable opinion…": a verb after "how many" counts people, in a poll as a share ("82%
# said").
POLL_VERBS = set(
    "hold holds held support supported oppose opposed back backed favour favor favoured favored believe believed "
    "think thought say said want wanted view viewed agree agreed approve approved disapprove trust trusted vote "
    "voted see saw consider considered expect expected feel felt".split()
)
# A thing counted told of by another word: "1,000-1,500 troops" gives a number of soldiers.
SAME_COUNTED = {
    # "Russia mobilizes around 40,000-45,000 men for its military every month".
    **dict.fromkeys(("soldiers", "troops", "servicemen"), ("soldiers", "troops", "servicemen", "men")),
    # "using 5,000 to 6,000 artillery rounds a day".
    **dict.fromkeys(("shells", "rounds", "projectiles"), ("shells", "rounds", "projectiles")),
    **dict.fromkeys(("ships", "vessels"), ("ships", "vessels")),
    # "80 Ukrainian servicemen are receiving training" in minehunters: sailors.
    **dict.fromkeys(("sailors", "seamen"), ("sailors", "seamen", "servicemen", "crew")),
    # "nine captured Russian soldiers" were handed over: a number of POWs. Not every prisoner is one ("Ukraine
    # has brought home more than 5,000 prisoners" counts civilians too).
    **dict.fromkeys(("pows", "captives"), ("pows", "captives", "captured")),
    "prisoners": ("prisoners", "pows", "captives", "captured"),
    # "how many households lost electricity": "affecting more than 600,000 homes".
    **dict.fromkeys(("households", "homes"), ("households", "homes")),
    # "How many PAC-3 interceptors did Lockheed turn out": "500 PAC-3 Patriot missiles".
    "interceptors": ("interceptors", "missiles"),
    # "How many kids were named on the list": "a list of 339 children abducted by Russia".
    **dict.fromkeys(("children", "kids", "minors"), ("children", "kids", "minors")),
    # "How many of the 76 Slovak MPs present…": "51 of the 76 lawmakers present"; "how many Rada deputies
    # voted…": "supported by 309 members of parliament".
    **dict.fromkeys(
        ("mps", "lawmakers", "legislators", "deputies", "parliamentarians"),
        ("mps", "lawmakers", "legislators", "deputies", "parliamentarians", "members"),
    ),
    **dict.fromkeys(
        ("pieces", "items", "objects", "artifacts", "artefacts", "artworks", "exhibits"),
        ("pieces", "items", "objects", "artifacts", "artefacts", "artworks", "exhibits"),
    ),
    # "how many communities in the sumy region are under evacuation orders": "213 settlements in Sumy Oblast".
    **dict.fromkeys(
        ("communities", "settlements", "localities", "hromadas"),
        ("communities", "settlements", "localities", "hromadas", "villages"),
    ),
    # "How many civilians did… plan to relocate": "up to 60,000 people will be moved".
    "civilians": ("civilians", "people", "residents", "inhabitants"),
    # "How many delegates at the Melitopol forum…": "Over 700 representatives from various parts of the region".
    **dict.fromkeys(("delegates", "representatives"), ("delegates", "representatives", "participants")),
    # "how many ballots were cast": "one of only 431 people who cast votes".
    "ballots": ("ballots", "votes", "voters", "people"),
    # A unit spelt the British or the American way: "how many tonnes of fish", "2,000 tons of dead fish".
    **dict.fromkeys(("tonnes", "tons"), ("tonnes", "tons")),
    # "How many UAVs did the brigade get": "a total of 7,992 unmanned aerial vehicles".
    "uavs": ("uavs", "drones", "vehicles"),
    "drones": ("drones", "uavs"),
    "ppl": ("people", "persons"),
    # "How many times has HUR recorded…": "more than 150 cases of Ukrainian soldiers being summarily executed".
    "times": ("times", "cases", "incidents", "occasions"),
    # "How many rockets did Moscow fire…": "Russia had launched 75 missiles".
    "rockets": ("rockets", "missiles"),
    # "How many km of new high voltage lines…": "more than 80 kilometers".
    "km": ("km", "kilometers", "kilometres"),
    # "how many trips to ukraine had the polish head of state made": "the third time Duda has travelled".
    **dict.fromkeys(("trips", "visits"), ("trips", "visits", "times")),
}
# A marriage asked: "when did X marry Y", "when did they get married".
MARRIAGE = re.compile(r"\b(?:marry|married|marriage|wed|wedding)\b", re.IGNORECASE)
MARRIAGE_WORDS = ("married", "marry", "marriage", "wed", "wedding")
# Words of how something was done, which a date need not stand beside.
MANNER = tuple("formal formally official officially exact exactly precise precisely".split())
# A part of a whole, by where they came from: "How many of the poll respondents were from Moscow?".
PART_FROM = re.compile(
    r"\bhow\s+many\s+of\s+(?:the|its|their|those|these)\s+(?:[\w-]+\s+){0,3}?([a-z]+s)\s+(?:were|are|was|came)\s+"
    r"from\s+([A-Za-z][\w-]+)",
    re.IGNORECASE,
)
# A crowd's size asked: "what was the attendance at…", "how big was the crowd…".
ATTENDANCE = re.compile(
    r"\battendance\b|\bcrowd\s+size\b|\bhow\s+(?:big|large)\s+(?:was|is)\s+the\s+crowd\b", re.IGNORECASE
)
SPECTATORS = ("spectators", "fans", "crowd", "attendance", "supporters", "people")
# Units of length, weight and volume a number may count.
MEASURE_UNIT = re.compile(
    r"km|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|ft|kg|kilograms?|litres?|liters?|mph|knots?",
    re.IGNORECASE,
)
# What a passage calls one of a model: "the aircraft", "each jet".
MODEL_NOUNS = tuple(
    "aircraft plane planes jet jets helicopter helicopters system systems each unit apiece".split()
)
# A city asked of as itself: "moscow city itself", "the city of Moscow itself".
CITY_ITSELF = re.compile(
    r"\b([a-z]+)\s+city\s+itself\b|\bthe\s+city\s+of\s+([a-z]+)\s+itself\b", re.IGNORECASE
)
# A word in lower case with an adjective's ending: "nuclear", "naval", "ballistic", "military", "explosive".
ADJECTIVE = re.compile(r"^[a-z]+(?:ar|al|ic|ive|ous|ary)$")
# A weight asked as a tonnage: "the tonnage limits", "what tonnage of grain".
TONNAGE = re.compile(r"\btonnages?\b", re.IGNORECASE)
# Whose make a thing is, one word: "American-made air defence batteries" counts batteries, not Americans
# ("made" would end what is counted).
MADE_IN = re.compile(
    r"\b([A-Z][\w’']*)-(?:made|built|designed|produced|manufactured|supplied|owned|flagged|registered|led|backed)\b"
)
NON_COMBATANTS = re.compile(r"\bnon-?combatants\b", re.IGNORECASE)
TOLL_VERBS = {"killed", "killing", "kills", "injured", "injuring", "wounded", "wounding"}
ASKED_DEATHS = re.compile(
    r"\b(?:killed|died|dead|deaths?|death toll|lives|perished|fatalities)\b", re.IGNORECASE
)
ASKED_INJURIES = re.compile(r"\b(?:injured|wounded|hurt|injuries)\b", re.IGNORECASE)
ASKED_CASUALTIES = re.compile(r"\bcasualties\b", re.IGNORECASE)
ASKED_DETENTIONS = re.compile(r"\b(?:detained|arrested|apprehended|detain|arrest)\b", re.IGNORECASE)
ASKED_DESTROYED = re.compile(r"\bhow\s+many\b[^?]*\b(?:destroyed|damaged|wrecked)\b", re.IGNORECASE)
ASKED_RETURNS = re.compile(
    r"\b(?:returned|repatriated|(?:brought|sent|handed|given|gave|give)\s+(?:back|home)|c[oa]me\s+(?:back|home)|return)\b",
    re.IGNORECASE,
)
ASKED_TOLL = re.compile(r"\b(?:what|how high)\b[^?]*\btoll\b", re.IGNORECASE)
CYRILLIC_DEATHS = re.compile(
    r"\b(?:загин|загибл|погиб|погибл|вбит|убит|вбил|убил|помер|умер)\w*", re.IGNORECASE
)
CYRILLIC_INJURIES = re.compile(
    r"\b(?:поранен|ранен|травмован|травмирован|постраждал|пострадал)\w*", re.IGNORECASE
)
CYRILLIC_CASUALTY = re.compile(f"{CYRILLIC_DEATHS.pattern}|{CYRILLIC_INJURIES.pattern}", re.IGNORECASE)
# Words of a money question that name the asking, not the thing priced.
MONEY_WORDS = set(
    "cost costs spend spent pay paid price worth money cash fee fare budget charge fine penalty value sum total".split()
    # A currency names nothing priced: "the 200,000 hryvnia bonuses" are priced by "bonuses".
    + "hryvnia hryvnias hryvnas rubles roubles ruble rouble dollars dollar euros euro pounds".split()
)
# A count of what was launched or fired ("How many drones did Russia launch…", "Скільки дронів випустила…";
# not what was sent, which may be weapons delivered) is not told
# by a sentence on how many were intercepted, unless it tells of the launching too ("launched 479 drones, of
# which 277 were shot down").
LAUNCH_ASKED = re.compile(
    r"\b(?:launch|launched|launches|fire|fired|fires)\b|\b(?:запуст|випуст|выпуст)\w*",
    re.IGNORECASE,
)
INTERCEPTED = (
    "intercepted",
    "intercepting",
    "downed",
    "shot",
    "neutralized",
    "neutralised",
    "jammed",
    "destroyed",
)
LAUNCHED = ("launched", "launching", "fired", "sent", "used")
# The launching asked by its verb, with nothing named as launched: "how many did they launch".
LAUNCHED_ASKED = re.compile(
    r"\b(?:did|do|does|have|has|had)\s+(?:[\w’'-]+\s+){1,3}?(?:launch|fire)\b|\bwere\s+(?:\w+\s+)?(?:launched|fired)\b",
    re.IGNORECASE,
)
# A count asked as it stands after a cut ("…после того, как Беларусь сократила их масштаб?"), and the words one
# of which its sentence must hold.
CUT_ASKED = re.compile(
    r"\bafter\b[^?]*\b(?:cut|cuts|reduc\w*|scaled?\s+(?:back|down)|downsiz\w*|shr[ai]nk\w*|trimmed)\b"
    r"|(?<!\w)(?:після|после)\b[^?]*(?:скороти|скороче|зменши|зменше|сократи|сокращ|уменьши|уменьше)\w*"
    # "До какой численности Беларусь сократит учения…", "to what size will it cut…": the size after the cut.
    r"|(?<!\w)до\s+(?:якої|какой|какого|якого)\b[^?]*(?:скорот|зменш|сократ|уменьш)\w*"
    r"|\bto\s+what\s+(?:size|level|number)\b[^?]*\b(?:cut|reduc\w*|scal\w*|shr[ai]nk\w*)",
    re.IGNORECASE,
)
CUT_WORDS = tuple("reduced reduce reduction reducing cut cuts scaled fewer downsized smaller".split())
# A count of captives someone holds ("Скільки російських військовополонених утримує Україна?", "…how many women
# were still held captive?"), which a sentence on those swapped, freed or killed does not give unless it tells
# of their being held too.
HOLD_ASKED = re.compile(
    r"\b(?:hold|holds|holding|held|keeps?|keeping|kept)\b"
    r"|(?<!\w)(?:утриму|трима|удержива|содерж|держит|держат)\w*",  # "утримує", "содержится", "удерживают"
    re.IGNORECASE,
)
CAPTIVES = set("prisoner prisoners pow pows captive captives detainee detainees hostage hostages".split())
CAPTIVITY = re.compile(r"\bcaptiv\w*|\bin\s+custody\b|(?<!\w)(?:в|у)\s+(?:полоні|плену)\b", re.IGNORECASE)
# Those no longer held: swapped, freed or killed ("an explosion killed 54 Ukrainian prisoners of war").
SWAPPED = (
    "exchanged", "exchange", "swap", "swapped", "released", "freed", "rescued", "returned", "repatriated", "handed",
    "killed", "died",
)  # fmt: skip
HOLDING = ("hold", "holds", "holding", "held")
# What someone paid for something, and the words a sum paid may stand beside.
PAID = re.compile(r"\bhow much (?:did|does|do|will|would) [^?]*\bpay\b", re.IGNORECASE)
PAYING = ("pay", "paid", "paying", "pays")
# What someone asked to be paid: "how much money did the NSA guy from colorado ask the supposed russians for".
ASKED_FOR = re.compile(
    r"\bhow much (?:money |cash )?(?:did|does|do|will|would|was|were) [^?]*\b(?:ask|request|demand|want)\b[^?]*\bfor\W*$",
    re.IGNORECASE,
)
ASKING = tuple("ask asked asking request requested requesting demand demanded sought wanted".split())
# A part of a sum paid in turns, by its ordinal: "the second installment of the ERA loan".
ORDINAL_TRANCHE = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|next|final|last)\s+(?:installments?|instalments?|tranches?|payments?"
    r"|disbursements?)\b",
    re.IGNORECASE,
)
# A cost asked with the verb; a sum a sentence tells as damage done is no cost, unless damage is asked about.
COST_ASKED = re.compile(
    r"\bhow much (?:did|does|do|will|would|could|might|has|have|is|are|was|were)\b[^?]*\bcost(?:ing)?\b"
    r"|\bwhat (?:did|does|do|will|would)\b[^?]*\bcost\b",  # "what did operation spiderweb cost ukraine…"
    re.IGNORECASE,
)
DAMAGE_WORDS = ("damage", "damages", "damaged", "losses")
# A cost asked with the verb is told as one: "would cost SpaceX $400 million", "estimated to cost €210 billion",
# not "32 countries with a combined economy of $50 trillion and defense spending at a high level".
# As written, not as the beginning of a word: "bill" is no "billion". ("Charged" may be a criminal charge.)
COST_WORDS = ("cost", "costs", "costing", "costed", "price", "priced", "prices", "worth", "valued", "value", "expense",
              "expenses", "bill", "budget", "budgeted", "paid", "pay", "paying", "bought", "purchased", "sold", "hired",
              "rented", "rent", "fee", "fees")  # fmt: skip
# A cost of one thing asked ("How much does each Patriot missile cost?", "a single drone"); otherwise a total, which
# "Each operation costs around $10,000" does not give.
ONE_ASKED = re.compile(r"\b(?:each|single|apiece|per|one)\b", re.IGNORECASE)
DAMAGE = re.compile(r"\b(?:damages?|damaged|loss|losses|lost)\b", re.IGNORECASE)
HOW_LONG = re.compile(r"\bhow long\b", re.IGNORECASE)
# What lasted: "How long did the Alaska summit last?", "How long was Zelensky's interview…?"
HOW_LONG_WAS = re.compile(r"\bhow long (did|does|do|will|would|was|were|is|are) (.+)", re.IGNORECASE)
# What was prepared is not what lasted: "How long was the raid in preparation…", "…in the works".
IN_PREPARATION = re.compile(
    r"\b(?:in|under) (?:preparation|planning|the works|the making)\b|\bbeing (?:planned|prepared)\b",
    re.IGNORECASE,
)
PREPARING = ("preparation", "prepared", "preparing", "plan", "planned", "planning", "making", "works")
DO = {"did", "does", "do", "will", "would"}  # "How long did the summit last?", not "…did they meet?"
LASTING_VERBS = {"last", "lasts", "take", "takes"}
# "How long did Putin and Erdogan talk…": the length of a talk, told beside one of `TALKS`, not the length of
# anything else in a passage on them ("the 11-year-long conflict in Syria").
TALKING_VERBS = {"talk", "speak", "meet", "chat", "confer", "negotiate"}
TALKS = (
    "talk", "talks", "talked", "spoke", "speak", "meeting", "met", "conversation", "call", "phone", "negotiat",
    "discuss", "discussion",  # "The two leaders spent over four hours discussing…"
)  # fmt: skip
ARTICLES = {"the", "a", "an", "this", "that"}
# A piece of something that lasted: "the second round of talks" is told as the talks' length.
PARTS = {"round", "rounds", "part", "phase", "session", "stage"}
# Words between a length and what lasted: "an 80-minute phone call", "the call lasted two hours".
LENGTH_REACH = 6
# A stretch of time since or before something is no length of it: "the first talks in three years",
# "two days after the talks".
OFFSET_BEFORE = re.compile(
    r"\b(?:in|since)\s+(?:(?:more than|over|nearly|almost|about|around|some|the past|the last)\s+)?$",
    re.IGNORECASE,
)
OFFSET_AFTER = re.compile(r"^\W*(?:ago|after|before|later|earlier|since|into|on)\b", re.IGNORECASE)
# What a length before it was spent on, when it is not what lasted: "The operation… took 18 months to plan".
PREPARED_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:to\s+)?(?:plan|planning|prepare|preparing|preparation|organi[sz]e|build|develop|design)\b",
    re.IGNORECASE,
)
# Verbs a length follows: "the call lasted two hours", "the two leaders spent over four hours discussing".
LASTED = re.compile(
    r"\b(?:lasted|lasts|lasting|took|ended after|spent|spoke for|talked for|met for)\b", re.IGNORECASE
)


# Ukrainian and Russian: "Скільки тривав саміт…", "Сколько длились переговоры…" (what lasted follows the
# verb), "Як довго…"; "Скільки коштує квиток…", "Сколько стоил перелёт…".
CYRILLIC_LENGTH = re.compile(
    r"\b(?:скільки(?:\s+(?:часу|хвилин|годин))?|сколько(?:\s+(?:времени|минут|часов))?|як\s+довго|как\s+долго)\s+"
    r"(?:трива|длил|длит|продолжал|продовжув)\w*\s+(.*)"
    r"|\b(?:як\s+довго|как\s+долго|скільки\s+часу|сколько\s+времени)\b",
    re.IGNORECASE,
)
# "Скільки років комбату…", "Сколько лет было Мединскому?", "Скільки йому років?": an age, asked of someone in the
# dative; not "Сколько лет тюрьмы…", "Скільки років тому…" (ago).
CYRILLIC_AGE = re.compile(
    r"\b(?:скільки|сколько)\s+(?:(?:йому|їй|ему|ей)\s+)?(?:років|лет)\s+(?:(?:було|было|буде|будет)\s+)?"
    r"(?:[А-ЯІЇЄҐ][\w'’-]*\s+)?(?!тому\b)[\w-]+(?:у|ю|ові|еві|ому|ему|ій|ой)\b"
    r"|\b(?:скільки|сколько)\s+(?:років|лет)\s+(?:(?:йому|їй|ему|ей)\b|(?:виповнилося|исполнилось)\b)"
    r"|\b(?:скільки|сколько)\s+(?:йому|їй|ему|ей)\s+(?:років|лет)\b",
    re.IGNORECASE,
)
# "Скільки часу готувалася…", "Как долго готовили…", "Сколько времени планировалась…"; not "готова" (ready).
CYRILLIC_PREPARING = re.compile(
    r"\b(?:під|под)?(?:готув|готовил|готовят|готовк|планува|планиров|планував)\w*", re.IGNORECASE
)
CYRILLIC_MONEY = re.compile(
    r"\b(?:скільки|сколько)\s+(?:\w+\s+){0,3}?(?:кошту|стоит|стоят|стоил|витрат|потрат|заплат|обійд|обо?йд)\w*"
    r"|\b(?:вартіст|стоимост)\w*"
    # "Во сколько оценивается ущерб…", "Во сколько обошлась операция…", "У скільки оцінюють збитки…"
    rf"|\b(?:во|у|в)\s+(?:сколько|скільки)\s+(?:\w+\s+){{0,6}}?(?:{_COST_VERBS}|оцін|обійш|обійд)\w*"
    # "За сколько Говор купил…", "За скільки продали…": a price; not "За сколько дней…" (how soon).
    r"|\bза\s+(?:скільки|сколько)\s+(?:[\w'’-]+\s+){0,3}?(?:купи|купу|купл|прода|придба|приобр)\w*"
    r"|\b(?:скільки|сколько)\s+(?:грошей|коштів|денег|средств)\b"  # "Скільки грошей зібрала…"
    r"|\b(?:скільки|сколько)\s+(?:доларів|долларов|євро|евро|гривень|гривен|рублів|рублей)\b"  # "Скільки доларів…"
    r"|\b(?:в|у)\s+(?:рублях|гривнях|доларах|долларах|євро|евро)\b"  # "Какой ущерб в рублях…"
    r"|\b(?:яку|якої|какую|какой)\s+сум\w*"  # "Яку суму застави…", "Какую сумму…"
    # "скільки становив товарообіг… в доларах": a figure asked in a currency.
    r"|\b(?:скільки|сколько)\b[^?]*\b(?:в|у)\s+(?:доларах|долларах|євро|евро|гривнях|гривнах|рублях)\b"
    # "Сколько составила сумма сделки…", "Скільки становила вартість…": what a sum came to.
    r"|\b(?:скільки|сколько)\s+(?:\w+\s+)?(?:станов|склад|склал|состав)\w*\s+(?:\w+\s+)?(?:сумм?[аиу]|цін[аи]|цен[аы]|вартість|стоимость)\b"
    r"|\b(?:яку|якої|какую|какой)\s+(?:\w+\s+)?(?:зарплат|заробітн|заработн|оклад)\w*"  # "Какую зарплату…"
    r"|\b(?:яку|якої|какую|какой|скільки|сколько)\s+(?:\w+\s+)?компенсац\w*",  # "Какую компенсацию…"
    re.IGNORECASE,
)
# "Скільки Британія просить за кожен із тральщиків…": a price, when the thing priced is one `_priced_in_english`
# knows ("Скільки просили за номер телефону Ліз Трасс?" is left alone: its sum may stand beside nothing known).
CYRILLIC_ASKING_PRICE = re.compile(
    r"\b(?:скільки|сколько)\s+(?:\w+\s+){0,2}?(?:проси|просит|хоче|хочет)\w*\s+(?:\w+\s+){0,2}?за\b",
    re.IGNORECASE,
)
CYRILLIC_PREPOSITIONS = set(
    "в у на між з із зі с со между для під под після после до від от о об про при за через перед і и та".split()
)

# Measures that are neither counts nor money, and dates: how a question asks for one (English, Ukrainian,
# Russian), how a passage gives one, and the question's words that name the asking rather than the thing
# measured.
_FIGURE = r"\d[\d,.]*(?:\s*(?:-|to|–|and)\s*\d[\d,.]*)?\s*(?:thousand|million|billion)?\s*"
# A date without a month's name: a weekday ("on Tuesday", "у п'ятницю") or an ISO date.
_WEEKDAY_OR_ISO = (
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b\d{4}-\d\d-\d\d\b"
    r"|\b(?:понеділ\w*|вівтор\w*|середу|четвер\w*|п['’]?ятниц\w*|субот\w*|неділ[яюі]"
    r"|понедельник\w*|вторник\w*|среду|пятниц\w*|суббот\w*|воскресень\w*)"
)
# "When did the Kyiv metro reopen…", "When was Joshua Jones killed?": a time asked, of any kind (`WHEN_TOLD`).
WHEN_ASKED = re.compile(r"^\W*when\s+(?:did|was|were|is|are|will|does|do|has|have|had)\b", re.IGNORECASE)
# A time told: a day, a weekday, a month (capitalised: "may" is a verb too), a season, a year, or a day told
# from another ("yesterday", "last week", "three days later").
WHEN_TOLD = re.compile(
    rf"(?i:{day_beside_month()}{_WEEKDAY_OR_ISO})"
    rf"|\b(?:{'|'.join(MONTH_NAMES)})\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
    r"|(?i:\b(?:spring|summer|autumn|winter|yesterday|today|tonight|tomorrow|overnight)\b|\b(?:1[89]|20)\d\d(?:s|’s|'s)?\b"
    r"|\b(?:last|next|this)\s+(?:week|weekend|month|year)\b|\b(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier)\b)"
)
# A prison sentence handed down: "sentenced Oscar Jenkins to 13 years", "sentenced to death", "a nine-year
# prison term", "jailed for 16 years"; not one a charge could bring ("a sentence of at least ten years").
# "sentenced to years" gives no term: the length is a figure or a number's word ("a nine-year term").
_TERM_LENGTH = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORDS}|(?:twenty|thirty|forty)-\w+|an?)"
_TERM = rf"{_TERM_LENGTH}(?:[- ]and[- ]a[- ]half)?[- ](?:years?|months?)\b"
_SENTENCING = (
    r"\bsentenc\w*|\bprison|\bjail|\bbehind bars\b|\bconvict\w*|\bcourt\b|\bприговор\w*|\bзасуд\w*|\bосуд\w*"
    r"|\bув['’]язн\w*|\bзаключени\w*|\bтюрьм\w*|\bвирок\w*"
    # "Какой срок дали Нике Мелии…", "Який термін отримав…": a term given is a sentence.
    # "Какой срок в итоге получил Джарех Далке…": a few words between.
    r"|\b(?:срок|термін)\w*\s+(?:\w+\s+){0,3}?(?:дал|дав|получ|отрима)\w*"
)
_ASKS_SENTENCE = (
    rf"^(?=[^?]*(?:{_SENTENCING}))(?=[^?]*?(?:"
    r"\b(?:what|which|how long(?: a| of a)?)\s+(?:\w+\s+){0,2}?(?:(?:prison|jail)\s+)?sentences?\b"
    r"|\b(?:what|which|how long(?: a| of a)?)\s+(?:\w+\s+){0,2}?(?:prison|jail)\s+terms?\b"
    r"|\bhow many years\b"
    r"|\b(?:на|до)\s+(?:сколько|скільки|скількох)\s+(?:лет|років)\b|\b(?:к|до)\s+(?:какому|якого)\s+(?:сроку|терміну)\b"
    r"|\bкак(?:ой|ого)\s+(?:срок|приговор)\w*|\bяк(?:ий|ого)\s+(?:термін|вирок)\w*|\bк\s+чему\b))"
)
_SENTENCE = (
    rf"\bsentenc(?:ed|ing)\b[^.;]{{0,80}}?\bto\s+(?:life|death|{_TERM})"
    rf"|\b{_TERM_LENGTH}[- ](?:and[- ]a[- ]half[- ])?(?:year|month)s?[- ](?:(?:prison|jail)\s+)?(?:sentence|term)\b"
    rf"|\b(?:jailed|imprisoned|gave|given|handed|received|got|serving)\b[^.;]{{0,40}}?\b{_TERM}"
    r"|\blife (?:sentence|imprisonment|in prison)\b|\bdeath sentences?\b"
)
# Words of a sentence telling of a term that may come, not one handed down.
HYPOTHETICAL_SENTENCE = ("could", "might", "faces", "facing", "carry", "carries")
# Words for a ship, any of which a sentence may tell one by.
SHIP_WORDS = frozenset("ship vessel cruiser warship flagship frigate destroyer submarine tanker boat".split())
# A tariff or tax asked as a rate: "what tariff rate did the uk slap on russian platinum", "What tariffs did…";
# the rate's sentence names the levy ("a 35% tariff"), not any share ("96% of goods imports").
TARIFF_RATE = (
    r"\bwhat (?:(?:import|export|extra|additional|new)\s+)?(?:tariff|tax|duty|levy)\s+rates?\b"
    r"|\bwhat (?:(?:import|export|extra|additional|new)\s+)?(?:tariffs?|duty|duties)\s+(?:did|does|do|will|would|has|have|is|was)\b"
)
TARIFF_ASKED = re.compile(TARIFF_RATE, re.IGNORECASE)
TARIFF_WORDS = ("tariff", "tariffs", "duty", "duties", "tax", "taxes", "levy")

MEASURES = {
    # "What prison term could the two men face?": the penalty the law sets, "could face up to 12 years in
    # prison" (which tells no sentence handed down: "What sentence did Boguslaev get?").
    "penalty": (
        re.compile(rf"(?=[^?]*\bfac(?:e|es|ed|ing)\b){_ASKS_SENTENCE}", re.IGNORECASE),
        re.compile(
            rf"{_SENTENCE}|\bfac(?:e|es|ed|ing)\b[^.;]{{0,30}}?\b{_TERM}\s+(?:in\s+(?:prison|jail)|behind\s+bars"
            r"|of\s+imprisonment|imprisonment)\b"
            # "…can land someone convicted behind bars for up to 15 years", "punishable by up to 10 years"
            rf"|\b(?:behind\s+bars|in\s+(?:prison|jail))\s+for\s+up\s+to\s+{_TERM}"  # not "held in prison for two years"
            rf"|\bpunishable\s+by\s+(?:up\s+to\s+)?{_TERM}",
            re.IGNORECASE,
        ),
        [],  # in a passage naming the surname (`_asked_measure`); beside it in Ukrainian or Russian
    ),
    # "How long a prison sentence…", "How many years in prison…", "На сколько лет суд приговорил…", "До якого
    # терміну ув'язнення…", "Какой приговор вынес суд…": in a question that speaks of sentencing.
    "sentence": (
        re.compile(_ASKS_SENTENCE, re.IGNORECASE),
        re.compile(_SENTENCE, re.IGNORECASE),
        [],  # no words of the question's are read: the sentence stands beside a surname (`_asked_measure`)
    ),
    # "What annual gas capacity, in billion cubic metres…": a volume in that unit ("per cubic metre" is a price),
    # as a pipeline's gas capacity is.
    "volume": (
        re.compile(
            r"\b(?:in|how many)\s+(?:(?:billion|million)\s+)?(?:cubic\s+met(?:re|er)s|bcm)\b"
            # "What annual gas capacity is planned for the pipeline?"
            r"|\bwhat\s+(?:(?:annual|yearly)\s+)?(?:gas\s+capacity\b|capacity\b[^?]*\b(?:gas|pipelines?)\b)"
            r"|\b(?:скільки|сколько)\s+(?:(?:мільярд|миллиард)\w*\s+)?кубометр\w*",
            re.IGNORECASE,
        ),
        re.compile(rf"{_FIGURE}(?:cubic\s+met(?:re|er)s?|bcm|m3|cu\.?\s?m)\b", re.IGNORECASE),
        "cubic metres meters bcm billion million annual capacity".split(),
    ),
    "distance": (
        re.compile(
            # "How high" asks no height of a toll, a duty, a price or a rate.
            r"\bhow (?:far|close|near|tall|high(?![^?]*\b(?:toll|dut(?:y|ies)|tariffs?|tax(?:es)?|rates?|prices?"
            r"|inflation|interest|costs?|fees?|casualties|losses|share|support|ratings?|approval|turnout|percent\w*)\b)"
            r"|deep)\b|\bdistance (?:between|from|to|of)\b"
            # "How long are the new transmission lines…": a length in kilometres, not of time.
            r"|\bhow long (?:is|are|was|were|will be)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:lines?|bridge|border|road"
            r"|pipelines?|cables?|tunnel|canal|railway|front\s*line|frontline|wall|fence|runway|coastline|corridor"
            r"|trenches?)\b"
            r"|\b(?:what|which|the|average)\s+(?:\w+\s+)?distance\b|\bwhat(?: (?:is|was|are|were)|['’]?s) the (?:height|range)\b"
            # "whats the detection range of the neva radar": how far it reaches.
            r"|\b(?:detection|firing|strike|flight|operational|effective|engagement|combat|maximum|max)\s+range\b"
            r"|\bвідстан\w*|\bрасстояни\w*|\b(?:як|как) далеко\b|\bдальніст\w*|\bдальност\w*",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{_FIGURE}-?(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|ft|nautical miles?)\b",
            re.IGNORECASE,
        ),
        "distance far close near range tall high deep height average".split(),
    ),
    "share": (
        re.compile(
            r"\bwhat (?:percentage|per ?cent|share|proportion|fraction)\b|\bhow many per ?cent\b"
            r"|\bwhat (?:\w+\s+)?interest rates?\b"  # "What interest rate does the loan carry?"
            rf"|{TARIFF_RATE}"
            # "What level did the central bank cut its key rate to?"
            r"|\b(?:what|which)\s+level\b[^?]{0,60}\brates?\b|\bto\s+what\s+(?:level|rate)\b"
            # "What target range did the Fed set for interest rates…", "What was inflation in the euro area…"
            r"|\bwhat\s+(?:target\s+)?range\b[^?]{0,40}\binterest\s+rates?\b"
            r"|\bwhat\s+(?:was|is|were)\s+(?:the\s+)?(?:annual\s+|yearly\s+|monthly\s+)?inflation\b"
            # "What was Zelensky's approval rating in June 2025?"
            r"|\bwhat\s+(?:was|is|were)\s+(?:the\s+|[\w-]+['’]s\s+)(?:approval|trust|popularity)\s+ratings?\b"
            r"|\bmargin\s+of\s+(?:sampling\s+)?error\b"
            # "how did the romanians who voted in ukraine split between dan and simion": the vote's shares.
            r"|\bhow\s+did\s+[^?]*?\b(?:split|divide)\b"
            r"|\bвідсот\w*|\bпроцент\w*|\bяк(?:у|а) частк\w*|\bкак(?:ую|ая) дол(?:ю|я)\b"  # not "должность"
            r"|\bпохибк\w*|\bпогрешност\w*",  # "яка похибка вибірки…": a margin of error
            re.IGNORECASE,
        ),
        re.compile(
            r"\d[\d,.]*\s*(?:%|per ?cent|percentage points?)|\b(?:half|a third|two[- ]thirds|a quarter"
            r"|three[- ]quarters|a fifth|a tenth|majority|minority)\b"
            # "six out of nine ballistic missiles"
            rf"|(?:\d[\d,]*|\b(?:{NUMBER_WORDS}))\s+out\s+of\s+(?:every\s+)?(?:\d|(?:{NUMBER_WORDS})\b)",
            re.IGNORECASE,
        ),
        "percentage percent per cent share proportion fraction interest rate rates".split(),
    ),
    "temperature": (
        re.compile(r"\btemperatures?\b|\bhow (?:hot|cold|warm)\b|\bтемператур\w*", re.IGNORECASE),
        re.compile(r"\d[\d,.]*\s*(?:°|º|degrees?\b)", re.IGNORECASE),
        "temperature temperatures hot cold warm degrees".split(),
    ),
    "speed": (
        re.compile(
            r"\bhow fast\b|\b(?:what|which|its|the|top|maximum|average|cruising) speeds?\b(?! up)|\bшвидкіст\w*|\bскорост\w*",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{_FIGURE}(?:km/h|kph|mph|knots?|(?:kilomet(?:re|er)s?|miles?) (?:per|an) hour)\b|\bmach \d",
            re.IGNORECASE,
        ),
        "fast speed speeds top maximum average cruising".split(),
    ),
    # "What was the final score of Ukraine vs Wales…": a result such as "1-0", beside one of the sides.
    "score": (
        re.compile(
            # "How many goals did Dynamo Kyiv score against Benfica?": told as a result ("Benfica won 3-0").
            r"\b(?:final|full[- ]time|match)\s+(?:score|result)\b|\bwhat\s+was\s+the\s+score\b|\bhow\s+many\s+goals\b",
            re.IGNORECASE,
        ),
        re.compile(r"(?<![\d.,:/-])\d{1,2}\s?[-–:]\s?\d{1,2}(?![\d.,:/-])"),
        [],
    ),
    # "What was voter turnout…": a share beside "turnout" (a share beside "parliamentary" is a majority).
    "turnout": (
        re.compile(r"\bturnout\b|\bявк[аиуо]\w*", re.IGNORECASE),
        re.compile(
            r"\d[\d,.]*\s*(?:%|per ?cent)|\b(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters)\b",
            re.IGNORECASE,
        ),
        "turnout".split(),
    ),
    "weight": (
        re.compile(
            r"\bhow heavy\b|\bhow much (?:does|did|do|will|would) [^?]{1,80}\bweigh\b|\bwhat (?:is|was) the weight\b"
            # "How much explosive was in the device…": a weight of it ("5 kg of explosives"); not "How much TNT is
            # a warhead equivalent to?", a yield ("a million tons of trinitrotoluene").
            r"|\bhow much (?:explosives?|tnt|dynamite)\b(?![^?]*\bequivalent\b)|\bскільки важ\w*|\bсколько вес\w*"
            r"|\bскільки (?:вибухівки|тротилу)|\bсколько (?:взрывчатки|тротила)",
            re.IGNORECASE,
        ),
        re.compile(rf"{_FIGURE}-?(?:tonnes?|tons?|kg|kilograms?|kilos?|pounds|lbs?|grams?)\b", re.IGNORECASE),
        "heavy weigh weighs weighed weight".split(),
    ),
    # "How much shale oil was the Green Admire carrying?": a load in tonnes or barrels, not a sum or a weight asked.
    "cargo": (
        re.compile(
            r"\bhow much (?:[\w-]+\s+){0,2}?(?:oil|crude|grain|wheat|corn|maize|fuel|diesel|petrol|gasoline|ammonia"
            r"|fertili[sz]ers?|cargo|coal)\b[^?]*\b(?:carrying|carried|carries|carry|loaded|on board|aboard|shipped)\b"
            # "how many barrels of shale oil was the Green Admire carrying…"
            r"|\bhow many (?:metric\s+)?(?:tonnes|tons|barrels|litres|liters)\s+of\b[^?]*\b(?:carrying|carried|carries"
            r"|carry|loaded|on board|aboard|shipped)\b"
            # "What cargo was the Barbados-flagged Fulmar S carrying into Chornomorsk?"
            r"|\bwhat\s+(?:cargo|load|goods)\s+(?:was|were|is|did|does)\b[^?]*\b(?:carrying|carried|carry|loaded"
            r"|on board|aboard|shipped|ship)\b"
            # "сколько тонн агропродукции вышло из украинских портов…": a load in tonnes.
            r"|\b(?:скільки|сколько)\s+(?:метричних\s+|метрических\s+)?(?:тонн?|барел|баррел|літр|литр)\w*",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{_FIGURE}-?(?:tonnes?|tons?|metric tons?|barrels?|bbl|litres?|liters?|cubic met(?:re|er)s?|kg)\b",
            re.IGNORECASE,
        ),
        "cargo carrying carried loaded load tonnes tons barrels".split(),
    ),
    # "What is the street address of the building…", "On which street…": a street by name ("12 Khreshchatyk Street",
    # "on Bankova Street"); not "address the nation".
    "address": (
        re.compile(
            r"\b(?:what|which)(?:'s|’s|\s+is|\s+was)?\s+(?:the\s+|its\s+|their\s+)?(?:exact\s+|street\s+|mailing\s+|postal\s+|home\s+)*address\b"
            r"|\b(?:what|which)\s+street\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b[A-Z][\w'’-]+\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Lane|Road|Square|Embankment)"
            r"|\b(?:[Ss]treet|[Aa]venue|[Bb]oulevard)\s+[A-Z][\w'’-]+|\b[Vv]ul\.?\s+[A-Z]"
        ),
        "street address exact".split(),
    ),
    # "What is the explosive yield of the B83…", "…in megatons?": a yield in tons of TNT.
    "yield": (
        re.compile(
            r"\b(?:explosive|nuclear|its|the)\s+yield\b|\b(?:how many|in)\s+(?:mega|kilo)tons\b",
            re.IGNORECASE,
        ),
        re.compile(rf"{_FIGURE}-?(?:megatons?|kilotons?|kt)\b", re.IGNORECASE),
        "explosive nuclear yield megatons kilotons".split(),
    ),
    "date": (
        re.compile(
            r"\b(?:what|which)\s+(?:exact\s+|precise\s+|calendar\s+)?(?:date|day)s?\b(?!-)"
            rf"|\b(?:якого|какого)\s+(?:(?:{_CYRILLIC_EXACTLY})\s+)?(?:числа|дня)\b"
            rf"|\b(?:в|у)\s+(?:який|какой)\s+(?:(?:{_CYRILLIC_EXACTLY})\s+)?день\b"
            rf"|\b(?:яку|какую)\s+(?:(?:{_CYRILLIC_EXACTLY})\s+)?дату\b"
            # "Яка точна дата початку навчань…"
            r"|\b(?:яка|какая|какова)\s+(?:(?:точна|точная)\s+)?дата\b"
            # "When did the Senate adopt the resolution…": the day of a vote is told, and not the day it was
            # introduced (ASKS_PASSING).
            rf"|\bwhen\s+(?:did|was|were)\s+[^?]{{1,120}}?\b(?:{_PASSING})\b"
            # "When will the court hold its first hearing…": the day of a hearing or a swearing-in (CEREMONY).
            r"|\bwhen\s+(?:will|is|are|was|were|did|does|do)\s+[^?]{1,120}?\b(?:hearings?|trials?|sworn|inaugurat\w*)\b"
            rf"|\b(?:коли|когда)\s+[^?]{{1,120}}?{CYRILLIC_HEARING.pattern}"
            # "When exactly is Moldova's election?", "Коли саме Фінляндія доставить…": a day asked for.
            r"|\bwhen\s+exactly\b|\bколи\s+саме\b|\bкогда\s+(?:именно|точно)\b",
            re.IGNORECASE,
        ),
        re.compile(day_beside_month() + _WEEKDAY_OR_ISO, re.IGNORECASE),
        "date dates day days exact exactly precise precisely".split(),
    ),
}

# How a refusal names the quantity no close passage holds (a count names what is counted instead).
QUANTITY_NAMES = {
    "age": "an age",
    "money": "a sum of money",
    "duration": "a length of time",
    "time": "a time of day",
    "distance": "a distance",
    "share": "a percentage",
    "temperature": "a temperature",
    "speed": "a speed",
    "weight": "a weight",
    "cargo": "the size of a load",
    "turnout": "a turnout figure",
    "score": "a score",
    "date": "a date",
    "when": "a date or time",
    "sentence": "a prison sentence",
    "penalty": "a prison term the charge carries",
    "volume": "a volume",
    "yield": "an explosive yield",
    "address": "a street address",
}


@dataclass(frozen=True)
class AskedQuantity:
    """What kind of quantity a question asks for, and the words it must stand beside in a sentence
    (what is counted, whose age) for a passage to answer it; no words: anywhere in a passage will do."""

    kind: str  # "count", "age", "money", "duration" or "time" (of day)
    beside: tuple[str, ...] = ()
    within: tuple[str, ...] = ()  # names the passage must hold too ("Alaska" for the Alaska summit)
    label: str = ""  # what a refusal names, when `beside` holds alternatives ("prisoners", "captive")
    fate: tuple[str, ...] = ()  # a toll's sentence holds one of these too ("killed", "dead": `asked_fate`)
    # A count asked for as a number of things, not a share of them ("in absolute numbers", "exactly how many").
    absolute: bool = False
    # A count asked for to the unit (EXACT): a number told as a bound or a guess ("more than 5,000") is none.
    exact: bool = False
    # A date asked for that is not the day a report was made: "ABC reported on May 19" gives none.
    reported: bool = False
    # The ordinals the question names ("#18" for "its 18th sanctions package"): a sentence naming only other
    # ordinals ("will adopt the 17th package on May 20") tells of another.
    ordinals: tuple[str, ...] = ()
    # A sentence with one of `unlike` tells of another quantity, unless it holds one of `unless` too: "$7
    # billion in damage" is no cost; "intercepted 63 drones" is no count of those launched, but "launched 479
    # drones, of which 277 were shot down" is.
    unlike: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # A count's or a sum's sentence holds one of these too: the "Germans" counted as people; a cost asked with
    # the verb told as one ("cost", "worth").
    told_with: tuple[str, ...] = ()
    # A date asked for in a month the question names ("On what date in March 2025…"): a date of that month.
    month: int | None = None
    # The model a count is of ("Tu-160" in "How many Tu-160 bombers…"): its sentence names it; "three Tu-95MS
    # strategic bombers" is no number of Tu-160s. A model priced is named in the sum's passage.
    model: str = ""
    # Russia's or Ukraine's thing the count is of, and the other side's, as patterns ("Russia's delegation",
    # "Ukraine's 14-member delegation"): a sentence telling only of the other side's tells of another count.
    sides: tuple[str, str] = ()
    # Events a date right before dates, when the question asks of none of them: "soon after their Feb. 24
    # invasion" gives no date of Enerhodar's reactor restart.
    not_dating: tuple[str, ...] = ()
    # The whole a count is part of, as written ("339" in "How many of the 339 children… has Russia
    # returned?"): a sentence giving only that number gives no part of it.
    whole: str = ""
    # The people those counted are of, other than the two sides' ("Chechen" in "How many Chechen troops…"):
    # the number stands right before it; "500 troops…, including a contingent of Chechen soldiers" gives none.
    people: str = ""
    # Who asks for or pays a sum, by their names ("Poland", "polish"): the sum's sentence names them. Lithuania's
    # demand of Belarus is not Poland's.
    by: tuple[str, ...] = ()
    # What was done, asked with "actually" or "end up" ("How many bodies did Russia actually hand over…"): the
    # count's, sum's or time's sentence tells it with the verb done ("handed"), not as agreed ("agreed to hand over").
    done: tuple[str, ...] = ()
    # Figures the question gives itself ("6,000" in "…in exchange for the 6,000 ukrainian bodies"): a sentence
    # holding only those gives no count or sum it asks for.
    given: tuple[str, ...] = ()


# A count asked of a whole the question numbers: "How many of the 339 children…".
PART_OF_WHOLE = re.compile(r"\bhow many of (?:the|its|their|these|those)\s+(\d[\d,.]*\d|\d)\b", re.IGNORECASE)
# A count of what was brought back, of a whole the question names: "How many of the items stolen… has Russia
# given back" counts items (returned); not "how many of the Ukrainians brought back were Azov fighters".
PART_RETURNED = re.compile(
    r"\bhow many of (?:the|its|their|these|those)\s+(?=[^\W\d_][^?]*\b(?:has|have|had|was|were|is|are|did|been)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:returned|repatriated|(?:brought|sent|handed|given|gave|give)\s+(?:back|home)"
    r"|c[oa]me\s+(?:back|home)|return)\b)",
    re.IGNORECASE,
)


# "Скільки дітей із … списку з 339 імен…", "Сколько из 1000 пленных…": the whole, a number after "з", "із", "из".
CYRILLIC_PART_OF_WHOLE = re.compile(
    r"\b(?:скільки|сколько)\s+[^?]*?(?<!\w)(?:з|із|зі|из)\s+(?:[^\W\d_]+\s+){0,6}?(?!(?:19|20)\d\d\b)"
    r"(\d[\d,.]*\d|\d)(?![\d-])(?!\s*(?:[-–]?(?:го|е)\s+)?(?:"
    # Not a day ("з 1 січня", "станом на 19 травня") nor a year ("з березня 2022 року").
    r"січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд"
    r"|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек))",
    re.IGNORECASE,
)


# "…did Russia actually hand over", "…has Russia actually returned", "…did Russia end up handing over", "…were
# actually destroyed": the verb, as a plain form after "did", in -ing after "end up", or done.
DONE_ASKED = re.compile(
    r"\bdid\s+[^?]{1,80}?\b(?:actually|eventually|finally|ultimately)\s+(?P<base>(?![a-z]+ing\b)[a-z]+)\b"
    r"|\b(?:did|has|have|had)\s+[^?]{1,80}?\bend(?:ed)?\s+up\s+(?P<ing>[a-z]+ing)\b"
    r"|\b(?:actually|eventually|finally|ultimately)\s+(?:been\s+)?(?P<done>[a-z]+ed)\b",
    re.IGNORECASE,
)


# A figure a question gives: "6,000", "200,000" (a year is none, a day's number is too small, and a model's
# number such as Tu-160's is part of its name).
GIVEN_FIGURE = re.compile(r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d{3,})(?![\w,-])")


def _given_figures(question: str, whole: str) -> tuple[str, ...]:
    """The figures of 100 or more a question gives itself, not years nor the whole it counts a part of."""
    return tuple(
        dict.fromkeys(
            figure
            for figure in GIVEN_FIGURE.findall(question)
            if figure != whole and not re.fullmatch(r"(?:19|20)\d\d", figure)
        )
    )


# "When was British aid worker Dylan Healy released…", "when did they free…": the day of a release.
WHEN_FREED = re.compile(
    r"\bwhen\s+(?:was|were|did|will|is|are|has|have)\s+[^?]{0,80}?\b(?:released|freed|free|release|set\s+free)\b",
    re.IGNORECASE,
)


def done_forms(question: str) -> tuple[str, ...]:
    """The forms that tell the thing a question asks was done (`DONE_ASKED`): "handed" for "did Russia actually
    hand over"; () when it asks of nothing done so."""
    match = DONE_ASKED.search(question)
    if not match:
        return ()
    if match.group("done"):
        return (match.group("done").lower(),)
    bases = verb_bases(match.group("ing")) if match.group("ing") else (match.group("base").lower(),)
    return tuple(dict.fromkeys(form for base in bases for form in past_forms(base)))


def asked_quantity(
    question: str,
    frequencies: Mapping[str, int] | None = None,
    language: str = "en",
    present: set[str] | None = None,
) -> AskedQuantity | None:
    """The quantity a question asks for (`_asked_quantity`), with the ordinals it names, and the whole it
    numbers a count a part of ("How many of the 339 children…" counts children, not 339 of them)."""
    whole = PART_OF_WHOLE.search(question)
    if whole:
        question = question[: whole.start()] + "how many " + question[whole.end() :]
    elif language != "en":
        whole = CYRILLIC_PART_OF_WHOLE.search(question)
    else:
        question = PART_RETURNED.sub("how many ", question)
    asked = _asked_quantity(question, frequencies, language, present)
    ordinals = tuple(value for value in named_numbers(question) if value.startswith("#"))
    if asked and ordinals:
        asked = replace(asked, ordinals=ordinals)
    if asked and asked.kind == "count" and whole:
        asked = replace(asked, whole=whole.group(1))
    if asked and asked.kind == "count" and EXACT.search(question):
        asked = replace(asked, exact=True)
    if (
        asked
        and asked.kind in ("count", "money", "when", "date")
        and language == "en"
        and (done := done_forms(question))
    ):
        asked = replace(asked, done=done)
    if asked and asked.kind in ("count", "money") and (given := _given_figures(question, asked.whole)):
        asked = replace(asked, given=given)
    if asked and asked.kind == "when" and language == "en" and WHEN_FREED.search(question):
        # "When was Dylan Healy released…": a day told with the release, not the day he was detained.
        asked = replace(asked, done=DONE_ALIKE["freed"])
    return asked


def _asked_quantity(
    question: str,
    frequencies: Mapping[str, int] | None,
    language: str,
    present: set[str] | None,
) -> AskedQuantity | None:
    """The quantity a question asks for, if it asks for one (in Ukrainian and Russian, a sum of money, a
    length of time, a time of day or a count the glossary can name: `_asked_in_cyrillic`).

    With `frequencies` (passage counts by stem), a sum of money must stand beside the question's rarest
    word that the coverage holds, the most particular thing it names: "ferry" in "How much is a
    Bosphorus ferry ticket?", which a sum beside "Bosphorus" in a story on grain ships does not answer.
    With `present` (the stems of the close passages), only a word they hold counts: a paraphrase's own
    word ("How much immobilised Russian money…") is in none of them, so no sum can stand beside it.
    """
    if WHAT_TIME.search(question):
        return AskedQuantity("time")
    if measure := _asked_measure(question, frequencies, language, present):
        return measure
    if language != "en":
        if CYRILLIC_STRENGTH.search(question) and not CYRILLIC_POPULATION.search(question):
            # "До какой численности Беларусь сократит учения…": a number of troops or of those taking part.
            return AskedQuantity(
                "count",
                (*TROOPS, "participants", "people"),
                label="troops",
                unlike=TROOP_LOSSES,
                told_with=_told_with(question),
            )
        if population := CYRILLIC_POPULATION_ASKED.search(question):
            # In a passage naming the place: the first name after the verb ("Локня" → "lokn").
            after = population.group("rest") or population.group("of") or ""
            return _population_of(
                tuple(name for name, _, word in foreign_names(question, language) if word in after)[:1]
            )
        if CYRILLIC_VOTE_TALLY.search(question):
            return AskedQuantity("count", ("votes",))
        if CYRILLIC_VOTERS.search(question):
            voters = (*VOTERS, "senators") if SENATE.search(question) else VOTERS
            return AskedQuantity("count", voters, label="votes", told_with=VOTE_WORDS, absolute=True)
        return _asked_in_cyrillic(question, language)
    # Before a count: "how many people lived in Loknia" asks a population.
    if population := _population(question):
        return population
    if STAFF_ASKED.search(question):
        return AskedQuantity("count", STAFF_WORDS, label="employees", unlike=(*DEATHS, *INJURIES))
    # "How many of the Levada Center poll respondents were from Moscow?": those counted, told of with the place.
    if part := PART_FROM.search(question):
        noun = part.group(1)
        counted = (noun, *SAME_COUNTED.get(noun.lower(), ()))
        return AskedQuantity("count", tuple(dict.fromkeys(counted)), told_with=(part.group(2),))
    # "what was the attendance at benfica v dynamo kyiv": a number of spectators, however told ("a crowd of 60,000").
    if ATTENDANCE.search(question):
        return AskedQuantity("count", SPECTATORS, label="spectators")
    # "what are the yearly tonnage limits for ukrainian sugar": a number of tonnes, in a passage naming the
    # rarest thing the question does that the close passages hold (not tonnes of grain shipped in 2022).
    if TONNAGE.search(question):
        held = _held_words(question, ("tonnage", "tonnages"), frequencies, present)
        return AskedQuantity("count", SAME_COUNTED["tonnes"], within=tuple(held[:1]), label="tonnes")
    if match := HOW_MANY.search(INITIALS.sub(_joined, question)):
        # What is counted runs up to the first word such as "were", "did" or "in"; after its first word,
        # words such as "long" in "how many pages long" name no thing.
        counted: list[str] = []
        # "non-combatants" are counted as civilians ("at least 16,000 Ukrainian civilians").
        phrase = NON_COMBATANTS.sub("civilians", _counted_phrase(_without_compounds(match.group(1))))
        for word in WORD.findall(MADE_IN.sub(r"\1", phrase)):
            if word.lower() in ("and", "or") and counted:  # "towns and villages": either is counted
                continue
            if word.lower() in STOPWORDS or word.lower() == "per":  # "how many neptune missiles per month"
                break
            if not counted or word.lower() not in ANSWER_KINDS:
                counted.append(word)
        # A name or a people's adjective before the thing counted counts nothing itself: "49 Ukrainian drones"
        # gives no number of "Ukrainian POWs", nor "49 US drones" of "US destroyers"; "POWs" is a thing.
        people = _counted_people(counted)
        if any(not _modifier(w) for w in counted):
            counted = [w for w in counted if not _modifier(w)]
        # Nor does an adjective before it: "two major nuclear armed competitors" counts no nuclear warheads.
        counted = [w for i, w in enumerate(counted) if i == len(counted) - 1 or not ADJECTIVE.search(w)]
        if counted and counted[0].lower() in POLL_VERBS:
            return AskedQuantity("count", (), label="people")
        # "…how many did they launch": no thing named, so a number after the verb ("Russia launched 499 weapons").
        launched_only = not counted and LAUNCHED_ASKED.search(question) is not None
        if launched_only:
            counted = list(LAUNCHED[:3])
        fate = asked_fate(question)
        label = "weapons launched" if launched_only else "" if counted else toll_label(fate)
        if told := [word for word in counted if word.lower() in SAME_COUNTED]:
            label = label or told[0]
            counted += [other for other in SAME_COUNTED[told[0].lower()] if other != told[0].lower()]
        # A toll of people, or of whoever: "The death toll rose to 9", "killed two Poles" give one.
        if fate and {w.lower() for w in counted} - {*DEATHS, *INJURIES} <= PEOPLE:
            counted += fate
        # People, however a passage groups them ("two men"); a people too, in a passage naming it: "480,000
        # people" in a story on Germany's shelters, for "how many Germans", but not "6,956 foreign citizens".
        told_with = _told_with(question)
        if (
            not told_with
            and len(counted) == 2
            and counted[1].lower() in SET_APART_PEOPLE
            and counted[0].islower()
            and not ADJECTIVE.search(counted[0])
            and counted[0].lower() not in SAME_COUNTED
        ):
            told_with = (counted[0],)  # "how many cancer patients": told with "cancer"
        if counted and counted[0].lower() in PEOPLE:
            label = label or "people"
            counted += GROUPS_OF_PEOPLE
        elif counted and is_a_people(counted[0]):
            label, told_with = label or counted[0], (counted[0],)
            counted += ["people", *GROUPS_OF_PEOPLE]
        # "How many senators voted yes…": a vote's sentence, not "the bill has gained over 80 co-sponsors".
        if not told_with and counted and VOTED.search(question):
            told_with = VOTE_WORDS
        # "how many reservists did moscow city itself send": a count told of the city, not of the country its name
        # may stand for ("Russia will call on 300,000 reservists").
        if not told_with and (city := CITY_ITSELF.search(question)):
            told_with = (city.group(1) or city.group(2),)
        # A rate: "how many neptune missiles per month…" is not told by "two Neptune missiles had struck the vessel".
        if not told_with and (rate := RATE.search(question)):
            told_with = RATE_WORDS[(rate.group(1) or rate.group(2)).lower()]
        absolute = ABSOLUTE.search(question) is not None
        weapon = re.search(NAMED_WEAPON.pattern, match.group(1), re.IGNORECASE)  # "how many neptune missiles"
        # A weapon counted by its name alone ("How many HIMARS…") needs no other word for it.
        alone = weapon is not None and [w.lower() for w in counted] == [weapon.group().lower()]
        model = MODEL.search(match.group(1)) or (weapon if weapon and not alone else None)
        if model:
            counted = [w for w in counted if w.lower() not in model.group(0).lower().split("-")]
        return AskedQuantity(
            "count",
            tuple(counted),
            label=label,
            fate=fate,
            absolute=absolute,
            told_with=told_with,
            model=model.group(0) if model else "",
            sides=_sides(question),
            people=people,
            **_other_count(question, counted),
        )
    if ASKED_TOLL.search(question):  # "What was the death toll of the Kramatorsk station attack?"
        fate = asked_fate(question) or DEATHS
        return AskedQuantity("count", ("people", *fate), label=toll_label(fate), fate=fate)
    if youngest := YOUNGEST_AGE.search(question):
        whose = (youngest.group("whose"),) if youngest.group("whose") else ()
        return AskedQuantity("age", (youngest.group("which").lower(),), within=whose)
    if HOW_OLD.search(question):
        # Whose age: the person the question names in full ("Rustem Umerov" in "Ukraine's defence minister
        # Rustem Umerov"; of several full names, the one with the rarest word; a title is no part of it), by
        # the surname (an age beside "Governor Serhii Lysak" is not Serhii Hrishchenkov's), else every
        # content word.
        # One name alone right after "How old is" is whose: "How old is Nikolay, the son who returned with
        # his mother Tamara Markova?" asks Nikolay's age, not hers.
        alone = ONE_NAME_AGE.search(question)
        runs = [] if alone else _full_names(question, frequencies)
        whose = ([alone.group(1)] if alone else _surnames_of(runs)) or [
            w for w in WORD.findall(question) if w.lower() not in STOPWORDS | AGE_WORDS and not w.isdigit()
        ]
        # Or beside the given name, in a passage naming the surname: "Vladislav was 29 at the time", in a story
        # on Tatyana Popovytch's son.
        given = [run[0] for run in runs if len(run[-1].rstrip(".")) > 1]
        if given and len(whose) == len(given):
            return AskedQuantity("age", (*whose, *given), within=tuple(whose))
        # "The kids" are told of as "seven teenagers aged between 14 and 16".
        if {w.lower() for w in whose}.intersection(YOUNG):
            whose = [*whose, *YOUNG]
        return AskedQuantity("age", tuple(dict.fromkeys(whose)))
    if VOTE_MARGIN.search(question):
        # Votes, or lawmakers in a sentence on the vote: "passed with the support of 51 of the 76 lawmakers
        # present". Not senators: "82 out of 100 U.S. senators backing it" tells of co-sponsors.
        return AskedQuantity("count", VOTERS, told_with=VOTE_WORDS)
    if TROOP_STRENGTH.search(question):
        return AskedQuantity("count", TROOPS, label="troops", unlike=TROOP_LOSSES)
    if HOW_MUCH_MONEY.search(question):
        # A fine, bail or ransom is a sum named as one ("fined €50,000", "bail of $1 million"): a sum beside
        # the rarest word may be another ("Kontron shipped €3.5 million of equipment").
        if charge := CHARGE.search(question):
            return AskedQuantity("money", CHARGES[charge.group(1).lower()], by=_payer(question))
        if part := PART_OF_SUM.search(question):
            # Beside the part's noun, in a passage naming what names it: "$43 million" beside "Czechia" is
            # no part for the Czech initiative.
            words = [w for w in WORD.findall(part.group("part")) if w.lower() not in STOPWORDS | _ONLY]
            named = tuple(w for w in words[:-1] if w[:1].isupper())
            return AskedQuantity("money", tuple(words[-1:]), within=named)
        rarest = _rarest_word(question, MONEY_WORDS, frequencies, present)
        # "How much did Operation Spiderweb cost Ukraine?" is not answered by "$7 billion in damage".
        cost = COST_ASKED.search(question) is not None and not DAMAGE.search(question)
        unlike = DAMAGE_WORDS if cost else ()
        told_with = COST_WORDS if cost else ()
        if cost and not ONE_ASKED.search(question):
            unlike = (*unlike, "each")
        if MANY_BOUGHT.search(question) and not PER_UNIT.search(question):
            # What many cost in all: "How much did Russia pay Iran for the hundreds of drones…" is not answered
            # by a price "of $193,000 to $290,000 per unit".
            unlike = (*unlike, *PER_PIECE)
        if rarest and ASKED_FOR.search(question):
            # What someone asked for: beside the rarest word, or beside "requested" in a passage naming it: "Dalke
            # requested $85,000 in return for the secrets", in a story naming Colorado.
            return AskedQuantity(
                "money", (*rarest, *ASKING), within=rarest, unlike=unlike, told_with=told_with
            )
        if tranche := ORDINAL_TRANCHE.search(question):
            # "…in the second installment of the ERA loan": told with that ordinal, not the loan's whole "$3 billion".
            told_with = (*told_with, tranche.group(1).lower())
            return AskedQuantity("money", rarest, unlike=unlike, told_with=tuple(dict.fromkeys(told_with)))
        if unit := PER_UNIT.search(question):
            # A price of a unit: "What price per barrel did Sri Lanka pay…" wants a sum beside the barrel ("$45
            # a barrel"), not the "$7 billion in foreign debt" beside Sri Lanka.
            return AskedQuantity(
                "money",
                UNITS.get(unit.group(1).lower(), (unit.group(1).lower(),)),
                unlike=unlike,
                told_with=told_with,
            )
        if rate := RATE.search(question):  # beside the rate, or beside the rarest word as any sum
            rate_words = RATE_WORDS[(rate.group(1) or rate.group(2)).lower()]
            return AskedQuantity("money", (*rarest, *rate_words), unlike=unlike, told_with=told_with)
        if model := MODEL.search(question):
            # A model's price, in a passage naming it, beside its name, the question's rarest word or a word for one
            # of its kind: "The aircraft carry an estimated price tag of around $350 million", of the A-50.
            named = model.group()
            return AskedQuantity(
                "money", (*rarest, named, *MODEL_NOUNS), model=named, unlike=unlike, told_with=told_with
            )
        if rarest and PAID.search(question):
            # What someone paid: beside the rarest word, or beside "paying" in a passage that names it: "His
            # most expensive property is a 15-bedroom house… Mr Abramovich bought the property…, reportedly
            # paying £90m."
            return AskedQuantity(
                "money", (*rarest, *PAYING), within=rarest, unlike=unlike, told_with=told_with
            )
        return AskedQuantity("money", rarest, unlike=unlike, told_with=told_with)
    if HOW_LONG.search(question):
        return _asked_length(question)
    if WHEN_ASKED.search(question) and MARRIAGE.search(question):
        # "when did darren beattie marry yulia kirillova": the wedding's date, not the day he took office.
        return AskedQuantity("when", MARRIAGE_WORDS, reported=ASKS_WHEN_SAID.search(question) is None)
    if WHEN_ASKED.search(question):
        # Beside the rarest of the question's words the close passages hold, and not the day a report was made;
        # not a word of manner ("its formal request" is told as "Ukraine applied for NATO membership in…").
        held = _held_words(question, MANNER, frequencies, present)
        return AskedQuantity(
            "when",
            tuple(held[:1]),
            reported=ASKS_WHEN_SAID.search(question) is None,
            not_dating=_not_dating(question),
        )
    return None


def first_surname(question: str, language: str = "en") -> tuple[str, ...]:
    """The surname of the first person a question names in full, whom it asks about: as written in English
    ("Hrishchenkov" in "What did Serhii Hrishchenkov do… after meeting Keir Starmer?"), as the beginnings of
    its English spellings in Ukrainian or Russian (`_cyrillic_people`); () when it names no one so."""
    if language != "en":
        return next(iter(_cyrillic_people(question, language)), ())
    names = _surnames(question, None)
    return (names[0].removesuffix("'s").removesuffix("’s"),) if names else ()


def _surnames(question: str, frequencies: Mapping[str, int] | None) -> list[str]:
    """The surname of the person a question names in full ("Umerov" for "Ukraine's defence minister Rustem
    Umerov"; a title is no part of a name, and "the Lugansk People's Republic" is none); of several, the one
    with the rarest word (each, without `frequencies`); [] when it names none."""
    return _surnames_of(_full_names(question, frequencies))


def _surnames_of(runs: list[list[str]]) -> list[str]:
    """The surname of each full name (`_full_names`). "Pawel K.": a surname cut to its initial is no word to
    find; the given name is."""
    return [run[-1] if len(run[-1].rstrip(".")) > 1 else run[0] for run in runs]


def _full_names(question: str, frequencies: Mapping[str, int] | None) -> list[list[str]]:
    """The words of each full name a question gives, titles left out (see `_surnames`)."""
    runs = [
        parts
        for match in FULL_NAME.finditer(question)
        if (parts := [w for w in match.group(1).split() if w.lower() not in TITLES])
        and not _names_a_body(parts[-1], question[match.end() :].split()[:1])
    ]
    if frequencies is not None and len(runs) > 1:
        runs = [min(runs, key=lambda run: min(frequencies.get(stem(w), 0) for w in run))]
    return runs


# A person named in full in Ukrainian or Russian: a run of capitalised words, the surname last ("Роберта Гилмана").
CYRILLIC_FULL_NAME = re.compile(r"(?<!^)\b(?:[А-ЯІЇЄҐ][\w'’-]+\s+)+([А-ЯІЇЄҐ][\w'’-]+)")


# How English names are written in Cyrillic letters: "Дженкінс" is Jenkins, "Хокінс" Hawkins.
ENGLISH_SPELLINGS = (("dzh", "j"), ("kh", "h"))


def _cyrillic_surnames(question: str, language: str) -> list[str]:
    """The English spellings' beginnings of each surname a Ukrainian or Russian question names in full (the
    last of a run of capitalised words: "gilma" for "Роберта Гилмана", "dzhen" or "jenki" for "Оскара
    Дженкінса")."""
    return list(
        dict.fromkeys(spelling for person in _cyrillic_people(question, language) for spelling in person)
    )


def _cyrillic_people(question: str, language: str) -> list[tuple[str, ...]]:
    """The English spellings' beginnings of each surname a Ukrainian or Russian question names in full, a
    tuple for each person in the order named (see `_cyrillic_surnames`)."""
    last = {match.group(1) for match in CYRILLIC_FULL_NAME.finditer(question)}
    people = []
    for english, known, word in foreign_names(question, language):
        if word in last:
            latin = transliterate(CASE_ENDING.sub("", word.lower()), language)
            spellings = [
                latin.replace(a, b)[:NAME_PREFIX] for a, b in ENGLISH_SPELLINGS if not known and a in latin
            ]
            people.append(tuple(dict.fromkeys([english, *spellings])))
    return people


def _names_a_body(last: str, following: list[str]) -> bool:
    """Whether a run of capitalised words ending in `last` names a place or body rather than a person, by
    its last word or the capitalised one after it: "the Supreme Court", "the Lugansk People's Republic"."""
    words = [last, *(w for w in following if w[:1].isupper())]
    return any(
        w.lower().strip(".,;:?!").removesuffix("'s").removesuffix("’s") in NOT_NAME_ENDS for w in words
    )


# Peoples a count is read of, past the two sides (their troops are counted without the adjective: "500 troops at
# the plant") and the Americans ("U.S. troops"): "Chechen troops", "North Korean soldiers", "Belarusian troops".
OTHER_PEOPLES = (PEOPLE_ADJECTIVES - {"russia", "ukrain", "americ"}) | {
    stem(people) for people in ("Chechen", "Korean", "Iranian", "Syrian")
}


def _counted_people(counted: list[str]) -> str:
    """The people's adjective right before the last of the words counted, when it is another people's than the
    two sides' (OTHER_PEOPLES): "Chechen" in "Chechen troops"."""
    if len(counted) >= 2 and _modifier(counted[-2]) and stem(counted[-2]) in OTHER_PEOPLES:
        return counted[-2]
    return ""


# A compound of lower-case words (not a model's name with its number, "Tu-160", nor a capitalised one,
# "Russian-speaking", read as a people's adjective).
COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _without_compounds(phrase: str) -> str:
    """A counted phrase without the compounds before its noun, which only say what sort it is: "stormer
    anti-aircraft vehicles" are not counted by "800 anti-tank missiles". A compound before a stopword is the
    noun: "how many ex-diplomats were…"."""
    words = phrase.split()
    kept = [
        word
        for word, following in zip(words, [*words[1:], ""], strict=True)
        if not (COMPOUND.fullmatch(word) and following and following.lower() not in STOPWORDS)
    ]
    return " ".join(kept)


def _counted_phrase(phrase: str) -> str:
    """The words after "how many" that may name what is counted: three, or a fourth when none of the three
    is a plural noun ("retired American-built battle tanks"; in "Ukrainian POWs came home", not "home")."""
    words = phrase.split()
    if (
        len(words) > 3
        and words[2].lower() not in ("and", "or")
        and any(_PLURAL.fullmatch(w) for w in words[:3])
    ):
        words = words[:3]
    return " ".join(words)


_PLURAL = re.compile(r"[\w’'-]{2,}(?<![su])s", re.IGNORECASE)


# A name in initials with full stops: "U.S. senators" counts senators, not "U".
INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")


def _joined(initials: re.Match[str]) -> str:
    """Initials without their full stops: "U.S." -> "US"."""
    return initials.group().replace(".", "")


def _modifier(word: str) -> bool:
    """Whether a word before a counted noun only says whose it is: a capitalised word ("Ukrainian") or a short
    abbreviation ("US", "UN"), not an abbreviated thing ("POWs", "HIMARS")."""
    return word[:1].isupper() and (not word[:2].isupper() or (word.isupper() and len(word) <= 3))


def _asked_measure(
    question: str, frequencies: Mapping[str, int] | None, language: str, present: set[str] | None
) -> AskedQuantity | None:
    """A distance, a percentage, a temperature, a speed, a weight or a date (MEASURES), beside one of the
    question's words that the close passages hold ("Mars" or "Earth" in "How far is Mars from Earth?": a
    missile's range in miles is no answer), a date beside the rarest of them; in Ukrainian and Russian,
    anywhere."""
    for kind, (asking, _, words) in MEASURES.items():
        if asking.search(question):
            if kind == "turnout":
                return AskedQuantity(kind, ("turnout",))
            if kind == "share" and TARIFF_ASKED.search(question):
                return AskedQuantity(kind, TARIFF_WORDS, told_with=TARIFF_WORDS)
            if kind in ("sentence", "penalty"):
                # Beside the surname of the person the question names ("Gorinov was sentenced to seven years" in
                # a story on Yashin is not his), anywhere when it names none: "Each was sentenced to 13 years".
                surnames = (
                    _surnames(question, frequencies)
                    if language == "en"
                    else _cyrillic_surnames(question, language)
                )
                if kind == "penalty" and language == "en":
                    # In a passage naming them: the term a charge carries is told of them as "he" ("He faces up
                    # to eight years in prison").
                    return AskedQuantity(kind, within=tuple(surnames))
                # A term a charge could carry is none handed down: "Dalke faces six counts, each of which could
                # potentially carry a life sentence if convicted."
                return AskedQuantity(kind, tuple(surnames), unlike=HYPOTHETICAL_SENTENCE)
            if kind == "share" and MARGIN_OF_ERROR.search(question):
                return AskedQuantity(kind, MARGIN_WORDS, label="a margin of error")
            period = find_period(question) if kind == "date" else None
            month = period.month if period and period.month and not period.day else None
            if language != "en" or frequencies is None:
                # Not the day a report was made ("…, the Kremlin said on May 21"), unless asked when it was said.
                reported = kind == "date" and not (
                    ASKS_WHEN_SAID if language == "en" else CYRILLIC_WHEN_SAID
                ).search(question)
                if kind == "date" and language != "en" and CYRILLIC_HEARING.search(question):
                    # "Коли суд проведе перші слухання…": the day of a hearing, not the day the case was filed.
                    return AskedQuantity(kind, HEARING_WORDS, reported=reported, month=month)
                return AskedQuantity(
                    kind,
                    month=month,
                    reported=reported,
                    not_dating=_not_dating(question) if kind == "date" else (),
                )
            held = _held_words(question, words, frequencies, present, dating=kind == "date")
            if kind == "date":
                # A date beside the rarest word only: "On what date did the Israel–Iran ceasefire take effect?"
                # is not answered by "the ceasefire talks in Istanbul on May 16". Nor by the day a report was
                # made ("…onto a cargo ship, ABC reported on May 19"), unless the question asks when
                # something was said.
                reported = ASKS_WHEN_SAID.search(question) is None
                if ceremony := CEREMONY.search(question):
                    # "What date is Jareh Dalke's trial scheduled to start?": told beside the trial.
                    words = CEREMONY_WORDS.get(ceremony.lastgroup or "", SWEARING_IN_WORDS)
                    return AskedQuantity(kind, words, reported=reported, month=month)
                unlike, unless = (BILL_STAGES, PASSED) if ASKS_PASSING.search(question) else ((), ())
                not_dating = _not_dating(question)
                return AskedQuantity(
                    kind,
                    tuple(held[:1]),
                    reported=reported,
                    month=month,
                    unlike=unlike,
                    unless=unless,
                    not_dating=not_dating,
                )
            if kind == "share" and INTEREST_RATE.search(question):
                # A rate's percentage: "…if their expenditures do not exceed 35% of the cost" is no interest rate
                # on SAFE's loans, however many of the question's words the sentence holds.
                return AskedQuantity(kind, INTEREST_WORDS, label="an interest rate")
            if kind == "share" and (group := SUBGROUP.search(question)):
                # A part of those polled: "what percent of republicans said…" is not answered by "Over 60% of
                # Americans believe…", nor by a share of all respondents.
                return AskedQuantity(kind, (group.group(1),), label=f"a share of {quoted(group.group(1))}")
            if kind == "share" and (voted_in := VOTED_IN.search(question)):
                # A share of the votes cast in one place, in a sentence saying "in" it: the country-wide result
                # gives none ("the anti-Ukraine George Simion with 53.6% of the votes"), nor the place's "ethnic
                # Romanian minority".
                place = voted_in.group(1)
                label = f"a share of the vote in {place.capitalize()}"
                told = (f"in {place}", f"from {place}")
                return AskedQuantity(kind, label=label, told_with=told, unlike=("minority", "minorities"))
            if kind == "share" and INFLATION.search(question):
                return AskedQuantity(kind, ("inflation",), label="an inflation rate")
            if kind == "cargo":
                # A ship's load beside its name, the rarest word: "13 million barrels of Russian oil" India bought
                # is no load of the Green Admire's.
                return AskedQuantity(kind, tuple(held[:1]))
            if kind == "weight" and {word.lower() for word in held} & SHIP_WORDS:
                # "how heavy was the russian black sea flagship…": told as "the 12,000-tonne vessel".
                held = [*held, *sorted(SHIP_WORDS)]
            return AskedQuantity(kind, tuple(dict.fromkeys(held)))
    return None


def _held_words(
    question: str,
    skipped: Sequence[str],
    frequencies: Mapping[str, int] | None,
    present: set[str] | None,
    dating: bool = True,
) -> list[str]:
    """The question's content words (not `skipped`) that the coverage holds, and the close passages when
    `present` is given, the rarest first: the one a refusal names. A month's name is none when `dating`:
    "June" is beside any June date."""
    if frequencies is None:
        return []
    left_out = STOPWORDS | set(skipped)
    held = [
        word
        for word in WORD.findall(question)
        if word.lower() not in left_out
        and not word.isdigit()
        and not (dating and IS_MONTH.fullmatch(word))
        and frequencies.get(term := stem(word))
        and (present is None or term in present)
    ]
    held.sort(key=lambda word: frequencies[stem(word)])
    return held


def _population(question: str) -> AskedQuantity | None:
    """A place's population asked (`POPULATION`): in a passage naming the place (its sentence may say "the
    city"), and not a toll: "about 60 million people had died" is no population."""
    if not (population := POPULATION.search(question)):
        return None
    return _population_of(tuple(WORD.findall(population.group("of") or population.group("in"))))


def _population_of(place: tuple[str, ...]) -> AskedQuantity:
    """The population of a place, asked in any language: a number of people in a passage naming it, and not a
    toll ("about 60 million people had died")."""
    return AskedQuantity(
        "count", POPULATION_WORDS, within=place, label="people living there", unlike=(*DEATHS, *INJURIES)
    )


def _not_dating(question: str) -> tuple[str, ...]:
    """The events (DATED_EVENTS) a date right before tells of, that the question names in no language: "After
    the June 2 talks, Russia pledged to transfer 6,000 bodies" gives no day of the transfer."""
    return tuple(
        event
        for event in DATED_EVENTS
        if not re.search(rf"\b(?:{event}|{CYRILLIC_EVENTS[event]})", question, re.IGNORECASE)
    )


def _asked_length(question: str) -> AskedQuantity:
    """A length of time, and of what when the question names a thing that lasted ("the Alaska summit",
    "Zelensky's meeting with Erdogan"): a lower-case noun the length must stand beside, in a passage that
    names the names before it. A question on how long someone did something ("How long did Medinsky
    speak?") asks for any length."""
    match = HOW_LONG_WAS.search(question)
    if not match:
        return AskedQuantity("duration")
    if IN_PREPARATION.search(match.group(2)):  # "How long was the raid in preparation?": the preparing lasted
        return AskedQuantity("duration", PREPARING)
    rest = WORD.findall(match.group(2))
    if rest and match.group(1).lower() in DO and TALKING_VERBS & {w.lower() for w in rest}:
        return AskedQuantity("duration", TALKS, label="the length of their talk")
    if not rest or (match.group(1).lower() in DO and not LASTING_VERBS & {w.lower() for w in rest}):
        return AskedQuantity("duration")
    subject: list[str] = []
    for word in rest:
        if word.lower() in STOPWORDS or word.lower() in LASTING_VERBS:
            if subject:
                break
        elif not (word.isdigit() or IS_MONTH.fullmatch(word)):
            subject.append(word)
    subject = subject[:4]
    thing = _head(subject)
    named = rest[0].lower() in ARTICLES or any(w.endswith(("'s", "’s")) for w in subject)
    if thing is None or not named:
        return AskedQuantity("duration")
    things = [thing]
    after = rest[rest.index(thing) + 1 :]
    if thing.lower() in PARTS and after[:1] == ["of"]:  # "the second round of Russia–Ukraine talks"
        whole = list(takewhile(lambda w: w.lower() not in (STOPWORDS - ARTICLES) | LASTING_VERBS, after[1:]))
        if (head := _head([w for w in whole if w.lower() not in ARTICLES])) is not None:
            things.append(head)
    # The last of each run of capitalised words: "Musk's" for "Elon Musk's tenure".
    following = [*subject[1:], ""]
    names = [
        w for w, next_ in zip(subject, following, strict=True) if w[0].isupper() and not next_[:1].isupper()
    ]
    return AskedQuantity("duration", tuple(things), tuple(names))


def _asked_in_cyrillic(question: str, language: str) -> AskedQuantity | None:
    """A sum of money, an age (beside the surname named, if any), a count (`_asked_count_in_cyrillic`), or
    a length of time: of the preparing when asked how long something was prepared; otherwise of the
    glossary's English words for what follows the verb up to a preposition ("тривала зустріч Зеленського
    з…" → "meeting"), in a passage naming the names among them ("Zelensky"); of anything when the
    glossary has no word for it."""
    if money := CYRILLIC_MONEY.search(question):
        named = next((words for pattern, words in CYRILLIC_CHARGES if pattern.search(question)), ())
        # Beside the thing priced, named in Latin letters ("яхта Amadea": not "the £240m Motor Yacht A") or in
        # words, else beside the surname named in full ("Александр Говор" → Govor), if any.
        latin = tuple(LATIN_NAME.findall(question[money.end() :]))  # not a payer's: "Сколько MOL заплатили…"
        priced = named or latin or _priced_in_english(question[money.end() :])
        # What was spent is no damage done: "$7 billion in damage" is no cost of Operation Spiderweb to Ukraine.
        unlike = DAMAGE_WORDS if CYRILLIC_SPENT.search(question) else ()
        # Else beside a thing the question names that the glossary knows ("…кидали каміння в дрони": drones), or
        # then a country the gazetteer knows ("Німеччина пообіцяла… після зустрічі": the meeting, or Germany); not
        # a person ("Зеленський виділив…").
        known = tuple(
            name for name, is_known, _ in foreign_names(question, language) if is_known and name in COUNTRIES
        )
        things = english_words(question)
        beside = (
            priced or tuple(_cyrillic_surnames(question, language)) or ((*things, *known) if things else ())
        )
        return AskedQuantity("money", beside, unlike=unlike)
    if (asking := CYRILLIC_ASKING_PRICE.search(question)) and (
        priced := _priced_in_english(question[asking.end() :])
    ):
        return AskedQuantity("money", priced)
    if CYRILLIC_AGE.search(question):  # beside the surname named ("Роману Кутузову" → Kutuzov), if any
        return AskedQuantity("age", tuple(_cyrillic_surnames(question, language)))
    match = CYRILLIC_LENGTH.search(question)
    if not match:
        return _asked_count_in_cyrillic(question)
    # "Скільки часу готувалася операція…" asks how long the preparing lasted. Not "Скільки тривала підготовка
    # операції…", which "the operation lasted for several months" may answer: any length will do there.
    if not match.group(1) and CYRILLIC_PREPARING.search(question):
        return AskedQuantity("duration", PREPARING)
    subject = _up_to_preposition(match.group(1) or "")
    things = english_words(" ".join(subject))
    if not things:
        return AskedQuantity("duration")
    names = tuple(name for w in subject if (name := english_stem(w)) is not None)
    return AskedQuantity("duration", things, names)


# Countries by the gazetteer's stems (not its cities: "Какую сумму выплатил Киев?" is Ukraine's payment too).
COUNTRIES = frozenset(
    "americ austri belaru britai china estoni finlan france german hungar italy latvia lithua poland romani "
    "russia slovak sweden switze turke ukrain".split()
)
# A sum spent, asked in Ukrainian or Russian: "скільки… витратила", "во сколько обошлась".
CYRILLIC_SPENT = re.compile(r"\b(?:витрат|потрат|обійш|обошл|коштувал|стоил)\w*", re.IGNORECASE)
# A name written in Latin letters in a Ukrainian or Russian question, not an acronym: "Amadea".
LATIN_NAME = re.compile(r"\b[A-Z][a-z][A-Za-z]{2,}\b")
# Things priced in a question that the glossary has no word for: "Скільки коштує квиток…" wants a sum beside
# "ticket", not a sum for grain ships.
PRICED = longest_first(
    {
        "квит": "ticket tickets", "билет": "ticket tickets", "перел": "flight flights", "авіаквит": "ticket tickets",
        "авиабилет": "ticket tickets", "оренд": "rent rental lease", "аренд": "rent rental lease",
        "ремонт": "repair repairs", "відбудов": "reconstruction rebuilding rebuild",
        "відновлен": "restoration reconstruction rebuilding", "восстановлен": "restoration reconstruction rebuilding",
        "тральщик": "minehunter minehunters minesweeper minesweepers",
        # Not a mansion or a house: one is often priced by its name ("bought Beechwood House for £48m").
        "квартир": "apartment apartments flat flats",
        "транзит": "transit",  # "Сколько MOL заплатили за транзит нефти…"
        "яхт": "yacht yachts superyacht superyachts",  # "Во сколько оценивается яхта Amadea…"
        "вілл": "villa villas", "вилл": "villa villas",  # "сколько заплатил портнов за свою виллу"
        "двигател": "engine engines", "двигун": "engine engines",  # "Сколько стоит один реактивный двигатель…"
    }.items()
)  # fmt: skip


# Operations spent on, by name ("на операцію павутина"); not the thing a damage question names ("ущерб,
# нанесённый… операцией «Паутина»" is the damage done, told without the operation's name).
PRICED_OR_SPENT_ON = longest_first([*PRICED, ("павутин", "spiderweb"), ("паутин", "spiderweb")])
# "кожен із двох тральщиків", "каждый из…": each of the things priced, the words before the thing.
EACH_OF = re.compile(r"^\s*(?:кож|кажд)\w*\s+(?:з|із|зі|из)\s+(?:\w+\s+)?(?=\w)", re.IGNORECASE)


def _priced_in_english(rest: str) -> tuple[str, ...]:
    """English words for the thing a money question prices, from the words after its verb up to a
    preposition (the glossary's, or `PRICED`); () when none is known, and any sum will do."""
    # "…заплатили за транзит российской нефти": what is paid for, its first word (the rest is whose it is).
    # "…витратила на операцію павутина": what it was spent on, past a word for an operation or a project.
    spent_on = re.match(
        r"\s*на\s+(?:(?:операці|проєкт|проект)\w*\s+)?([^\W\d_][\w'’-]*)", rest, re.IGNORECASE
    )
    # Past the payer and a possessive: "сколько заплатил портнов за свою виллу" pays for a villa.
    paid_for = (
        re.match(
            r"\s*(?:[^\W\d_][\w'’-]*\s+)?за\s+(?:(?:свою|свой|своє|свое|свої|свои|його|її|его|её|их|їх)\s+)?"
            r"([^\W\d_][\w'’-]*)",
            rest,
            re.IGNORECASE,
        )
        or spent_on
    )
    words = [paid_for.group(1)] if paid_for else _up_to_preposition(EACH_OF.sub("", rest, count=1))
    table = PRICED_OR_SPENT_ON if spent_on else PRICED
    english = [
        w for word in words if (found := longest_match(word.lower(), {}, table)) for w in found.split()
    ]
    return tuple(dict.fromkeys([*english, *english_words(" ".join(words))]))


def _up_to_preposition(text: str) -> list[str]:
    """The words of a Ukrainian or Russian phrase before its first preposition."""
    return list(takewhile(lambda w: w.lower() not in CYRILLIC_PREPOSITIONS, WORD.findall(text)))


# "Скільки полонених повернулися…", "Сколько дронов запустила Россия…": what is counted follows the word.
CYRILLIC_HOW_MANY = re.compile(r"\b(?:скільки|сколько)\s+((?:\w+\s+){0,2}\w+)", re.IGNORECASE)
CYRILLIC_NOT_COUNTED = {"раз", "разів", "часу", "времени", "років", "лет", "днів", "дней", "годин", "часов"}
# "Скільки становив експорт…", "Сколько составили потери…": what something amounted to, a sum or a figure, which
# is no count of it ("$874 million" answers).
CYRILLIC_AMOUNTED = re.compile(r"(?:станов|склада|склала|склав|склали|состав)\w*$", re.IGNORECASE)


# Things often counted that the glossary (kept to the coverage's topics, as it steers ranking) has no word
# for: read only here, for what a count stands beside.
COUNTED = longest_first(
    {
        "сторінок": "pages", "страниц": "pages", "танків": "tanks", "танков": "tanks", "снаряд": "shells",
        "літак": "aircraft planes jets", "самолет": "aircraft planes jets", "винищувач": "jets fighters",
        "истребител": "jets fighters", "корабл": "ships vessels", "суден": "ships vessels", "судов": "ships vessels",
        "цивільн": "civilians", "жител": "residents civilians people", "мешканц": "residents civilians people",
        "палет": "pallets", "піддон": "pallets", "паллет": "pallets", "поддон": "pallets",
        "населен": "settlements villages towns", "пункт": "settlements points", "член": "members",
        "українц": "Ukrainians", "украинц": "Ukrainians", "росіян": "Russians", "россиян": "Russians",
        "пасажир": "passengers", "пассажир": "passengers", "випадк": "cases", "случа": "cases",
        "парафіян": "parishioners congregation worshippers", "прихожан": "parishioners congregation worshippers",
    }.items()
)  # fmt: skip
CYRILLIC_ADJECTIVE = re.compile(r"(?:ськ|ск|цьк|цк)\w*$")
PLURAL_ADJECTIVE = re.compile(r"(?:ых|их|іх)$")
VERB_ENDING = re.compile(r"(?:ся|сь|ли|ла|ло)$")


def _asked_count_in_cyrillic(question: str) -> AskedQuantity | None:
    """A count, of the glossary's English words for what follows "скільки"/"сколько" up to a preposition
    ("Сколько пленных вернулись…" → "prisoners"); None when the glossary has no word for it, or it
    counts times or years ("сколько раз", "скільки років")."""
    match = CYRILLIC_HOW_MANY.search(question)
    if not match:
        return None
    words = _up_to_preposition(match.group(1))
    # What is counted ends before a name, the subject that follows it ("Сколько резервистов Путин объявил…");
    # an adjective of a country is part of it ("Сколько раненых российских солдат…").
    words = words[:1] + list(takewhile(lambda w: not _is_subject(w), words[1:]))
    if not words or CYRILLIC_NOT_COUNTED & {w.lower() for w in words} or CYRILLIC_AMOUNTED.match(words[0]):
        return None
    english = [_counted_in_english(w) for w in words]
    counted = tuple(dict.fromkeys(e for each in english for e in each))
    # A toll: "Скільки людей загинуло…", "Сколько погибших…", but not "Сколько раненых солдат вернулось?".
    fate = _cyrillic_toll(question, words, bool(counted))
    if fate:
        label = _counted_noun(words, english) if counted else toll_label(fate)
        return AskedQuantity("count", counted or ("people", *fate), label=label, fate=fate)
    if not counted:
        return None
    weapon = NAMED_WEAPON.search(question)  # "сколько ракет Harpoon…"
    return AskedQuantity(
        "count",
        counted,
        label=_counted_noun(words, english),
        told_with=_told_with(question),
        model=weapon.group() if weapon else "",
        **_other_count(question, counted),
    )


# The two sides by the words a question or a passage names their things with.
SIDES = (
    r"(?:russia['’]s|russian|moscow['’]s|kremlin['’]s)",
    r"(?:ukraine['’]s|ukrainian|kyiv['’]s)",
)


def _sides(question: str) -> tuple[str, str]:
    """Patterns for the side's thing an English count question names ("Russia's delegation") and for the
    other side's same thing, with up to one word between ("Ukraine's 14-member delegation"); () for none."""
    for side, other in (SIDES, SIDES[::-1]):
        if found := re.search(rf"\b{side}\s+([a-z]{{4,}})\b", question, re.IGNORECASE):
            noun = re.escape(stem(found.group(1)))
            return rf"(?i)\b{side}\s+(?:[\w-]+\s+)?{noun}", rf"(?i)\b{other}\s+(?:[\w-]+\s+)?{noun}"
    return ()


def _told_with(question: str) -> tuple[str, ...]:
    """For a count asked as it stands after a cut ("Сколько военнослужащих примет участие… после того, как
    Беларусь сократила их масштаб?"), the words one of which the count's sentence must hold: the 13,000 planned
    before it are not the count after it. Likewise for people counted by their citizenship. None for other
    counts."""
    if CUT_ASKED.search(question):
        return CUT_WORDS
    # "Скільки дронів на місяць вироблятиме Renault…": a rate, told with its period ("5 million drones annually"
    # is a year's).
    if rate := CYRILLIC_RATE.search(question):
        return RATE_WORDS[rate.lastgroup]
    # "how many people in chernivtsi oblast hold both ukrainian and romanian citizenship": people counted as
    # citizens, not "100,000 ethnic Romanians" living there.
    return CITIZENSHIP_WORDS if CITIZENSHIP_ASKED.search(question) else ()


# A rate asked in Ukrainian or Russian ("на місяць", "ежегодно"), by its period (a group named as in RATE_WORDS).
CYRILLIC_RATE = re.compile(
    r"(?P<month>(?<!\w)(?:на|в)\s+(?:місяць|месяц)(?!\w)|\b(?:щомісяця|щомісячно|ежемесячно)\b)"
    r"|(?P<year>(?<!\w)на\s+(?:рік|год)(?!\w)|\b(?:щороку|щорічно|ежегодно)\b)"
    r"|(?P<day>\b(?:щодня|ежедневно)\b|(?<!\w)(?:на\s+добу|в\s+сутки)(?!\w))"
    r"|(?P<week>(?<!\w)(?:на|в)\s+(?:тиждень|неделю)(?!\w)|\b(?:щотижня|еженедельно)\b)",
    re.IGNORECASE,
)
# A count of people by the citizenship or passports they hold.
CITIZENSHIP_ASKED = re.compile(
    r"\b(?:citizenships?|passports?|dual\s+citizens|dual\s+nationals?)\b", re.IGNORECASE
)
CITIZENSHIP_WORDS = ("citizenship", "citizenships", "citizens", "passport", "passports", "nationals")


# "How many of the ballistic missiles fired at Kyiv… were intercepted?": the interceptions are what is counted.
INTERCEPTION_ASKED = re.compile(
    r"\b(?:were|was|got|been)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|downed|neutrali[sz]ed)\W*$",
    re.IGNORECASE,
)


def _other_count(question: str, counted: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The words of a sentence that tells of another count than the one asked, unless it tells of the asked
    one too: for what was launched or fired, how many were intercepted; for captives held, how many were
    swapped or freed; for those who voted, how many are ready to. None for other counts."""
    if LAUNCH_ASKED.search(question) and not INTERCEPTION_ASKED.search(question):
        return {"unlike": INTERCEPTED, "unless": LAUNCHED}
    if HOLD_ASKED.search(question) and (
        CAPTIVES & {word.lower() for word in counted} or CAPTIVITY.search(question)
    ):
        return {"unlike": SWAPPED, "unless": HOLDING}
    if VOTED.search(question):  # "82 senators are prepared to vote for the bill" is no vote
        return {"unlike": VOTE_TO_COME, "unless": ()}
    return {}


def _cyrillic_toll(question: str, words: list[str], counted: bool) -> tuple[str, ...]:
    """`asked_fate` for a Ukrainian or Russian count, when a verb asks it ("загинуло", "погибли") or a word
    that counts no other thing ("скільки загиблих"); not for what describes the thing counted ("раненых
    солдат")."""
    casualties = [m.group(0).lower() for m in CYRILLIC_CASUALTY.finditer(question)]
    if any(VERB_ENDING.search(w) for w in casualties) or (
        not counted and words and words[0].lower() in casualties
    ):
        return asked_fate(question)
    return ()


def asked_fate(question: str) -> tuple[str, ...]:
    """The words a sentence giving the toll a count question asks for holds: of deaths, of injuries,
    or of either ("casualties"), of people held ("detained"), of those brought back ("returned"), or of things
    destroyed or damaged; () when it asks for no toll."""
    deaths = bool(ASKED_DEATHS.search(question) or CYRILLIC_DEATHS.search(question))
    injuries = bool(ASKED_INJURIES.search(question) or CYRILLIC_INJURIES.search(question))
    if ASKED_CASUALTIES.search(question) or (deaths and injuries):
        return (*DEATHS, *INJURIES, "casualties")
    if deaths or injuries:
        return DEATHS if deaths else INJURIES
    if ASKED_DETENTIONS.search(question):
        return DETENTIONS
    if ASKED_RETURNS.search(question):
        return RETURNS
    return DESTROYED if ASKED_DESTROYED.search(question) else ()


def toll_label(fate: tuple[str, ...]) -> str:
    """What a refusal says no quote gives a number of, for a toll (`asked_fate`)."""
    return (
        {
            DEATHS: "dead",
            INJURIES: "injured",
            DETENTIONS: "detained",
            RETURNS: "returned",
            DESTROYED: "destroyed",
        }.get(fate, "casualties")
        if fate
        else ""
    )


def _counted_noun(words: list[str], english: list[tuple[str, ...]]) -> str:
    """What a refusal names: the English of the first word that is no adjective ("мирных жителей" counts
    residents, "раундов мирных переговоров" rounds), unless a verb comes first ("полонених повернулися"),
    then of the first word with English words."""
    first = next((each[0] for each in english if each), "")
    for word, each in zip(words, english, strict=True):
        if VERB_ENDING.search(word.lower()):
            break
        if not PLURAL_ADJECTIVE.search(word.lower()):
            return each[0] if each else first
    return first


def _is_subject(word: str) -> bool:
    """Whether a word after the counted noun starts the sentence's subject: a name, not an adjective (a
    person's name may end like one: "зеленский")."""
    return (
        word[0].isupper()
        or is_person(word)
        or (english_stem(word) is not None and not CYRILLIC_ADJECTIVE.search(word.lower()))
    )


def _counted_in_english(word: str) -> tuple[str, ...]:
    """A Ukrainian or Russian word's English words, from the glossary or the table of things counted."""
    return english_words(word) or tuple((longest_match(word.lower(), {}, COUNTED) or "").split())


def _head(words: Sequence[str]) -> str | None:
    """The noun a phrase's first run of lower-case words ends in, a trailing participle dropped
    ("Easter ceasefire Putin declared" → "ceasefire", "grain deal extended" → "deal")."""
    run: list[str] = []
    for word in words:
        if word[0].islower():
            run.append(word)
        elif run:
            break
    while len(run) > 1 and run[-1].endswith("ed"):
        run.pop()
    return run[-1] if run else None


POSSESSIVE_END = re.compile(r"['’]s$")  # "Razoni's" is the Razoni in a refusal


def _rarest_word(
    question: str, asking: set[str], frequencies: Mapping[str, int] | None, present: set[str] | None = None
) -> tuple[str, ...]:
    """The question's content word found in the fewest passages (none: no `frequencies`, or no such
    word in the coverage), of those whose stems are `present` when given."""
    if frequencies is None:
        return ()
    skipped = STOPWORDS | asking
    held = [
        (frequencies[term], word)
        for word in (POSSESSIVE_END.sub("", w.strip("'’")) for w in WORD.findall(question))
        if word.lower() not in skipped
        and not word.isdigit()
        and frequencies.get(term := stem(word))
        and (present is None or term in present)
    ]
    # A thing, rather than a participle or a short abbreviation, when the question names one: "soared" in
    # "Shell's profit as prices soared", "FC" in "Chelsea FC" are rare, but no sum stands beside them.
    things = [(count, word) for count, word in held if not _participle_or_abbreviation(word)]
    held = things or held
    return (min(held)[1],) if held else ()


# Words that describe rather than name a thing: "young medics", "a typical night".
DESCRIBING = set("young old new typical usual average recent current big small large huge harmless".split())
DESCRIBING_ENDING = re.compile(r"(?:ly|ical|less|ful)$")


def _participle_or_abbreviation(word: str) -> bool:
    """A word that names no thing a sum stands beside: a participle ("soared"), an abbreviation ("FC"), or
    a word describing one ("young", "typical", "roughly")."""
    lower = word.lower()
    return (
        lower.endswith("ed")
        or (word.isupper() and len(word) <= 3)
        or lower in DESCRIBING
        or bool(DESCRIBING_ENDING.search(lower))
    )


def holds_quantity(asked: AskedQuantity, passages: Sequence[str]) -> bool:
    """Whether any passage holds the kind of quantity asked for, in a sentence with one of the words it
    must stand beside (in any inflection) when there are any; a count must stand next to it (`counts`)."""
    patterns = {
        "count": NUMBER,
        "age": AGE,
        "money": MONEY,
        "duration": DURATION,
        "time": CLOCK,
        "when": WHEN_TOLD,
    }
    pattern = patterns[asked.kind] if asked.kind in patterns else MEASURES[asked.kind][1]
    if asked.kind == "count":  # "securing council seats in 2016" holds no number of seats
        passages = [NOT_A_COUNT.sub(" ", p) for p in passages]
    for figure in asked.given:
        passages = [_whole(figure).sub(" ", p) for p in passages]
    if asked.reported:
        passages = [REPORTED_ON.sub(" ", p) for p in passages]
    if asked.not_dating:
        dating = re.compile(
            rf"(?:{day_beside_month()})\.?\s+(?:full-scale\s+)?(?:{'|'.join(asked.not_dating)})\b",
            re.IGNORECASE,
        )
        passages = [dating.sub(" ", p) for p in passages]
    if asked.month:  # a date of the month asked about ("On what date in March 2025…"), or a weekday
        pattern = re.compile(day_beside_month(MONTHS[asked.month]) + _WEEKDAY_OR_ISO, re.IGNORECASE)
    if not (asked.beside or asked.unlike or asked.within or asked.told_with or asked.done):
        return any(pattern.search(p) for p in passages)
    # A toll's word as written: "deadly" begins like "dead" but tells of no deaths. "…the missile that killed
    # two Poles": a toll may follow its verb in words too.
    fates = {stem(w) for w in asked.fate}
    verbs = [w for w in asked.beside if w in TOLL_VERBS]
    # A cost told as one (`told_with`) may stand in a passage naming what it is beside: "Musk said it would cost
    # SpaceX $400 million" in a passage on Starlink's satellite internet. So that word is looked for once a passage.
    beside_in_passage = asked.kind not in ("count", "duration") and bool(asked.told_with)
    for passage in passages:
        if asked.within and not _names_all(asked.within, passage):
            continue
        if asked.whole and not _names_whole(asked.whole, passage):
            continue  # "Eleven more children have been returned" counts none of the list of 339
        if asked.model and asked.kind != "count" and not _names_model(asked.model, passage):
            continue  # a price of "the aircraft", in a passage on the A-50
        if beside_in_passage and asked.beside and not _holds_any(asked.beside, tokens(passage)):
            continue
        for sentence in rough_sentences(passage):
            if asked.ordinals and _names_other_ordinals(asked.ordinals, sentence):
                continue
            if asked.kind == "count":
                if _gives_count(asked, sentence, verbs, fates):
                    return True
            elif asked.kind == "duration":
                if lasts(asked.beside, sentence, by_name=bool(asked.within)):
                    return True
            elif (
                pattern.search(sentence)
                and (beside_in_passage or not asked.beside or _holds_any(asked.beside, tokens(sentence)))
                and (not asked.told_with or _says_any(asked.told_with, sentence))
                and (not asked.by or _holds_any(asked.by, tokens(sentence)))
                and (not asked.done or _says_any(asked.done, sentence))
                and not _tells_of_another(asked, tokens(sentence))
            ):
                return True
    return False


# How many times something was done, told by its ordinal: "In his fifth visit to Tehran", "for a fifth time".
NTH_TIME = re.compile(rf"\b(?:{ORDINAL}|second)\s+(?:time|visit|trip)\b", re.IGNORECASE)


def _gives_count(asked: AskedQuantity, sentence: str, verbs: list[str], fates: set[str]) -> bool:
    """Whether a sentence gives the count asked for: a number next to what is counted (or after a toll's
    verb), with a toll's word when a toll is asked, and with one of `told_with` when given."""
    shares = not asked.absolute
    if "times" in asked.beside and NTH_TIME.search(sentence):  # "visiting Iran for a fifth time"
        return True
    if asked.exact:  # "more than 5,000 prisoners" is no exact count of them
        sentence = APPROXIMATE.sub(" ", sentence)
    if asked.whole:  # "a list of 339 children" tells the whole, not how many of them
        sentence = _whole(asked.whole).sub(" ", sentence)
    if not (
        counts(asked.beside, sentence, shares=shares)
        or (verbs and counts(verbs, sentence, words_after=True, shares=shares))
    ):
        return False
    if asked.sides and not re.search(asked.sides[0], sentence) and re.search(asked.sides[1], sentence):
        return False  # "Ukraine's 14-member delegation" for "How many were on Russia's delegation?"
    if asked.model and not _names_model(asked.model, sentence):
        return False
    if asked.people and not re.search(
        rf"(?<![\w,.])(?:\d[\d,.]*|{NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,2}}?{re.escape(asked.people)}",
        sentence,
        re.IGNORECASE,
    ):
        return False
    # "Russia agreed to hand over 6,000 bodies" tells what was agreed, not what was handed over.
    if asked.done and not _says_any(asked.done, sentence):
        return False
    present = tokens(sentence)
    if _tells_of_another(asked, present):
        return False  # "Air defenses intercepted 63 drones" tells how many were not let through
    return (not fates or not fates.isdisjoint(present)) and (
        not asked.told_with or _holds_any(asked.told_with, present)
    )


_ORDINAL = re.compile(rf"\b{ORDINAL}\b", re.IGNORECASE)


def _names_other_ordinals(ordinals: tuple[str, ...], sentence: str) -> bool:
    """Whether a sentence names ordinals ("the 17th package"; a day such as "May 20th" or "20th of May" is
    none), none of them one of `ordinals`."""
    named = set()
    for match in _ORDINAL.finditer(sentence):
        before = sentence[: match.start()].split()[-1:]
        after = re.sub(r"^\s*of\s+", " ", sentence[match.end() :]).split()[:1]
        if not any(IS_MONTH.fullmatch(re.sub(r"\W+$", "", word)) for word in before + after):
            named.add(number_value(match.group()))
    return bool(named) and named.isdisjoint(ordinals)


def _agent_verb(counted: Sequence[str], word: str) -> bool:
    """Whether a word is the verb of a doer counted ("launched" for "launchers", "attacked" for "attackers"):
    the two begin alike, so a stem reads them as one, but "launched 103 drones" counts no launchers. A word
    with no verb's ending is none: "6,956 foreign citizens" counts foreigners."""
    lower = word.lower()
    for noun in counted:
        doer = noun.lower().removesuffix("s")
        if (
            doer.endswith("er")
            and len(doer) > 5
            and re.fullmatch(rf"{re.escape(doer[:-2])}(?:e?d|ing|e?s)", lower)
        ):
            return True
    return False


def counts(counted: Sequence[str], sentence: str, words_after: bool = False, shares: bool = True) -> bool:
    """Whether a sentence gives a number of one of the `counted` words (in any inflection), standing
    next to it: "2,000 Russian peacekeepers" does, "half of Nagorno-Karabakh, protected by Russian
    peacekeepers" does not. A number after the word counts when in figures, or in words too with
    `words_after` ("killed two Poles"). Without `shares`, a percentage counts nothing ("50.89% of the vote")."""
    matches = list(COUNTED_TOKEN.finditer(sentence))
    words = [m.group() for m in matches]
    # Word i is one of `counted`, or a model's name holds one ("Tu-160s" for "160s").
    short = {c.lower().removesuffix("s") for c in counted if len(c.removesuffix("s")) < MIN_MATCH}
    counted_lower = {c.lower() for c in counted}
    near = [
        (
            _holds_any(counted, {stem(part) for part in {word, *word.split("-")}})
            # A short noun in the singular: "a 130-day tenure" counts days ("days" and "day" share no stem).
            or word.lower() in short
        )
        and not _agent_verb(counted, word)
        and not _modifies(words, i, counted_lower)
        for i, word in enumerate(words)
    ]
    if _number_of(words, near):
        return True
    for i, word in enumerate(words):
        if not IS_COUNT.fullmatch(word) or (not shares and _is_share(sentence, matches, i)):
            continue
        if _is_sum(sentence, matches, i):  # "a payment of Hr 200,000 ($4,800) for medical graduates"
            continue
        # An ordinal counts nothing: "a serviceman from the 80th brigade".
        if ORDINAL_SUFFIX.match(sentence, matches[i].end()):
            continue
        # A multiple counts nothing: "80 to 100 times more powerful than the bomb".
        if _multiple(words, i) and "times" not in counted_lower:
            continue
        # A length of time counts its unit ("a 44-day war" gives no number of soldiers), and a number joined
        # to the next word counts that word ("a 510-crew warship" gives no number of warships).
        joined = sentence[matches[i].end() : matches[i].end() + 1] == "-"
        # A measure counts its unit: "the 300km-range (186 miles) Neptune missiles" gives no number of missiles.
        unit = i + 1 < len(words) and (UNIT.fullmatch(words[i + 1]) or MEASURE_UNIT.fullmatch(words[i + 1]))
        reach = 1 if i + 1 < len(words) and (joined or unit) else COUNT_REACH
        if [w.lower() for w in words[i + 1 : i + 3]] in (["of", "them"], ["of", "whom"], ["of", "those"]):
            reach += 2  # "Six of them are women"
        after = word[0].isdigit() or words_after
        # Not across a verb of what was done to another thing: "hidden inside trucks has hit 41 Russian bombers".
        before = [w.lower() for w in words[max(0, i - reach) : i]]
        after = after and (words_after or not set(before) & ACROSS_VERBS)
        if any(near[i + 1 : i + 1 + reach]) or (after and any(near[max(0, i - reach) : i])):
            return True
    return False


# The letters that make a figure an ordinal: "80th", "1st".
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


# Verbs a number after a counted word stands across, counting their object: "trucks has hit 41 bombers".
ACROSS_VERBS = frozenset("has have had hit hits struck destroyed damaged downed shot".split())


# Nouns a weapon's word may stand before as a modifier: "two Harpoon missile systems" counts systems, not
# missiles.
HEAD_NOUNS = set(
    "system systems launcher launchers unit units battery batteries depot depots warehouse warehouses "
    "stockpile stockpiles complex complexes".split()
)


def _modifies(words: list[str], i: int, counted_lower: Set[str]) -> bool:
    """Whether word i, in the singular, only modifies the noun after it (`HEAD_NOUNS`), which is not counted
    (`counted_lower`, the counted words in lower case)."""
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return not words[i].lower().endswith("s") and following in HEAD_NOUNS and following not in counted_lower


# A currency before a number: "$4,800", "€ 50", "Hr 200,000", "UAH 1,000".
CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₴₽]|\b(?:Hr|UAH|USD|EUR|GBP|RUB))\s?$")


def _is_sum(sentence: str, matches: list[re.Match], i: int) -> bool:
    """Whether the number at token `i` is a sum of money, by the currency before it: it counts nothing."""
    return CURRENCY_BEFORE.search(sentence[max(0, matches[i].start() - 4) : matches[i].start()]) is not None


def _multiple(words: list[str], i: int) -> bool:
    """Whether the number at token `i` is a multiple ("100 times", "80 to 100 times"), which counts nothing."""
    after = [w.lower() for w in words[i + 1 : i + 4]]
    return after[:1] == ["times"] or (after[:1] in (["to"], ["or"]) and after[2:3] == ["times"])


def _is_share(sentence: str, matches: list[re.Match], i: int) -> bool:
    """Whether the number at token `i` is a percentage: "50.89% of the vote" gives no number of votes."""
    end = matches[i].end()
    if sentence[end : end + 2].strip().startswith("%"):
        return True
    return i + 1 < len(matches) and matches[i + 1].group().lower() in ("percent", "per")


def _number_of(words: list[str], near: list[bool]) -> bool:
    """Whether a sentence's `words` set "the number of" a counted word (`near`) to a figure a few words on:
    "increasing the number of destroyers stationed there to six", "the number of refugees has reached
    5 million"."""
    for i in range(len(words) - 2):
        if words[i].lower() != "number" or words[i + 1].lower() != "of":
            continue
        for j in range(i + 2, min(i + 2 + NUMBER_OF_REACH, len(words))):
            if near[j]:
                rest = words[j + 1 : j + 1 + NUMBER_OF_REACH]
                return any(
                    (w[0].isdigit() or IS_COUNT.fullmatch(w)) and k > 0 and rest[k - 1].lower() in SET_TO
                    for k, w in enumerate(rest)
                )
    return False


def lasts(things: Sequence[str], sentence: str, by_name: bool = False) -> bool:
    """Whether a sentence gives the length of one of `things`: a length (not a stretch before or since
    something) near it ("an 80-minute phone call"), or after "lasted" in a sentence naming it ("the call,
    held on Monday, lasted two hours"). When the passage names those who took part (`by_name`), a
    length after "lasted" or "spent" will do: "The two leaders spent over four hours discussing…"."""
    for match in DURATION.finditer(sentence):
        start, end = sentence[: match.start()], sentence[match.end() :]
        if OFFSET_BEFORE.search(start) or OFFSET_AFTER.search(end):
            continue
        before, after = COUNT_TOKEN.findall(start), COUNT_TOKEN.findall(end)
        if _holds_any(things, {stem(t) for t in before[-LENGTH_REACH:] + after[:LENGTH_REACH]}):
            return True
        if PREPARED_AFTER.match(end) and not _holds_any(things, PREPARING):
            continue  # "took 18 months to plan" is no length of the call
        if LASTED.search(" ".join(before[-4:])) and (
            by_name or _holds_any(things, {stem(t) for t in before + after})
        ):
            return True
    return False


def _tells_of_another(asked: AskedQuantity, present: set[str]) -> bool:
    """Whether a sentence with the stems `present` tells of another quantity than the one asked for
    (`AskedQuantity.unlike`)."""
    return bool(asked.unlike) and _holds_any(asked.unlike, present) and not _holds_any(asked.unless, present)


def _says_any(words: Sequence[str], sentence: str) -> bool:
    """Whether a sentence holds any of `words` as written (in any case)."""
    return re.search(rf"\b(?:{'|'.join(map(re.escape, words))})\b", sentence, re.IGNORECASE) is not None


def _holds_any(words: Sequence[str], present: set[str]) -> bool:
    """Whether a text with the stems `present` holds any of `words`, in any inflection."""
    beginnings = word_beginnings(present)
    return any(holds_word(w, present, beginnings) for w in words)


def _whole(whole: str) -> re.Pattern[str]:
    """The number of the whole a count is part of, as the question writes it ("339"), not inside another."""
    return re.compile(rf"(?<![\d,.]){re.escape(whole)}(?![\d,]*\d)")


def _names_whole(whole: str, text: str) -> bool:
    """Whether a text names the whole a count is part of (`_whole`)."""
    return _whole(whole).search(text) is not None


# "How much compensation is Poland demanding…": the country asking for a sum.
DEMANDER = re.compile(
    r"\b(?i:how\s+much\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|did|does|do|has|have|will)\s+)([A-Za-z][\w’'-]+)\s+"
    r"(?i:(?:\w+\s+)?(?:demand|seek|ask|claim|want|request)\w*)\b"
)


def _payer(question: str) -> tuple[str, ...]:
    """The country a question asks a demand of (`DEMANDER`), by its name and its people's adjective, if it names
    one the module knows the adjective of."""
    match = DEMANDER.search(question)
    if not match or (adjective := NATIONALITIES.get(stem(match.group(1)))) is None:
        return ()
    return (match.group(1), adjective)


def _names_model(model: str, text: str) -> bool:
    """Whether a text names a model ("A-50", "Tu-160"), not a later one of its line ("A-50U" is one, "Tu-160M" too)."""
    return re.search(rf"\b{re.escape(model)}(?![\w-]*\d)", text, re.IGNORECASE) is not None


def _names_all(words: Sequence[str], text: str) -> bool:
    """Whether a text holds every one of `words`, in any inflection."""
    present = tokens(text)
    beginnings = word_beginnings(present)
    return all(holds_word(w, present, beginnings) for w in words)


def quantity_name(asked: AskedQuantity) -> str:
    """What a refusal says no close passage holds: "…none of the articles closest to the question
    mentions a number of “journalists”"."""
    if asked.kind == "count" and asked.label:
        return f"a number of {quoted(asked.label)}"
    if asked.kind == "count":
        # Two words at most, a trailing participle dropped: "people convicted of…" names "people".
        words = list(asked.beside[:2])
        while len(words) > 1 and words[-1].lower().endswith("ed"):
            words.pop()
        return f"a number of {quoted(' '.join(words))}" if words else "a number"
    if asked.label:  # "an interest rate"
        return asked.label
    if asked.kind == "duration" and asked.beside:
        return f"the length of the {quoted(asked.beside[-1])}"
    # Whose age, when the question writes the name (a Ukrainian or Russian one is held as a lower-case stem).
    if asked.kind == "age" and asked.beside and asked.beside[0][:1].isupper():
        return f"{quoted(asked.beside[0])} beside an age"
    if asked.kind in {"money", "when", *MEASURES} and asked.beside and asked.kind != "turnout":
        return f"{quoted(asked.beside[0])} beside {QUANTITY_NAMES[asked.kind]}"
    return QUANTITY_NAMES[asked.kind]


# "Which palace…", "Which vessel…": things the coverage names by a proper name, with the nouns a passage may
# name one by ("the ship Razoni" for "which vessel", "Abu Dhabi airport" for "which airfield"). Cities and
# countries are left out, and makes and models: a passage names them without the noun ("a Boeing 787").
NAMED_THINGS = (
    "palace building hotel venue hall theatre theater residence mansion castle centre center stadium museum "
    "church cathedral monastery embassy university school hospital plant factory complex arena house facility "
    "enterprise institute clinic",  # "Which Moscow medical facility…": "the Sklifosovsky Institute"
    "refinery terminal depot",  # "Which refineries in Turkey…": "Turkey's Tupras refinery", "the STAR refinery"
    # "Between which two villages…": "between the communities of Yevdakovo and Saguny".
    "village community communities settlement hamlet",
    "college",  # "Which Cambridge college…" asks for one by name: "Cambridge University" is none
    "base airfield airport port harbour harbor",
    # "Which court sentenced the Azov fighters…": "the Southern District Military Court", not "a Russian court".
    "court tribunal",
    "bridge dam",  # "What was the name of the bridge…": "the Antonivskyi Bridge", not "a road bridge in Kursk"
    "ship vessel tanker frigate cruiser submarine freighter carrier boat warship destroyer corvette",
    "minesweeper minehunter",  # not the frigate Admiral Makarov, hit in the same attack
    "aircraft plane jet",
    # "Which air defense system brought down…": one named ("the Patriot system", "IRIS-T systems"), or its missile
    # ("Which missile system sank the Moskva?": "two Ukrainian Neptune missiles").
    "system missile rocket",
    "flight",
    "station",  # "Which metro station…": "Taganskaya station"; not "a Metro station in Moscow" (GENERIC_CAPITALS)
    "prison colony camp jail",
    # "Which car company…" (read as "carmaker", `asked_thing`): "French automaker Renault". Before the group of
    # "company", which a company of any sort answers ("nuclear power giant Rosatom").
    "carmaker automaker company",
    "company firm bank giant fund",  # "which investment funds hold the warrants": funds named
    # "What is the name of the organisation she co-founded?"
    "organisation organization charity foundation nonprofit non-profit ngo",
    "group",  # "What is the hacker group called?": "Wagner Group", "the group Killnet"
    "dog horse cat",  # "What was the name of the police dog…"
    # "What documentary was he filming?": a title, "the documentary Superpower". Not "film": a passage names
    # films by title alone ("Best Actor trophies for “Mystic River” and “Milk”").
    "documentary",
    # "What TV show was he to appear on?": a programme's title, not "a television show".
    "show programme program",
    # "What's the title of Maria Galina's book…": a title, not "her wartime chronicle of Odesa".
    "book novel memoir",
    "newsletter blog podcast column",  # "the name of ian bremmer's newsletter": a title
    # A military unit, named by a capital ("the Azov Brigade") or by its number ("the 155th Brigade").
    "brigade regiment battalion division",
    "song anthem album",  # "the name of the pro ukrainian song…": a title ("the song “Chervona Kalyna”")
    # "which tv channel aired…": one by name ("the state-run Rossiya 1 channel"). Not "broadcaster": "the state
    # broadcaster's correspondent" asks a person.
    "channel",
)
# Things named by a title, which another of its kind in a close passage does not give.
TITLED_THINGS = {
    "documentary",
    "show",
    "programme",
    "program",
    "book",
    "novel",
    "memoir",
    "newsletter",
    "blog",
    "podcast",
    "column",
    "song",
    "anthem",
    "album",
}
_THING_NOUNS = {noun: tuple(group.split()) for group in NAMED_THINGS for noun in group.split()}
UNIT_NOUNS = set(_THING_NOUNS["brigade"])  # named by a number too: "the 155th Brigade"


def _with_plural(noun: str) -> str:
    """A pattern for a noun or its plural: "compan(?:y|ies)", "church(?:es)?", "palaces?"."""
    if re.search(r"[^aeiou]y$", noun):
        return rf"{noun[:-1]}(?:y|ies)"
    if re.search(r"(?:s|x|ch|sh)$", noun):
        return rf"{noun}(?:es)?"
    return rf"{noun}s?"


# Each noun and its plurals, back to the noun: "companies" and "company" to "company".
_SINGULAR = {
    form: noun
    for noun in reversed(list(_THING_NOUNS))
    for form in (noun + "s", noun + "es", noun[:-1] + "ies", noun)
    if re.fullmatch(_with_plural(noun), form)
}
_THING_NOUN = "|".join(_with_plural(noun) for noun in _THING_NOUNS)
# Not the first half of a compound: "Which aircraft-engine boss…" asks for a person, not an aircraft, as does
# "Which American documentary maker…"; "What prison term…" asks for a sentence.
_OTHER_AFTER = (
    r"(?!\s+(?:makers?|directors?|crew|team|producers?|owners?|operators?|chiefs?|boss|heads?|commanders?"
    r"|captains?|managers?|spokes(?:man|woman|person)|officials?|workers?|staff|terms?|sentences?"
    # A person's noun: "the church cook", "the church volunteer", "the prison guard".
    rf"|(?:{'|'.join(sorted(PERSON_NOUN_WORDS))})(?:s|es)?)\b)"
)
# Up to two words before the noun, none a preposition, an article or a verb: "Which New York venue…", not "What
# model of aircraft…" or "What is the company that…"; nor a capitalised noun, a name's ("Which former White House
# Russia hand…").
_BEFORE_THING = r"(?:(?!(?:from|of|in|at|on|near|with|by|for|is|was|were|are|the|a|an|did|does|do|has|have|had)\s)[a-z][\w-]*\s+)"
_THING = rf"(?:\d+\s+)?{_BEFORE_THING}{{0,2}}(?=(?-i:[a-z]))({_THING_NOUN})\b(?!-){_OTHER_AFTER}"
# "the north korean destroyer", "the russian shadow fleet tanker"; not past a preposition ("the name of the boy
# from Peremoha village" asks for the boy's).
_NAMED_THING = (
    rf"(?:(?!(?:from|of|in|at|on|near|with|by|for)\s)[a-z][\w-]*\s+){{0,3}}({_THING_NOUN})\b(?!-)"
    rf"{_OTHER_AFTER}"
)
# "Which palace…", "What vessel…", "What was the name of the Lebanese company…", "What is the hotel called?",
# "What is the Russian hacker group that attacked… called?"
ASKED_THING = re.compile(
    rf"\b(?:which|what)\s+{_THING}"
    rf"|\bwhat(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)\s+the\s+(?:names?|titles?)\s+of\s+"
    rf"(?:the|a|an|this|that|(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s)\s+{_NAMED_THING}"
    rf"|\bwhat\s+(?:is|was|were|are)\s+the\s+{_THING}\s+called\b"
    # "Name the banks among the 46 institutions…", "list the ships…"
    rf"|^\W*(?:name|list)\s+(?:the\s+|all\s+the\s+)?{_NAMED_THING}"
    rf"|\bwhat\s+(?:is|was|were|are)\s+the\s+{_NAMED_THING}[^?]{{0,150}}\bcalled\s*\?"
    # "What name did Renault's buyer give to the company…"
    rf"|\bwhat\s+(?:new\s+)?name\s+(?:did|does|do|will|would|has|have|had)\s+[^?]{{1,80}}?\b(?:give|gave|given)\s+"
    rf"(?:to\s+)?(?:the|its|his|her|their)\s+[^?]{{0,40}}?\b({_THING_NOUN})\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
# A capitalised word, a comma and "a" or "an", and at most one lower-case word before the noun.
APPOSED = re.compile(r"\b([A-Z][\w’'-]+),\s+(?:a|an)\s+(?:[a-z][\w-]*\s+)?$")
# Words before a noun that name no one thing, nor let the word before them name it: "a Metro station", "a
# Kyiv metro station" (a station named only before "metro", "Taganskaya metro station", is missed).
# Also an alliance's or a body's: "close encounters with NATO ships" name no ship.
GENERIC_CAPITALS = {"metro", "underground", "tube", "nato", "eu", "un", "osce", "g7"}
# A people's adjective: "Ukrainian", "Chinese", "Polish", "Greek".
DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ian|ean|ese|ish)|Greek|French|Dutch|Swiss|Czech|Thai|Saudi|Israeli|Qatari|Emirati|Iraqi"
    r"|Pakistani|Kuwaiti|Yemeni|Omani|Afghan|Korean|American|Moroccan|Mexican|Cuban|Chilean|Kenyan|Sudanese"
)


# Ukrainian and Russian: "У якому палаці…", "В какой тюрьме…": the English noun of the thing asked to be named.
CYRILLIC_NAMED_THINGS = longest_first(
    {
        "палац": "palace", "дворц": "palace", "дворец": "palace", "будівл": "building", "здани": "building",
        "готел": "hotel", "отел": "hotel", "гостиниц": "hotel", "в'язниц": "prison", "тюрьм": "prison",
        "колоні": "colony", "колони": "colony", "аеропорт": "airport", "аэропорт": "airport",
        "авіабаз": "base", "авиабаз": "base", "корабл": "ship", "корабел": "ship", "судн": "vessel",
        "танкер": "tanker", "компані": "company", "компани": "company", "завод": "plant", "лікарн": "hospital",
        "больниц": "hospital", "стадіон": "stadium", "стадион": "stadium", "посольств": "embassy",
        "університет": "university", "университет": "university", "собор": "cathedral", "рейс": "flight",
        "авіарейс": "flight", "авиарейс": "flight", "угрупован": "group", "группировк": "group",
        "станці": "station", "станци": "station", "есмін": "destroyer", "эсмин": "destroyer", "фрегат": "frigate",
        "крейсер": "cruiser", "сіл": "village", "сел": "village", "сёл": "village",
        "об'єкт": "facility", "об’єкт": "facility", "объект": "facility",
        "аеродром": "airfield", "аэродром": "airfield", "суд": "court", "трибунал": "tribunal",
    }.items()
)  # fmt: skip
CYRILLIC_WHICH = re.compile(
    r"\b(?:який|яка|яке|які|якому|якій|якого|якої|якою|яких|якими|яким|какой|какая|какое|какие|каком|какую|какого"
    r"|каким|какими|каких)\s+((?:(?:[^\W\d_][\w'’-]*|\d+)\s+){0,3}[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
# The endings of Ukrainian and Russian adjectives (and of words like "саме"), which may stand before the noun.
CYRILLIC_ADJECTIVE_ENDING = re.compile(
    r"(?:[иыоі]й|[ое]м|[ая]я|[оеиы]е|[уюя]ю|[ое]го|[ое]му|[ыи]м|[ыи]х|[ыи]ми|ей|ої|ою|ею|а|і)$"
)


# "Як називається угруповання…", "Как называлась компания…": the noun after the verb is the thing named.
CYRILLIC_NAME_OF = re.compile(
    r"\b(?:як|как)\s+(?:назива\w*|называ\w*)\s+((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)", re.IGNORECASE
)


def asked_thing(question: str, language: str = "en") -> str | None:
    """The noun of a thing a question asks to be named ("palace" in "Which Istanbul palace
    hosted…", "vessel" in "Which vessel carried…", "У якому палаці…"), if any (NAMED_THINGS)."""
    if language != "en":
        # The noun, or the one after adjectives ("В каком стамбульском дворце…", "С какой небольшой французской
        # оборонной компанией…").
        for match in CYRILLIC_WHICH.finditer(question):
            if thing := _cyrillic_thing(
                match.group(1).split(), skipping=EXACTLY
            ):  # "На какой именно станции…"
                return thing
        # The noun after the verb, or after the word following it, or past adjectives ("Как назывался
        # подсанкционный российский танкер…").
        for match in CYRILLIC_NAME_OF.finditer(question):
            if thing := _cyrillic_thing(match.group(1).split(), free=0):
                return thing
        return None
    match = ASKED_THING.search(question)
    noun = next(_SINGULAR[noun.lower()] for noun in match.groups() if noun) if match else None
    if noun == "company" and CAR_COMPANY.search(question):
        return "carmaker"
    return noun


# "which french car company…": one a carmaker's name answers.
CAR_COMPANY = re.compile(r"\b(?:car|auto|automobile|automotive)\s+compan", re.IGNORECASE)


def _cyrillic_thing(words: list[str], free: int = -1, skipping: Set[str] = frozenset()) -> str | None:
    """The English noun of the first of `words` that is a thing's (CYRILLIC_NAMED_THINGS), looking past
    adjectives, past words in `skipping`, and past any word among the first `free` + 1."""
    for i, word in enumerate(words):
        if thing := longest_match(word.lower(), {}, CYRILLIC_NAMED_THINGS):
            return thing
        if word.lower() in skipping or word.isdigit():  # "які саме 11 сіл…"
            continue
        if i > free and not CYRILLIC_ADJECTIVE_ENDING.search(word.lower()):
            break
    return None


# A list of names after what they are, within the sentence: "ships that have left Ukrainian ports included Glory".
LISTED_AFTER = re.compile(r"[^.?!]{0,80}?\b(?:included|includes|include|including):?\s+(?:the\s+)?(\S+)")


def names_thing(noun: str, text: str, given: Callable[[str], bool] | None = None) -> bool:
    """Whether a text names a thing of `noun`'s kind by a proper name: a capitalised word before the noun
    or one like it ("Dolmabahce Palace", "Abu Dhabi airport", "Kyiv's Okhmatdyt children's hospital" is
    not: "children's" is not capitalised), set beside it ("Neftekhimservice, a refining company") or after
    it ("the ship Razoni", "the village of Panmunjom"). A capital that only opens a sentence names nothing, nor does one that says whose or where the thing is
    ("a Greek company", "a Liberian-flagged vessel", "Moscow's war museum"), nor, before the noun the
    question asks about, a word `given` says the question holds ("the Istanbul palace" for "Which Istanbul
    palace…"; "the Mariupol theatre" does name a building)."""
    nouns = "|".join(_with_plural(other) for other in _THING_NOUNS[noun])
    for match in re.finditer(rf"\b(?:{nouns})\b", text, re.IGNORECASE):
        before = text[: match.start()].split()[-2:]
        # The word after, past "of", "called" or an opening quotation mark ("the ship “Razoni”"), or past a comma
        # before one ("documentary, “He Came Back,”").
        after = re.match(
            r"(?:\s+(?:(?:of|called|named)\s+)?[“\"‘«']?|,\s+[“\"‘«'])(\S+)", text[match.end() :]
        )
        own_noun = _SINGULAR.get(match.group().lower()) == _SINGULAR.get(noun)
        # A name set beside what it is, past one word describing it or none: "SerEnergy, a company based…",
        # "Neftekhimservice, a refining company". Not a place or a day ("In Kyiv, a private company…", "On
        # Monday, a company…"), nor a word opening a sentence ("Meanwhile, a company…").
        if (
            (apposed := APPOSED.search(text[: match.start()]))
            and stem(name := apposed.group(1)) not in PLACES | ELSEWHERE
            and name.lower() not in NOT_NAME_ENDS
            and not _opens(text[: apposed.start(1)])
            and not _whose(name)
            and not (own_noun and given and given(name))
        ):
            return True
        # The word before, or the one before that across one lower-case word ("Mariupol drama theatre") or
        # one that does not name it ("Volkel Air Base").
        for i, word in enumerate(reversed(before)):
            if word.lower() in GENERIC_CAPITALS:  # the word before is the city's: "a Kyiv metro station"
                break
            # One of a list ("contributors include the UK, NGOs and crowdfunding") or a clause ("According to
            # Akar, the center will…"); a name set beside what it is is APPOSED's.
            if word[-1] in ",;:":
                break
            # A unit by its number: "the 155th Brigade", "Russia's 40th Separate Marine Brigade".
            if noun in UNIT_NOUNS and re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
                return True
            if _CAPITALISED.match(word) and not _opens_sentence(text, match.start(), before, i):
                if not (_whose(word) or (own_noun and given and given(word.strip(".,;:’'\"”")))):
                    return True
            elif word[:1].isupper() or not word.isalpha():
                break
        # Or a list after it: "The ships that have left Ukrainian ports included Glory, Riva…".
        listed = LISTED_AFTER.match(text[match.end() :])
        for name in [found.group(1) for found in (after, listed) if found]:
            if (
                _CAPITALISED.match(name)
                # "a group of Russian hackers" names none; "the organisation Samaritan's Purse" does
                and not DEMONYM.fullmatch(name.strip('.,;:"”').split("-")[0])
                and not (given and given(name.strip(".,;:’'\"”")))
            ):
                return True
    return False


def _opens(before: str) -> bool:
    """Whether a word after the text `before` opens the text or a sentence."""
    before = before.rstrip()
    return not before or before.endswith((".", "!", "?", '"', "”"))


def _whose(word: str) -> bool:
    """Whether a capitalised word before a noun says whose or where its thing is rather than naming it: a
    people's adjective ("Greek", "Liberian-flagged") or a possessive ("Moscow's")."""
    word = word.strip('.,;:"”')
    return bool(
        DEMONYM.fullmatch(word.split("-")[0])
        or re.search(r"['’]s?$", word)
        or ("-" in word and word.split("-")[1].islower())
    )


def _opens_sentence(text: str, end: int, before: list[str], i: int) -> bool:
    """Whether the word `i` places back among `before` (the words before `end`) opens the text or a
    sentence: nothing before it, or a word ending in a full stop, a question or an exclamation mark."""
    words = text[:end].split()
    return _opens(" ".join(words[: len(words) - 1 - i]))
