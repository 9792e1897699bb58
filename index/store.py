"""The on-disk index: SQLite for text and metadata, FAISS for vectors, a manifest that describes both.

Layout of a data folder::

    CURRENT                 name of the live build folder (replaced atomically)
    builds/<name>/          parley.db, vectors.faiss, sentences.faiss, titles.faiss, manifest.json
    cache.db                embedding cache by (model, passage hash), shared by builds
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from functools import cached_property
from pathlib import Path

import faiss
import numpy as np
import sqlite_utils
from sqlite_utils.db import Database

from index.errors import IndexCorrupt, IndexNotBuilt, ModelMismatch

FORMAT_VERSION = 3
DB_NAME = "parley.db"
VECTORS_NAME = "vectors.faiss"
SENTENCES_NAME = "sentences.faiss"
TITLES_NAME = "titles.faiss"
MANIFEST_NAME = "manifest.json"
CURRENT_NAME = "CURRENT"
CACHE_NAME = "cache.db"

index_migrations = sqlite_utils.Migrations("parley-index")
cache_migrations = sqlite_utils.Migrations("parley-cache")


@index_migrations()
def m001_articles_passages(db: Database) -> None:
    db["articles"].create(
        {
            "id": str, "title": str, "source": str, "published": str, "url": str,
            "note": str, "language": str, "text": str, "origin": str,
        },
        pk="id",
    )  # fmt: skip
    db["passages"].create(
        {
            "id": int, "article_id": str, "position": int, "start": int, "end": int,
            "words": int, "text": str, "hash": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )  # fmt: skip
    db["passages"].create_index(["article_id", "position"], unique=True)
    db["manifest"].create({"key": str, "value": str}, pk="key")


@index_migrations()
def m002_passages_fts(db: Database) -> None:
    db["passages"].enable_fts(["text"], fts_version="FTS5", tokenize="porter unicode61 remove_diacritics 2")


@index_migrations()
def m003_sentences_terms(db: Database) -> None:
    db["sentences"].create({"id": int, "passage_id": int, "hash": str}, pk="id")
    db["terms"].create({"term": str, "passages": int}, pk="term")


@index_migrations()
def m004_title_rows(db: Database) -> None:
    db["articles"].add_column("title_row", int)


@cache_migrations()
def m001_embeddings(db: Database) -> None:
    db["embeddings"].create(
        {"model": str, "hash": str, "dimension": int, "vector": bytes}, pk=("model", "hash")
    )


@dataclass(frozen=True)
class Manifest:
    """What an index folder holds, checked every time it is opened."""

    format_version: int
    model: str
    dimension: int
    articles: int
    passages: int
    sources: int
    corpus_fingerprint: str
    built_at: str
    build_seconds: float
    first_published: str | None = None
    last_published: str | None = None
    sentences: int = 0

    def write(self, folder: Path) -> None:
        (folder / MANIFEST_NAME).write_text(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        try:
            raw = json.loads((folder / MANIFEST_NAME).read_text())
            if not isinstance(raw, dict):
                raise TypeError("not a JSON object")
            known = {f.name for f in fields(cls)}
            return cls(**{k: v for k, v in raw.items() if k in known})
        except (OSError, ValueError, TypeError) as error:
            raise IndexCorrupt(
                f"the index manifest in {folder} is unreadable ({error}): {rebuild_hint(folder.parent.parent)}"
            ) from error


@dataclass(frozen=True)
class PassageRecord:
    """A stored passage joined with its article's metadata."""

    id: int
    article_id: str
    position: int
    start: int
    end: int
    text: str
    title: str
    source: str
    published: str | None
    url: str | None
    note: str | None
    language: str


def _fts_phrase(word: str) -> str:
    """A word as an FTS5 phrase, its own double quotes blanked, so no word is read as query syntax."""
    return '"' + word.replace('"', " ") + '"'


def rebuild_hint(data_dir: Path) -> str:
    return f"run `parley build --data {data_dir}` to build it"


def current_build(data_dir: Path) -> Path:
    """The live build folder named by CURRENT; raises IndexNotBuilt if there is none."""
    pointer = data_dir / CURRENT_NAME
    try:
        name = pointer.read_text().strip()
    except FileNotFoundError:
        raise IndexNotBuilt(f"no index in {data_dir}: {rebuild_hint(data_dir)}") from None
    folder = data_dir / "builds" / name
    if not name or not folder.is_dir():
        raise IndexCorrupt(f"the index named in {pointer} is missing: {rebuild_hint(data_dir)}")
    return folder


def write_current(data_dir: Path, folder: Path) -> None:
    """Point CURRENT at `folder` atomically: readers see the old build or the new, never half."""
    temporary = data_dir / f".{CURRENT_NAME}.{os.getpid()}"
    temporary.write_text(folder.name + "\n")
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, data_dir / CURRENT_NAME)


