"""How something turned out: "did putin actually go to the bali g20 summit in the end", "Did the court end up
stripping Makichyan of his citizenship?".

Such a question asks what happened, not what was planned or feared: a passage saying Putin "will travel
to Indonesia" or that a court "could strip" someone of citizenship was written before it was known. The
coverage tells an outcome with the verb done ("went", "stripped") or refused ("did not go", "refused to
sign"), so when no close passage holds one of those forms, it does not say how things turned out. Pure
functions: `asked_outcome` reads the question (`asked_outcome_in_cyrillic` a Ukrainian or Russian one: "чи
затримали…"), `tells_outcome` the passages. Whether a ruling was appealed is an outcome too: `asks_appeal` and
`tells_appeal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.chunk import rough_sentences
from index.query import IS_MONTH, STOPWORDS
from index.terms import PREFIX, foreign_names, stem, tokens

NO_OUTCOME_REASON = "The coverage I have doesn't answer that: the articles closest to the question don't say how it turned out."
# "Did the court end up stripping…", "Has Kyiv ended up signing…": who, and the verb in -ing.
_ENDED_UP = re.compile(
    r"\b(?:did|has|have|had)\s+(?P<subject>(?:[\w'’.%-]+,?\s+){1,12}?)end(?:ed|s)?\s+up\s+(?P<verb>[a-z]+ing)\b",
    re.IGNORECASE,
)
# "did putin actually go … in the end", "Did Kyiv ever sign the deal after all?": who, and the verb after a
# word of emphasis, in a question that asks how things ended.
_DID_AFTER_ALL = re.compile(
    r"\bdid\s+(?P<subject>(?:[\w'’.%-]+,?\s+){1,12}?)(?:actually|really|ever|eventually|finally|ultimately)\s+"
    r"(?:(?:get|be)\s+(?P<done>[a-z]+(?:ed|en))\b|(?P<verb>[a-z]+)\b)"
    r"(?=[^?]*\b(?:in\s+the\s+end|after\s+all|eventually|ultimately|in\s+the\s+event)\b)",
    re.IGNORECASE,
)
# "what did the court decide in the end about stripping arshak makichyan of his citizenship": who, and the verb in
# -ing, in a question that asks how it ended.
_DECIDED_ABOUT = re.compile(
    r"\bwhat\s+did\s+(?P<subject>(?:[\w'’.%-]+,?\s+){1,6}?)(?:decide|rule)\s+(?:[^?]*\b(?:in\s+the\s+end|eventually"
    r"|finally|ultimately)\s+)?(?:about|on)\s+(?P<verb>[a-z]+ing)\b(?=[^?]*$)",
    re.IGNORECASE,
)
# "did the rada pass the draft law…", "Did the Senate ratify the treaty?": whether a body passed a bill, which a
# passage on its submission does not tell.
_DID_PASS = re.compile(
    r"\bdid\s+(?P<subject>(?:[\w'’.%-]+,?\s+){1,6}?)(?P<verb>pass|adopt|approve|ratify)\b", re.IGNORECASE
)
# "did the starmer arson suspects plead guilty…": whether they pleaded, told with the verb done ("pleaded not
# guilty", "denied the charges"), which a report of the charges does not hold.
_DID_PLEAD = re.compile(
    r"\b(?:did|has|have|had)\s+(?P<subject>(?:[\w'’.%-]+,?\s+){1,8}?)(?:(?:ever|actually|already|yet)\s+)?"
    r"(?P<verb>plead|pled|pleaded)\s+(?:guilty|not\s+guilty|innocent)\b",
    re.IGNORECASE,
)
# "was marc fogel ever released", "Has Taranenko eventually been detained?": whether something was done to
# someone, in the passive, asked with a word of emphasis.
_WAS_EVER = re.compile(
    r"\b(?:was|were|(?:has|have|had)(?=[^?]*\bbeen\b))\s+(?P<subject>(?:[\w'’.%-]+,?\s+){1,12}?)"
    r"(?:ever|eventually|finally|actually|ultimately)\s+(?:been\s+|got\s+|gotten\s+)?(?!been\b)(?P<done>[a-z]+(?:ed|en))\b",
    re.IGNORECASE,
)
# "has anyone been arrested for the june 5 railway bombing in voronezh oblast": whether anyone was, told in a
# sentence naming the event (the words after "for") before the verb; another bombing's arrests tell nothing.
_ANYONE_DONE = re.compile(
    r"^\W*(?:has|have|was|were)\s+(?:anyone|anybody|someone|somebody|any\s+suspects?)\s+(?:(?:yet|ever|already)\s+)?"
    r"(?:been\s+)?(?P<done>arrested|detained|charged|convicted|identified|named|punished|sentenced|caught)\b"
    r"(?:\s+(?:yet\s+)?(?:for|over|in\s+connection\s+with|after)\s+(?P<topic>[^?]+))?",
    re.IGNORECASE,
)
# Words of an event that name no particular one, stopwords among them (a month's name is left out apart).
_NOT_TOPIC = frozenset(STOPWORDS | {"oblast", "region", "city", "town", "attack", "attacks", "incident"})
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+$", re.IGNORECASE)
# What may come before a yes-or-no question's "did": "so did putin actually go…".
_OPENING = re.compile(r"\W*(?:(?:so|and|but|ok|okay|well|then)\W+)*", re.IGNORECASE)
# What may come before "did" in a question asking when a body passed a bill: "On what date did the Rada pass…".
_WHEN_OPENING = re.compile(
    _OPENING.pattern
    + r"(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day)|in\s+(?:what|which)\s+(?:month|year))\s+",
    re.IGNORECASE,
)
# Words before the verb that name no one: "did the EU actually end up adopting…" is asked of the EU.
_NOT_SUBJECT = {"actually", "really", "ever", "eventually", "finally", "ultimately", "still", "then", "so"}
# Verbs whose past is not made with "-ed", and other verbs that tell the same outcome ("attended" the
# summit tells that someone went).
IRREGULAR = {
    "go": ("went", "gone", "attended", "travelled", "traveled", "visited", "arrived", "skipped", "missed"),
    "attend": ("attended", "skipped", "missed"),
    "make": ("made",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "meet": ("met",),
    "get": ("got", "gotten"),
    "come": ("came",),
    "pay": ("paid",),
    "sell": ("sold",),
    "buy": ("bought",),
    "send": ("sent",),
    "leave": ("left",),
    "win": ("won",),
    "lose": ("lost",),
    "hold": ("held",),
    "strip": ("stripped", "revoked"),
    "bring": ("brought",),
    "hit": ("hit",),
    "put": ("put",),
    "shoot": ("shot",),
    "set": ("set",),
    "spend": ("spent",),
    "ratify": ("ratified", "passed", "adopted", "approved"),
    # A bill or a resolution passed is told by any of the verbs of passing: "Slovakia's parliament passed a
    # resolution" answers "When did the Slovak parliament adopt the resolution…".
    **dict.fromkeys(("pass", "adopt", "approve"), ("passed", "adopted", "approved", "ratified")),
    # A plea, or a denial of the charges: "pleaded not guilty", "denied the charges".
    **dict.fromkeys(
        ("plead", "pled", "pleaded"), ("pleaded", "pled", "pleads", "admitted", "denied", "denies", "denying")
    ),
}
# Verbs a refusal may use instead: "will not attend" tells that someone did not go.
ALIKE = {"go": ("go", "attend", "travel", "visit"), "attend": ("attend", "go")}
# Participles told by others: "get freed" is told as "were released" or "were swapped".
DONE_ALIKE = {
    **dict.fromkeys(("freed", "released"), ("freed", "released", "swapped", "exchanged", "returned")),
    **dict.fromkeys(("detained", "arrested"), ("detained", "arrested", "jailed", r"taken\s+into\s+custody")),
    **dict.fromkeys(("sentenced", "convicted"), ("sentenced", "convicted", "jailed")),
    "expelled": ("expelled", "deported", r"declared\s+persona\s+non\s+grata"),
}
# A verb in -ing, doubled consonant before it: "stripping" is of "strip".
_DOUBLED = re.compile(r"([bcdfgklmnprstvz])\1$")


def verb_bases(verb: str) -> tuple[str, ...]:
    """The plain forms a verb as asked may be of: itself, or for a word in -ing, the word without it
    ("signing" -> "sign"), with one of a doubled consonant dropped ("stripping" -> "strip") or an "e" put
    back ("making" -> "make")."""
    verb = verb.lower()
    if not verb.endswith("ing") or len(verb) < 5:
        return (verb,)
    stem = verb[:-3]
    if _DOUBLED.search(stem):
        return (stem[:-1], stem)
    return (stem, stem + "e")


def past_forms(base: str) -> tuple[str, ...]:
    """How a verb's plain form is told done: "went" for "go", "handed" for "hand", "agreed" for "agree"."""
    if base in IRREGULAR:
        return IRREGULAR[base]
    if base.endswith("e"):
        return (base + "d",)
    if len(base) > 2 and base.endswith("y") and base[-2] not in "aeiou":
        return (base[:-1] + "ied",)
    return (base + "ed", base + base[-1] + "ed")  # "stopped" as well: no harm in a form never written


