"""The evaluation harness: recall@k, MRR and abstention over a question set with gold phrases."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import ParleyError
from index.search import Answer, Searcher, open_searcher

ALL = "all"


@dataclass(frozen=True)
class Gold:
    article: str
    phrase: str


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    kind: str
    gold: tuple[Gold, ...]

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


@dataclass(frozen=True)
class Outcome:
    """How one question fared: the rank of the first correct excerpt (None if none)."""

    question: Question
    answered: bool
    rank: int | None
    top: tuple[str, ...]  # "article_id: start of excerpt" of the first results, for the misses list

    @property
    def correct(self) -> bool:
        if self.question.answerable:
            return self.rank is not None
        return not self.answered


@dataclass(frozen=True)
class Metrics:
    """Scores for one kind of question (or all)."""

    questions: int
    answerable: int
    recall_at_1: float | None
    recall_at_5: float | None
    mrr_at_10: float | None
    answered: float | None  # share of answerable questions answered
    declined: float | None  # share of unanswerable questions declined


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def metrics(self, kind: str = ALL) -> Metrics:
        chosen = [o for o in self.outcomes if kind in (ALL, o.question.kind)]
        answerable = [o for o in chosen if o.question.answerable]
        unanswerable = [o for o in chosen if not o.question.answerable]

        def share(items: list[Outcome], test) -> float | None:
            return round(sum(1 for o in items if test(o)) / len(items), 3) if items else None

        mrr = (
            round(sum(1 / o.rank for o in answerable if o.rank and o.rank <= 10) / len(answerable), 3)
            if answerable
            else None
        )
        return Metrics(
            questions=len(chosen),
            answerable=len(answerable),
            recall_at_1=share(answerable, lambda o: o.rank == 1),
            recall_at_5=share(answerable, lambda o: o.rank is not None and o.rank <= 5),
            mrr_at_10=mrr,
            answered=share(answerable, lambda o: o.answered),
            declined=share(unanswerable, lambda o: not o.answered),
        )

    def kinds(self) -> list[str]:
        return sorted({o.question.kind for o in self.outcomes})

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct or (o.question.answerable and (o.rank or 99) > 5)]

    def to_json(self) -> dict:
        return {
            "metrics": {k: self.metrics(k).__dict__ for k in [ALL, *self.kinds()]},
            "misses": [
                {
                    "id": o.question.id,
                    "kind": o.question.kind,
                    "question": o.question.question,
                    "answered": o.answered,
                    "rank": o.rank,
                    "top": list(o.top),
                }
                for o in self.misses()
            ],
        }


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _question(raw: object) -> Question:
    """One question record, checked field by field."""
    if not isinstance(raw, dict):
        raise TypeError("expected a JSON object")
    qid, text, kind = raw["id"], raw["question"], raw.get("kind", "other")
    if not isinstance(text, str) or not text.strip():
        raise TypeError('"question" must be a non-empty string')
    if not isinstance(qid, str | int) or not isinstance(kind, str):
        raise TypeError('"id" must be a string and "kind" a string')
    golds = raw.get("gold", [])
    if not isinstance(golds, list) or not all(
        isinstance(g, dict) and isinstance(g.get("article"), str) and isinstance(g.get("phrase"), str)
        for g in golds
    ):
        raise TypeError('"gold" must be a list of {"article": str, "phrase": str}')
    return Question(str(qid), text, kind, tuple(Gold(g["article"], g["phrase"]) for g in golds))


def load_questions(path: Path) -> list[Question]:
    """Read a question set; a malformed line is an error naming the line."""
    questions = []
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as error:
        raise ParleyError(f"cannot read {path}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise ParleyError(f"{path} is not UTF-8 text") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            questions.append(_question(json.loads(line)))
        except (ValueError, KeyError, TypeError) as error:
            raise ParleyError(f"{path}:{number}: not a question record ({error})") from error
    if not questions:
        raise ParleyError(f"{path} holds no questions")
    return questions


def first_correct_rank(answer: Answer, gold: tuple[Gold, ...]) -> int | None:
    """1-based rank of the first excerpt from a gold article that contains its gold phrase.

    A quote that folded in a near-identical copy from a gold article (a syndicated story, shown with
    "also reported by") is from that article too: the reader is told so, and the phrase must still be
    in the text quoted."""
    for rank, hit in enumerate(answer.hits, start=1):
        excerpt = _normalise(hit.excerpt)
        articles = {hit.article_id, *hit.also_articles}
        if any(g.article in articles and _normalise(g.phrase) in excerpt for g in gold):
            return rank
    return None


def evaluate(searcher: Searcher, questions: list[Question], top_k: int = 10) -> Report:
    report = Report()
    for question in questions:
        answer = searcher.search(question.question, limit=top_k)
        top = tuple(f"{h.article_id}: {h.excerpt[:70]}" for h in answer.hits[:3])
        rank = first_correct_rank(answer, question.gold) if answer.answered else None
        report.outcomes.append(Outcome(question, answer.answered, rank, top))
    return report


def evaluate_file(path: Path, data_dir: Path, top_k: int = 10) -> Report:
    questions = load_questions(path)  # a bad file is reported before the model loads
    return evaluate(open_searcher(data_dir), questions, top_k)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def render_report(report: Report, show_misses: bool = True) -> str:
    header = f"{'kind':<14}{'n':>4}{'R@1':>7}{'R@5':>7}{'MRR@10':>8}{'answered':>10}{'declined':>10}"
    lines = [header, "-" * len(header)]
    for kind in [*report.kinds(), ALL]:
        m = report.metrics(kind)
        lines.append(
            f"{kind:<14}{m.questions:>4}{_fmt(m.recall_at_1):>7}{_fmt(m.recall_at_5):>7}"
            f"{_fmt(m.mrr_at_10):>8}{_fmt(m.answered):>10}{_fmt(m.declined):>10}"
        )
    if show_misses and report.misses():
        lines += ["", "Misses (not in the top 5, wrongly answered, or wrongly declined):"]
        for o in report.misses():
            verdict = "declined" if not o.answered else f"rank {o.rank}" if o.rank else "not found"
            lines.append(f"  [{o.question.kind}] {o.question.id}: {o.question.question} -> {verdict}")
            lines += [f"      {t}" for t in o.top[:2]]
    return "\n".join(lines)