def open_cache(data_dir: Path) -> Database:
    db = Database(data_dir / CACHE_NAME)
    db.execute("PRAGMA journal_mode=WAL")
    cache_migrations.apply(db)
    return db


class IndexStore:
    """A loaded, read-only index: one FAISS index in memory, SQLite connections per thread."""

    def __init__(self, folder: Path, manifest: Manifest, vectors: faiss.Index) -> None:
        self.folder = folder
        self.manifest = manifest
        self.vectors = vectors
        self._local = threading.local()
        # Filled by _load_reranking_data: exact vectors and word statistics for re-ranking.
        self.passage_matrix = np.zeros((0, manifest.dimension), dtype=np.float32)
        self.sentence_matrix = np.zeros((0, manifest.dimension), dtype=np.float32)
        self.sentence_passages = np.zeros(0, dtype=np.int64)
        self.title_matrix = np.zeros((0, manifest.dimension), dtype=np.float32)
        self.passage_titles = np.zeros(0, dtype=np.int64)
        self.term_frequencies: dict[str, int] = {}

    def _load_reranking_data(self) -> None:
        count = self.vectors.ntotal
        self.passage_matrix = faiss.downcast_index(self.vectors.index).reconstruct_n(0, count)
        order = faiss.vector_to_array(self.vectors.id_map)
        if count and not np.array_equal(order, np.arange(count)):
            self.passage_matrix = self.passage_matrix[np.argsort(order)]
        sentences = faiss.read_index(str(self.folder / SENTENCES_NAME))
        self.sentence_matrix = sentences.reconstruct_n(0, sentences.ntotal)
        conn = self.connection()
        self.sentence_passages = np.array(
            [row[0] for row in conn.execute("select passage_id from sentences order by id")], dtype=np.int64
        )
        self.term_frequencies = dict(conn.execute("select term, passages from terms").fetchall())
        titles = faiss.read_index(str(self.folder / TITLES_NAME))
        self.title_matrix = titles.reconstruct_n(0, titles.ntotal)
        self.passage_titles = np.array(
            [
                row[0]
                for row in conn.execute(
                    "select a.title_row from passages p join articles a on a.id = p.article_id order by p.id"
                )
            ],
            dtype=np.int64,
        )

    @classmethod
    def open(cls, data_dir: Path, expected_model: str | None = None) -> IndexStore:
        """Open the live build; refuse one built with another model or that does not add up."""
        data_dir = Path(data_dir)
        folder = current_build(data_dir)
        manifest = Manifest.read(folder)
        if manifest.format_version != FORMAT_VERSION:
            raise IndexCorrupt(
                f"the index in {folder} has format {manifest.format_version}, this Parley reads "
                f"{FORMAT_VERSION}: {rebuild_hint(data_dir)}"
            )
        if expected_model and expected_model != manifest.model:
            raise ModelMismatch(
                f"the index in {data_dir} was built with model {manifest.model!r}, not "
                f"{expected_model!r}: run `parley build --data {data_dir} --model {expected_model}` "
                f"or unset PARLEY_MODEL"
            )
        try:
            vectors = faiss.read_index(str(folder / VECTORS_NAME))
        except RuntimeError as error:
            raise IndexCorrupt(f"cannot read {folder / VECTORS_NAME}: {rebuild_hint(data_dir)}") from error
        store = cls(folder, manifest, vectors)
        try:
            count = store.connection().execute("select count(*) from passages").fetchone()[0]
            store._load_reranking_data()
        except RuntimeError as error:
            raise IndexCorrupt(f"cannot read the vectors in {folder}: {rebuild_hint(data_dir)}") from error
        except sqlite3.DatabaseError as error:
            raise IndexCorrupt(
                f"cannot read {folder / DB_NAME} ({error}): {rebuild_hint(data_dir)}"
            ) from error
        if (
            vectors.ntotal != manifest.passages
            or count != manifest.passages
            or vectors.d != manifest.dimension
        ):
            raise IndexCorrupt(
                f"the index in {folder} is inconsistent ({vectors.ntotal} vectors, {count} passages, "
                f"manifest says {manifest.passages}): {rebuild_hint(data_dir)}"
            )
        return store

    def connection(self) -> sqlite3.Connection:
        """This thread's read-only connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"file:{self.folder / DB_NAME}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=True)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def dense_search(self, vector: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """Passage ids with cosine scores, best first."""
        if self.vectors.ntotal == 0:
            return []
        faiss.omp_set_num_threads(1)  # single queries run 2-3x faster on one thread here
        query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        scores, ids = self.vectors.search(query, min(limit, self.vectors.ntotal))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def sentence_scores(self, vector: np.ndarray) -> np.ndarray:
        """For every passage, the best cosine of `vector` with one of its sentences."""
        best = np.full(self.manifest.passages, -1.0, dtype=np.float32)
        if len(self.sentence_matrix):
            np.maximum.at(best, self.sentence_passages, self.sentence_matrix @ vector)
        return best

    def title_scores(self, vector: np.ndarray) -> np.ndarray:
        """For every passage, the cosine of `vector` with its article's title."""
        if not len(self.title_matrix):
            return np.zeros(self.manifest.passages, dtype=np.float32)
        return (self.title_matrix @ vector)[self.passage_titles]

    def count_naming(self, *words: str) -> int:
        """How many passages hold every one of `words` (FTS5: stemmed, case and accents aside)."""
        match = " AND ".join(_fts_phrase(w) for w in words if w.strip())
        if not match:
            return 0
        try:
            row = (
                self.connection()
                .execute("select count(*) from passages_fts where passages_fts match ?", (match,))
                .fetchone()
            )
        except sqlite3.OperationalError:
            return 0
        return int(row[0])

    @cached_property
    def newest(self) -> str | None:
        """The newest publication date (ISO) of any article; None when none is dated. Read once, when first
        asked."""
        row = self.connection().execute("select max(published) from articles").fetchone()
        return row[0] if row and row[0] else None

    def latest_naming(self, word: str) -> str | None:
        """The newest publication date (ISO) of the articles with a passage holding `word` (FTS5: stemmed,
        case and accents aside); None when none is dated or none holds it."""
        if not word.strip():
            return None
        try:
            row = (
                self.connection()
                .execute(
                    "select max(a.published) from passages_fts f join passages p on p.id = f.rowid "
                    "join articles a on a.id = p.article_id where passages_fts match ?",
                    (_fts_phrase(word),),
                )
                .fetchone()
            )
        except sqlite3.OperationalError:
            return None
        return row[0] if row and row[0] else None

    def keyword_search(self, match: str, limit: int) -> list[tuple[int, float]]:
        """Passage ids ranked by FTS5 BM25 for an FTS5 MATCH expression, best first."""
        if not match:
            return []
        try:
            rows = (
                self.connection()
                .execute(
                    "select rowid, bm25(passages_fts) as rank from passages_fts "
                    "where passages_fts match ? order by rank limit ?",
                    (match, limit),
                )
                .fetchall()
            )
        except sqlite3.OperationalError:
            return []
        return [(int(row[0]), -float(row[1])) for row in rows]

    def passage_texts(self) -> Iterator[str]:
        """Every stored passage's text, in id order."""
        for (text,) in self.connection().execute("select text from passages order by id"):
            yield text

    def passages(self, ids: list[int]) -> dict[int, PassageRecord]:
        """Records for the given passage ids."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = (
            self.connection()
            .execute(
                "select p.id, p.article_id, p.position, p.start, p.end, p.text, a.title, a.source, "
                "a.published, a.url, a.note, a.language from passages p join articles a "
                f"on a.id = p.article_id where p.id in ({marks})",
                list(ids),
            )
            .fetchall()
        )
        return {row["id"]: PassageRecord(**dict(row)) for row in rows}

    def neighbours(self, passage_id: int, before: int = 1, after: int = 1) -> list[PassageRecord]:
        """The passage with its neighbours in the same article, in reading order."""
        row = (
            self.connection()
            .execute("select article_id, position from passages where id = ?", (passage_id,))
            .fetchone()
        )
        if row is None:
            return []
        ids = [
            r[0]
            for r in self.connection().execute(
                "select id from passages where article_id = ? and position between ? and ? order by position",
                (row["article_id"], row["position"] - before, row["position"] + after),
            )
        ]
        records = self.passages(ids)
        return [records[i] for i in ids]

    def article_text(self, article_id: str) -> str:
        """An article's whole text ("" for an unknown id)."""
        row = self.connection().execute("select text from articles where id = ?", (article_id,)).fetchone()
        return row[0] if row and row[0] is not None else ""

    def article_span(self, article_id: str, start: int, end: int) -> str:
        """Characters `start` to `end` of an article's text (e.g. what lies between two passages)."""
        row = (
            self.connection()
            .execute(
                "select substr(text, ?, ?) from articles where id = ?",
                (start + 1, max(0, end - start), article_id),
            )
            .fetchone()
        )
        return row[0] if row and row[0] is not None else ""

    def sources(self) -> list[tuple[str, int]]:
        """Publishers with their article counts, most first."""
        rows = self.connection().execute(
            "select source, count(*) from articles group by source order by count(*) desc, source"
        )
        return [(r[0], r[1]) for r in rows]

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
