"""Speed and memory of indexing and answering, per model preset, written to docs/benchmarks.md.

    python bench/speed.py --coverage ../shared/coverage/articles.jsonl [--articles 120] [--queries 40]

Embedding throughput is measured on a sample of the shared coverage (the whole coverage takes tens
of minutes); query latency on a full index when `bench/out/<model>` holds one (`make quality`
builds them), otherwise on the sample index. Medians of repeated runs, all from one run.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from index.build import build_index  # noqa: E402
from index.errors import ParleyError  # noqa: E402
from index.evaluate import load_questions  # noqa: E402
from index.search import Searcher, open_searcher  # noqa: E402


def sample_corpus(coverage: Path, count: int, folder: Path) -> Path:
    """The first `count` articles of the coverage, as a JSONL file in a temporary folder."""
    target = folder / "sample.jsonl"
    with coverage.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= count:
                break
            out.write(line)
    return target


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(model: str, sample: Path, work: Path, questions: list[str], full: Path) -> dict:
    started = time.monotonic()
    from index.embed import load_embedder  # timed: importing torch is part of loading

    embedder = load_embedder(model)
    load_seconds = time.monotonic() - started
    data = work / model
    report = build_index([sample], data, model=model, embedder=embedder)
    throughput = report.newly_embedded / report.seconds
    rebuild = build_index([sample], data, model=model, embedder=embedder)
    try:
        searcher = open_searcher(full, embedder=embedder)
        if searcher.store.manifest.model != model:
            raise ParleyError("full index is for another model")
        where = f"full index ({searcher.store.manifest.passages} passages)"
    except ParleyError:
        searcher = open_searcher(data, embedder=embedder)
        where = f"sample index ({searcher.store.manifest.passages} passages)"
    searcher.search("warm-up question", limit=5)
    without_words = Searcher(
        searcher.store, embedder, dataclasses.replace(searcher.config, max_word_gain=None)
    )
    latencies, encode, plain = [], [], []
    for question in questions:
        tick = time.perf_counter()
        embedder.embed_query(question)
        encode.append(time.perf_counter() - tick)
        # Taking turns at going first, so neither configuration gains from the other's warm caches.
        turns = [(searcher, latencies), (without_words, plain)]
        for which, times in turns if len(encode) % 2 else turns[::-1]:
            tick = time.perf_counter()
            which.search(question, limit=5)
            times.append(time.perf_counter() - tick)
    return {
        "model": model,
        "load_s": load_seconds,
        "passages": report.passages,
        "embedded": report.newly_embedded,
        "build_s": report.seconds,
        "throughput": throughput,
        "rebuild_s": rebuild.seconds,
        "encode_ms": statistics.median(encode) * 1000,
        "search_ms": statistics.median(latencies) * 1000,
        "search_p90_ms": statistics.quantiles(latencies, n=10)[-1] * 1000,
        "plain_ms": statistics.median(plain) * 1000,
        "check_ms": statistics.median(a - b for a, b in zip(latencies, plain, strict=True)) * 1000,
        "where": where,
        "rss_mib": rss_mib(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coverage", type=Path, default=REPO.parent / "shared/coverage/articles.jsonl")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--models", default="e5-small,minilm")
    parser.add_argument("--output", type=Path, default=REPO / "docs/benchmarks.md")
    parser.add_argument("--one", metavar="MODEL", help=argparse.SUPPRESS)  # measure one model, print JSON
    args = parser.parse_args()
    questions = [q.question for q in load_questions(REPO / "tests/eval/questions.jsonl")][: args.queries]
    if args.one:
        with tempfile.TemporaryDirectory() as temporary:
            work = Path(temporary)
            sample = sample_corpus(args.coverage, args.articles, work)
            print(json.dumps(measure(args.one, sample, work, questions, REPO / "bench/out" / args.one)))
        return 0
    rows = []
    for model in args.models.split(","):
        # One process per model, so load time and peak memory are that model's alone.
        done = subprocess.run(
            [sys.executable, __file__, "--one", model, "--coverage", str(args.coverage),
             "--articles", str(args.articles), "--queries", str(args.queries)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr)
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` (bench/speed.py) on {dt.date.today().isoformat()}: 2 cores, "
        f"CPU only. Indexing: the first {args.articles} articles of the shared coverage, from an "
        f"empty cache, then again with a warm cache. Queries: median and 90th percentile of "
        f"`Searcher.search` over {len(questions)} evaluation questions, top 5; `without word check` is the "
        "median of the same searches with the English word check (index/support.py) off, timed in "
        "turn with them (each going first for every other question), and `word check cost` the median "
        "of the per-question differences.",
        "",
        "| model | load (with imports) | passages | index (cold) | texts/s | rebuild (cached) | query encode | search median | search p90 | without word check | word check cost | searched | peak RSS |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r['load_s']:.1f} s | {r['passages']} | {r['build_s']:.1f} s | "
            f"{r['throughput']:.1f} | {r['rebuild_s']:.1f} s | {r['encode_ms']:.0f} ms | "
            f"{r['search_ms']:.0f} ms | {r['search_p90_ms']:.0f} ms | {r['plain_ms']:.0f} ms | "
            f"{r['check_ms']:+.0f} ms | {r['where']} | "
            f"{r['rss_mib']:.0f} MiB |"
        )
    if len(rows) == 2:
        a, b = rows
        lines += [
            "",
            f"{b['model']} indexes {b['throughput'] / a['throughput']:.1f}× as fast as {a['model']}; "
            f"a cached rebuild takes {a['rebuild_s'] / a['build_s']:.1%} of a cold one with {a['model']}. "
            "Texts are passages and their sentences, both embedded; the sample has "
            f"{a['embedded']} of them for {a['passages']} passages.",
        ]
    args.output.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
