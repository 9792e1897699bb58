"""Add every other article that states a question's gold phrase verbatim to its gold list.

A wire story syndicated by several outlets, or the same fact in several reports, is a correct
answer wherever it appears. Only phrases of at least MIN_WORDS words found in at most
MAX_ARTICLES articles are spread, so generic phrases ("Moscow") never are. Run it after editing
a question set, then run check_questions.py:

    python tests/eval/expand_gold.py tests/eval/questions.jsonl tests/eval/holdout.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from check_questions import DEFAULT_CORPUS, DEFAULT_SEEDS, load_corpus, normalize

MIN_WORDS = 3
MAX_ARTICLES = 12


def expand(question: dict, texts: dict[str, str]) -> int:
    """Add gold entries to one question in place; return how many were added.

    "latest" questions are left alone: their gold is the newest report, not every report.
    """
    if question["kind"] == "latest":
        return 0
    have = {(g["article"], normalize(g["phrase"])) for g in question["gold"]}
    articles = {g["article"] for g in question["gold"]}
    added = 0
    for gold in list(question["gold"]):
        phrase = normalize(gold["phrase"])
        if len(phrase.split()) < MIN_WORDS:
            continue
        holders = [a for a, text in texts.items() if phrase in text]
        if len(holders) > MAX_ARTICLES:
            continue
        for article in holders:
            if article not in articles and (article, phrase) not in have:
                question["gold"].append({"article": article, "phrase": gold["phrase"]})
                articles.add(article)
                added += 1
    return added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args()
    texts = load_corpus(args.corpus, args.seeds)
    for path in args.files:
        questions = [
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        added = sum(expand(q, texts) for q in questions)
        path.write_text(
            "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8"
        )
        print(f"{path}: {added} gold entries added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
