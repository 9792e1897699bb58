"""A person asked for by name: "What was the name of the Polish pilot who intercepted…", "Як звали доньку…".

The coverage names someone in the sentence that tells of them: "Ukrainian journalist Nataliya Gumenyuk
asked Lavrov…", "Kremlin spokesman Dmitry Peskov", "Lyudmila Ocheretnaya, Putin's former wife". So when
no close sentence holds the asked person's noun (or one like it) beside a name the question does not
already give, the coverage does not say who it was: "a 28-year-old woman died from her injuries,
Kalashnyk wrote" tells of the woman but names only the governor who reported it. Pure functions:
`asked_person` reads the question, `names_person` a passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from index.abstain import number_value
from index.chunk import rough_sentences
from index.gazetteer import ELSEWHERE, PLACES, longest_first, longest_match
from index.query import STOPWORDS
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

# The nouns a question may ask a person's name by, each with the nouns a sentence may tell of them by.
PERSON_NOUNS = (
    "woman women lady mother",
    "man men",
    "civilian resident victim",
    "daughter girl",
    "son boy",
    "child children kid girl boy teenager teen baby newborn",
    "wife husband spouse partner widow fiancee fiancée fiance fiancé",
    "brother sister sibling",  # "what is the name of mariia barkova's brother, the marine…"
    "friend acquaintance",
    "pilot airman crew",
    "agent spy suspect operative saboteur",
    "interpreter translator",
    "captain skipper master crew",
    "driver conductor",  # "the name of the train conductor killed…"
    # "the names of the two ukrainian POWs executed…": told of as prisoners, captives or soldiers.
    "prisoner pow captive detainee hostage soldier serviceman servicemen",
    "dealer trafficker smuggler",  # "arms dealer Viktor Bout" is no official
    "nominee candidate",  # "an acting official as nominee Daniel Zimmerman awaits…"
    "cook chef",  # "the name of the church cook killed…"
    "volunteer",
    "guard watchman caretaker",
    "journalist reporter correspondent presenter anchor photographer interviewer",
    # "who was the camera operator with yogita limaye…", "the name of the Kazakh blogger who interviewed…"
    "cameraman camerawoman operator producer",
    "blogger vlogger influencer",
    "activist campaigner protester dissident",  # "Як звуть активістку руху «Жовта стрічка»…"
    "engineer designer technician scientist",
    "adviser advisor aide assistant",  # "who is the putin adviser that claimed…"
    "mayor",
    "soldier serviceman servicemen officer commander fighter marine",
    # "the names of the four 64th brigade colonels…": officers by their rank.
    "colonel lieutenant sergeant officer commander",
    "commander officer general",
    "negotiator envoy representative delegate delegation",
    "spokesman spokeswoman spokesperson",
    "oligarch businessman tycoon billionaire",
    "player athlete star",
    "coach trainer manager",  # "the head coach of Ukraine's national football team"
    # A leader or a head of state ("Which four African heads of state joined…") is told of by their office:
    # "President Macky Sall".
    "leader leaders president premier chancellor king monarch",
    "chief head leader director",
    "governor",
    "lawyer attorney counsel",
    "judge magistrate justice",  # "Who was the judge that sentenced Oscar Jenkins…"
    "prosecutor prosecutors employee staffer",
    "worker employee staffer labourer laborer",  # "the name of the railway worker killed…"
    "minister secretary",
    "priest bishop patriarch cardinal archbishop",  # "the names of the two cardinals pope francis sent…"
    "ambassador envoy diplomat",
    "lawmaker legislator mp senator politician",
    "doctor dentist surgeon physician medic nurse",
    "family families relatives parents",  # "Как звали украинскую семью…"
    "expert specialist examiner pathologist analyst",  # "the forensic expert who did the autopsies"
    # An official is told of by their office: "Zaur Gurtsyev, the city's deputy mayor".
    "official mayor governor deputy minister secretary head chief spokesman spokeswoman ambassador envoy diplomat "
    "lawmaker politician",
    # "What was the name of the gunman who shot Shinzo Abe…": someone who attacked, told of by any word for one.
    "gunman gunmen shooter attacker assailant killer assassin bomber hijacker perpetrator suspect",
    # Anyone, told of by what they did: "Как зовут человека, который напал…".
    "person people individual man woman attacker assailant suspect perpetrator",
)
# Nouns for someone's relative, who may bear the surname of the one the question names.
KIN = set(
    "mother daughter girl son boy child children kid wife husband spouse partner widow fiancee fiancée fiance "
    "fiancé brother sister sibling".split()
)
# Nouns for someone who attacked, whose name must stand beside the noun (`_is_answer`).
ATTACKERS = {"gunman", "gunmen", "shooter", "killer", "assassin", "bomber", "hijacker", "assailant"}
# Each noun's group; a noun in two groups ("girl", "crew") keeps its first.
_NOUNS: dict[str, tuple[str, ...]] = {
    noun: tuple(group.split()) for group in reversed(PERSON_NOUNS) for noun in group.split()
}
PERSON_NOUN_WORDS = frozenset(_NOUNS)

# "What was the name of the Polish pilot who…", "whats the name of Putin's former wife": the noun is among
# the next few words, before any relative clause.
ASKED_NAME = re.compile(
    r"\bwhat(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)\s+(?:the\s+)?(?:(?:full|real|first|last)\s+)?names?\s+of\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)"
    # "Names of the Ukrainian POWs who were killed…", "name of the pilot?", typed without "what are".
    r"|^\W*(?:the\s+)?(?:(?:full|real|first|last)\s+)?names?\s+of\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)"
    # "what is aiden aslin's fiancée's name"
    r"|^\W*what(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+?)(?:['’]s|s['’])\s+"
    r"(?:(?:full|real|first|last)\s+)?names?\W*$"
    # "what is olena florek's husband called"
    r"|^\W*what(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+called\W*$"
    r"|^\W*who(?:'s|’s|\s+is|\s+was|\s+were|\s+are|\s+has\s+been|\s+have\s+been)\s+"
    # "Who is the…", or past a possessive: "Who has been Romania's interim prime minister…"
    # "Who was oscar jenkins' defence lawyer…": past a name and its possessive.
    r"(?:the\s+|(?=(?:[\w-]+\s+){0,2}[\w-]+(?:['’]s|s['’])\s))((?:[\w’'-]+\s+){0,5}[\w’'-]+)"
    # "Has the Russian engineer who hid the note been identified, and what is his name?"
    r"|^\W*(?:has|have|had|was|were|is|are)\s+the\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)(?=[^?]*?\s(?:identified|named)\b)"
    # "what did marianna vyshemirsky name her baby daughter"
    r"|^\W*what\s+(?:did|do|does|will|would)\s+[^?]{1,60}?\bname\s+(?:her|his|their|the)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)",
    re.IGNORECASE,
)
# "Which staffer released…", "Which Ukrainian official told…": the noun within the first few words, before a
# verb ("Which city did the official visit" asks no person).
WHICH_PERSON = re.compile(r"^\W*which\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE)
# Words that end the noun phrase of "Which …" before a person's noun was met: a verb, or (checked apart) a
# possessive ("Which country's leader…" asks a country).
WHICH_STOPS = set("did does do was were is are has have had will would can could should may might".split())
# The nouns "Which …" asks a name by: people the coverage may leave unnamed. Not a star, a leader, a minister
# or a fighter ("Which Hollywood star left an Oscar with Zelensky?"): the famous are named without the noun.
WHICH_NOUNS = set(
    "staffer employee official aide translator interpreter engineer designer technician scientist mayor "
    "governor pilot driver guard agent spy suspect doctor lawyer prosecutor interviewer leader leaders".split()
)
# A head of state or government is asked for as a leader.
HEAD_OF_STATE = re.compile(r"\bhead(s)?\s+of\s+(?:state|government)\b", re.IGNORECASE)
# Words that end the noun phrase before the noun was met: a clause or a preposition ("the captain of the
# Razoni" has met it; "the hotel where the delegation stayed" has not).
CLAUSE = set("who whom whose where when that which in at on from with of for during".split())
# "Як звали доньку…", "Как зовут переводчика…": the noun as a beginning, and the English noun it asks by.
CYRILLIC_ASKED_NAME = re.compile(
    r"\b(?:як|как)\s+(?:звали|звуть|звати|зовут|звать)\s+(?:\d+-\w+\s+)?(?:(?:двох|трьох|двух|трех|трёх|обох|обоих)\s+)?"
    r"([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?",
    re.IGNORECASE,
)
# "кто был командиром крейсера Москва…", "Хто є керівником…": who held a post, by the post's noun.
CYRILLIC_WHO_WAS = re.compile(
    r"^\W*(?:хто|кто)\s+(?:був|була|є|был|была|является|являлся|являлась)\s+([^\W\d_][\w'’-]*)", re.IGNORECASE
)
CYRILLIC_PEOPLE = longest_first(
    {
        "доньк": "daughter", "доньц": "daughter", "дочк": "daughter", "доч": "daughter", "сина": "son",
        "сын": "son", "дитин": "child", "ребенк": "child", "ребён": "child", "хлопчик": "child",
        "мальчик": "child", "хлопц": "child", "хлопець": "child", "парн": "man", "парен": "man",
        "дівчин": "child", "девочк": "child", "жінк": "woman", "женщин": "woman",
        "українк": "woman", "украинк": "woman", "дружин": "wife", "жену": "wife", "жена": "wife",
        "наречен": "fiancée", "невест": "fiancée",
        "чоловік": "man", "мужчин": "man", "мужа": "husband", "пілот": "pilot", "пилот": "pilot",
        "переклада": "interpreter", "переводчи": "interpreter", "воді": "driver",
        "водител": "driver", "провідник": "conductor", "проводник": "conductor", "капітан": "captain",
        "капитан": "captain", "мер": "mayor", "мэр": "mayor",
        "агент": "agent", "журналіст": "journalist", "журналист": "journalist", "солдат": "soldier",
        "військов": "soldier", "военн": "soldier", "командир": "commander", "посланц": "negotiator",
        "переговорник": "negotiator", "переговорщик": "negotiator", "адвокат": "lawyer", "підлітк": "child",
        "підліт": "child", "подрост": "child", "людин": "person", "людей": "person", "люди": "person",
        "человек": "person", "особ": "person", "фотограф": "photographer", "генерал": "general",
        "охоронц": "guard", "охранник": "guard", "підозрюван": "suspect", "подозреваем": "suspect",
        "співробітник": "employee", "сотрудник": "employee", "працівник": "employee", "работник": "employee",
        "прокурор": "prosecutor", "керівник": "head", "керівниц": "head", "руководител": "head",
        "активіст": "activist", "активист": "activist",
        # "как зовут начальника военкомата…", "Як звали командувача…"
        "начальник": "chief", "начальниц": "chief", "главу": "head", "голову": "head", "директор": "director",
        "командувач": "commander", "командующ": "commander", "заступник": "deputy", "заместител": "deputy",
        "міністр": "minister", "министр": "minister", "кардинал": "cardinal", "брат": "brother", "сестр": "sister",
        "суддю": "judge", "судді": "judge", "судью": "judge", "судьи": "judge",
        # "Як звали двох українських полонених…"
        "полонен": "prisoner", "військовополонен": "prisoner", "пленн": "prisoner", "военнопленн": "prisoner",
        # "Как звали украинскую семью…": not "семь" (seven), nor "родин" (a motherland in Russian).
        "семью": "family", "семья": "family", "семьи": "family", "сім'": "family", "сім’": "family",
        "сімʼ": "family",
    }.items()
)  # fmt: skip
# Words after a name that make its bearer the one reporting, not the one asked about ("…, Kalashnyk wrote").
SPEECH = re.compile(
    r"^[\s,]*(?:has\s+|had\s+|also\s+)?(?:said|says|told|wrote|writes|reported|reports|added|claimed|claims"
    r"|announced|stated|posted|noted|confirmed|explained|argued|warned)\b",
    re.IGNORECASE,
)
# …and words before it ("said Lubinets", "according to Kalashnyk").
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|wrote|reported|added|explained|spoke|speaking|talking|according\s+to|by)\s+"
    r"(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Words before a name that make it a publication's or a body's ("Belgian newspaper De Standaard").
OUTLET_BEFORE = re.compile(
    r"\b(?:newspaper|outlet|agency|channel|magazine|broadcaster|daily|tabloid|website|station)\s+$",
    re.IGNORECASE,
)
# Words before the noun that say its bearer has no name told ("unidentified attackers", "an unnamed official").
UNNAMED_BEFORE = re.compile(r"\b(?:unidentified|unknown|unnamed|anonymous|masked)\s+$", re.IGNORECASE)
# Another noun someone is told of by, before their name ("journalist Anna Shpurik") or after it ("Anna
# Shpurik, also a journalist at Cukr").
OTHER_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")
OTHER_NOUN_AFTER = re.compile(
    # "…, Savyntsi’s chief education department specialist, is seen…": a possessive before the noun too.
    r"^\s*,\s*(?:also\s+)?(?:a|an|the|[\w-]+[’']s)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)\b(?:\s+(?:at|for|with)\b|,)"
)
# Titles before a name, which are no part of it ("Sgt Vadim Shishimarin").
TITLES = set(
    "mr mrs ms dr sgt lt col gen capt maj cpl pvt sir lord president prime minister governor mayor general "
    "colonel captain lieutenant sergeant major commander chief ombudsman spokesperson spokesman deputy head "
    "senator ambassador envoy secretary chancellor pope patriarch king queen prince cardinal archbishop bishop"
    .split()
)  # fmt: skip
# Titles of offices (not ranks: a commander is told of as "Colonel Oleh Poberezhniuk").
OFFICES = set(
    "president prime minister governor mayor senator ambassador chancellor pope patriarch king queen prince "
    "ombudsman".split()
)
# Words that may open a run of capitalised words before a name, no part of it ("Former Ambassador John Smith",
# "Another Portnov associate").
RUN_OPENERS = set("former late another other acting interim then ex".split())
# Runs of capitalised words; a name is one whose last word is none of these (places, bodies, days).
_CAPITAL = "A-ZÀ-ÖØ-ÞĆČĐŁŃŚŠŹŻŽ"
CAPITALISED_RUN = re.compile(rf"(?:[{_CAPITAL}][\w’'.-]*\s+)*[{_CAPITAL}][\w’'.-]*")
NOT_NAME_ENDS = set(
    "oblast region sea ocean council ministry service services forces force army navy guard office house "
    "day monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december union nations bridge airport street square city river "
    "committee agency party news press post times media telegram ukraine russia ukrainian ukrainians "
    "russian russians kyiv moscow kremlin state states america american europe european church company group "
    "bank institute university school court parliament government administration brigade battalion regiment "
    "crimea donbas republic federation"
    .split()
)  # fmt: skip


# A country's initials before a title and a name ("UK Prime Minister Boris Johnson", "US Senator…").
PLACE_BEFORE = re.compile(r"UK|US|USA|EU|UN|U\.S|U\.K")  # a run's words lose their full stops


# Words before a name that say it is whom the person asked about is close to: "individuals close to Russian
# President Vladimir Putin".
CLOSE_TO_BEFORE = re.compile(r"\b(?:close|closest|loyal|linked|connected)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# An age told with the person: "the 10-year-old girl", "a six-year-old girl".
AGE = re.compile(r"\b(\d+|[a-z]+)[-\s]years?[-\s]old\b", re.IGNORECASE)


@dataclass(frozen=True)
class AskedPerson:
    """Someone whose name a question asks for: the noun it asks by, the nouns a sentence may use, and the
    age the question gives them (as digits), if any."""

    noun: str
    nouns: tuple[str, ...]
    age: str | None = None
    acting: bool = False
    # Asked as someone's by a name of its own (`_particular`): "the director of the VNIIR-Progress plant" is not
    # "the head of the Chuvashia Republic".
    owned: bool = False
    # The people's adjective the question gives them, lower case: "american" in "the American official who sat in
    # on the June 2 Istanbul talks". "Russian Foreign Minister Sergey Lavrov" is not that official.
    people: str | None = None
    # Asked by the deed ("Who killed Stepan Bandera?"): a sentence telling whom it was done by answers, a body
    # as much as a person ("Bandera, assassinated by the KGB in 1959").
    by_deed: bool = False
    # The surname of the one a successor is asked for ("Drapatyi" in "Who replaced Drapatyi as commander…"): a
    # sentence naming another's successor ("Sukharevskyi will be replaced by Robert Brovdi") is not about them.
    replaced: str | None = None
    # Stems of the words of what the question says they did or underwent ("tied", "wooden", "cross" in "…the
    # soldier who was tied to a wooden cross"): a sentence telling of it with no name says the coverage
    # leaves them unnamed, whoever else close sentences name by the same noun.
    deed: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        return f"the {self.noun} by name"


# "Who is the acting official running…": someone holding an office for now, whom a sentence must tell of as such
# ("Cooper left her role in December, and the office is now led by an acting official").
ACTING = re.compile(r"\b(?:acting|interim|caretaker|temporary|temporarily|stand-in)\b", re.IGNORECASE)


# The one replaced, by the last of the capitalised words after the verb: "Drapatyi" in "Who replaced Mykhailo
# Drapatyi as commander…", "Melnyk" in "…appoint to replace Andriy Melnyk as…".
REPLACED_NAME = re.compile(
    r"\b(?:replaced?|replacing|succeeded|succeed|took\s+over\s+from)\s+(?:[A-Z][\w’'-]+\s+)*?([A-Z][\w’'-]+)"
    r"(?![\w’'-]|\s+[A-Z])"
    # "…appoint as the new commander after Drapatyi resigned": the one who left the office.
    r"|\bafter\s+(?:[A-Z][\w’'-]+\s+)*?([A-Z][\w’'-]+)\s+(?:had\s+)?(?:resigned|quit|stepped\s+down|was\s+(?:dismissed|fired|sacked))\b"
)
# "Who replaced Mykhailo Drapatyi as commander…": a successor, told of in a sentence with one of these words
# beside their name ("appointed Robert Brovdi as the new commander", "was replaced by Colonel Oleksandr Sak").
WHO_REPLACED = re.compile(
    r"\bwho\s+(?:(?:has|had|will|would|could|might|may)\s+)?(?:replaced?|succeeded|succeed|took\s+over\s+from|is\s+replacing)\b"
    # "who is going to replace christian schmidt…", "Who is expected to succeed…"
    r"|\bwho\s+(?:is|was)\s+(?:going|set|expected|likely|tipped|poised|due)\s+to\s+(?:replace|succeed|take\s+over)\b"
    r"|\bwho\s+(?:is|was|will\s+be)\s+(?:the\s+)?(?:successor|replacement)\b"
    # "who took over as estonia's prime minister after…", "Who was appointed as the new commander of…"
    r"|\bwho\s+(?:(?:has|had)\s+)?(?:took|taken|takes)\s+over\s+as\b"
    r"|\bwho\s+(?:was|has\s+been|is)\s+(?:appointed|named)\s+(?:as\s+)?(?:the\s+)?new\b"
    # "who was appointed to replace oleksandr shyrshyn after he quit?"
    r"|\bwho\s+(?:was|were|has\s+been|is|will\s+be)\s+(?:appointed|named|picked|chosen|tapped|nominated|selected)"
    r"\s+to\s+(?:replace|succeed|take\s+over)\b"
    # "Who became the new commander of the Ground Forces after Drapatyi resigned?"
    r"|\bwho\s+(?:became|has\s+become|becomes|will\s+become)\s+(?:the\s+)?new\b"
    # "Who did Kyiv appoint to replace Andriy Melnyk…", "Whom has Zelensky named to succeed…"
    r"|^\W*whom?\s+(?:did|has|have|will)\s+(?:[\w’'-]+\s+){1,3}(?:appoint|name|pick|choose|chose|tap|select|nominate)\w*"
    r"\s+(?:as\s+\w+\s+)?to\s+(?:replace|succeed)\b"
    # "Who did Nicusor Dan appoint as Romania's prime minister…": the one appointed to an office.
    r"|^\W*whom?\s+(?:did|has|have|will)\s+(?:[\w’'-]+\s+){1,3}(?:appoint|nominate)\w*\s+as\b",
    re.IGNORECASE,
)
# "Хто став новим командиром… після відсторонення Побережнюка?", "Кто сменил…": a successor, asked in
# Ukrainian or Russian.
CYRILLIC_WHO_REPLACED = re.compile(
    r"\b(?:хто|кто)\s+(?:став|стала|стане|стал|станет)\s+нов\w+"
    r"|\b(?:хто|кто)\s+(?:замінив|замінила|замінить|змінив|змінила|змінить|заменил|заменила|заменит|сменил"
    r"|сменила|сменит)\b"
    r"|\b(?:хто|кто)\s+(?:прийшов|прийде|пришел|пришёл|придет|придёт)\s+на\s+(?:зміну|смену)\b"
    # "Кого Зеленский назначил на место уволенных генералов…", "Кого призначили замість…"
    r"|\bкого\s+(?:[^\W\d_]+\s+){0,3}?(?:назначил|назначила|назначили|назначит|назначат|призначив|призначила"
    r"|призначили|призначить|призначать)\s+(?:на\s+(?:место|місце)|вместо|замість|замест)\b"
    # "хто тепер командує сухопутними військами після відставки драпатого"
    r"|\b(?:хто|кто)\s+(?:тепер|теперь|зараз|сейчас)\s+(?:командує|очолює|керує|командует|возглавляет|руководит)\b"
    r"(?=[^?]*\b(?:після|после)\s+(?:відставки|звільнення|відсторонення|отставки|увольнения|отстранения|ухода)\b)",
    re.IGNORECASE,
)
# "…після відставки драпатого": the one who left, in any case as typed.
CYRILLIC_LEFT = re.compile(
    r"\b(?:відставки|звільнення|відсторонення|отставки|увольнения|отстранения|ухода)\s+([^\W\d_]{4,})",
    re.IGNORECASE,
)
# "who's been put in charge of the UK's new cyber command": its head, told of as one ("Major Robert Brovdi, commander
# of the drone unit", "will be led by…"); a minister who announced it is not.
IN_CHARGE = re.compile(
    r"^\W*who(?:['’]s|\s+is|\s+was|\s+will\s+be)?\s+(?:been\s+|being\s+)?(?:(?:put|placed|left|appointed)\s+)?"
    r"in\s+charge\s+of\b",
    re.IGNORECASE,
)
IN_CHARGE_NOUNS = ("head", "chief", "leader", "director", "commander", "boss", "manager", "led", "headed")
# "who ended up buying chelsea from abramovich": the buyer, named beside a word of the sale ("a consortium led
# by Todd Boehly", "bought by…"); a report on the sale's proceeds names none.
WHO_BOUGHT = re.compile(
    r"^\W*who\s+(?:(?:ended\s+up|finally|eventually|actually|has|had|will)\s+)?"
    r"(?:bought|buying|buy|purchased|purchasing|acquired|acquiring)\b",
    re.IGNORECASE,
)
BUYER_WORDS = (
    "buyer",
    "bought",
    "purchased",
    "acquired",
    "paid",
    "consortium",
    "new owner",
    "takeover",
    "led",
)
# A name before a verb of buying is its subject, the buyer: "the price Alexander Govor paid".
BUYING_AFTER = re.compile(r"\s+(?:bought|paid|purchased|acquired)\b", re.IGNORECASE)
SUCCESSION_WORDS = (
    "replaced", "replacing", "replacement", "replace", "succeeded", "succeeding", "successor", "succeed",
    "appointed", "appoint", "appointment", "took over", "takes over", "take over", "taking over",
)  # fmt: skip
# A successor as the subject of the word of succession: "Colonel Oleksandr Sak has been appointed…",
# "Kristen Michal took over…".
SUCCEEDING_AFTER = re.compile(
    r"(?:,[^,.;]{0,120},)?\s+(?:(?:has|had)\s+(?:now\s+)?been\s+|was\s+|is\s+|will\s+(?:be\s+)?)?"
    r"(?:(?:picked|chosen|elected|named|tapped|selected|nominated)\s+(?:(?:as\s+\w+\s+)?to\s+|as\s+(?:a|the)\s+))?"
    r"(?:replac|succeed|appoint|(?:took|take|takes)\s+over\b)",
    re.IGNORECASE,
)
# A nickname in quotation marks within a name: "Major Robert "Magyar" Brovdi" is "Major Robert Brovdi".
NICKNAME = re.compile(r"\b([A-Z][\w’'-]*)\s+[\"“][A-Z][^\"”]{0,30}[\"”](?=\s+[A-Z])")
# Whose someone is, by name, after their noun: "the director of the VNIIR-Progress plant", "head of Chuvashia".
OF_NAMED = re.compile(r"of\s+(?:the\s+)?([A-Z][\w’']*)")


# "Who commands Russia's 423rd regiment?", "Who heads the agency?": its commander or head, told of by the noun.
WHO_COMMANDS = re.compile(
    r"^\W*who\s+(?:now\s+|currently\s+)?(command|head)(?:s|ed)\b"
    # "кто командует 26-й ракетной бригадой…" (not "хто очолював делегацію", told as "led by Medinsky")
    r"|^\W*(?:хто|кто)\s+(?:зараз\s+|сейчас\s+)?(команду)\w*",
    re.IGNORECASE,
)
COMMANDING = {"command": "commander", "head": "head", "команду": "commander"}
# "Who was arrested for…", "Кого затримали…", "Кого задержали…": someone held, told of in a sentence with one of
# these words beside their name ("Paul Urey and Dylan Healy were detained", "police arrested Ivan Petrov").
WHO_WAS_HELD = re.compile(
    r"^\W*who\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:arrested|detained|held|charged)\b"
    # "who was the third person charged over the arson attacks…"
    r"|^\W*who\s+(?:was|were|is)\s+the\s+(?:\w+\s+)?(?:person|man|woman|suspect|individual)\s+(?:to\s+be\s+)?"
    r"(?:arrested|detained|held|charged)\b"
    # "Who has Russia arrested over…", "Whom did police detain…"
    r"|^\W*whom?\s+(?:has|have|had|did)\s+(?:[\w’'-]+\s+){1,3}(?:arrest|arrested|detain|detained|charge|charged)\b"
    r"|\bкого\s+(?:\w+\s+)?(?:затрима|задержа|заарешту|арештува|арестова|обвинува|обвини|звинуват)\w*",
    re.IGNORECASE,
)
# "Which people did Russian investigators name as the perpetrators of…", "Who did Kyiv name as its envoy…": the
# one asked for is told of by the noun after "as".
# A deed told with whom it was done by, named: "assassinated by the KGB", "shot by Russian soldiers"; not "shot
# dead by unidentified attackers", nor "killed by a drone".
DONE_BY = re.compile(
    r"\b(?:shot|killed|murdered|assassinated|stabbed|attacked|assaulted|gunned\s+down|beaten)\b"
    r"(?:\s+(?!by\b)[\w’'-]+){0,3}?\s+by\s+(?:the\s+)?(?!(?:unidentified|unknown|unnamed)\b)(?-i:[A-Z])",
    re.IGNORECASE,
)
# "Who shot Andriy Portnov in Madrid?", "Who attacked Anatoly Karpov…": the attacker of someone named, by name,
# told of beside a word for one ("the gunman, …"), not anyone the sentence names. Not "Who shot down the
# Su-35…", nor "Who attacked the Russian bombers…", which a force may have done.
WHO_ATTACKED = re.compile(
    # "Who shot…", or "whats the name of the guy who shot…"
    r"^\W*(?:what(?:'s|’s|s|\s+is|\s+was)\s+the\s+name\s+of\s+the\s+(?:guy|man|person|one|individual|bloke|dude)\s+)?"
    r"who\s+(?:(?P<gunman>shot(?!\s+down\b)|gunned\s+down)|(?P<killer>killed|murdered|assassinated|stabbed)"
    r"|(?P<assailant>attacked|assaulted|beat\s+up))\s+(?-i:[A-Z])",  # a person by name, not "the bombers"
    re.IGNORECASE,
)
NAMED_AS = re.compile(
    r"^\W*(?:whom?|which\s+(?P<people>people|persons|individuals|men|women))\s+(?:did|do|does|has|have|had)\s+"
    r"(?:[\w’'-]+\s+){1,4}(?:name|identify|designate|single\s+out)\s+as\s+(?:the|its|their|his|her)?\s*"
    r"(?P<noun>(?:[\w’'-]+\s+){0,2}[\w’'-]+)",
    re.IGNORECASE,
)
HELD_WORDS = (
    "detained", "detain", "detention", "arrested", "arrest", "charged", "held", "suspect", "suspected", "captured",
)  # fmt: skip


# A people's adjective and the nouns for its people, where these are not the adjective with an "s"
# ("Ukrainian" -> "Ukrainians", "Israeli" -> "Israelis").
PEOPLE_OF = {
    "british": ("britons", "briton", "brits"), "polish": ("poles", "pole"), "turkish": ("turks", "turk"),
    "danish": ("danes", "dane"), "swedish": ("swedes", "swede"), "finnish": ("finns", "finn"),
    "spanish": ("spaniards", "spaniard"), "scottish": ("scots", "scot"), "irish": ("irishmen", "irishman"),
    "english": ("englishmen", "englishman"), "french": ("frenchmen", "frenchman"), "dutch": ("dutchmen", "dutchman"),
    "welsh": ("welshmen", "welshman"),
}  # fmt: skip
_REGULAR_PEOPLE = re.compile(r"[a-z]{3,}(?:an|i)")  # "ukrainian", "moroccan", "israeli", "georgian"


def people_of(adjective: str) -> tuple[str, ...]:
    """The nouns for a people by its adjective ("British" -> "Britons", "Moroccan" -> "Moroccans"), lower
    case, none of them the adjective itself ("Estonian Foreign Minister…" tells of no Estonian); () for a word
    that is none."""
    word = adjective.lower()
    if word in PEOPLE_OF:
        return PEOPLE_OF[word]
    return (f"{word}s",) if adjective[:1].isupper() and _REGULAR_PEOPLE.fullmatch(word) else ()


def is_a_people(word: str) -> bool:
    """Whether a capitalised plural names a people ("Germans", "Britons", "Poles")."""
    lower = word.lower()
    return word[:1].isupper() and (
        any(lower in nouns[:1] for nouns in PEOPLE_OF.values())
        or (lower.endswith("s") and bool(_REGULAR_PEOPLE.fullmatch(lower[:-1])))
    )


def asked_person(question: str, language: str = "en") -> AskedPerson | None:
    """The person a question asks to be named ("pilot" in "What was the name of the Polish pilot
    who…", "daughter" in "Як звали доньку…"; a successor in "Who replaced…"; someone held in "Кого затримали…";
    the perpetrators in "Which people did investigators name as the perpetrators…"), if it asks so and by a
    noun of PERSON_NOUNS."""
    if language == "en" and WHO_REPLACED.search(question):
        replaced = REPLACED_NAME.search(question)
        return AskedPerson(
            "successor",
            SUCCESSION_WORDS,
            replaced=(replaced.group(1) or replaced.group(2)) if replaced else None,
        )
    if language != "en" and (replacing := CYRILLIC_WHO_REPLACED.search(question)):
        # Whom they replaced: the first name after the verb the gazetteer does not know for a place or a people.
        # The one who left, named after "після відставки"; else the first name after the verb ("Сухопутних
        # військ" names no one, but is written with a capital).
        after = question[replacing.end() :]
        if left := CYRILLIC_LEFT.search(after):  # in lower case or not
            names = [transliterate(CASE_ENDING.sub("", left.group(1).lower()), language)[:NAME_PREFIX]]
        else:
            names = [
                name for name, known, word in foreign_names(question, language) if not known and word in after
            ]
        return AskedPerson("successor", SUCCESSION_WORDS, replaced=names[0] if names else None)
    if language == "en" and IN_CHARGE.search(question):
        return AskedPerson("head", IN_CHARGE_NOUNS)
    if language == "en" and WHO_BOUGHT.search(question):
        return AskedPerson("buyer", BUYER_WORDS)
    if commands := WHO_COMMANDS.search(question):
        noun = COMMANDING[commands[commands.lastindex].lower()]
        return AskedPerson(noun, _nouns(noun))
    if language == "en" and (attacked := WHO_ATTACKED.search(question)):
        return AskedPerson(attacked.lastgroup or "gunman", _nouns("gunman"), by_deed=True)
    if WHO_WAS_HELD.search(question):
        return AskedPerson("suspect", HELD_WORDS)
    if language == "en" and (named_as := NAMED_AS.search(question)):
        for word in named_as.group("noun").split():
            # Not "the person behind the car bomb": that one is told of by the deed ("Natalya Vovk carried out…").
            # Nor "Who did Putin name as the perpetrators…": a service may be ("the Ukrainian secret services"),
            # unless people are asked for.
            noun = _noun_of(_bare(word))
            if not noun or _nouns(noun) == _NOUNS["person"]:
                continue
            if _nouns(noun) == _NOUNS["perpetrator"] and not named_as.group("people"):
                break
            return AskedPerson(noun, _nouns(noun))
    if language != "en":
        for match in (*CYRILLIC_ASKED_NAME.finditer(question), *CYRILLIC_WHO_WAS.finditer(question)):
            for word in filter(None, match.groups()):
                if noun := longest_match(word.lower(), {}, CYRILLIC_PEOPLE):
                    return AskedPerson(noun, _nouns(noun))
        return None
    question = HEAD_OF_STATE.sub(lambda found: "leaders" if found.group(1) else "leader", question)
    match = ASKED_NAME.search(question)
    which = None if match else WHICH_PERSON.search(question)
    if not (match or which):
        return None
    people: tuple[str, ...] = ()  # "the two British fighters" may be told of as "Britons Aiden Aslin and…"
    adjective = None  # and "british" is the people's word they are asked by
    words = _with_aged_noun(next(g for g in (match or which).groups() if g).split())
    if match:
        words = _past_possessive(words)
    for position, written in enumerate(words):
        word = _bare(written)
        if word in CLAUSE or (which and (word in WHICH_STOPS or written.endswith(("'s", "’s")))):
            return None
        noun = _noun_of(word)
        # The last of two nouns: "the head coach" asks for a coach, "the chief negotiator" for a negotiator.
        if noun and position + 1 < len(words) and (following := _noun_of(_bare(words[position + 1]))):
            noun = following
        if not noun and match and is_a_people(as_written := written.strip("’'.,;:?")):
            # "What are the names of the two Ukrainians filmed defusing…": anyone, told of as one of the people.
            return AskedPerson(as_written, (*_NOUNS["person"], word), _age(question))
        if noun:
            if which and noun not in WHICH_NOUNS:
                return None
            acting = any(ACTING.fullmatch(_bare(w)) for w in words[:position])
            owner = re.search(rf"\b{re.escape(written)}\s+{OF_NAMED.pattern}", question)
            owned = owner is not None and _particular(owner.group(1))
            nouns = (*_NOUNS[noun], *people)
            deed = _deed(question[question.find(written, (match or which).start()) + len(written) :], nouns)
            return AskedPerson(noun, nouns, _age(question), acting, owned, adjective, deed=deed)
        people = people_of(written.strip("’'"))
        adjective = written.strip("’'").lower() if people else None
    return None


# "…the soldier who was tied to a wooden cross": what they did or underwent, after the relative pronoun.
# Or a participle right after the noun, past "were" or not: "the two ukrainian POWs executed near udachne".
DEED = re.compile(
    r"^\W*(?:(?:who|that)\s+(?:(?:was|were|had\s+been|has\s+been|is|got)\s+)?"
    r"|(?:(?:was|were|had\s+been|have\s+been|has\s+been|got)\s+)?(?=(?:[a-z]+ed|shot|taken|held|caught|hit)\b))(.+)",
    re.IGNORECASE,
)
# A deed is told in a sentence holding this many of its words (or all, when it has fewer).
DEED_WORDS = 2
# A sentence opening with a full name and a clause on its bearer: "Lyudmila Ocheretnaya, who was married…".
OPENING_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,\s+(?:who|whose|a|an|the)\s")
# A sentence opening with a full name and its verb: "Vira Hyrych was at home…".
NAME_AS_SUBJECT = re.compile(
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+\s+(?:was|were|is|had|has|died|lived|worked)\b"
)
# Sentences after the deed's that may go on telling of them by the noun ("So the journalist stood up…").
DEED_REACH = 3


def _deed(question: str, nouns: tuple[str, ...]) -> frozenset[str]:
    """Stems of the words of what a question says the person did or underwent (`DEED`, in the words after
    the person's noun), none of them a stopword, a number or one of the person's nouns."""
    match = DEED.search(question)
    if not match:
        return frozenset()
    words = [w.lower() for w in WORD.findall(match.group(1))]
    return frozenset(
        stem(w) for w in words if w not in STOPWORDS and w not in nouns and not w[:1].isdigit() and len(w) > 2
    )


def _tells_deed(deed: frozenset[str], sentence: str) -> bool:
    """Whether a sentence holds enough of a deed's stems (`DEED_WORDS`) to tell of it, one of them in a word
    written in lower case: the deed's own words, not a title that holds them ("the "Bring Kids Back UA"
    initiative" tells no one's rescue)."""
    held = deed & tokens(sentence)
    if len(held) < min(DEED_WORDS, len(deed)):
        return False
    return any(stem(word) in held for word in WORD.findall(sentence) if word[:1].islower())


def _particular(name: str) -> bool:
    """Whether a capitalised word is a name of its own, not a place or a people: "VNIIR" in "the director of
    the VNIIR-Progress plant", not "Russian" in "the head of Russian military intelligence" (told of as "head
    of the GRU") or "Ukraine" in "the head of Ukraine's delegation"."""
    return stem(name) not in PLACES | ELSEWHERE and not people_of(name)


def _noun_of(word: str) -> str | None:
    """The person's noun a question's word is, singular ("officials" -> "official"), if any."""
    return word if word in _NOUNS else word[:-1] if word.endswith("s") and word[:-1] in _NOUNS else None


def _past_possessive(words: list[str]) -> list[str]:
    """The words after the last possessive, when a person's noun follows it: "the name of British fighter
    Aiden Aslin's Ukrainian fiancée" asks for the fiancée, not the fighter the question names."""
    clause = next((i for i, w in enumerate(words) if w.lower() in CLAUSE), len(words))
    owners = [i for i, w in enumerate(words[:clause]) if w.endswith(("'s", "’s", "s'", "s’"))]
    after = [_bare(w) for w in words[owners[-1] + 1 : clause]] if owners else []
    if any(_noun_of(w) for w in after):
        return words[owners[-1] + 1 :]
    return words


def _bare(written: str) -> str:
    """A question's word in lower case without quotation marks or punctuation: "wife," in "Medvedchuk's
    wife, who appealed…" is "wife"."""
    return written.lower().strip("’'.,;:?")


# An age standing as the noun: "the 16 year old who confessed…", "the 46-year-old in Leuven".
AGED_NOUN = re.compile(
    r"\b(\d+)[-\s]years?[-\s]old(?=\s+(?:who|whom|that|in|from|of|at|on|near|killed|arrested|detained)\b|\W*$)",
    re.IGNORECASE,
)


def _with_aged_noun(words: list[str]) -> list[str]:
    """The words with a noun put after an age that stands as one (`AGED_NOUN`): someone of that age, a teenager
    under 20."""
    text = " ".join(words)
    match = AGED_NOUN.search(text)
    if not match:
        return words
    noun = "teenager" if int(match.group(1)) < 20 else "person"
    return f"{text[: match.end()]} {noun}{text[match.end() :]}".split()


def _age(text: str) -> str | None:
    """The first age a text gives ("10-year-old", "six-year-old") as digits, if any."""
    ages = [value for match in AGE.finditer(text) if (value := number_value(match.group(1)))]
    return ages[0] if ages else None


def given_by(question: str, language: str = "en") -> Callable[[str], bool]:
    """Whether a word of a passage is one the question gives: in English the same word; in Ukrainian or
    Russian, a word that begins as one of its names does in English spelling ("Hrishchenkova" for
    "Гріщенкова")."""
    if language == "en":
        words = {w.lower().strip("'’") for w in WORD.findall(question)}  # "the 'Mother of God' icon"
        # A possessive gives its owner's name: "Kadyrov's troops" gives "Kadyrov".
        words |= {re.sub(r"['’]s$", "", word) for word in words}
        return lambda word: word.lower() in words
    names = [name for name, _, _ in foreign_names(question, language)]
    return lambda word: any(spelt_as(word, name) for name in names)


def spelt_as(word: str, beginning: str) -> bool:
    """Whether a passage's word begins as the English spelling of a Ukrainian or Russian name does, with the
    letters a transliteration may give either way made one: "Boris" as "borys" (и), "Gennady" as "hennad" (г)."""
    return _loose(stem(word)).startswith(_loose(beginning))


def _loose(spelling: str) -> str:
    return spelling.replace("y", "i").replace("h", "g")


def _nouns(noun: str) -> tuple[str, ...]:
    return _NOUNS.get(noun, (noun,))


def _noun_pattern(person: AskedPerson, before: str = "", plural: bool = True) -> re.Pattern[str]:
    """Any of the person's nouns, singular or plural (or singular only), after what `before` matches."""
    nouns = "|".join(re.escape(n) for n in person.nouns)
    return re.compile(rf"\b{before}(?:{nouns}){'(?:s|es)?' if plural else ''}\b", re.IGNORECASE)


def names_person(person: AskedPerson, texts: Iterable[str], in_question: Callable[[str], bool]) -> bool:
    """Whether any sentence of `texts` holds the person's noun (or one like it) beside a name that
    `in_question` (see `given_by`) does not count as the question's own, and whose bearer is not only reporting
    ("Governor Mykola Kalashnyk said")."""
    noun = _noun_pattern(person)
    the_noun = _noun_pattern(person, before=r"(?:the|this|that)\s+", plural=False)
    texts = list(texts)
    if person.by_deed and any(DONE_BY.search(text) for text in texts):
        return True
    split = [rough_sentences(text) for text in texts]
    # When a close sentence tells of the deed asked about, only such sentences tell who did it; not one
    # on "unnamed officials", the sources that told of it.
    by_deed = bool(person.deed) and any(
        _tells_of(sentence, noun, in_question, person.owned) and _tells_deed(person.deed, sentence)
        for sentences in split
        for sentence in sentences
    )
    for raw in split:
        sentences = [NICKNAME.sub(r"\1", sentence) for sentence in raw]
        telling = [
            i
            for i, sentence in enumerate(sentences)
            if _tells_of(sentence, noun, in_question, person.owned)
            and (not by_deed or _tells_deed(person.deed, sentence))
        ]
        # And a few sentences after it on "the journalist" it told of, or on "Britons Aiden Aslin and Shaun
        # Pinner" after "Two Britons… have been sentenced to death".
        if by_deed:
            telling += [
                k
                for i in list(telling)
                for k in range(i + 1, min(len(sentences), i + 1 + DEED_REACH))
                if noun.search(sentences[k])
            ]
        # The sentence that tells of them, or the one before when it refers back to them ("…without Muslim
        # Umerov having been able to ask his question. So the journalist stood up…").
        near = set(telling) | {i - 1 for i in telling if i > 0 and the_noun.search(sentences[i])}
        # The sentence after, when it opens with a name and a clause on them: "The UK has imposed sanctions on
        # Putin's former wife… Lyudmila Ocheretnaya, who was married to the president until 2014, …". Only that
        # name is theirs.
        # After a sentence on the deed, one opening with a full name as its subject: "…one of its journalists had
        # been killed in Russian rocket strikes on Kyiv. Vira Hyrych was at home when a rocket hit…".
        opening = {
            i + 1
            for i in telling
            if i + 1 < len(sentences)
            and (
                OPENING_NAME.match(sentences[i + 1]) or (by_deed and NAME_AS_SUBJECT.match(sentences[i + 1]))
            )
        } - near
        for j in sorted(near | opening):
            sentence = sentences[j]
            # A successor of the one the question names: he is named here or in the sentence before.
            if person.replaced and not any(
                _names_surname(person.replaced, sentences[k]) for k in (j - 1, j) if k >= 0
            ):
                continue
            # "the acting official" is not the policy chief named beside him.
            if person.acting and not ACTING.search(sentence):
                continue
            # "the six-year-old girl Alina" is not the 10-year-old girl asked about.
            if person.age and (age := _age(sentence)) and age != person.age:
                continue
            for match in CAPITALISED_RUN.finditer(sentence):
                if j in opening and match.start() > 0:
                    break
                if person.people and _of_another_people(match.group(), person.people):
                    continue
                if _is_answer(
                    sentence,
                    match,
                    noun,
                    in_question,
                    person.noun in ATTACKERS or person.noun == "successor",
                    person.noun in KIN,
                ):
                    return True
    return False


# Peoples' adjectives by stem, for a run of capitalised words that opens with one ("Russian Foreign Minister…");
# not `people_of`, which takes "Sergei" for one.
PEOPLE_ADJECTIVES = set(NATIONALITIES.values()) | {
    "russia", "ukrain", "americ", "german", "belaru", "hungar", "israel", "slovak", "czech", "lithua", "latvia",
    "estoni", "romani", "moldov", "georgi", "armeni", "kazakh", "saudi", "emirat", "austri", "bulgar", "serbia",
}  # fmt: skip


def _names_surname(surname: str, sentence: str) -> bool:
    """Whether a sentence names someone by a surname, spelt a little differently or not ("Melnyk", "Melnik"):
    a word with its first four letters."""
    return re.search(rf"\b{re.escape(surname[:4])}", sentence, re.IGNORECASE) is not None


def _of_another_people(run: str, adjective: str) -> bool:
    """Whether a run of capitalised words opens with a people's adjective other than `adjective` ("Russian
    Foreign Minister Sergey Lavrov" for an American official), past a "Former" or "Then"."""
    words = [w for w in run.split() if w.lower() not in ("former", "then", "ex")]
    first = stem(words[0].strip("’'")) if words else ""
    return first != stem(adjective) and first in PEOPLE_ADJECTIVES


# "…citing an unnamed Ukrainian official": the noun with no name told, past a people's or an office's word
# (`UNNAMED_BEFORE`, read by `_tells_of`, is the word right before the noun).
UNNAMED = re.compile(r"\b(?:unidentified|unnamed|anonymous)\s+(?:[\w’'-]+\s+){0,2}?$", re.IGNORECASE)
# The question's own capitalised words a sentence must hold to be about what the question asks ("the New York
# Times reported that…, citing an unnamed Ukrainian official" for "Which Ukrainian official told the New York
# Times…").
UNNAMED_SHARED_NAMES = 3


# A question asking for someone as a source, whom a report citing "an unnamed official" leaves unnamed: "Which
# Ukrainian official told the New York Times…".
SOURCE_ASKED = re.compile(
    r"\b(?:told|tell|tells|said|say|says|reported|leaked|confirmed|revealed|disclosed|briefed|spoke\s+to"
    r"|according\s+to)\b",
    re.IGNORECASE,
)


def asks_source(question: str) -> bool:
    """Whether a question asks who said or told something (`SOURCE_ASKED`), not who did it."""
    return bool(SOURCE_ASKED.search(question))


def says_unnamed(person: AskedPerson, text: str, in_question: Callable[[str], bool]) -> bool:
    """Whether a sentence of `text` tells of the person asked only as unnamed ("citing an unnamed Ukrainian
    official") and holds UNNAMED_SHARED_NAMES capitalised words the question gives: it says what it is about
    and that the one asked was not named."""
    noun = _noun_pattern(person)
    for sentence in rough_sentences(text):
        if not any(UNNAMED.search(sentence[: m.start()]) for m in noun.finditer(sentence)):
            continue
        shared = {w for w in re.findall(r"\b[A-Z][\w’'-]*", sentence) if in_question(w)}
        if len(shared) >= UNNAMED_SHARED_NAMES:
            return True
    return False


def leaves_unnamed(
    person: AskedPerson, question: str, first_quote: str, in_question: Callable[[str], bool]
) -> bool:
    """Whether the first quote tells of the person asked only as unnamed (`says_unnamed`). For someone asked
    as the doer, not a source (`asks_source`), the unnamed are the report's sources, and a name in the quote
    may be theirs, though told in other words than the question's deed: "…citing three unnamed officials. …
    Treasury Secretary Scott Bessent reportedly declined to support it" for "Which US official refused to
    back…"."""
    if not says_unnamed(person, first_quote, in_question):
        return False
    return asks_source(question) or not names_person(
        replace(person, deed=frozenset()), [first_quote], in_question
    )


def _tells_of(
    sentence: str, noun: re.Pattern[str], in_question: Callable[[str], bool], owned: bool = False
) -> bool:
    """Whether a sentence holds the person's noun other than as the start of a name the question gives:
    "The Telegram channel General SVR…" tells of no general when the question names "General SVR". When the
    question asks whose they are by name (`owned`), a noun of another's ("the head of the Chuvashia Republic"
    for "the director of the VNIIR-Progress plant") tells of someone else."""
    for match in noun.finditer(sentence):
        if UNNAMED_BEFORE.search(sentence[: match.start()]):  # "shot dead by unidentified attackers"
            continue
        whose = re.match(rf"\s+{OF_NAMED.pattern}", sentence[match.end() :])
        if owned and whose and not in_question(whose.group(1)):
            continue
        after = re.match(r"\s+([\w’'-]+)", sentence[match.end() :])
        if not (
            match.group()[0].isupper()
            and after
            and after.group(1)[0].isupper()
            and in_question(after.group(1))
        ):
            return True
    return False


def _is_answer(
    sentence: str,
    match: re.Match[str],
    noun: re.Pattern[str],
    in_question: Callable[[str], bool],
    adjacent_only: bool = False,
    kin: bool = False,
) -> bool:
    """Whether a run of capitalised words (`match`) in a sentence names the person asked for (a relative of
    someone the question names when `kin`)."""
    words = [w.strip(".’'") for w in match.group().split()]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words if w]
    # Drop what opens the run before the name: a word opening the sentence ("But Narusova"), a title, a
    # noun or a name the question gives ("Melitopol Mayor Ivan Fedorov" for "the mayor of Melitopol"). A
    # name the question gives has no other first name: "Zaur Gurtsyev" is none for "who died with Zaur
    # Gurtsyev", while "Olena Hrishchenkova" is one for "Hrishchenkov's daughter".
    if words[:1] == ["By"]:  # a byline: "By Emma Vardy, BBC News correspondent"
        return False
    titled = any(noun.fullmatch(w) for w in words[:-1])  # "Turkish Foreign Minister Mevlut Cavusoglu"
    # Another office's title makes them that office's holder: "President Donald Trump" is no interviewer. A head of
    # state or government is a leader, though: "Polish President Andrzej Duda has become the first foreign leader".
    if not titled and any(w.lower() in OFFICES for w in words[:-1]) and not noun.fullmatch("leader"):
        return False
    while words and (
        words[0].lower() in NOT_NAME_ENDS | STOPWORDS | TITLES | RUN_OPENERS
        or noun.fullmatch(words[0])
        or in_question(words[0])
        or PLACE_BEFORE.fullmatch(words[0])  # "UK Prime Minister Boris Johnson"
        or (len(words) > 1 and stem(words[0]) in PLACES)  # "Odesa Governor Oleh Kiper"
    ):
        words = words[1:]
    # Another person's noun opening the run makes them that one: "former US Marine Paul Whelan" is no official.
    if not titled and len(words) > 2 and words[0].lower() in PERSON_NOUN_WORDS - TITLES:
        return False
    # Nor is a run ending in "I" a name: "Obviously I didn't want that". A surname's initial is, as Polish
    # prosecutors name the charged: "identified as Pawel K.".
    initial = len(words) == 2 and len(words[0]) > 2 and re.fullmatch(r"[A-HJ-Z]\.", match.group().split()[-1])
    if (
        len(words) < 2
        or (len(words[-1]) < 2 and not initial)
        or words[-1].lower() in NOT_NAME_ENDS | TITLES  # "Former US Ambassador to…" names no one
        or noun.fullmatch(words[-1])
        or stem(words[-1]) in PLACES | ELSEWHERE
    ):
        return False
    # A surname the question gives is the question's own person, unless a relative is asked for: "Paul Whelan"
    # is none of the officials "Which Russian officials did Bill Richardson meet about Griner and Whelan?" asks.
    if not kin and in_question(words[-1]):
        return False
    before, after = sentence[: match.start()], sentence[match.end() :]
    if before.endswith("(") or after.startswith((")", "/")):  # a photo credit: "(Yulia Kochetova)"
        return False
    # A name takes no "the" before it, unless with a title: "an all-star with the WNBA’s Phoenix Mercury".
    if not titled and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return False
    # Whom they are close to is not they: "met with senior Russian officials and individuals close to Russian
    # President Vladimir Putin".
    if CLOSE_TO_BEFORE.search(before):
        return False
    # A run right before the noun, or after the noun and "of", says whose or where they are: "the former New
    # Mexico governor said", "former governor of New Mexico", "the wife of Boris Johnson".
    if not titled and (
        (
            re.match(rf"\s+(?:{noun.pattern})\b", after, re.IGNORECASE)
            and not SUCCEEDING_AFTER.match(after)
            and not BUYING_AFTER.match(after)
        )
        or re.search(rf"(?:{noun.pattern})\s+of\s+(?:the\s+)?$", before, re.IGNORECASE)
    ):
        return False
    # Right after the noun (or "replaced by"), or with it as their title, it is theirs even as they speak
    # ("Kremlin spokesman Dmitry Peskov said", "Turkish Foreign Minister Mevlut Cavusoglu said"); otherwise
    # a name that reports ("…a 28-year-old woman, Governor Mykola Kalashnyk said") is not.
    if titled or re.search(rf"(?:{noun.pattern})\s+(?:by\s+)?$", before, re.IGNORECASE):
        return True
    if adjacent_only:
        # "…a suspected gunman, Tetsuya Yamagami" or "Yamagami, the gunman,": not any name in the sentence
        # ("Putin sent condolences to the wife of Abe, who was killed by a gunman"). A successor likewise: not
        # "Boris Johnson" in "Kallas, in London to see Boris Johnson…, said her government was likely to be
        # replaced".
        return bool(
            re.search(rf"(?:{noun.pattern}),?\s+(?:named\s+|identified\s+as\s+)?$", before, re.IGNORECASE)
            or re.match(rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}(?:{noun.pattern})", after, re.IGNORECASE)
            or SUCCEEDING_AFTER.match(after) is not None
        )
    # Someone told of by another noun is that one: "Anna Shpurik, also a journalist at Cukr, spoke to the driver".
    other = OTHER_NOUN_BEFORE.search(before) or OTHER_NOUN_AFTER.match(after)
    if other and other.group(1).lower() in PERSON_NOUN_WORDS and not noun.fullmatch(other.group(1)):
        return False
    return not (SPEECH.match(after) or SPEECH_BEFORE.search(before) or OUTLET_BEFORE.search(before))


