"""Split article text into quotable passages of whole sentences, each with its character span."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import pairwise

MIN_WORDS = 40
MAX_WORDS = 120
# A run of sentences inside one unbalanced quotation is cut here rather than swallowing an article.
QUOTE_RUN_CAP = 160
MIN_FRAGMENT_WORDS = 8

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "jr",
    "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "prof", "pres", "maj", "adm", "rev",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "approx", "ft", "mt", "gov't", "dept", "est",
    "г", "ул", "им", "т.е", "т.д", "т.п", "ст", "м", "р",
}  # fmt: skip

BOILERPLATE_LINE = re.compile(
    r"^\s*(read also|read more|related article|related:|original url|editor['’]s note|"
    r"this audio is created|share save|sign up|subscribe|click here|watch:|listen:|"
    r"\(?photo:|photo by|image source|image caption|getty images|advertisement)",
    re.IGNORECASE,
)
CAPTION_CREDIT = re.compile(
    r"(\(photo[^)]*\)|\*\*[^*]{2,60}/[^*]{2,60}\*\*|/ (getty images|afp|reuters|ap|tass|epa))\s*$",
    re.IGNORECASE,
)
# Photo credits inside prose: "(AP Photo/Name)", "(Name / Getty Images)", "Photograph: Name/Agency",
# and a tweet's signature. The caption they close is not the article's prose; the credit itself is
# cut out exactly, and what follows it is prose again.
CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|EPA)?\s*Photo\b[^()\n]{0,100}\)"
    r"|\([^()\n]{1,100}(?:/| via )[^()\n]{0,60}\b(?:Getty Images|AFP|Reuters|Pool|Handout|Shutterstock|"
    r"Anadolu|NurPhoto|The Kyiv Independent|Ukrinform|EPA|AP|TASS|Sputnik)\b[^()\n]{0,40}\)"
    r"|\((?:The Kyiv Independent|Getty Images)\)"
    r"|\bPhotograph: [^\n]{0,80}?\b(?:AP|EPA|AFP|Reuters|Getty Images|Shutterstock|The Guardian|Rex|Sputnik|"
    r"TASS|Bloomberg|Anadolu Agency|Alamy|PA|supplied|Handout)(?=\s+[A-Z\"“‘]|\s*$)"
    r"|— [^()\n]{1,60} \(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}"
)
# Lowercase words a photo credit may hold; any other one means a parenthesis of prose.
CREDIT_WORDS = {
    "via", "of", "the", "and", "de", "von", "van", "by", "file", "handout", "pool", "supplied", "photo", "photos",
    "courtesy",
}  # fmt: skip
# Where a caption, a wire footer or a section divider starts even without a sentence break before it.
BREAKS = re.compile(r"(?<!_)(?=_{3,})|(?=\* \* \*|FILE - |Sign up to |Sign up for )")
# A sentence holding a caption's credit or opening a caption: left out with the caption before it.
CAPTION = re.compile(r"\bPhotograph: |^FILE - ")
# Embedded tweets, wire footers, dividers and promotions: left out.
EMBED = re.compile(
    r"pic\.twitter\.com|twitter\.com/|^_{3}|^\* \* \*|apnews\.com/hub|^Sign up (?:to|for) "
    r"|[\u23F0\U0001F4CD\U0001F4C5\U0001F39F]"
)
# Appeals for members or donations and event listings, which some outlets put between or after articles:
# left out like a promotion, a sentence at a time.
APPEAL = re.compile(
    r"thanks? (?:you )?for reading|^(?:Hi|Hello), this is [A-Z]|^Hi! [A-Z]\w+ [A-Z]\w+ here|"
    r"^This is [A-Z]\w+ from the|(?:wrote|reported) this (?:piece|story) for you|I hope you enjoyed this|"
    r"support our journalism|please consider supporting|doesn[’']t have a wealthy owner|behind a paywall|"
    r"rely on (?:readers|our (?:community|readers))|join our community|(?:by|consider) becoming (?:a member|part of our community)|"
    r"(?:goal of|grow our community to|reach) \d[\d,]* members|just \$\d+ a month|your bank data|"
    r"questions about membership|Not a subscriber\?|subscribers only|Stay ahead of the curve|Our briefings offer|"
    r"time for vetting|Event details here|Sign up (?:here|now)|Register here|KI Insights (?:subscri|invites)|"
    r"Join KI Insights|"
    r"English translation available|\((?:English|Ukrainian) language\)|\d:\d\d EEST|online (?:event|briefing)|"
    r"Briefing slides|we work hard to inform the world|I hope (?:this story|it) (?:helped|sheds light)|"
    r"Support independent journalism|Join us in this fight|secure your spot|KI Insights director|"
    r"please contact us at|not responsible for the content of external sites|our approach to external linking|"
    r"access link via email|KI Insights prioriti",
    re.IGNORECASE,
)
# A cheap first look: a passage holding none of these has nothing for `prose` to leave out.
CAPTION_SIGNS = (
    "Photo", "FILE - ", "twitter.com", "___", "* * *", "apnews.com", "Getty", "Kyiv Independent)", "Sign up ",
)  # fmt: skip
CAPTION_SYMBOLS = frozenset("\u23f0\U0001f4cd\U0001f4c5\U0001f39f")
CREDIT_START = re.compile(r"\([^()\n]{1,100}(?:/| via )")


def _may_hold_captions(passage: str) -> bool:
    return (
        any(sign in passage for sign in CAPTION_SIGNS)
        or ("(" in passage and CREDIT_START.search(passage) is not None)
        or not CAPTION_SYMBOLS.isdisjoint(passage)
        or APPEAL.search(passage) is not None
    )


SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]*]*(?=\s)")
# A quick sentence break for scoring: a sentence end (inside a closing quotation mark or not), then a capital or
# an opening quotation mark.
ROUGH_BREAK = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”\"’»]))\s+(?=[A-Z“\"‘«])")
TERMINAL = tuple('.!?…:;"”’»)*')
MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
MARKDOWN_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Passage:
    """A quotable run of whole sentences: `text` is `article_text[start:end]`, cleaned."""

    position: int
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def clean_excerpt(raw: str) -> str:
    """Unwrap Markdown links and bold, collapse whitespace: what a reader sees of a span."""
    text = MARKDOWN_LINK.sub(r"\1", raw)
    text = MARKDOWN_BOLD.sub(r"\1", text)
    return WHITESPACE.sub(" ", text).strip()


def _is_boilerplate(line: str) -> bool:
    """Lines that are not prose: menus, bylines, datelines, captions, headings, links."""
    stripped = clean_excerpt(line)
    words = stripped.split()
    if len(words) < 5 and not stripped.endswith(('"', "”", "’")):
        return True
    if stripped.startswith("#") or BOILERPLATE_LINE.match(stripped) or CAPTION_CREDIT.search(stripped):
        return True
    if stripped.startswith(("- ", "* ", "[")) and len(words) < 10:
        return True
    if "http" in stripped and len(words) <= 3:
        return True
    if stripped.lower().startswith("by ") and len(words) <= 6:
        return True
    # Headings, captions and datelines carry no closing punctuation.
    return not stripped.endswith(TERMINAL) and len(words) < 25


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without the newline."""
    spans, offset = [], 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def sections(text: str) -> list[list[tuple[int, int]]]:
    """Group prose lines into sections (lists of blocks); boilerplate lines separate sections.

    A line that breaks off mid-sentence is joined with the next one when that continues in lower case.
    """
    result: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    lines = [span for span in _lines(text) if text[span[0] : span[1]].strip()]
    index = 0
    while index < len(lines):
        start, end = lines[index]
        # Join continuations: "... through peaceful" / "means," he added.
        while index + 1 < len(lines):
            line = text[start:end].strip()
            following = text[lines[index + 1][0] : lines[index + 1][1]].strip()
            if line.endswith(TERMINAL) or not following[:1].islower():
                break
            index += 1
            end = lines[index][1]
        if _is_boilerplate(text[start:end]):
            if current:
                result.append(current)
            current = []
        else:
            current.append((start, end))
        index += 1
    if current:
        result.append(current)
    return result


