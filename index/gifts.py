"""Pure check for a question asking what a named person gave as a gift: "What gift did Pope Leo XIV give
Zelensky when they met at the Vatican?".

News tells of a gift by the giver's deed: "Zelensky presented Pope Leo with an icon". That sentence names
both men and the meeting, but it answers what Zelensky gave, not what the Pope gave. So the giver the
question names must stand before a verb of giving in a sentence of the first quotes, as its subject, or
after "a gift from" or "given by". Only a giver asked by name: "What present did Ukraine's leader hand the
pontiff?" describes him, and the passages name him.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.answer_kind import POSSESSIVE_END
from index.people import TITLES
from index.roles import SENTENCE_END

# "What gift (present, souvenir) did X give (present, hand, bring, send)…", "What did X give … as a gift?"
ASKED = re.compile(
    r"\bwhat\s+(?:gifts?|presents?|souvenirs?)\s+did\s+(?P<giver>[^?]{1,60}?)\s+"
    r"(?:try\s+to\s+)?(?:give|present|hand|bring|send)\b"
    r"|\bwhat\s+did\s+(?P<other>[^?]{1,60}?)\s+(?:give|present|hand|bring|send)\b[^?]{1,60}?"
    r"\bas\s+(?:a\s+)?(?:gifts?|presents?)\b",
    re.IGNORECASE,
)
# A giver's name: capitalised words only ("Pope Leo XIV", "Boris Johnson"), not "Ukraine's leader".
NAME_WORDS = re.compile(r"^(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*$")
GIVING = re.compile(
    r"\b(?:gave|give[sn]?|giving|presented|presents|presenting|handed|hands|handing|gifted|gifts|brought|brings"
    r"|bringing)\b",
    re.IGNORECASE,
)
GIFT_FROM = re.compile(
    r"\b(?:gifts?|presents?)\s+from\s+|\b(?:given|presented|handed|gifted)\s+(?:to\s+[^.;,]{1,40}?\s+)?by\s+",
    re.IGNORECASE,
)
# "he brought", "he also gave", in a passage naming the giver.
PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# How far before the verb the giver may stand: "Zelensky, who met the pope on Sunday, gave…".
SUBJECT_WORDS = 6


def asked_giver(question: str) -> tuple[str, ...]:
    """The words of the name of the giver a question asks about a gift of ("Pope", "Leo", "XIV"); none when it
    asks no gift or describes the giver instead of naming them."""
    match = ASKED.search(question)
    if not match:
        return ()
    giver = (match.group("giver") or match.group("other")).strip()
    if not NAME_WORDS.match(giver):
        return ()
    return tuple(word.rstrip(".") for word in giver.split() if len(word) > 1)


def tells_gift_by(giver: tuple[str, ...], texts: Iterable[str]) -> bool:
    """Whether a sentence of `texts` tells of a gift by the giver: a word of their name among the few words
    before a verb of giving (or "he" or "she" right before it, in a passage naming them), or right after "a
    gift from" or "given by"."""
    # Not a title, which another may hold: "President Zelensky presented…" for "What gift did President Erdogan…".
    words = {word.lower() for word in giver} - TITLES

    def named(text: str) -> bool:
        return any(POSSESSIVE_END.sub("", w).lower() in words for w in re.findall(r"[\w’'-]+", text))

    for text in texts:
        for sentence in SENTENCE_END.split(text):
            for verb in GIVING.finditer(sentence):
                before = sentence[: verb.start()].split()
                if named(" ".join(before[-SUBJECT_WORDS:])):
                    return True
                # "The prime minister did not come empty-handed: he brought Zelensky a gift", of Johnson.
                if PRONOUN.search(" ".join(before[-2:])) and named(text):
                    return True
            for source in GIFT_FROM.finditer(sentence):
                if named(" ".join(sentence[source.end() :].split()[:3])):
                    return True
    return False
