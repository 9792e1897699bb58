"""Load articles from Markdown/text folders and JSON Lines files, reporting bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".md", ".txt"}
JSONL_SUFFIXES = {".jsonl"}
FRONT_MATTER_KEYS = ("id", "title", "source", "published", "url", "note", "language")


@dataclass(frozen=True)
class Article:
    """One article of the coverage, with its verbatim text."""

    id: str
    title: str
    source: str
    published: str | None  # ISO date, YYYY-MM-DD
    url: str | None
    note: str | None
    language: str
    text: str
    origin: str  # where it was read from, "path" or "path:line"


@dataclass(frozen=True)
class Problem:
    """Something wrong with the input; `skipped` says whether the article was dropped."""

    where: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        verdict = "skipped" if self.skipped else "kept"
        return f"{self.where}: {self.reason} ({verdict})"


@dataclass
class LoadResult:
    """Articles that loaded, and every problem met on the way."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


def guess_language(text: str) -> str:
    """Tell English, Ukrainian and Russian apart by their letters."""
    sample = text[:4000]
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if cyrillic <= latin:
        return "en"
    return "uk" if re.search(r"[іїєґІЇЄҐ]", sample) else "ru"


def normalise_date(value: object) -> str | None:
    """Return an ISO date for '2025-05-16', '2025-05-16T10:00:00' and the like; None if empty.

    Raises ValueError for a value that is not a date.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.lower() in {"null", "none"}:
        return None
    match = re.match(r"(\d{4}-\d{2}-\d{2})", text)
    if not match:
        raise ValueError(f"not an ISO date: {text!r}")
    return dt.date.fromisoformat(match.group(1)).isoformat()


def parse_front_matter(raw: str) -> tuple[dict[str, str | None], str]:
    """Split a `---` front matter block from the body; values may be JSON-quoted strings."""
    if not raw.startswith("---\n"):
        return {}, raw
    end = raw.find("\n---\n", 3)
    if end < 0:
        raise ValueError("front matter opened with '---' but never closed")
    meta: dict[str, str | None] = {}
    for number, line in enumerate(raw[4:end].splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"front matter line {number} has no 'key: value'")
        value = value.strip()
        if value.startswith('"'):
            value = json.loads(value)
        meta[key.strip()] = value or None
    return meta, raw[end + 5 :]


def format_front_matter(meta: dict[str, str | None]) -> str:
    """Write a front matter block that `parse_front_matter` reads back exactly."""
    lines = ["---"]
    for key, value in meta.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False) if value else ''}".rstrip())
    lines.append("---")
    return "\n".join(lines) + "\n"


def _first_line_title(text: str) -> str:
    for line in text.splitlines():
        cleaned = line.strip().lstrip("#").strip()
        if cleaned:
            return cleaned[:200]
    return ""


def _make_article(record: dict, where: str, problems: list[Problem]) -> Article | None:
    """Validate one record; append problems; return the article or None if it must be skipped."""
    article_id = str(record.get("id") or "").strip()
    text = record.get("text")
    if not article_id:
        problems.append(Problem(where, "missing 'id'"))
        return None
    if not isinstance(text, str) or not text.strip():
        problems.append(Problem(where, f"article {article_id!r} has no 'text'"))
        return None
    try:
        published = normalise_date(record.get("published"))
    except ValueError as error:
        problems.append(Problem(where, f"article {article_id!r}: {error}; date left empty", False))
        published = None
    if published and published > (dt.date.today() + dt.timedelta(days=1)).isoformat():
        problems.append(
            Problem(
                where, f"article {article_id!r}: date {published} is in the future; date left empty", False
            )
        )
        published = None  # a future date would outrank every real article for "latest"
    url = str(record.get("url") or "").strip() or None
    if url and not re.match(r"https?://[^\s/]+", url, re.IGNORECASE):
        problems.append(
            Problem(
                where,
                f"article {article_id!r}: url {url[:60]!r} is not an http(s) link; link left out",
                False,
            )
        )
        url = None
    title = str(record.get("title") or "").strip() or _first_line_title(text)
    return Article(
        id=article_id,
        title=title,
        source=str(record.get("source") or "").strip() or "Unknown source",
        published=published,
        url=url,
        note=str(record.get("note") or "").strip() or None,
        language=str(record.get("language") or "").strip() or guess_language(text),
        text=text,
        origin=where,
    )


def _read_text_file(path: Path, problems: list[Problem]) -> Iterator[Article]:
    where = str(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")  # a byte-order mark would hide the front matter
    except OSError as error:
        problems.append(Problem(where, f"cannot read file: {error.strerror or error}"))
        return
    except UnicodeDecodeError as error:
        problems.append(Problem(where, f"invalid UTF-8 at byte {error.start}"))
        return
    raw = raw.replace("\r\n", "\n")
    try:
        meta, body = parse_front_matter(raw)
    except (ValueError, json.JSONDecodeError) as error:
        problems.append(Problem(where, f"bad front matter: {error}"))
        return
    record = {**meta, "text": body}
    record.setdefault("id", path.stem)
    if not record.get("id"):
        record["id"] = path.stem
    article = _make_article(record, where, problems)
    if article:
        yield article


def _read_jsonl(path: Path, problems: list[Problem]) -> Iterator[Article]:
    try:
        handle = path.open("rb")
    except OSError as error:
        problems.append(Problem(str(path), f"cannot read file: {error.strerror or error}"))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8-sig"))
            except UnicodeDecodeError as error:
                problems.append(Problem(where, f"invalid UTF-8 at byte {error.start}"))
                continue
            except json.JSONDecodeError as error:
                problems.append(Problem(where, f"invalid JSON: {error.msg}"))
                continue
            if not isinstance(record, dict):
                problems.append(Problem(where, "a line must hold a JSON object"))
                continue
            article = _make_article(record, where, problems)
            if article:
                yield article


def _files_under(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            readable = child.is_file() or child.is_symlink()  # a broken link is reported, not ignored
            if readable and child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                if child.name.lower() == "readme.md":
                    continue  # a folder's README describes the corpus; it is not an article
                yield child
    else:
        yield path


def load_corpus(paths: Iterable[Path]) -> LoadResult:
    """Read every article under `paths`; bad records are reported, never fatal."""
    result = LoadResult()
    seen: dict[str, str] = {}
    for root in paths:
        root = Path(root)
        if not root.exists():
            result.problems.append(Problem(str(root), "no such file or folder"))
            continue
        for path in _files_under(root):
            suffix = path.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                articles = _read_jsonl(path, result.problems)
            elif suffix in TEXT_SUFFIXES:
                articles = _read_text_file(path, result.problems)
            else:
                result.problems.append(Problem(str(path), f"unsupported file type {suffix!r}"))
                continue
            for article in articles:
                if article.id in seen:
                    result.problems.append(
                        Problem(article.origin, f"duplicate id {article.id!r}, first in {seen[article.id]}")
                    )
                    continue
                seen[article.id] = article.origin
                result.articles.append(article)
    return result