def _ends_sentence(block: str, match: re.Match[str]) -> bool:
    following = block[match.end() :].lstrip()[:1]
    if not following or not (following.isupper() or following.isdigit() or following in '"“‘«(['):
        return False
    if match.group().startswith("."):
        before = block[: match.start()].split()
        word = before[-1].lower().strip("(\"“'‘") if before else ""
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
    return True


def _quote_balance(fragment: str) -> int:
    """Net quotation marks opened in `fragment` (straight quotes count as toggles)."""
    return fragment.count("“") + fragment.count("«") - fragment.count("”") - fragment.count("»")


def rough_sentences(text: str) -> list[str]:
    """A passage cut into sentences quickly, for scoring: features and checks read this, while quotes are
    cut with `split_sentences`, which knows abbreviations and quotations."""
    return ROUGH_BREAK.split(text)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], never cutting inside a quotation."""
    block = text[start:end]
    spans: list[tuple[int, int]] = []
    begin = 0
    curly, straight = 0, 0
    cursor = 0
    for match in SENTENCE_END.finditer(block):
        piece = block[cursor : match.end()]
        curly += _quote_balance(piece)
        straight = (straight + piece.count('"')) % 2
        cursor = match.end()
        if not _ends_sentence(block, match):
            continue
        inside_quote = curly > 0 or straight == 1
        if inside_quote and len(block[begin : match.end()].split()) < QUOTE_RUN_CAP:
            continue
        spans.append((begin, match.end()))
        begin = len(block) - len(block[match.end() :].lstrip())
        curly, straight = 0, 0
    if block[begin:].strip():
        spans.append((begin, len(block.rstrip())))
    return [(start + a, start + b) for a, b in spans if block[a:b].strip()]


def _words(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0] : span[1]].split())


def _is_credit(match: re.Match[str]) -> bool:
    """A credit in parentheses names people and agencies; "(in remarks carried via TASS)" does not."""
    words = re.findall(r"[^\W\d_]+", match.group().strip("()"))
    return not match.group().startswith("(") or all(
        w[0].isupper() or w.lower() in CREDIT_WORDS for w in words if not w.startswith("Photo")
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a passage, also cut where a caption, footer or divider starts."""
    cuts = sorted({0, *(m.start() for m in BREAKS.finditer(text)), len(text)})
    return [span for a, b in pairwise(cuts) for span in split_sentences(text, a, b)]


