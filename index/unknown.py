"""Pure check: does the quote closest to a question say that what it asks is not known?

"How many Russian POWs is Ukraine holding?" is close in meaning to "Kyiv does not release the figures for how
many Russian POWs are currently in Ukrainian custody", and the same article gives other counts of POWs (a
swap's 1,000). When the article closest to the question says the very thing asked ("how many POWs", "which
Oscar") is not told, the coverage does not answer it, whatever numbers or names stand nearby. So with a
question asking where, when that quote says the place is not disclosed ("The exact location of the drill is
undisclosed"). English only. A sum or a person's name, asked in any language, when the quote says it was
withheld ("It did not disclose the sale price").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile

from index.answer_kind import rough_sentences
from index.terms import STOPWORDS, WORD, stem

# What a report says when a figure or a choice is not told, then "how many …" or "which …".
NOT_TOLD = re.compile(
    r"\b(?:unclear|unknown|not\s+(?:known|clear|disclosed|released|specified|revealed|confirmed)"
    r"|(?:(?:does|do|did)\s+not|(?:doesn|don|didn)[’']t)\s+(?:release|disclose|say|reveal|specify|know)"
    r"|(?:declined|refused)\s+to\s+(?:say|disclose|reveal|specify)"
    r"|no\s+(?:official\s+)?(?:figures?|data|information|details)\s+(?:on|about|as\s+to|for))\b"
    r"[^.;:]{0,60}?\b(how\s+many|which)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)",
    re.IGNORECASE,
)
NOT_TOLD_REASON = (
    "The coverage I have doesn't answer that: the article closest to the question says it is not known."
)
# What a question asks: "how many …", "which …" ("which of his Oscars" asks an Oscar).
ASKED = re.compile(
    r"\b(how\s+many|which)\s+(?:of\s+(?:the|his|her|their|its)\s+)?((?:[\w’'-]+\s+){0,2}[\w’'-]+)",
    re.IGNORECASE,
)
# Counts before the thing asked, no part of it: "which of his two Oscars".
COUNT_WORDS = {"two", "three", "four", "five", "both", "several", "many"}


# A question asking where: "Where exactly in Scotland…", "In which city…".
ASKS_WHERE = re.compile(
    r"^\W*(?:where|in\s+(?:which|what)\s+(?:place|city|town|village|country|region|location)s?)\b|\bwhere\s+exactly\b",
    re.IGNORECASE,
)
# What a report says when the place is not told: "The exact location of the drill is undisclosed", "did not
# specify … the exact location of the facility", "taken to an undisclosed location".
PLACE_NOT_TOLD = re.compile(
    r"\b(?:location|whereabouts)\s+(?:of\s+[^.;:]{1,60}?\s+)?(?:is|was|were|are|remains?|remained"
    r"|(?:has|have)\s+not\s+been)\s+(?:kept\s+)?(?:undisclosed|unknown|unclear|secret"
    r"|not\s+(?:been\s+)?(?:disclosed|known|revealed|released|made\s+public))"
    r"|\bundisclosed\s+(?:location|place|site)"
    r"|(?:(?:did|does|would)\s+not|(?:didn|doesn|wouldn)[’']t|declined\s+to|refused\s+to)"
    r"\s+(?:specify|disclose|reveal|say|give|name)\b[^.;:]{0,60}?\b(?:location|whereabouts|where)\b",
    re.IGNORECASE,
)

_WITHHOLDS = (
    r"(?:(?:did|does|do|would|will)\s+not|(?:didn|doesn|don|wouldn|won)[’']t|declined\s+to|refused\s+to)"
    r"\s+(?:disclose|reveal|give|release|publish|specify|say)\b[^.;:]{0,40}?"
)
_NOT_DISCLOSED = (
    r"(?:\s+of\s+[^.;:]{1,60}?)?\s+(?:was|were|is|are|has|have|remains?|remained)\s+(?:still\s+)?(?:not|never)"
    r"\s+(?:been\s+)?(?:disclosed|revealed|released|published|made\s+public)\b"
)
# What a report says when a sum is not told, in a question asking one in any language: "It did not disclose
# the sale price", "will be sold for an undisclosed sum", "The financial terms were not disclosed".
SUM_NOT_TOLD = re.compile(
    rf"\b(?:undisclosed|unspecified)\s+(?:sum|amount|price|fee)s?\b"
    rf"|\b(?:price|sum|amount|fee|cost|value|terms){_NOT_DISCLOSED}"
    rf"|{_WITHHOLDS}\b(?:price|sum|amount|fee|cost|value|terms|how\s+much)\b",
    re.IGNORECASE,
)
# … and a person's name, in a question asking one: "The agencies did not disclose the suspect's name", "whose
# identity has not been released".
NAME_NOT_TOLD = re.compile(
    rf"\b(?:name|names|identity|identities){_NOT_DISCLOSED}|{_WITHHOLDS}\b(?:name|names|identity|identities)\b",
    re.IGNORECASE,
)
WITHHELD = {"sum": SUM_NOT_TOLD, "name": NAME_NOT_TOLD}


# A kind of thing asked: "Which missile type did Russia use…", "what type of drone hit…" (the thing: "missile").
ASKED_TYPE = re.compile(
    r"\b(?:which|what)\s+(?:(?:type|kind|model|make)\s+of\s+(?:the\s+)?(?P<of>[\w-]+)"
    r"|(?P<thing>[\w-]+)\s+(?:type|kind|model|make)s?)\b",
    re.IGNORECASE,
)
# What a report says when the kind is not told: "did not identify the location…, nor the specific type of missile
# used", "the type of missile used is not yet known".
TYPE_NOT_TOLD = re.compile(
    r"\b(?:unclear|unknown|not\s+(?:known|clear|disclosed|specified|revealed|confirmed|identified)"
    r"|(?:(?:does|do|did)\s+not|(?:doesn|don|didn)[’']t)\s+(?:identify|specify|disclose|say|reveal|name|know)"
    r"|(?:declined|refused)\s+to\s+(?:say|disclose|reveal|specify|identify))\b"
    r"[^.;:]{0,80}?\b(?:type|kind|model|make)\s+of\s+(?:the\s+)?([\w-]+)"
    r"|\b(?:type|kind|model|make)\s+of\s+(?:the\s+)?([\w-]+)[^.;:]{0,40}?\b(?:is|was|remains?|remained)\s+"
    r"(?:still\s+|yet\s+)?(?:unclear|unknown|not\s+(?:yet\s+)?(?:known|clear|disclosed|specified|identified))\b",
    re.IGNORECASE,
)


def says_type_not_told(question: str, quote: str) -> bool:
    """Whether a question asks which kind of a thing ("Which missile type…") and a sentence of the quote
    closest to it says the kind of that thing is not told ("nor the specific type of missile used")."""
    asked = ASKED_TYPE.search(question)
    if not asked:
        return False
    thing = stem((asked.group("of") or asked.group("thing")).removesuffix("s"))
    return any(
        stem((told.group(1) or told.group(2)).removesuffix("s")) == thing
        for sentence in rough_sentences(quote)
        for told in TYPE_NOT_TOLD.finditer(sentence)
    )


def says_withheld(asked: str, quote: str) -> bool:
    """Whether the quote closest to a question asking a sum or a name (`asked`, a key of WITHHELD) says it
    was not disclosed. The quote is in English whatever the question's language."""
    return WITHHELD[asked].search(quote) is not None


