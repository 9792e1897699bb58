"""Fit the re-ranker's weights on the development question set's candidates.

    python bench/fit_weights.py --data bench/out/e5-small                        # pairwise (the shown order)
    python bench/fit_weights.py --data bench/out/e5-small --objective pointwise  # EVIDENCE_WEIGHTS

Two objectives over the same features (index/rank.py, FEATURES):
- pairwise: for each question, its best-scoring answering passage against every candidate that does not
  answer it (a logistic loss on each score difference), with an L2 penalty chosen by repeated 5-fold
  cross-validation over the dev questions (the strength with the best cross-validated MRR@10);
- pointwise: a logistic regression, whether one passage answers, all questions' candidates pooled.

`recency`, `recent_stretch` and `day_match` are held at their designed values (see `Weights`). Prints the weights to
paste into index/rank.py, the cross-validation figures, and R@1 / R@5 / MRR@10 with abstention off on
every set for the shipped and the fitted weights. Only the development set is fitted; the held-out
sets are reported, never used for fitting or for choosing the penalty.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quality import SETS  # noqa: E402  (bench/: the question sets, one table for both scripts)

from index.evaluate import first_correct_rank, load_questions  # noqa: E402
from index.query import QueryInfo, analyse  # noqa: E402
from index.rank import FEATURES, Candidate, Weights, features  # noqa: E402
from index.search import Answer, Hit, _hit, open_searcher  # noqa: E402

FIXED = ("recency", "recent_stretch", "day_match")
FREE = tuple(name for name in FEATURES if name not in FIXED)
COLUMNS = [FEATURES.index(name) for name in FREE]
FIXED_COLUMNS = [FEATURES.index(name) for name in FIXED]


@dataclasses.dataclass
class Item:
    """One answerable question with its candidates, their features and which of them answer it."""

    question: object
    info: QueryInfo
    candidates: list[Candidate]
    x: np.ndarray
    answers: np.ndarray


def _answers(candidate: Candidate, question) -> bool:
    """Whether the passage, quoted alone, answers the question (as `parley eval` judges a quote)."""
    record = candidate.record
    hit = Hit(record.id, record.article_id, "", "", None, None, None, record.text, 0.0)
    return first_correct_rank(Answer("", True, (hit,)), question.gold) == 1


def gather(searcher, questions) -> list[Item]:
    items = []
    for question in (q for q in questions if q.gold):
        info = analyse(question.question)
        candidates = searcher.candidates(info)
        answers = np.array([_answers(c, question) for c in candidates])
        items.append(Item(question, info, candidates, features(candidates, info), answers))
    return items


def ranks(items: list[Item], weights: Weights, searcher) -> list[int | None]:
    """The rank of each question's first correct quote in the first ten, ordered by `weights` as a
    search orders them (over the features already made)."""
    found = []
    for item in items:
        quotes = searcher._ranked(item.candidates, item.info, weights, [], 10, item.x)
        answer = Answer(item.question.question, True, tuple(_hit(c) for c in quotes[:10]))
        found.append(first_correct_rank(answer, item.question.gold))
    return found


def figures(found: list[int | None]) -> tuple[float, float, float]:
    n = max(1, len(found))
    return (
        sum(r == 1 for r in found) / n,
        sum(bool(r and r <= 5) for r in found) / n,
        sum(1 / r for r in found if r) / n,
    )


def fit_pairwise(items: list[Item], l2: float, start: np.ndarray, fixed: np.ndarray) -> np.ndarray:
    from scipy.optimize import minimize

    pairs = [
        (item.x[item.answers], item.x[~item.answers])
        for item in items
        if item.answers.any() and not item.answers.all()
    ]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for good, bad in pairs:
            good_scores = good[:, COLUMNS] @ w + good[:, FIXED_COLUMNS] @ fixed
            best = good[int(np.argmax(good_scores))]
            margin = good_scores.max() - (bad[:, COLUMNS] @ w + bad[:, FIXED_COLUMNS] @ fixed)
            total += np.logaddexp(0.0, -margin).mean()
            slope = -1.0 / (1.0 + np.exp(margin))
            grad += (slope[:, None] * (best[COLUMNS][None, :] - bad[:, COLUMNS])).mean(axis=0)
        return (total + l2 * w @ w) / len(pairs), (grad + 2 * l2 * w) / len(pairs)

    return minimize(loss, start, jac=True, method="L-BFGS-B").x


def fit_pointwise(items: list[Item], c: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([item.x for item in items])[:, COLUMNS]
    y = np.concatenate([item.answers for item in items]).astype(int)
    return LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y).coef_[0]


def as_weights(values: np.ndarray, base: Weights, decimals: int) -> Weights:
    return dataclasses.replace(
        base, **{n: round(float(v), decimals) for n, v in zip(FREE, values, strict=True)}
    )


def _free_and_fixed(base: Weights) -> tuple[np.ndarray, np.ndarray]:
    """The weights a fit starts from, and those it holds (FIXED)."""
    return np.array([getattr(base, n) for n in FREE]), np.array([getattr(base, n) for n in FIXED])


def cross_validated(items: list[Item], l2: float, base: Weights, searcher, repeats: int) -> tuple:
    start, fixed = _free_and_fixed(base)
    found: list[int | None] = []
    for seed in range(repeats):
        order = np.random.default_rng(seed).permutation(len(items))
        for fold in np.array_split(order, 5):
            held = set(fold.tolist())
            train = [items[i] for i in order if i not in held]
            weights = as_weights(fit_pairwise(train, l2, start, fixed), base, 6)
            found += ranks([items[i] for i in fold], weights, searcher)
    return figures(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO / "bench/out/e5-small"))
    parser.add_argument("--objective", choices=("pairwise", "pointwise"), default="pairwise")
    parser.add_argument(
        "--l2", type=float, nargs="+", default=[0.3, 1.0, 3.0, 10.0], help="pairwise penalties"
    )
    parser.add_argument("--c", type=float, default=1.0, help="pointwise: inverse regularisation strength")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of the 5-fold cross-validation")
    parser.add_argument(
        "--fit-on", nargs="+", choices=tuple(SETS), default=["dev"], help="the sets fitted (default: dev)"
    )
    args = parser.parse_args()
    searcher = open_searcher(args.data)
    shipped = searcher.config.weights
    sets = {name: gather(searcher, load_questions(path)) for name, path in SETS.items()}
    dev = [item for name in args.fit_on for item in sets[name]]
    if args.objective == "pointwise":
        fitted = as_weights(fit_pointwise(dev, args.c), shipped, 2)
    else:
        chosen = None
        for l2 in args.l2:
            r1, r5, mrr = cross_validated(dev, l2, shipped, searcher, args.repeats)
            print(f"l2 {l2:<6} dev cross-validated R@1 {r1:.3f} R@5 {r5:.3f} MRR@10 {mrr:.3f}")
            if chosen is None or mrr > chosen[1]:
                chosen = (l2, mrr)
        start, fixed = _free_and_fixed(shipped)
        print(f"chosen l2 {chosen[0]}")
        fitted = as_weights(fit_pairwise(dev, chosen[0], start, fixed), shipped, 3)
    print("Weights(" + ", ".join(f"{n}={getattr(fitted, n)}" for n in FREE) + ")")
    for name, items in sets.items():
        for label, weights in (("shipped", shipped), ("fitted", fitted)):
            r1, r5, mrr = figures(ranks(items, weights, searcher))
            print(f"{name:8s} {label:8s} R@1 {r1:.3f} R@5 {r5:.3f} MRR@10 {mrr:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