@dataclass(frozen=True)
class AskedOutcome:
    """Who an outcome is asked of ("putin", "russian court") and the verb forms that would tell it, as
    patterns ("went", "attended", "not go")."""

    subject: tuple[str, ...]
    forms: tuple[str, ...]


def asked_outcome(question: str) -> AskedOutcome | None:
    """The outcome an English question asks (`AskedOutcome`), if it asks one."""
    if anyone := _ANYONE_DONE.search(question):
        return _anyone_done(anyone)
    match = (
        _ENDED_UP.search(question)
        or _DID_AFTER_ALL.search(question)
        or _DID_PASS.search(question)
        or _DID_PLEAD.search(question)
        or _WAS_EVER.search(question)
        or _DECIDED_ABOUT.search(question)
    )
    # Whether, not what or why: "Why did the staff end up stealing fuel?" asks a cause, "how much time did
    # Griner end up getting?" a sentence. When a body passed a bill asks that it did: "On what date did the
    # Verkhovna Rada pass the law…" is not answered by "work on the draft law continues".
    opening = question[: match.start()] if match else ""
    if not match or not (
        _OPENING.fullmatch(opening) or (match.re is _DID_PASS and _WHEN_OPENING.fullmatch(opening))
    ):
        return None
    forms: list[str] = []
    if done := match.groupdict().get("done"):  # "get freed": "were freed", "was not freed"
        forms += _done_to(done.lower())
    for base in verb_bases(verb) if (verb := match.groupdict().get("verb")) else ():
        forms += IRREGULAR.get(base, (base + "d" if base.endswith("e") else base + "ed",))
        # A refusal tells an outcome too: "did not go", "didn't sign", "refused to attend", "will not attend".
        verbs = "|".join(ALIKE.get(base, (base,)))
        forms.append(rf"(?:not|n[’']t|never|refused\s+to|declined\s+to)\s+(?:{verbs})")
    # Who: the names and nouns before the verb ("putin", "court", "drueke", "huynh", "vets").
    words = (re.sub(r"['’]s$", "", w.strip(",").lower()) for w in match.group("subject").split())
    subject = tuple(
        w for w in words if w not in STOPWORDS | _NOT_SUBJECT and len(w) > 1 and not w[0].isdigit()
    )
    return AskedOutcome(subject, tuple(dict.fromkeys(forms)))


