"""The offline indexer: corpus -> passages -> cached embeddings -> a new build swapped in atomically."""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np
from sqlite_utils.db import Database

from index.chunk import chunk_article, clean_excerpt, split_sentences
from index.corpus import Article, LoadResult, Problem, load_corpus
from index.embed import Embedder, load_embedder
from index.errors import BuildInProgress, CorpusError
from index.store import (
    DB_NAME,
    FORMAT_VERSION,
    SENTENCES_NAME,
    TITLES_NAME,
    VECTORS_NAME,
    Manifest,
    index_migrations,
    open_cache,
    write_current,
)
from index.terms import tokens

EMBED_BATCH = 16
KEEP_BUILDS = 2  # the live build and the one before it, which a running bot may still be reading


@dataclass(frozen=True)
class BuildProgress:
    """Where a build is: `phase` is loading, embedding, writing or done."""

    phase: str
    done: int = 0
    total: int = 0
    elapsed: float = 0.0


@dataclass(frozen=True)
class BuildReport:
    """What a finished build did."""

    folder: Path
    model: str
    articles: int
    passages: int
    newly_embedded: int
    reused: int
    seconds: float
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


ProgressFn = Callable[[BuildProgress], None]


MIN_SENTENCE_WORDS = 3


@dataclass(frozen=True)
class _Row:
    article: Article
    position: int
    start: int
    end: int
    text: str
    hash: str
    sentences: tuple[tuple[str, str], ...]  # (hash, text) of each sentence worth embedding


def _sentences(article: Article, start: int, end: int) -> tuple[tuple[str, str], ...]:
    texts = [clean_excerpt(article.text[a:b]) for a, b in split_sentences(article.text, start, end)]
    kept = [t for t in texts if len(t.split()) >= MIN_SENTENCE_WORDS]
    return tuple((passage_hash(t), t) for t in kept)


@contextmanager
def build_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's build lock, or raise BuildInProgress at once."""
    handle = (data_dir / "build.lock").open("w")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildInProgress(f"another build is running in {data_dir}; wait for it to finish") from None
        yield
    finally:
        handle.close()


def passage_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_text(article: Article) -> str:
    """What is embedded for an article's headline."""
    return article.title or article.id


def title_hash(article: Article) -> str:
    return passage_hash(title_text(article))


def corpus_fingerprint(articles: Iterable[Article]) -> str:
    """A digest of every article's metadata and text, independent of input order."""
    digest = hashlib.sha256()
    for article in sorted(articles, key=lambda a: a.id):
        for value in (
            article.id,
            article.title,
            article.source,
            article.published,
            article.url,
            article.note,
            article.language,
            article.text,
        ):
            digest.update((value or "").encode("utf-8") + b"\x00")
    return digest.hexdigest()[:16]


def _chunk(result: LoadResult) -> tuple[list[Article], list[_Row]]:
    articles, rows = [], []
    for article in result.articles:
        passages = chunk_article(article.text)
        if not passages:
            result.problems.append(Problem(article.origin, f"article {article.id!r} has no quotable passage"))
            continue
        articles.append(article)
        rows.extend(
            _Row(
                article,
                p.position,
                p.start,
                p.end,
                p.text,
                passage_hash(p.text),
                _sentences(article, p.start, p.end) or ((passage_hash(p.text), p.text),),
            )
            for p in passages
        )
    return articles, rows


def _cached_vectors(cache: Database, model: str, hashes: list[str]) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    for offset in range(0, len(hashes), 500):
        chunk = hashes[offset : offset + 500]
        marks = ",".join("?" * len(chunk))
        for key, blob in cache.execute(
            f"select hash, vector from embeddings where model = ? and hash in ({marks})", [model, *chunk]
        ):
            found[key] = np.frombuffer(blob, dtype=np.float32)
    return found


