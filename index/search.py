"""Retrieval: dense and keyword candidates, fused and re-ranked into quoted hits with a verdict."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from index.embed import Embedder
from index.query import QueryInfo, analyse
from index.store import IndexStore, PassageRecord

EMPTY_QUESTION = "Please ask a question, for example: who led Russia's delegation in Istanbul?"
CANDIDATES = 100


@dataclass(frozen=True)
class Hit:
    """One quoted passage with everything needed to cite it."""

    passage_id: int
    article_id: str
    title: str
    source: str
    published: str | None
    url: str | None
    note: str | None
    excerpt: str
    score: float
    also_reported_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The ranked hits for a question and whether the coverage answers it at all."""

    question: str
    answered: bool
    hits: tuple[Hit, ...] = ()
    message: str | None = None


@dataclass(frozen=True)
class RetrievalConfig:
    """Fusion weights and the abstention rule; tuned per model on the evaluation set."""

    fusion: str = "score"  # or "rrf"
    rrf_k: int = 60
    dense_weight: float = 1.0
    keyword_weight: float = 0.5  # English questions
    keyword_weight_other: float = 0.0  # questions in other languages: the dense ranking carries them
    min_dense_score: float = 0.0  # abstain below this top cosine score
    min_coverage: float = 0.0  # English questions: abstain below this keyword coverage of the top hits
    coverage_depth: int = 5  # how many top hits the coverage looks at
    latest_weight: float = 0.15
    period_weight: float = 0.2
    duplicate_overlap: float = 0.6


CONFIGS: dict[str, RetrievalConfig] = {
    "e5-small": RetrievalConfig(min_dense_score=0.80),
    "minilm": RetrievalConfig(min_dense_score=0.35),
    "fake": RetrievalConfig(min_dense_score=0.2),
}


def config_for(model: str) -> RetrievalConfig:
    return CONFIGS.get(model, RetrievalConfig())


@dataclass
class Candidate:
    """A passage under consideration, with its ranks in each list."""

    record: PassageRecord
    dense_score: float = 0.0
    dense_rank: int | None = None
    keyword_rank: int | None = None
    keyword_score: float = 0.0
    score: float = 0.0
    also: list[str] = field(default_factory=list)


def keyword_coverage(presence: list[tuple[str, int, bool]], passages: int) -> float:
    """IDF-weighted share of the question's words that the top passages contain.

    A word the coverage never uses weighs most: "Hamas" or "armistice" missing from every
    passage is strong evidence that the question is about something else.
    """
    total = covered = 0.0
    for _, frequency, present in presence:
        weight = math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5))
        total += weight
        covered += weight if present else 0.0
    return covered / total if total else 1.0


def _shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1))}


def _overlap(a: set, b: set) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def _minmax(values: list[float]) -> tuple[float, float]:
    low, high = min(values, default=0.0), max(values, default=0.0)
    return low, (high - low) or 1.0


def fuse(candidates: list[Candidate], info: QueryInfo, config: RetrievalConfig) -> None:
    """Set each candidate's score: dense and keyword evidence combined, plus time preferences.

    "score" fusion adds min-max normalised cosine and BM25 scores; "rrf" adds reciprocal ranks.
    """
    keyword_weight = config.keyword_weight if info.language == "en" else config.keyword_weight_other
    dense_low, dense_span = _minmax([c.dense_score for c in candidates if c.dense_rank])
    bm25_low, bm25_span = _minmax([c.keyword_score for c in candidates if c.keyword_rank])
    dated = [c.record.published for c in candidates if c.record.published]
    newest = max((_days(d) for d in dated), default=0)
    oldest = min((_days(d) for d in dated), default=0)
    for c in candidates:
        score = 0.0
        if config.fusion == "rrf":
            if c.dense_rank is not None:
                score += config.dense_weight / (config.rrf_k + c.dense_rank)
            if c.keyword_rank is not None:
                score += keyword_weight / (config.rrf_k + c.keyword_rank)
        else:
            if c.dense_rank is not None:
                score += config.dense_weight * (c.dense_score - dense_low) / dense_span
            if c.keyword_rank is not None:
                score += keyword_weight * (c.keyword_score - bm25_low) / bm25_span
        published = c.record.published
        if info.wants_latest and published and newest > oldest:
            score += config.latest_weight * (_days(published) - oldest) / (newest - oldest)
        if info.period is not None:
            if info.period.contains(published):
                score += config.period_weight
            elif published is None:
                score -= config.period_weight / 2
        c.score = score


