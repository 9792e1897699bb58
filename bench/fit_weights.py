"""Fit the re-ranker's weights: logistic regression over candidate features of the dev set.

    python bench/fit_weights.py --data bench/out/e5-small

Prints a `Weights(...)` to paste into index/rank.py, and recall on both sets with those weights.
Only the development set is fitted; the held-out set is reported, never used for fitting.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from index.evaluate import ALL, evaluate, first_correct_rank, load_questions  # noqa: E402
from index.query import analyse  # noqa: E402
from index.rank import FEATURES, Weights, features  # noqa: E402
from index.search import Answer, Hit, Searcher, open_searcher  # noqa: E402


def labelled(searcher: Searcher, questions) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, 1/0 labels (the passage answers), and the question each row belongs to."""
    rows, labels, groups = [], [], []
    for number, question in enumerate(q for q in questions if q.gold):
        info = analyse(question.question)
        candidates = searcher.candidates(info)
        rows.append(features(candidates, info))
        for c in candidates:
            hit = Hit(c.record.id, c.record.article_id, "", "", None, None, None, c.record.text, 0.0)
            labels.append(first_correct_rank(Answer("", True, (hit,)), question.gold) == 1)
            groups.append(number)
    return np.vstack(rows), np.array(labels, dtype=int), np.array(groups)


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO / "bench/out/e5-small"))
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args()
    searcher = open_searcher(args.data)
    dev = load_questions(REPO / "tests/eval/questions.jsonl")
    holdout = load_questions(REPO / "tests/eval/holdout.jsonl")
    x, y, _ = labelled(searcher, dev)
    model = LogisticRegression(C=args.c, class_weight="balanced", max_iter=5000).fit(x, y)
    fitted = {name: round(float(v), 2) for name, v in zip(FEATURES, model.coef_[0], strict=True)}
    weights = dataclasses.replace(Weights(), **fitted)
    print(f"Weights({', '.join(f'{k}={v}' for k, v in fitted.items())})")
    for name, questions in (("dev", dev), ("holdout", holdout)):
        for label, chosen in (("shipped", searcher.config.weights), ("fitted", weights)):
            config = dataclasses.replace(
                searcher.config, weights=chosen, min_dense=-1, min_dense_other=-1, max_missing_name=99
            )
            m = evaluate(Searcher(searcher.store, searcher.embedder, config), questions).metrics(ALL)
            print(
                f"{name:8s} {label:8s} R@1 {m.recall_at_1:.2f} R@5 {m.recall_at_5:.2f} MRR@10 {m.mrr_at_10:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