# "чи затримали Анатолія Тараненка…", "Освободили ли Фогеля?": whether something was done to someone, asked in
# Ukrainian or Russian, with the English participle the coverage would tell it by.
CYRILLIC_DONE_ASKED = re.compile(
    r"^\W*(?:(?:а|і|и|так)\s+)?(?:чи\s+(?P<uk>затримали|заарештували|звільнили|відпустили|засудили|вислав|вислала"
    r"|вислали)|(?P<ru>задержали|арестовали|освободили|отпустили|осудили|выслал|выслала|выслали)\s+ли)\b",
    re.IGNORECASE,
)
CYRILLIC_DONE = {
    **dict.fromkeys(("затримали", "заарештували", "задержали", "арестовали"), "detained"),
    **dict.fromkeys(("звільнили", "відпустили", "освободили", "отпустили"), "freed"),
    **dict.fromkeys(("засудили", "осудили"), "sentenced"),
    # "Выслал ли Казахстан украинского посла…": whether he was expelled.
    **dict.fromkeys(("вислав", "вислала", "вислали", "выслал", "выслала", "выслали"), "expelled"),
}


def asked_outcome_in_cyrillic(question: str, language: str) -> AskedOutcome | None:
    """The outcome a Ukrainian or Russian yes-or-no question asks (`CYRILLIC_DONE_ASKED`), of the people it names
    (their names' English beginnings), if it asks one and names someone."""
    match = CYRILLIC_DONE_ASKED.search(question)
    if not match:
        return None
    subject = tuple(name for name, known, _ in foreign_names(question, language) if not known)
    if not subject:
        return None
    return AskedOutcome(subject, _done_to(CYRILLIC_DONE[(match.group("uk") or match.group("ru")).lower()]))