# "What is the surname of Diana, the 20-year-old who…", "What is the full name of the Kyiv resident, Denis,
# who…": someone the question names by one name only, whose other name is asked.
OTHER_NAME_ASKED = re.compile(
    r"\b(?:surname|last\s+name|family\s+name|full\s+name|second\s+name)\b", re.IGNORECASE
)
_DEMONYM_LIKE = re.compile(r"[A-Z][a-z]+(?:ians?|eans?|ese|ish|ch|i)")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def named_once(question: str) -> str | None:
    """The one name of the person whose other name an English question asks (`OTHER_NAME_ASKED`): its first
    capitalised word past the first that stands alone, names no place and is no people's adjective ("Diana"
    in "…the surname of Diana, the 20-year-old who survived…fleeing Chernihiv?"); a callsign in quotation
    marks is none ("the medic known by the callsign “Cheka”"). None when it asks no other name or names no one
    so."""
    if not OTHER_NAME_ASKED.search(question):
        return None
    for match in _CAPITALISED_WORDS.finditer(question):
        word = match.group().removesuffix("'s").removesuffix("’s")
        quoted = question[match.start() - 1 : match.start()] in ("“", '"', "'", "‘", "«")
        if (
            match.start() == 0
            or quoted
            or " " in word
            or not word[1:].islower()
            or word.lower() in STOPWORDS
            or stem(word) in PLACES
            or _DEMONYM_LIKE.fullmatch(word)
        ):
            continue
        return word
    return None


