"""Pure checks for a question asking what substance was used: "What toxin was used on Roman Abramovich…",
"What poison did the FSB allegedly use…", "Якою речовиною отруїли…".

News names a poison when it knows one ("poisoned by toad venom", "the nerve agent Novichok") and otherwise
says "signs of poisoning" or "an unknown substance". So when no sentence of the first quotes names a
substance of that kind, the coverage does not say which it was. A substance is told by a list of the
poisons and agents news names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.roles import SENTENCE_END

# "What toxin…", "Which poison…", "What specific chemical agent…", "What substance was he poisoned with?",
# "…poisoned with what?": the noun after "what" or "which" (past a word such as "specific"), or the poisoning's
# "with what".
ASKED = re.compile(
    r"\b(?:what|which)\s+(?:(?:specific|exact|particular|kind\s+of|type\s+of|sort\s+of)\s+)?"
    r"(?:toxic\s+|poisonous\s+)?"
    r"(?:toxins?|poisons?|substances?|chemicals?|venoms?|(?:chemical|nerve|biological)\s+(?:agents?|weapons?))\b"
    r"|\bpoison(?:ed|ing)?\s+(?:him|her|them|[\w’'-]+)?\s*(?:with|by)\s+what\b",
    re.IGNORECASE,
)
# "Якою речовиною / отрутою…", "Каким ядом / веществом…", "Яку отруту…", "Какое вещество…".
CYRILLIC_ASKED = re.compile(
    r"(?<!\w)(?:як\w*|как\w*)\s+(?:саме\s+|именно\s+)?(?:отрут|речовин|токсин|яд|веществ|отравляющ|хімічн|химическ)",
    re.IGNORECASE,
)
SUBSTANCE_LABEL = "the poison or agent by name"  # what a refusal says no close passage names
# The poisons and agents news names; a toxin by its name ("Botulinum toxin", not "the likely toxin" nor "The
# toxin was not identified").
NAMED = re.compile(
    r"\b(?:novichok|sarin|ricin|polonium(?:-210)?|chlorine|chloropicrin|phosgene|mustard\s+gas|vx|tabun|soman"
    r"|cyanide|arsenic|thallium|strychnine|fentanyl|carfentanil|mercury|botulinum|anthrax|dioxins?|venom"
    r"|white\s+phosphorus|napalm|tear\s+gas|cs\s+gas|pepper\s+spray|nerve\s+agents?|heavy\s+metals?"
    r"|radioactive\s+(?:isotope|substance|material)"
    r"|(?!(?:The|A|An|This|That|Its|Their|Any|No|Some)\s)(?-i:[A-Z][\w-]+)\s+toxin|tetrodotoxin)\b",
    re.IGNORECASE,
)


# A question of poisoning or a chemical attack, which "What substance…" or "Which chemicals…" asks about.
POISONING = re.compile(
    r"\b(?:poison\w*|toxi\w+|venom\w*|nerve|chemical\s+(?:weapons?|attacks?)|gas\s+attacks?)\b"
    r"|(?<!\w)(?:отру\w*|отрав\w*|токси\w*|хімічн\w*\s+(?:зброї|зброя|атак\w*)|химическ\w*\s+(?:оружи\w*|атак\w*))",
    re.IGNORECASE,
)


def asks_substance(question: str, language: str = "en") -> bool:
    """Whether a question of poisoning or a chemical attack asks which poison, toxin or agent was used."""
    asked = ASKED if language == "en" else CYRILLIC_ASKED
    return bool(asked.search(question) and POISONING.search(question))


def names_substance(texts: Iterable[str]) -> bool:
    """Whether some sentence of `texts` names a poison or an agent (`NAMED`)."""
    return any(NAMED.search(sentence) for text in texts for sentence in SENTENCE_END.split(text))
