"""Pure re-ranking: features of each candidate passage, a linear score, diversity and duplicates.

Two sets of weights are fitted on the development question set only (tests/eval/questions.jsonl,
by bench/fit_weights.py); the held-out sets measure how well they carry over:
- `Weights()`, the order quotes are shown in: a pairwise fit, each question's best answering passage
  against every passage that does not answer it;
- `EVIDENCE_WEIGHTS`, the order the abstention checks read the close passages in: a logistic
  regression, whether one passage answers, all questions' candidates pooled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from index.query import QueryInfo
from index.store import PassageRecord


@dataclass
class Candidate:
    """A passage under consideration with the evidence gathered for it."""

    record: PassageRecord
    dense: float  # cosine of the question with the whole passage
    sentence: float  # best cosine of the question with one of its sentences
    title: float = 0.0  # cosine of the question with its article's headline
    keyword: float = 0.0  # BM25 score (0 when the keyword search did not return it)
    coverage: float = 0.0  # IDF-weighted share of the question's terms in the passage
    sentence_coverage: float = 0.0  # the same, for its best sentence
    score: float = 0.0
    also: list[str] = field(default_factory=list)  # other publishers of a near-duplicate folded into it
    copies: list[str] = field(default_factory=list)  # the other articles those near-duplicates came from
    more: list[Candidate] = field(default_factory=list)  # the same article's next-best passages
    words: set[str] = field(default_factory=set)  # its stems (for uk/ru questions, stem beginnings)


@dataclass(frozen=True)
class Weights:
    """Coefficients of the linear re-ranker, one per name in FEATURES (see module docstring).

    The defaults order the quotes: fitted by bench/fit_weights.py on the development set (pairwise, with
    the L2 strength its cross-validation chose), except `recency` and `recent_stretch`: a fit turned
    recency negative on the set's few "latest" questions. They are set by design instead, high enough
    that among close passages the newest wins over one a rank or two above it, and that a "latest"
    question is not led by a passage from years before the newest coverage. `day_match` too (no dev
    question names a day): twice a named month's weight, here and in EVIDENCE_WEIGHTS, enough to lift a
    passage from the day above one of the same month a rank closer in meaning (docs/experiments.md).
    """

    dense: float = 0.546
    sentence: float = 0.549
    dense_rank: float = 0.622
    sentence_rank: float = 0.494
    keyword: float = 0.572
    keyword_rank: float = 0.472
    coverage: float = 0.351
    sentence_coverage: float = 0.202
    name_coverage: float = 0.165
    period_match: float = 0.59
    period_undated: float = -0.005
    period_mismatch: float = -0.585
    day_match: float = 1.2
    recency: float = 3.0
    recent_stretch: float = 3.0
    title: float = 0.451
    title_rank: float = 0.41
    duplicate_overlap: float = 0.6


# The re-ranker's weights until 2026-12-02: a logistic regression on dev, whether a passage answers
# (bench/fit_weights.py --objective pointwise refits one), with `title_rank` and `name_coverage` set by
# hand. The abstention checks read the close passages in this order: their thresholds were set on it.
EVIDENCE_WEIGHTS = Weights(
    dense=2.92,
    sentence=2.75,
    dense_rank=3.32,
    sentence_rank=2.24,
    keyword=1.11,
    keyword_rank=1.51,
    coverage=2.1,
    sentence_coverage=-1.1,
    name_coverage=0.0,  # names in uk/ru questions: no gain once spelt in English
    period_match=1.26,
    period_undated=-1.36,
    period_mismatch=-1.5,
    day_match=2.5,
    title=0.0,
    title_rank=1.0,  # set by a sweep on the dev set (0, 1, 2): headline closeness as a tie-breaker
)


def _rank_of(candidates: list[Candidate], key) -> dict[int, int]:
    """1-based rank by `key` (positive values only); equal values share a rank."""
    values = sorted((key(c) for c in candidates if key(c) > 0), reverse=True)
    first = {}
    for position, value in enumerate(values, start=1):
        first.setdefault(value, position)
    return {id(c): first[key(c)] for c in candidates if key(c) > 0}


RECENCY_BAND = 0.03
# "Latest" also lifts every close passage from the newest stretch of coverage, not only the newest
# date: about a year and a half back from the newest close date (2025 coverage beside 2022's).
RECENT_DAYS = 540
FEATURES = (
    "dense", "sentence", "dense_rank", "sentence_rank", "keyword", "keyword_rank", "coverage",
    "sentence_coverage", "name_coverage", "period_match", "period_undated", "period_mismatch", "day_match",
    "recency", "recent_stretch", "title", "title_rank",
)  # fmt: skip


def features(candidates: list[Candidate], info: QueryInfo) -> np.ndarray:
    """One row per candidate, one column per name in FEATURES, relative to the other candidates."""
    matrix = np.zeros((len(candidates), len(FEATURES)))
    if not candidates:
        return matrix
    english = info.language == "en"
    # Keyword evidence: an English question's words, or the glossary's English for a Ukrainian or
    # Russian one's (weighed alike: the same weights served both on all three question sets).
    keyworded = english or bool(info.translated)
    top_dense = max(c.dense for c in candidates)
    top_sentence = max(c.sentence for c in candidates)
    top_keyword = max(c.keyword for c in candidates) or 1.0
    top_title = max(c.title for c in candidates)
    title_rank = _rank_of(candidates, lambda c: c.title + 2)
    dense_rank = _rank_of(candidates, lambda c: c.dense + 2)
    sentence_rank = _rank_of(candidates, lambda c: c.sentence + 2)
    keyword_rank = _rank_of(candidates, lambda c: c.keyword)
    # "Latest" compares dates among the passages close to the question, not the whole pool.
    band = max(top_dense, top_sentence) - RECENCY_BAND
    close = {id(c) for c in candidates if max(c.dense, c.sentence) >= band}
    # The newest close date ranks 1, the next 1/2...: "latest" means newest first, however far
    # apart the dates are (a linear scale made May 2025 and June 2026 look alike beside 2022).
    dates = sorted({c.record.published for c in candidates if id(c) in close and c.record.published})
    # "Latest" within a period the question names means the newest coverage of that period: its dates are
    # the ones ranked ("By the end of 2022…": November 2022 first, whatever 2025 holds).
    in_period = [d for d in dates if info.period is None or info.period.contains(d)]
    date_rank = {date: len(in_period) - position for position, date in enumerate(in_period)}
    newest = dt.date.fromisoformat(in_period[-1]) if in_period else None
    for row, c in enumerate(candidates):
        published = c.record.published
        period = info.period
        values = {
            "dense": (c.dense - top_dense) * 10,
            "sentence": (c.sentence - top_sentence) * 10,
            "title": (c.title - top_title) * 10,
            "title_rank": 1 / title_rank[id(c)],
            "dense_rank": 1 / dense_rank[id(c)],
            "sentence_rank": 1 / sentence_rank[id(c)],
            "keyword": c.keyword / top_keyword if keyworded else 0.0,
            "keyword_rank": 1 / keyword_rank[id(c)] if keyworded and id(c) in keyword_rank else 0.0,
            "coverage": c.coverage if keyworded else 0.0,
            "sentence_coverage": c.sentence_coverage if english else 0.0,
            "name_coverage": c.sentence_coverage if not english else 0.0,
            "period_match": float(bool(period and period.contains(published))),
            "period_undated": float(bool(period and not published)),
            "period_mismatch": float(bool(period and published and not period.contains(published))),
            "day_match": float(bool(period and period.about_day(published, c.record.text))),
            # Undated articles never count as recent.
            "recent_stretch": float(
                info.wants_latest
                and newest is not None
                and bool(published)
                and id(c) in close
                and (period is None or period.contains(published))
                and (newest - dt.date.fromisoformat(published)).days <= RECENT_DAYS
            ),
            "recency": 1 / date_rank[published]
            if info.wants_latest and published in date_rank and len(in_period) > 1 and id(c) in close
            else 0.0,
        }
        matrix[row] = [values[name] for name in FEATURES]
    return matrix


def score(
    candidates: list[Candidate], info: QueryInfo, weights: Weights, matrix: np.ndarray | None = None
) -> None:
    """Set every candidate's score: the weighted sum of its features (`matrix`, when already made by
    `features` for these candidates, so that a second order of the same pool costs one product)."""
    if candidates:
        vector = np.array([getattr(weights, name) for name in FEATURES])
        if matrix is None:
            matrix = features(candidates, info)
        for c, value in zip(candidates, matrix @ vector, strict=True):
            c.score = float(value)


# Enough to put a passage holding every word of a short lookup above any that does not.
HOLDING_BONUS = 100.0


def favour_holding(candidates: list[Candidate], terms: list[str]) -> None:
    """Raise the score of every candidate whose stems hold all `terms`, keeping their order among
    themselves (for a short lookup, whose meaning alone ranks poorly)."""
    wanted = set(terms)
    for c in candidates:
        if wanted and wanted <= c.words:
            c.score += HOLDING_BONUS


@lru_cache(maxsize=4096)
def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Runs of five words: copies of one report share most of them (kept for the next order of the
    same pool, and the next question's)."""
    w = re.findall(r"\w+", text.lower())
    return (
        frozenset(zip(w, w[1:], w[2:], w[3:], w[4:], strict=False)) if len(w) >= 5 else frozenset({tuple(w)})
    )


