"""Pure check for a question asking what a document says on a matter: "What does Russia's June 2025 peace
memorandum say about the Zaporizhzhia nuclear power plant?".

The close passages may quote the memorandum on other matters, and others may tell of the plant, without any
of them telling what the memorandum says of the plant. So one passage must name both: the document by its
noun and every word of the matter (at most MATTER_WORDS of them, the rarest in the coverage).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from index.terms import query_terms, stem, tokens

DOCUMENT_NOUNS = (
    "memorandum|memoranda|plan|agreement|deal|treaty|declaration|communiqué|communique|statement|decree|law|bill"
    "|resolution|proposal|proposals|draft|document|text|letter|framework|roadmap|charter|accord|ultimatum"
    "|sheet|paper|blueprint"  # "What did the term sheet drafted in London say about Crimea…"
)
# "What does the memorandum say about…", "What did the Pretoria agreement state on…", "What does the draft
# propose for…", "…does the memorandum want Ukraine to…" (someone named to do something: "What tariff does the
# bill want to slap on…" asks what it says, and the passages word the matter otherwise).
ASKED = re.compile(
    # "What did the final declaration of the B9 summit in Vilnius say about…": the noun's own "of…" may follow it.
    rf"\bwhat\s+(?:does|did|do)\s+[^?]{{0,80}}?\b(?P<noun>{DOCUMENT_NOUNS})(?:['’]s)?"
    # …or a participle with its place: "the term sheet drafted in London".
    r"(?:\s+(?:(?:drafted|signed|agreed|adopted|presented|submitted|published|proposed|sent)\s+)?(?:of|from|at|by|in)"
    r"\s+[^?]{1,60}?)?\s+"
    r"(?:text\s+)?(?:say|state|propose|offer|demand|contain|include|stipulate|specify|require|set\s+out)\s+"
    r"(?:about|on|regarding|concerning|for|of)\s+(?P<matter>[^?]+)"
    # "Within how many days … does Russia's memorandum want Ukraine to hold elections?"
    rf"|\b(?:does|did|do)\s+[^?]{{0,80}}?\b(?P<wanting_noun>{DOCUMENT_NOUNS})(?:['’]s)?\s+"
    r"(?:want|require|demand|call\s+for|expect|oblige)\s+(?P<wanted>(?-i:[A-Z])[\w’'-]+\s+to\s+[^?]+)",
    re.IGNORECASE,
)
MATTER_WORDS = 3


@dataclass(frozen=True)
class AskedDocument:
    """A document a question asks about, by its noun ("memorandum"), and the matter it asks on."""

    noun: str
    matter: str


def asked_document(question: str) -> AskedDocument | None:
    """The document and the matter an English question asks what it says on, if it asks so."""
    match = ASKED.search(question)
    if match is None:
        return None
    noun, matter = (
        (match.group("noun"), match.group("matter"))
        if match.group("noun")
        else match.group("wanting_noun", "wanted")
    )
    return AskedDocument(noun.lower(), matter.strip())


def matter_stems(asked: AskedDocument, frequencies: Mapping[str, int]) -> list[str]:
    """The stems of the matter's content words that a passage must hold, the MATTER_WORDS rarest in the
    coverage (`frequencies`: passages per stem); none that the coverage lacks, which other checks read."""
    held = [word for word in query_terms(asked.matter, "en") if frequencies.get(word, 0) > 0]
    return sorted(held, key=lambda word: frequencies[word])[:MATTER_WORDS]


def tells_document_on(asked: AskedDocument, matter: list[str], texts: Iterable[str]) -> bool:
    """Whether one of `texts` names the document's noun and holds every stem of `matter`."""
    noun = stem(asked.noun)
    return any(noun in words and all(word in words for word in matter) for words in map(tokens, texts))