def diversify(candidates: list[Candidate], config: RetrievalConfig) -> list[Candidate]:
    """Best first; near-duplicates fold into the first copy; each article once before any twice."""
    ordered = sorted(candidates, key=lambda c: c.score, reverse=True)
    kept: list[tuple[Candidate, set]] = []
    for c in ordered:
        shingles = _shingles(c.record.text)
        twin = next((k for k, s in kept if _overlap(shingles, s) >= config.duplicate_overlap), None)
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


class Searcher:
    """Answers questions from one loaded index with one embedding model."""

    def __init__(self, store: IndexStore, embedder: Embedder, config: RetrievalConfig | None = None):
        self.store = store
        self.embedder = embedder
        self.config = config or config_for(store.manifest.model)

    def search(self, question: str, limit: int = 5) -> Answer:
        """The best `limit` hits for `question`, and whether the coverage answers it."""
        info = analyse(question or "")
        if not info.keywords and len(info.text) < 3:
            return Answer(question=question, answered=False, message=EMPTY_QUESTION)
        dense = self.store.dense_search(self.embedder.embed_query(info.text), CANDIDATES)
        keyword = self.store.keyword_search(info.fts_match, CANDIDATES)
        ids = list(dict.fromkeys([i for i, _ in dense] + [i for i, _ in keyword]))
        records = self.store.passages(ids)
        candidates = {i: Candidate(records[i]) for i in ids if i in records}
        for rank, (i, score) in enumerate(dense, start=1):
            if i in candidates:
                candidates[i].dense_rank, candidates[i].dense_score = rank, score
        for rank, (i, score) in enumerate(keyword, start=1):
            if i in candidates:
                candidates[i].keyword_rank, candidates[i].keyword_score = rank, score
        fuse(list(candidates.values()), info, self.config)
        ranked = diversify(list(candidates.values()), self.config)[: max(0, limit)]
        answered = bool(ranked) and self._answers(info, dense, ranked)
        hits = tuple(
            Hit(
                passage_id=c.record.id,
                article_id=c.record.article_id,
                title=c.record.title,
                source=c.record.source,
                published=c.record.published,
                url=c.record.url,
                note=c.record.note,
                excerpt=c.record.text,
                score=round(c.score, 6),
                also_reported_by=tuple(c.also),
            )
            for c in ranked
        )
        return Answer(question=question, answered=answered, hits=hits if answered else ())

    def _answers(self, info: QueryInfo, dense: list[tuple[int, float]], ranked: list[Candidate]) -> bool:
        """The abstention rule: a close enough passage, and for English the question's words in it."""
        top_dense = dense[0][1] if dense else 0.0
        if top_dense < self.config.min_dense_score:
            return False
        if info.language != "en" or self.config.min_coverage <= 0:
            return True
        top = [c.record.id for c in ranked[: self.config.coverage_depth]]
        presence = [(w, df, bool(ids)) for w, df, ids in self.store.term_hits(info.keywords, top)]
        return keyword_coverage(presence, self.store.manifest.passages) >= self.config.min_coverage

    def context(self, passage_id: int) -> list[PassageRecord]:
        """The quoted passage with the passages either side of it, for a reader who wants more."""
        return self.store.neighbours(passage_id)


def open_searcher(data_dir, model: str | None = None, embedder: Embedder | None = None) -> Searcher:
    """Open the live index in `data_dir` with the model it was built with.

    `model`, when given (e.g. from PARLEY_MODEL), must match the index's, or ModelMismatch is raised.
    """
    from pathlib import Path

    from index.embed import canonical_model_name, load_embedder

    expected = canonical_model_name(model) if model else None
    store = IndexStore.open(Path(data_dir), expected_model=expected)
    return Searcher(store, embedder or load_embedder(store.manifest.model))