def asks_count_choice_or_place(question: str) -> bool:
    """Whether a question asks how many, which, what kind or where: the questions `says_not_told` reads a quote
    for."""
    return any(pattern.search(question) for pattern in (ASKED, ASKS_WHERE, ASKED_TYPE))


def says_not_told(question: str, quote: str) -> bool:
    """Whether a sentence of the quote says it is not known how many or which of the thing the question asks
    for ("how many Russian POWs", "which Oscar"): by two of the question's words after "how many" or
    "which" (its one, when it has one). "How many POWs came home?" is not "how many Russian POWs are in
    custody". For a question asking where, whether the quote says the place is not told (the quote is the
    one closest to the question: its place is the place asked)."""
    if ASKS_WHERE.search(question) and PLACE_NOT_TOLD.search(quote):
        return True
    if says_type_not_told(question, quote):
        return True
    asked = ASKED.search(question)
    if not asked:
        return False
    kind, wanted = _kind(asked.group(1)), _stems(asked.group(2))
    for sentence in rough_sentences(quote):
        for match in NOT_TOLD.finditer(sentence):
            if _kind(match.group(1)) == kind and len(wanted & _stems(match.group(2))) >= min(2, len(wanted)):
                return True
    return False


def _kind(words: str) -> str:
    """ "how many" or "which", whatever the spacing and case."""
    return words.split()[0].lower()


def _stems(words: str) -> set[str]:
    """The stems of the words up to the first common one ("Russian POWs" of "Russian POWs is Ukraine"), a
    plural's "s" dropped ("Oscars" as "oscar")."""
    run = takewhile(lambda word: word.lower() not in STOPWORDS, WORD.findall(words))
    return {
        stem(word.removesuffix("s") if len(word) > 3 else word)
        for word in run
        if not word.isdigit() and word.lower() not in COUNT_WORDS
    }


