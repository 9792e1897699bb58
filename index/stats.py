"""What an index holds, for `parley stats` and the bot's /about and /stats."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from index.render import format_date
from index.store import IndexStore


@dataclass(frozen=True)
class IndexStats:
    """Counts, sources, date range and build facts of one index."""

    articles: int
    passages: int
    sources: tuple[tuple[str, int], ...]
    first_published: str | None
    last_published: str | None
    model: str
    built_at: str
    build_seconds: float

    def to_json(self) -> dict:
        data = asdict(self)
        data["sources"] = [{"source": s, "articles": n} for s, n in self.sources]
        return data

    @property
    def date_range(self) -> str:
        if not self.first_published:
            return "no dated articles"
        return f"{format_date(self.first_published)} – {format_date(self.last_published)}"


def store_stats(store: IndexStore) -> IndexStats:
    m = store.manifest
    return IndexStats(
        articles=m.articles,
        passages=m.passages,
        sources=tuple(store.sources()),
        first_published=m.first_published,
        last_published=m.last_published,
        model=m.model,
        built_at=m.built_at,
        build_seconds=m.build_seconds,
    )


def index_stats(data_dir: Path) -> IndexStats:
    store = IndexStore.open(Path(data_dir))
    try:
        return store_stats(store)
    finally:
        store.close()


def render_stats(stats: IndexStats) -> str:
    lines = [
        f"Articles:   {stats.articles}",
        f"Passages:   {stats.passages}",
        f"Sources:    {len(stats.sources)}",
        f"Dates:      {stats.date_range}",
        f"Model:      {stats.model}",
        f"Built:      {stats.built_at} ({stats.build_seconds:.1f} s)",
        "",
        "Articles by source:",
    ]
    lines += [f"  {count:6d}  {source}" for source, count in stats.sources]
    return "\n".join(lines)
