"""Check the Parley evaluation questions against the coverage corpus.

Every gold phrase must occur (case- and whitespace-insensitively) in its gold article.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_QUESTIONS = HERE / "questions.jsonl"
DEFAULT_CORPUS = REPO / ".." / "shared" / "coverage" / "articles.jsonl"
DEFAULT_SEEDS = REPO / ".." / "shared" / "seeds"

KINDS = ("fact", "paraphrase", "why", "uk", "ru", "latest", "unanswerable")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MAX_PHRASE_WORDS = 12  # keep quotations from copyrighted articles short


def normalize(text: str) -> str:
    """Lower-case and collapse runs of whitespace."""
    return re.sub(r"\s+", " ", text).strip().lower()


def load_corpus(corpus: Path, seeds: Path) -> dict[str, str]:
    """Map article id to normalized text, for the corpus and the seed .txt files."""
    texts: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                article = json.loads(line)
                texts[article["id"]] = normalize(article["text"])
    for path in sorted(seeds.glob("*.txt")):
        texts[path.stem] = normalize(path.read_text(encoding="utf-8"))
    return texts


def check_question(q: object, texts: dict[str, str]) -> list[str]:
    """Return the problems found in one parsed question."""
    if not isinstance(q, dict):
        return ["not a JSON object"]
    fields = ("id", "question", "kind")
    errors = [f"missing {k!r}" for k in fields if not isinstance(q.get(k), str)]
    if errors:
        return errors
    kind, gold = q["kind"], q.get("gold")
    if kind not in KINDS:
        errors.append(f"unknown kind {kind!r}")
    if kind in ("uk", "ru") and not CYRILLIC.search(q["question"]):
        errors.append(f"{kind} question has no Cyrillic")
    if not isinstance(gold, list):
        return [*errors, "gold is not a list"]
    if (kind == "unanswerable") != (not gold):
        errors.append("gold must be empty exactly for unanswerable questions")
    for entry in gold:
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("article", "phrase")
        ):
            errors.append(f"malformed gold entry {entry!r}")
            continue
        article, phrase = entry["article"], normalize(entry["phrase"])
        if article not in texts:
            errors.append(f"unknown article {article!r}")
        elif not phrase or phrase not in texts[article]:
            errors.append(f"phrase {entry['phrase']!r} not in {article}")
        if len(phrase.split()) > MAX_PHRASE_WORDS:
            errors.append(f"phrase longer than {MAX_PHRASE_WORDS} words: {entry['phrase']!r}")
    return errors


def main(argv: list[str] | None = None) -> int:
    """Validate the question file; print a summary by kind; return 1 on any error."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args(argv)

    texts = load_corpus(args.corpus, args.seeds)
    errors: list[str] = []
    ids: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    gold_entries = 0
    with args.questions.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON ({exc})")
                continue
            errors += [f"line {n}: {e}" for e in check_question(q, texts)]
            if isinstance(q, dict):
                ids[str(q.get("id"))] += 1
                kinds[str(q.get("kind"))] += 1
                gold_entries += len(q.get("gold") or [])
    errors += [f"duplicate id {i!r} ({c} times)" for i, c in ids.items() if c > 1]

    for kind in (*KINDS, *sorted(set(kinds) - set(KINDS))):
        print(f"{kind:<13} {kinds[kind]:>4}")
    total = sum(kinds.values())
    print(f"{'total':<13} {total:>4}  ({gold_entries} gold entries, {len(texts)} texts)")
    for e in errors:
        print(f"ERROR {e}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