# A reply asked of someone: "What did Keith Kellogg reply to his daughter's post?", "How did the Kremlin
# respond to…"; the words between name who.
REPLY_ASKED = re.compile(
    r"\b(?:what|how)\s+(?:did|has|have)\s+(.{1,60}?)\s+(?:reply|replied|respond|responded|answer|react|reacted"
    r"|say\s+in\s+(?:reply|response))\b",
    re.IGNORECASE,
)
# What a report says when someone has not answered: "Kellogg has not yet commented on the attacks", "The
# Kremlin did not immediately respond", "declined to comment", "has not yet issued a response".
NO_REPLY = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:not|n[’']t)|(?:hasn|haven|hadn)[’']t)\s+(?:yet\s+|publicly\s+)*(?:commented|responded"
    r"|replied|reacted)\b"
    r"|\b(?:(?:did|does)\s+not|(?:didn|doesn)[’']t)\s+(?:immediately\s+|publicly\s+)?(?:comment|respond|reply|react)\b"
    r"|\b(?:declined|refused)\s+to\s+comment\b|\b(?:has|have)\s+yet\s+to\s+(?:comment|respond|reply|react)\b"
    # "Amnesty International has not yet issued a response."
    r"|\b(?:(?:has|have|had)\s+(?:not|n[’']t)\s+(?:yet\s+)?|(?:has|have)\s+yet\s+to\s+)(?:issued?|given|give|made|make)"
    r"\s+(?:a|any)\s+(?:public\s+|official\s+)?(?:response|reply|comment|statement)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w’'-]+")
# Names a report gives a government's silence under: "Moscow has not yet responded" for the Kremlin.
SAME_SIDE = {
    "Kremlin": ("Moscow", "Russia"), "Moscow": ("Kremlin", "Russia"), "Russia": ("Moscow", "Kremlin"),
    "Kyiv": ("Ukraine",), "Ukraine": ("Kyiv",), "Minsk": ("Belarus",), "Belarus": ("Minsk",),
}  # fmt: skip


def asks_reply(question: str) -> bool:
    """Whether a question asks what someone replied: the questions `says_no_reply` reads an article for."""
    return REPLY_ASKED.search(question) is not None


def says_no_reply(question: str, quote: str) -> bool:
    """Whether a question asks what someone replied and a sentence of the quote closest to it says that one of
    the names it asks of has not commented or responded ("Kellogg has not yet commented on the attacks")."""
    asked = REPLY_ASKED.search(question)
    if not asked:
        return False
    names = {word.removesuffix("'s").removesuffix("’s") for word in _NAME.findall(asked.group(1))}
    # Or typed in lower case: "how did amnesty international respond…".
    names |= {w.capitalize() for w in re.findall(r"[a-z][\w’'-]{3,}", asked.group(1)) if w not in STOPWORDS}
    names -= {"The", "U.S.", "US"}
    names |= {other for name in names for other in SAME_SIDE.get(name, ())}
    return any(
        NO_REPLY.search(sentence) and any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in names)
        for sentence in rough_sentences(quote)
    )


# "What did the working group conclude after investigating…", "What were the findings of the inquiry…": a
# finding, not a cause ("What did investigators conclude caused the fire…" is index/causes.py's).
FINDING_ASKED = re.compile(
    r"\bwhat\s+(?:did|has|have|had)\s+[^?]{1,200}?\s+(?:ultimately\s+|finally\s+)?conclude\b"
    r"(?!\s+(?:had\s+|has\s+|may\s+have\s+)?(?:caused|sparked|triggered|started)\b)"
    r"|\bwhat\s+(?:were|was|are|is)\s+the\s+(?:\w+\s+)?(?:conclusions?|findings?)\s+of\b"
    # "what did the autopsy say killed ivan pechorin?": a report "found dead" tells no autopsy's finding.
    r"|\bwhat\s+(?:did|does|has|have)\s+(?:the\s+|an\s+|his\s+|her\s+)?(?:autops(?:y|ies)|post-?mortems?)\s+"
    r"(?:say|said|show|shown|find|found|reveal|revealed|conclude)",
    re.IGNORECASE,
)
# A finding told: "the commission concluded that…", "its findings", "investigators found that…"; not "finding a
# capable command".
FINDING_TOLD = re.compile(
    r"\bconclu(?:ded|des|sions?)\b|\bfindings\b|\b(?:found|finding|determined|established|ruled)\s+that\b",
    re.IGNORECASE,
)


def asks_finding(question: str) -> bool:
    """Whether a question asks what an inquiry or someone investigating concluded."""
    return FINDING_ASKED.search(question) is not None


def tells_finding(texts: Iterable[str]) -> bool:
    """Whether any of `texts` tells a finding: a working group "has been set up" tells none."""
    return any(FINDING_TOLD.search(text) for text in texts)