def _anyone_done(match: re.Match[str]) -> AskedOutcome:
    """Whether anyone was arrested (charged, identified…) for an event: the participle or one alike, with the
    event's particular words (none of `_NOT_TOPIC`, a month or a number) as who it is asked of."""
    words = (w.lower() for w in re.findall(r"[\w’'-]+", match.group("topic") or ""))
    topic = tuple(
        w
        for w in words
        if w not in _NOT_TOPIC and not IS_MONTH.fullmatch(w) and len(w) > 2 and not w[0].isdigit()
    )
    done, _ = _done_to(match.group("done").lower())
    return AskedOutcome(topic, (done,))


def _done_to(participle: str) -> tuple[str, str]:
    """How a passage tells that something was done to someone (the participle, or one alike: "released" for
    "freed"), as patterns: done, not hoped for ("were released", "had been swapped", not "will be freed"), and
    not done ("was not freed")."""
    alike = "|".join(DONE_ALIKE.get(participle, (participle,)))
    return (
        rf"(?:was|were|been|got)\s+(?:\w+\s+)?(?:{alike})",
        rf"(?:not|n[’']t|never)\s+(?:been\s+|be\s+|get\s+)?(?:{alike})",
    )


def tells_outcome(asked: AskedOutcome, texts: Iterable[str]) -> bool:
    """Whether a sentence of the texts holds one of the asked verb forms after a name of who it is asked of,
    or in the passive ("was stripped of his citizenship"): "Widodo visited Russia… to meet with Putin" tells
    nothing of whether Putin went."""
    form = re.compile(rf"\b(?:{'|'.join(asked.forms)})\b", re.IGNORECASE)
    subject = re.compile(rf"\b(?:{'|'.join(re.escape(w[:PREFIX]) for w in asked.subject)})", re.IGNORECASE)
    for text in texts:
        for sentence in rough_sentences(text):
            for match in form.finditer(sentence):
                before = sentence[: match.start()]
                if not asked.subject or subject.search(before) or _PASSIVE.search(before):
                    return True
    return False