# "Яке повне прізвище офіцера ФСБ Василя…", "Какая фамилия у Дианы…": the other name of someone named once.
CYRILLIC_OTHER_NAME_ASKED = re.compile(
    r"(?<!\w)(?:прізвищ|фамили|(?:повне|повного)\s+ім['’ʼ]?я|(?:полное|полного)\s+имен?и?|по\s+батькові|отчеств"
    r"|(?:повністю|полностью)\s+(?:звали|звуть|звати|зовут|звать))",
    re.IGNORECASE,
)


def named_once_in_cyrillic(question: str, language: str) -> tuple[str, str] | None:
    """For a Ukrainian or Russian question that asks someone's other name (`CYRILLIC_OTHER_NAME_ASKED`), the
    first name it gives that the gazetteer does not know, as written and as the beginning of its English
    spelling (`foreign_names`): ("Василя", "vasyl"). An acronym ("ФСБ") is none."""
    if language == "en" or not CYRILLIC_OTHER_NAME_ASKED.search(question):
        return None
    for _, known, word in foreign_names(question, language):
        if not known and not word.isupper():
            # A short name loses its case ending too: "Киры" is Kira's ("kir"), not "kiry".
            bare = CASE_ENDING.sub("", word.lower()) if len(word) > 3 else word.lower()
            return word, transliterate(bare, language)[:NAME_PREFIX]
    return None


def gives_other_name_spelt(beginning: str, texts: Iterable[str]) -> bool:
    """Whether a text gives a name that begins with `beginning` (an English spelling of a Ukrainian or
    Russian name, its "y" or "i" either: "vasyl" finds "Vasily") with another name right before or after it."""
    letters = "".join("[yi]" if ch in "yi" else re.escape(ch) for ch in beginning)
    return _beside_another_name(rf"(?i:{letters})[\w’'-]*", texts)


def gives_other_name(name: str, texts: Iterable[str]) -> bool:
    """Whether a text gives `name` with another name after it ("Diana Taurasi") or before it ("Roman
    Lavrynovych" for "Lavrynovych")."""
    return _beside_another_name(re.escape(name), texts)


def _beside_another_name(name: str, texts: Iterable[str]) -> bool:
    """Whether a text holds the name `name` (a pattern) with a capitalised word right after or before it."""
    after = re.compile(rf"\b{name}\s+[A-Z][\w’'-]+")
    before = re.compile(rf"\b[A-Z][\w’'-]+\s+{name}\b")
    return any(after.search(text) or before.search(text) for text in texts)
