"""`parley`: a thin command-line shell over the core (build, ask, stats, eval, bot)."""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from index.environment import dotenv_file
from index.errors import ParleyError

DEFAULT_DATA = "data"
DEFAULT_CORPUS = "corpus"
PHASES = {"loading": "Reading and splitting the corpus…", "writing": "Writing the index…"}
PROMPT = "Ask about the peace-talk coverage (empty line or Ctrl-D to quit)."


@functools.cache
def _dotenv() -> dict[str, str]:
    """The values of ./.env, which `parley bot` reads too (the environment wins over it)."""
    return dotenv_file(".env")


def _env(name: str, default: str | None = None) -> str | None:
    """A setting: the environment (even when set empty), else .env, else `default`."""
    value = os.environ[name] if name in os.environ else _dotenv().get(name, "")
    return value.strip() or default


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data or _env("PARLEY_DATA", DEFAULT_DATA))


def _corpus_paths(args: argparse.Namespace) -> list[Path]:
    if args.corpus:
        return [Path(p) for p in args.corpus]
    configured = _env("PARLEY_CORPUS", DEFAULT_CORPUS) or DEFAULT_CORPUS
    return [Path(p) for p in configured.split(os.pathsep) if p]


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from index.build import BuildProgress, build_index

    bar: tqdm | None = None
    show = not args.quiet

    def progress(step: BuildProgress) -> None:
        nonlocal bar
        if not show:
            return
        if step.phase == "embedding" and bar is None:
            bar = tqdm(total=step.total, desc="embedding", unit="text", file=sys.stderr)
        if step.phase == "embedding" and bar is not None:
            bar.update(step.done - bar.n)
        elif step.phase in PHASES:
            if bar is not None:
                bar.close()
            print(PHASES[step.phase], file=sys.stderr)

    model = args.model or _env("PARLEY_MODEL")
    try:
        report = build_index(
            _corpus_paths(args), _data_dir(args), model, strict=args.strict, progress=progress
        )
    finally:
        if bar is not None:
            bar.close()
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
    skipped = report.skipped
    print(
        f"Indexed {report.articles} articles into {report.passages} passages with {report.model} "
        f"in {report.seconds:.1f} s ({report.newly_embedded} passages and sentences newly embedded, "
        f"{report.reused} from cache)."
    )
    if skipped:
        print(f"Skipped {len(skipped)} input record(s); reasons above.")
    print(f"Index: {report.folder}")
    return 0


def _questions(args: argparse.Namespace) -> Iterator[str]:
    if args.file:
        try:
            with open(args.file, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        yield line.strip()
        except OSError as error:
            raise ParleyError(f"cannot read {args.file}: {error.strerror}") from error
        except UnicodeDecodeError as error:
            raise ParleyError(f"{args.file} is not UTF-8 text") from error
    if args.question:
        yield " ".join(args.question)
    elif not args.file and not sys.stdin.isatty():
        for line in sys.stdin:
            if line.strip():
                yield line.strip()


def cmd_ask(args: argparse.Namespace) -> int:
    from index.render import answer_to_json, render_text
    from index.search import open_searcher

    if args.top_k < 1:
        raise ParleyError("--top-k must be at least 1")
    if args.file and not os.path.exists(args.file):  # before the model loads; pipes are fine
        raise ParleyError(f"cannot read {args.file}: no such file")
    searcher = open_searcher(_data_dir(args), _env("PARLEY_MODEL"))
    interactive = not args.question and not args.file and sys.stdin.isatty()
    if interactive:
        return _interactive(searcher, args.top_k, args.json)
    batch = bool(args.file) or not args.question  # several questions: say which answer is which
    for question in _questions(args):
        answer = searcher.search(question, limit=args.top_k)
        if args.json:
            print(json.dumps(answer_to_json(answer), ensure_ascii=False), flush=True)
        else:
            heading = f"? {answer.question}\n\n" if batch else ""
            print(heading + render_text(answer), end="\n\n", flush=True)
    return 0


def _interactive(searcher, top_k: int, as_json: bool = False) -> int:
    from index.render import answer_to_json, render_text

    print(PROMPT)
    while True:
        try:
            question = input("? ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        answer = searcher.search(question, limit=top_k)
        if as_json:
            print(json.dumps(answer_to_json(answer), ensure_ascii=False), flush=True)
        else:
            print(render_text(answer), end="\n\n")


def cmd_stats(args: argparse.Namespace) -> int:
    from index.stats import index_stats, render_stats

    stats = index_stats(_data_dir(args))
    print(json.dumps(stats.to_json(), ensure_ascii=False) if args.json else render_stats(stats))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from index.evaluate import evaluate_file, render_report

    if args.top_k < 1:
        raise ParleyError("--top-k must be at least 1")
    report = evaluate_file(Path(args.questions), _data_dir(args), top_k=args.top_k)
    print(json.dumps(report.to_json(), ensure_ascii=False) if args.json else render_report(report))
    return 0


def cmd_bot(args: argparse.Namespace) -> int:
    from bot.app import run

    return run(data_dir=args.data, corpus=args.corpus)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="parley",
        description="Answer questions about peace-talk coverage with verbatim quoted excerpts.",
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    data_help = f"index folder (default: $PARLEY_DATA or {DEFAULT_DATA}/)"

    build = sub.add_parser("build", help="index a corpus", description="Split, embed and index articles.")
    build.add_argument(
        "--corpus", action="append", metavar="PATH",
        help=f"folder or .jsonl file; repeatable (default: $PARLEY_CORPUS or {DEFAULT_CORPUS}/)",
    )  # fmt: skip
    build.add_argument("--data", metavar="DIR", help=data_help)
    build.add_argument("--model", metavar="NAME", help="e5-small (default), minilm, or any model")
    build.add_argument("--strict", action="store_true", help="fail on any bad input record")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.set_defaults(func=cmd_build)

    ask = sub.add_parser("ask", help="answer questions", description="Answer questions from the index.")
    ask.add_argument("question", nargs="*", metavar="QUESTION", help="the question (words are joined)")
    ask.add_argument("--data", metavar="DIR", help=data_help)
    ask.add_argument("--top-k", type=int, default=5, metavar="N", help="results per question (default 5)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question, one per line")
    ask.add_argument("--file", metavar="FILE", help="read one question per line")
    ask.set_defaults(func=cmd_ask)

    stats = sub.add_parser("stats", help="describe the index")
    stats.add_argument("--data", metavar="DIR", help=data_help)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=cmd_stats)

    evaluate = sub.add_parser("eval", help="measure retrieval on a question set")
    evaluate.add_argument(
        "questions",
        metavar="QUESTIONS.jsonl",
        help='one JSON object a line: {"id", "question", "kind", "gold": [{"article", "phrase"}]}; '
        "gold [] marks a question the coverage cannot answer",
    )
    evaluate.add_argument("--data", metavar="DIR", help=data_help)
    evaluate.add_argument(
        "--top-k", type=int, default=10, metavar="N", help="results per question (default 10)"
    )
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.set_defaults(func=cmd_eval)

    bot = sub.add_parser("bot", help="run the Telegram bot")
    bot.add_argument("--data", metavar="DIR", help=data_help)
    bot.add_argument("--corpus", action="append", metavar="PATH", help="corpus for /reindex")
    bot.set_defaults(func=cmd_bot)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except ParleyError as error:
        print(f"parley: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("parley: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # e.g. --data names a file, or a folder that cannot be created
        where = f": {error.filename}" if error.filename else ""
        print(f"parley: {error.strerror or error}{where}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