def _embed_missing(
    embedder: Embedder, cache: Database, texts: dict[str, str], report: Callable[[int], None]
) -> dict[str, np.ndarray]:
    """Embed texts by hash, committing each batch to the cache so a killed build resumes."""
    vectors: dict[str, np.ndarray] = {}
    # Shortest first: a batch is padded to its longest text, so a passage batched with its own sentences
    # would make each of them cost as much as the passage.
    keys = sorted(texts, key=lambda k: len(texts[k]))
    for offset in range(0, len(keys), EMBED_BATCH):
        batch = keys[offset : offset + EMBED_BATCH]
        matrix = embedder.embed_documents([texts[k] for k in batch], batch_size=EMBED_BATCH)
        with cache.conn:
            cache["embeddings"].insert_all(
                (
                    {
                        "model": embedder.name,
                        "hash": k,
                        "dimension": embedder.dimension,
                        "vector": matrix[i].astype(np.float32).tobytes(),
                    }
                    for i, k in enumerate(batch)
                ),
                replace=True,
            )
        vectors.update(zip(batch, matrix, strict=True))
        report(len(batch))
    return vectors


def _write_build(
    folder: Path,
    articles: list[Article],
    rows: list[_Row],
    vectors: dict[str, np.ndarray],
    manifest: Manifest,
) -> None:
    db = Database(folder / DB_NAME)
    index_migrations.apply(db)
    with db.conn:
        db["articles"].insert_all(
            {
                "title_row": row,
                "id": a.id,
                "title": a.title,
                "source": a.source,
                "published": a.published,
                "url": a.url,
                "note": a.note,
                "language": a.language,
                "text": a.text,
                "origin": a.origin,
            }
            for row, a in enumerate(articles)
        )
        db["passages"].insert_all(
            {
                "id": i,
                "article_id": r.article.id,
                "position": r.position,
                "start": r.start,
                "end": r.end,
                "words": len(r.text.split()),
                "text": r.text,
                "hash": r.hash,
            }
            for i, r in enumerate(rows)
        )
        db["sentences"].insert_all(
            {"id": n, "passage_id": i, "hash": h}
            for n, (i, h) in enumerate((i, h) for i, r in enumerate(rows) for h, _ in r.sentences)
        )
        frequencies: Counter[str] = Counter()
        for r in rows:
            frequencies.update(tokens(r.text))
        db["terms"].insert_all({"term": t, "passages": n} for t, n in frequencies.items())
        db["manifest"].insert_all(
            ({"key": k, "value": str(v)} for k, v in manifest.__dict__.items()), replace=True
        )
    db["passages"].populate_fts(["text"])
    db.execute("PRAGMA optimize")
    db.close()
    passages = faiss.IndexIDMap(faiss.IndexFlatIP(manifest.dimension))
    passages.add_with_ids(_matrix(vectors, [r.hash for r in rows]), np.arange(len(rows), dtype=np.int64))
    faiss.write_index(passages, str(folder / VECTORS_NAME))
    titles = faiss.IndexFlatIP(manifest.dimension)  # row n is the title of the article with title_row n
    titles.add(_matrix(vectors, [title_hash(a) for a in articles]))
    faiss.write_index(titles, str(folder / TITLES_NAME))
    sentences = faiss.IndexFlatIP(manifest.dimension)  # row n is sentence id n
    sentences.add(_matrix(vectors, [h for r in rows for h, _ in r.sentences]))
    faiss.write_index(sentences, str(folder / SENTENCES_NAME))
    manifest.write(folder)
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())


def _matrix(vectors: dict[str, np.ndarray], hashes: list[str]) -> np.ndarray:
    return np.ascontiguousarray(np.stack([vectors[h] for h in hashes]), dtype=np.float32)