def diversify(
    candidates: list[Candidate],
    overlap: float = 0.6,
    merge_depth: int = 0,
    per_article: int = 1,
    limit: int | None = None,
) -> list[Candidate]:
    """Best first; near-duplicates fold into the first copy; each article once before any twice.

    A passage ranked among the first `merge_depth` whose article is already shown joins that
    article's quote (up to `per_article` passages in all) instead of waiting behind every other
    article: a long article's best passage is often not the one that holds the answer.
    With `limit`, work stops once the first `limit` quotes are settled; copies ranked below that
    point then go unnamed.
    """
    for c in candidates:  # a second call (another order of the same pool) starts afresh
        c.also, c.copies, c.more = [], [], []
    ordered = sorted(candidates, key=lambda c: c.score, reverse=True)
    kept: list[Candidate] = []
    sizes: list[int] = []
    holders: dict[tuple[str, ...], list[int]] = {}  # shingle -> the kept passages that have it
    first: list[Candidate] = []
    repeats: list[Candidate] = []
    shown: dict[str, Candidate] = {}
    quote_of: dict[int, Candidate] = {}  # kept passage -> the quote it is shown in
    for c in ordered:
        if limit is not None and len(first) >= limit and len(kept) >= merge_depth:
            break
        shingles = _shingles(c.record.text)
        shared = Counter(k for s in shingles for k in holders.get(s, ()))
        # The first kept passage sharing `overlap` of the shorter one's shingles is its twin.
        twin = next(
            (kept[k] for k in sorted(shared) if shared[k] / max(1, min(len(shingles), sizes[k])) >= overlap),
            None,
        )
        if twin is not None:
            quote, source = quote_of[id(twin)], c.record.source
            if source != twin.record.source and source not in quote.also:
                quote.also.append(source)
            article = c.record.article_id
            if article != quote.record.article_id and article not in quote.copies:
                quote.copies.append(article)
            continue
        for s in shingles:
            holders.setdefault(s, []).append(len(kept))
        lead = shown.get(c.record.article_id)
        quote_of[id(c)] = c
        if lead is None:
            shown[c.record.article_id] = c
            first.append(c)
        elif len(kept) < merge_depth and len(lead.more) + 1 < per_article:
            lead.more.append(c)
            quote_of[id(c)] = lead
        else:
            repeats.append(c)
        kept.append(c)
        sizes.append(len(shingles))
    return first + repeats
