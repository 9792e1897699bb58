"""Questions as people type them in a chat: without capitals, without a question mark, names misspelt.

Several checks find a question's names by their capitals, and the model reads a question with its
question mark a little differently from one without; the thresholds were set on questions written
out in full. So a question typed "why did putin refuse to meet zelenksy" is read as "Why did Putin
refuse to meet Zelensky?". The coverage shows how each word is written: a word it mostly capitalises
in the middle of a sentence ("Putin", "Istanbul", "Korean", "NATO") is written so in the question
too, a word it never holds is taken for a name, and a name it never holds that is a letter from one
it does is read as that one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Container, Iterable, Mapping

from index.terms import PREFIX

# A word after a lower-case word, a comma or a colon: not a sentence's first, so its capitals are its own.
# Single letters are left out: the "S" of "U.S." is no word.
_MID_SENTENCE_WORD = re.compile(r"(?<=[a-z0-9,;:]\s)[^\W\d_][^\W_]+")
_WORD = re.compile(r"[^\W\d_][^\W_]+")
# A question's opening word in English, Ukrainian or Russian.
_QUESTION_WORD = re.compile(
    r"^\W*(?:(?:in|on|at|for|from|to|by|with|of|after|before|during|under|since|until|"
    r"у|в|на|до|після|за|з|із|від|для|через|при|про|по|после|с|со|из|от|о|об)\s+)?"  # "In which…", "За що…"
    r"(?:what|what's|whats|who|who's|whom|whose|why|how|when|where|which|is|are|was|were|do|does|did|"
    r"can|could|will|would|should|has|have|had|"
    r"що|хто|кого|кому|чому|навіщо|коли|де|куди|звідки|скільки|як|який|яка|яке|які|якого|якої|яких|чи|"
    r"что|кто|кого|кому|почему|зачем|когда|где|куда|откуда|сколько|как|какой|какая|какое|какие|каких|"
    r"какого|какую|ли)\b",
    re.IGNORECASE,
)
# A word must be capitalised this often in the middle of sentences to be written so: names, not the common
# words that some names use ("Beast", the president's car; "ReArm Europe").
CAPITALISED_SHARE = 0.8


def capitalised_forms(texts: Iterable[str]) -> dict[str, str]:
    """Lower-cased word -> the form the texts mostly write it in mid-sentence, for the words they mostly
    capitalise ("putin" -> "Putin", "nato" -> "NATO"); "village" or "war" are not listed."""
    forms: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        for word in _MID_SENTENCE_WORD.findall(text):
            if word[0].isupper():
                forms[word] += 1
            else:
                lower[word] += 1
    capitalised: Counter[str] = Counter()
    best: dict[str, tuple[int, str]] = {}
    for form, count in forms.items():
        key = form.lower()
        capitalised[key] += count
        if count > best.get(key, (0, ""))[0]:
            best[key] = (count, form)
    return {
        key: best[key][1]
        for key, count in capitalised.items()
        if count > CAPITALISED_SHARE * (count + lower[key])
    }


def is_uncased(question: str) -> bool:
    """Whether a question was typed all in lower case (its first letter aside) or all in capitals."""
    letters = [c for c in question if c.isalpha()]
    if len(letters) < 2:
        return False
    rest = letters[1:]
    return not any(c.isupper() for c in rest) or all(c.isupper() for c in letters)


# Inflections a crude stem does not meet in the coverage ("sunken", "inked"): no sign of a name.
_INFLECTED = re.compile(r"(?:ed|en|ing|ly)$")


def restore_case(question: str, forms: Mapping[str, str], known: Callable[[str], bool] | None = None) -> str:
    """The question with each word the coverage mostly capitalises written as the coverage writes it,
    when the question came without capitals (`is_uncased`); otherwise unchanged.

    With `known` (whether the coverage holds a word at all), a word of four or more Latin letters it
    never holds ("hamas", "panmunjom", "sourdough") is capitalised too, and one of three letters ("rsf",
    "eln") is written in capitals: in a question written with its capitals such words are mostly names
    and acronyms, and the name check declines a question whose rare name the coverage lacks.
    """
    if not is_uncased(question):
        return question
    text = question.lower() if question.isupper() else question
    text = text[:1].upper() + text[1:]  # a sentence opens with a capital

    def cased(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in forms:
            return forms[word.lower()]
        if known is not None and _unknown_name(word) and not known(word):
            return word[0].upper() + word[1:]
        if known is not None and _unknown_acronym(word) and not known(word):
            return word.upper()
        return word

    return _WORD.sub(cased, text)


# Contractions typed without their apostrophe ("whats going on"), and the words before one's apostrophe ("wasn"
# of "wasn't"): words the coverage never holds that name nothing.
CONTRACTIONS = frozenset(
    "whats hows wheres whos whens whys thats theres heres dont doesnt didnt isnt arent wasnt werent cant "
    "couldnt wont wouldnt shouldnt havent hasnt hadnt youre theyre weve theyve youve ive itll "
    "don doesn didn isn aren wasn weren couldn wouldn shouldn haven hasn hadn mustn needn".split()
)


# Words shortened in a chat ("the corporation exec", "the govt"): no names, though the coverage never holds them.
# Common slips too ("how many troops wil take part…"), which are no acronyms.
CHAT_SHORTENINGS = frozenset(
    "exec execs govt govts prez admin admins info stats pics wil teh adn hte waht whta abt pls plz thx"
    # "how many ppl died…", "…even tho its dangerous"
    " ppl tho altho thru bc cuz coz rn tbh imo imho idk dunno gonna wanna gotta kinda sorta smth sth yrs msg"
    " approx".split()
)
_NO_NAMES = CONTRACTIONS | CHAT_SHORTENINGS


def _unknown_name(word: str) -> bool:
    return (
        len(word) >= 4
        and word.isascii()
        and word.isalpha()
        and not _INFLECTED.search(word.lower())
        and word.lower() not in _NO_NAMES
    )


def _unknown_acronym(word: str) -> bool:
    """A word of three Latin letters the coverage never holds is mostly an acronym: "rsf", "eln"."""
    return len(word) == 3 and word.isascii() and word.isalpha() and word.islower() and word not in _NO_NAMES


# More words than a lookup ("Umerov", "grain deal suspended") has: a question, whatever its first word.
LOOKUP_WORDS = 5


def with_question_mark(question: str) -> str:
    """A question that ends without any mark, with its question mark: one that opens with a question word,
    or any of more than `LOOKUP_WORDS` words."""
    text = question.rstrip()
    if text and text[-1].isalnum() and (_QUESTION_WORD.search(text) or len(text.split()) > LOOKUP_WORDS):
        return text + "?"
    return question


# "Хто такий Андрій Коваленко?", "кто такая …": a person asked of by name, in Ukrainian or Russian.
WHO_IS_CYRILLIC = re.compile(
    r"^(\W*(?:хто|кто)\s+(?:такий|така|такі|такой|такая|такие)\s+)([^?!.]+)", re.IGNORECASE
)


def cased_who_is(question: str) -> str:
    """A Ukrainian or Russian "who is…" question with the name it asks of capitalised, as a chat may type it
    in lower case: "хто такий андрій коваленко" reads "хто такий Андрій Коваленко"."""
    match = WHO_IS_CYRILLIC.match(question)
    if not match:
        return question
    name = " ".join(word[:1].upper() + word[1:] for word in match.group(2).split())
    return f"{match.group(1)}{name}{question[match.end() :]}"


# A name is respelt only when it is this long: shorter ones are a letter from too many others ("Hamas" from
# "Hama", "FARC" from "Marc", "Kiir" from "Keir").
RESPELL_LETTERS = 6
# ...and only to a name this many passages hold.
RESPELL_PASSAGES = 3
# A shorter name, of this many letters or more, is respelt only to a person the gazetteer lists (`people`):
# "Kalas" to "Kallas", while "Hamas" stays, no person's name.
RESPELL_PERSON_LETTERS = 5
# A spelling the coverage holds in fewer than SLIP_PASSAGES passages, and SLIP_RATIO times fewer than a
# name a letter away, is a reporter's slip ("Zelenksy", 3 passages beside 1,187 of "Zelensky"); "Iceland"
# (1 passage) is no slip for "Ireland" (29), nor "Franco" (4) for "France" (379).
SLIP_PASSAGES = 10
SLIP_RATIO = 200


def respell_names(
    question: str,
    forms: Mapping[str, str],
    vocabulary: Container[str],
    passages: Callable[[str], int],
    people: Container[str] = frozenset(),
) -> str:
    """The question with each name the coverage never holds, or holds only as a slip (`unheard`:
    "Zelenksy", "Shoygu", "Whitkoff"), written as the one name it holds that is a letter away (one added,
    dropped or changed, or two neighbours swapped), with the same first letter: "Zelensky", "Shoigu",
    "Witkoff"; for a slip, one held SLIP_RATIO times as often.

    `forms` as from `capitalised_forms`; `vocabulary` holds every word of the coverage in lower case;
    `passages(word)` counts the passages holding a word, and a name must be in RESPELL_PASSAGES of them.
    Names of fewer than RESPELL_LETTERS letters, and those a letter from two such names, stay as written;
    but one of RESPELL_PERSON_LETTERS or more is respelt to a name whose stem (its first PREFIX letters) is in
    `people`.
    """

    def respelt(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        short = len(word) < RESPELL_LETTERS
        if (
            len(word) < RESPELL_PERSON_LETTERS
            or not word[0].isupper()
            or not word.isascii()
            or not unheard(word, vocabulary, passages)
        ):
            return word
        near = {
            form
            for key, form in forms.items()
            if key[0] == lower[0]
            and abs(len(key) - len(lower)) <= 1
            and _one_edit(lower, key)
            and (not short or key[:PREFIX] in people)
        }
        least = (
            max(RESPELL_PASSAGES, SLIP_RATIO * passages(word)) if lower in vocabulary else RESPELL_PASSAGES
        )
        near = {form for form in near if passages(form) >= least}
        return near.pop() if len(near) == 1 else word

    return _WORD.sub(respelt, question)


# A lower-case word the coverage never holds is read as the common word a letter away ("lauch" as "launch") when
# that word is in this many passages, and in TYPO_RATIO times as many as any other such word: "wether" stays,
# though "whether" is in 291 passages, for "weather" is in 23.
TYPO_PASSAGES = 20
TYPO_RATIO = 20
# A long word the coverage holds in at most SLIP_WORD_PASSAGES passages is a slip there too ("Minster",
# "missles") when the common word a letter away is in SLIP_WORD_NEIGHBOUR passages or more: "belarus defence
# minster" reads "minister". Shorter rare words are often real ones a letter from a common one ("weep", "thaw").
SLIP_WORD_LETTERS = 7
SLIP_WORD_PASSAGES = 1
SLIP_WORD_NEIGHBOUR = 500


def typed_unheard(word: str, vocabulary: Container[str], passages: Callable[[str], int]) -> bool:
    """Whether a lower-case word may be mistyped: the coverage never holds it, or holds it as a slip only."""
    return word not in vocabulary or _slip(word, passages)


def may_be_mistyped(word: str, passages: Callable[[str], int]) -> bool:
    """`typed_unheard` by passage counts alone, without the vocabulary: whether to look for typing slips."""
    return passages(word) == 0 or _slip(word, passages)


def _slip(word: str, passages: Callable[[str], int]) -> bool:
    """Whether a word is long and held in so few passages that it may be a slip there too."""
    return len(word) >= SLIP_WORD_LETTERS and passages(word) <= SLIP_WORD_PASSAGES


def respell_words(
    question: str, forms: Mapping[str, str], vocabulary: Collection[str], passages: Callable[[str], int]
) -> str:
    """The question with each lower-case word of four or more letters that the coverage never holds (or holds
    as a slip only, `typed_unheard`) written as the common word a letter away (one added, dropped or changed,
    or two neighbours swapped, the first letter kept): "how many drones did russia lauch" reads "launch". A
    word the coverage mostly capitalises (`forms`) is no common word: "kalas" is left to `respell_names`.
    `vocabulary` holds every word of the coverage in lower case; `passages(word)` counts the passages holding
    a word."""

    def respelt(match: re.Match[str]) -> str:
        word = match.group(0)
        if (
            len(word) < 4
            or not word.isascii()
            or not word.islower()
            or not typed_unheard(word, vocabulary, passages)
            or word in CONTRACTIONS
        ):
            return word
        slip = word in vocabulary
        least = SLIP_WORD_NEIGHBOUR if slip else TYPO_PASSAGES
        # A past tense with its "e" dropped ("startd") reads as one, though "start" and "starts" are a letter away.
        past = f"{word[:-1]}ed"
        if word.endswith("d") and not word.endswith("ed") and past in vocabulary and passages(past) >= least:
            return past
        # An inflection of a word the coverage holds is no slip: "polled" of "poll" is not "pulled".
        if _inflects(word, vocabulary):
            return word
        near = sorted(
            (
                (passages(other), other)
                for other in vocabulary
                if other[:1] == word[0]
                and abs(len(other) - len(word)) <= 1
                and other not in forms
                and _one_edit(word, other)
            ),
            reverse=True,
        )
        if len(near) > 1 and near[0][0] < TYPO_RATIO * near[1][0]:
            # A doubled letter typed once is the likelier slip: "barels" reads "barrels", not "barely".
            near = [(count, other) for count, other in near if _doubles(word, other)][:1] or near
        if not near or near[0][0] < least or (len(near) > 1 and near[0][0] < TYPO_RATIO * near[1][0]):
            return word
        return near[0][1]

    return _WORD.sub(respelt, question)


# Endings that inflect a word: "polled", "polling", "polls".
INFLECTIONS = ("ing", "ed", "es", "s")


def _inflects(word: str, vocabulary: Collection[str]) -> bool:
    """Whether a word is a word of the coverage with an ending (`INFLECTIONS`): "polled" of "poll", "scrapped" of
    "scrap", "hoped" of "hope"."""
    for ending in INFLECTIONS:
        base = word.removesuffix(ending)
        if base == word or len(base) < 3:
            continue
        # "hoped" of "hope"; but "drons" is no plural of "drone", a slip for "drones".
        bases = [base, base + "e"] if ending in ("ing", "ed") else [base]
        if len(base) > 3 and base[-1] == base[-2]:
            bases.append(base[:-1])  # "scrapped" of "scrap"
        if any(known in vocabulary for known in bases):
            return True
    return False


def _doubles(word: str, other: str) -> bool:
    """Whether `other` is `word` with one of its letters doubled ("barrels" of "barels")."""
    return len(other) == len(word) + 1 and any(
        other[i] == other[i - 1] and other[:i] + other[i + 1 :] == word for i in range(1, len(other))
    )


def unheard(word: str, vocabulary: Container[str], passages: Callable[[str], int]) -> bool:
    """Whether the coverage never holds a word, or holds it in fewer than SLIP_PASSAGES passages, as it
    may hold a reporter's slip ("Zelenksy"): either may be a name misspelt (`respell_names`)."""
    return word.lower() not in vocabulary or passages(word) < SLIP_PASSAGES


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Every word of the texts, in lower case."""
    words: set[str] = set()
    for text in texts:
        words.update(word.lower() for word in _WORD.findall(text))
    return frozenset(words)


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter apart: one added, dropped or changed, or two
    neighbouring letters swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(differ) == 1:
            return True
        i = differ[0]
        return len(differ) == 2 and differ[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(shorter, longer, strict=False)) if x != y), len(shorter))
    return shorter[i:] == longer[i + 1 :]
