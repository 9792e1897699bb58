"""Run the probe questions of bench/probes/ and count how many are answered or declined as expected.

Probes are questions written while trying ideas, outside the evaluation sets: they have no gold
passages, only whether the coverage answers them ('+'), does not ('-'), or turned out to cover them in
part ('?'). They guard an abstention rule against declining what the coverage does answer.

    python bench/probes.py --data bench/out/e5-small [FILE ...]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index.search import open_searcher

PROBES = Path(__file__).resolve().parent / "probes"
EXPECTED = {"+": True, "-": False, "?": None}  # answered?


@dataclass(frozen=True)
class Probe:
    question: str
    expect_answer: bool | None


def read_probes(path: Path) -> list[Probe]:
    """The probes of one file: '+ question', '- question' or '? question'; '#' starts a comment."""
    probes = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        mark, _, question = line.partition(" ")
        if mark not in EXPECTED or not question.strip():
            raise SystemExit(f"{path}:{number}: expected '+', '-' or '?' and a question")
        probes.append(Probe(question.strip(), EXPECTED[mark]))
    return probes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: all of bench/probes)")
    parser.add_argument("--data", type=Path, default=Path("data"), help="index folder")
    args = parser.parse_args()
    searcher = open_searcher(args.data)
    for path in args.files or sorted(PROBES.glob("*.txt")):
        probes = read_probes(path)
        answered = {p.question: searcher.search(p.question).answered for p in probes}
        print(f"\n{path.name}")
        for p in probes:
            if p.expect_answer is not None and answered[p.question] != p.expect_answer:
                print(f"  {'wrongly declined' if p.expect_answer else 'wrongly answered'}: {p.question}")
        for mark, expect in EXPECTED.items():
            chosen = [p for p in probes if p.expect_answer is expect]
            if chosen:
                hits = sum(answered[p.question] for p in chosen)
                print(f"  '{mark}': {hits} of {len(chosen)} answered")


if __name__ == "__main__":
    main()