# Whether someone appealed a ruling, or what an appeal came to: "did dodik appeal his conviction", "Has the Trump
# administration appealed the court's ruling?", "Чи оскаржив…". Not an appeal "to" or "for" someone, a plea.
APPEAL_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but)\W+)?(?:did|does|do|has|have|had|will|would|is|are|was|were)\b[^?]*?"
    r"\bappeal(?:ed|ing|s)?\b(?!\s+(?:to|for)\b)"
    r"|\bappeals?\s+court\b|\bcourt\s+of\s+appeals?\b"
    r"|\b(?:оскарж|обжал|апеляц|апелляц)\w*",
    re.IGNORECASE,
)
# How a passage tells of an appeal: "appealed", "an appeals court", "the appellate judges".
APPEAL_TOLD = re.compile(r"\bappeal\w*|\bappellate\b", re.IGNORECASE)


def asks_appeal(question: str) -> bool:
    """Whether a question asks whether a ruling was appealed, or what came of an appeal (`APPEAL_ASKED`)."""
    return APPEAL_ASKED.search(question) is not None


# What came of an appeal: "Did Wikimedia win its appeal…", "was the sentence upheld on appeal", "what did the
# appeals court decide". A report of the appeal's filing does not tell it.
APPEAL_OUTCOME_ASKED = re.compile(
    r"\b(?:win|won|lose|lost)\s+(?:\w+\s+){0,2}?appeal"
    r"|\bappeal\w*\s+(?:\w+\s+){0,3}?(?:succeed\w*|fail\w*|result|outcome)\b"
    r"|\b(?:upheld|uphold|overturn\w*|quash\w*|revers\w*)\b[^?]*\bappeal|\bappeal[^?]*\b(?:upheld|uphold|overturn\w*|quash\w*)\b"
    r"|\bwhat\s+did\s+the\s+(?:appeals?|appellate)\s+court\s+(?:decide|rule|say)",
    re.IGNORECASE,
)
# How an appeal's outcome is told, in a sentence on the appeal: "an appeal court upheld the ruling", "the appeal
# was rejected", "the court of appeals overturned…".
APPEAL_OUTCOME_TOLD = re.compile(
    r"\b(?:upheld|uphold\w*|overturn\w*|reject\w*|dismiss\w*|quash\w*|revers\w*|threw\s+out|thrown\s+out"
    r"|granted|denied|won|lost|sided\s+with|annul\w*|refused)\b",
    re.IGNORECASE,
)


def asks_appeal_outcome(question: str) -> bool:
    """Whether a question asks what came of an appeal (`APPEAL_OUTCOME_ASKED`), not only whether there was one."""
    return APPEAL_OUTCOME_ASKED.search(question) is not None


def tells_appeal_outcome(texts: Iterable[str]) -> bool:
    """Whether a sentence of the texts tells what came of an appeal: it tells of one and how it ended, or that
    a ruling was upheld."""
    return any(
        (APPEAL_TOLD.search(sentence) and APPEAL_OUTCOME_TOLD.search(sentence))
        or re.search(r"\bupheld\b", sentence)
        for text in texts
        for sentence in rough_sentences(text)
    )


# Words of an appeal question that do not say which ruling it is about, stopwords among them.
_APPEAL_WORDS = {
    stem(word)
    for word in "appeal appeals appealed court courts ruling rulings ruled judge judges decision verdict put hold "
    "upheld overturned did does has have was were against".split()
} | {stem(word) for word in STOPWORDS}


def appeal_topic(question: str, present: set[str], frequencies: dict[str, int]) -> str | None:
    """The stem of the rarest word of an appeal question that the close passages hold (`present`) and that
    says which ruling it is about ("tariff" in "Did an appeals court put the trade court's ruling against Trump's
    tariffs on hold?"): an appeal told in an article without it is of another ruling. None if there is none."""
    held = [s for s in tokens(question) if s in present and s not in _APPEAL_WORDS and len(s) > 2]
    return min(held, key=lambda s: (frequencies.get(s, 0), s)) if held else None


def tells_appeal(texts: Iterable[str]) -> bool:
    """Whether any of the texts tells of an appeal: without one, "a court convicted Dodik in February" does not
    say whether he appealed."""
    return any(APPEAL_TOLD.search(text) for text in texts)
