"""Pure re-ranking: features of each candidate passage, a linear score, diversity and duplicates.

The weights are a logistic regression fitted on the development question set only
(tests/eval/questions.jsonl); the held-out set measures how well they carry over.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from index.query import QueryInfo
from index.store import PassageRecord


@dataclass
class Candidate:
    """A passage under consideration with the evidence gathered for it."""

    record: PassageRecord
    dense: float  # cosine of the question with the whole passage
    sentence: float  # best cosine of the question with one of its sentences
    keyword: float = 0.0  # BM25 score (0 when the keyword search did not return it)
    coverage: float = 0.0  # IDF-weighted share of the question's terms in the passage
    sentence_coverage: float = 0.0  # the same, for its best sentence
    score: float = 0.0
    also: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Weights:
    """Coefficients of the linear re-ranker (see module docstring)."""

    dense: float = 3.0
    sentence: float = 1.9
    keyword: float = 0.9
    keyword_rank: float = 1.2
    dense_rank: float = 2.0
    sentence_rank: float = 3.5
    coverage: float = 3.5
    sentence_coverage: float = -1.3
    name_coverage: float = 0.4  # transliterated names, for questions not in English
    period_match: float = 1.15
    period_undated: float = -1.3
    period_mismatch: float = -1.2
    recency: float = 1.0
    duplicate_overlap: float = 0.6


def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def _rank_of(candidates: list[Candidate], key) -> dict[int, int]:
    ordered = sorted((c for c in candidates if key(c) > 0), key=key, reverse=True)
    return {id(c): rank for rank, c in enumerate(ordered, start=1)}


def score(candidates: list[Candidate], info: QueryInfo, weights: Weights) -> None:
    """Set every candidate's score from its features, relative to the other candidates."""
    if not candidates:
        return
    english = info.language == "en"
    top_dense = max(c.dense for c in candidates)
    top_sentence = max(c.sentence for c in candidates)
    top_keyword = max(c.keyword for c in candidates) or 1.0
    dense_rank = _rank_of(candidates, lambda c: c.dense + 2)
    sentence_rank = _rank_of(candidates, lambda c: c.sentence + 2)
    keyword_rank = _rank_of(candidates, lambda c: c.keyword)
    dated = [_days(c.record.published) for c in candidates if c.record.published]
    newest, oldest = (max(dated), min(dated)) if dated else (0, 0)
    w = weights
    for c in candidates:
        s = w.dense * (c.dense - top_dense) * 10 + w.sentence * (c.sentence - top_sentence) * 10
        s += w.dense_rank / dense_rank[id(c)] + w.sentence_rank / sentence_rank[id(c)]
        if english:
            s += w.keyword * c.keyword / top_keyword + w.coverage * c.coverage
            s += w.sentence_coverage * c.sentence_coverage
            if id(c) in keyword_rank:
                s += w.keyword_rank / keyword_rank[id(c)]
        else:
            s += w.name_coverage * c.sentence_coverage
        published = c.record.published
        if info.period is not None:
            if published is None:
                s += w.period_undated
            elif info.period.contains(published):
                s += w.period_match
            else:
                s += w.period_mismatch
        # Undated articles never count as recent.
        if info.wants_latest and published and newest > oldest:
            s += w.recency * (_days(published) - oldest) / (newest - oldest)
        c.score = s


def _shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1))}


def _overlap(a: set, b: set) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def diversify(candidates: list[Candidate], overlap: float = 0.6) -> list[Candidate]:
    """Best first; near-duplicates fold into the first copy; each article once before any twice."""
    ordered = sorted(candidates, key=lambda c: c.score, reverse=True)
    kept: list[tuple[Candidate, set]] = []
    for c in ordered:
        shingles = _shingles(c.record.text)
        twin = next((k for k, s in kept if _overlap(shingles, s) >= overlap), None)
        if twin is not None:
            source = c.record.source
            if source != twin.record.source and source not in twin.also:
                twin.also.append(source)
            continue
        kept.append((c, shingles))
    first, repeats, seen = [], [], set()
    for c, _ in kept:
        (repeats if c.record.article_id in seen else first).append(c)
        seen.add(c.record.article_id)
    return first + repeats