def _tidy(data_dir: Path, live: Path) -> None:
    """Drop unfinished builds and all but the newest KEEP_BUILDS finished ones."""
    builds = data_dir / "builds"
    finished = sorted(p for p in builds.iterdir() if p.is_dir() and not p.name.endswith(".partial"))
    for path in builds.iterdir():
        if path.name.endswith(".partial") or (path in finished[:-KEEP_BUILDS] and path != live):
            shutil.rmtree(path, ignore_errors=True)


def build_index(
    sources: list[Path],
    data_dir: Path,
    model: str | None = None,
    *,
    strict: bool = False,
    progress: ProgressFn | None = None,
    embedder: Embedder | None = None,
) -> BuildReport:
    """Index `sources` into a new build under `data_dir` and make it live.

    Bad records are reported and skipped (fatal with `strict`); until the final swap the
    previous build keeps serving, whatever happens to this one.
    """
    started = time.monotonic()

    def tell(phase: str, done: int = 0, total: int = 0) -> None:
        if progress:
            progress(BuildProgress(phase, done, total, time.monotonic() - started))

    missing = [str(p) for p in sources if not Path(p).exists()]
    if missing:  # a mistyped path must not quietly shrink the live index
        raise CorpusError(f"no such file or folder: {', '.join(missing)} (check --corpus or PARLEY_CORPUS)")
    data_dir = Path(data_dir)
    (data_dir / "builds").mkdir(parents=True, exist_ok=True)
    with build_lock(data_dir):
        tell("loading")
        loaded = load_corpus(sources)
        articles, rows = _chunk(loaded)
        if strict and loaded.problems:
            count = len(loaded.problems)
            listed = "; ".join(str(p) for p in loaded.problems[:5]) + (
                f"; and {count - 5} more" if count > 5 else ""
            )
            raise CorpusError(f"{count} input problem(s) under --strict (none is skipped): {listed}")
        if not rows:
            listed = "; ".join(str(p) for p in loaded.problems[:5]) or "no articles found"
            raise CorpusError(f"nothing to index in {', '.join(map(str, sources))}: {listed}")

        embedder = embedder or load_embedder(model)
        cache = open_cache(data_dir)
        texts = {r.hash: r.text for r in rows}
        texts.update((h, t) for r in rows for h, t in r.sentences)
        texts.update((title_hash(a), title_text(a)) for a in articles)
        vectors = _cached_vectors(cache, embedder.name, list(texts))
        missing = {h: t for h, t in texts.items() if h not in vectors}
        done = 0

        def embedded(count: int) -> None:
            nonlocal done
            done += count
            tell("embedding", done, len(missing))

        try:
            tell("embedding", 0, len(missing))
            vectors.update(_embed_missing(embedder, cache, missing, embedded))
        finally:  # what was embedded stays cached, so a stopped build resumes from it
            cache.close()

        tell("writing", len(rows), len(rows))
        dates = sorted(a.published for a in articles if a.published)
        stamp = dt.datetime.now(dt.UTC)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=embedder.name,
            dimension=int(next(iter(vectors.values())).shape[-1]),
            articles=len(articles),
            passages=len(rows),
            sources=len({a.source for a in articles}),
            corpus_fingerprint=corpus_fingerprint(articles),
            built_at=stamp.isoformat(timespec="seconds"),
            build_seconds=round(time.monotonic() - started, 1),
            first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None,
            sentences=sum(len(r.sentences) for r in rows),
        )
        name = stamp.strftime("%Y%m%dT%H%M%S%fZ")
        partial = data_dir / "builds" / f"{name}.partial"
        partial.mkdir()
        _write_build(partial, articles, rows, vectors, manifest)
        final = partial.with_name(name)
        partial.rename(final)
        write_current(data_dir, final)
        _tidy(data_dir, final)
        tell("done", len(rows), len(rows))
        return BuildReport(
            folder=final,
            model=embedder.name,
            articles=len(articles),
            passages=len(rows),
            newly_embedded=len(missing),
            reused=len(texts) - len(missing),
            seconds=time.monotonic() - started,
            problems=loaded.problems,
        )