def prose_runs(text: str, sentences: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split sentences into runs of prose, leaving out photo captions and credits.

    A credit is cut out: what follows it is prose again ("(Name / Getty Images) Moreover,
    Russia's ..."), and the sentence before it is its caption. A sentence with any other credit (a
    Guardian "Photograph:" without a known agency, an AP "FILE -" caption) is left out with its
    caption; an embedded tweet, a divider, a promotion or an appeal for members is left out alone. Runs never span what
    was left out.
    """
    runs: list[list[tuple[int, int]]] = [[]]

    def drop_caption() -> None:
        if runs[-1]:
            runs[-1].pop()
        runs.append([])

    for start, end in sentences:
        credits = [m for m in CREDIT.finditer(text, start, end) if _is_credit(m)]
        if credits:
            before = text[start : credits[0].start()].strip()
            if before:  # the caption (or a tweet's text) runs up to the credit in this sentence
                runs.append([])
            else:
                drop_caption()
            rest = credits[-1].end()
            rest += len(text[rest:end]) - len(text[rest:end].lstrip())
            following = text[rest:end]
            if not following or not (following[0].isupper() or following[0] in '"“‘«'):
                continue
            start = rest
        if CAPTION.search(text[start:end]):
            drop_caption()
            continue
        if EMBED.search(text[start:end]) or APPEAL.search(text[start:end]):
            runs.append([])
            continue
        runs[-1].append((start, end))
    return [run for run in runs if run]


# Marks text left out inside a quote; brackets tell it from an ellipsis the author wrote.
OMISSION = " […] "


@functools.lru_cache(maxsize=16384)  # the same passages come up question after question
def prose(passage: str) -> str:
    """A passage as quoted: its prose, with photo captions, credits and embeds left out and each
    gap marked OMISSION. Passages keep the article's text whole for search; this is what readers see.
    Empty when the passage is nothing but captions, or mostly an appeal for members or an event listing."""
    if not _may_hold_captions(passage):
        return passage
    sentences = _sentences(passage)
    appeals = [APPEAL.search(passage[start:end]) is not None for start, end in sentences]
    if appeals and appeals[0] and 2 * sum(appeals) >= len(appeals):
        # It opens as an advertisement (for a briefing, for membership) and is mostly one: the rest is
        # its sales pitch. An appeal after the news ends only the news' passage: that is kept.
        return ""
    runs = prose_runs(passage, sentences)
    pieces = [passage[run[0][0] : run[-1][1]] for run in runs]
    if len(pieces) == 1 and pieces[0] == passage.strip():
        return passage
    return OMISSION.join(pieces)


def chunk_article(text: str) -> list[Passage]:
    """Pack whole sentences into passages of about MIN_WORDS..MAX_WORDS words."""
    groups: list[tuple[int, int]] = []
    for section in sections(text):
        sentences = [s for block in section for s in split_sentences(text, *block)]
        section_groups: list[tuple[int, int]] = []
        first, last, count = None, None, 0
        for sentence in sentences:
            size = _words(text, sentence)
            if first is not None and count + size > MAX_WORDS and count >= MIN_WORDS:
                section_groups.append((first, last))
                first, count = None, 0
            if first is None:
                first = sentence[0]
            last, count = sentence[1], count + size
        if first is not None:
            tail = (first, last)
            if (
                count < MIN_WORDS
                and section_groups
                and _words(text, (section_groups[-1][0], last)) <= MAX_WORDS + MIN_WORDS
            ):
                section_groups[-1] = (section_groups[-1][0], last)
            else:
                section_groups.append(tail)
        groups.extend(g for g in section_groups if _words(text, g) >= MIN_FRAGMENT_WORDS)
    return [
        Passage(position=i, start=a, end=b, text=clean_excerpt(text[a:b])) for i, (a, b) in enumerate(groups)
    ]


# A passage that opens on someone or somewhere told of before it: "He dismissed the request…", "The ministry
# called the place a staging ground…" (the place was named in the sentence before).
REFERS_BACK = re.compile(
    r"^[\"“‘']?(?:He|She|They|His|Her|Their|This|These|Those"
    r"|It(?!\s+(?:is|was|would|will|remains|seems|appears|has\s+been|had\s+been)\b|['’]s\b))\b"
    r"|\b(?i:the|this|that)\s+(?:place|site|location|facility|town|village)\b"
    r"(?!\s+(?:of|in|at|near|called|named|where)\b|\s+[A-Z])"
)


def first_sentence(text: str) -> str:
    """A passage's first sentence, as written."""
    spans = split_sentences(text, 0, len(text))
    return text[spans[0][0] : spans[0][1]] if spans else text


def last_sentence(text: str) -> str:
    """A passage's last sentence, as written."""
    spans = split_sentences(text, 0, len(text))
    return text[spans[-1][0] : spans[-1][1]].strip() if spans else text


def refers_back(text: str) -> bool:
    """Whether a passage's first sentence refers back to someone or somewhere the text before it named."""
    return REFERS_BACK.search(first_sentence(text.lstrip())) is not None
