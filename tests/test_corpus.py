"""Bad input is reported by file and line, skipped, and never loses the good articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import build_index
from index.corpus import format_front_matter, load_corpus, normalise_date, parse_front_matter
from index.errors import CorpusError
from index.store import IndexStore
from tests.conftest import CORPUS

GOOD = {
    "id": "good-1",
    "title": "Talks resume",
    "source": "Wire",
    "published": "2025-05-16",
    "url": "https://example.org/a",
    "text": "Delegations met in Istanbul on Friday for the first direct talks in three years. " * 4,
}


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_shipped_corpus_loads_with_metadata_from_seeds_json() -> None:
    result = load_corpus([CORPUS])
    assert not result.problems
    by_id = {a.id: a for a in result.articles}
    assert set(by_id) == {
        "000_83d6e72a0a5d89d2",
        "001_57c365869d748518",
        "002_71e30f4a57d89f07",
        "003_eaa2e309ec6b23ea",
        "004_ad27deec139d2dc8",
    }
    machine = by_id["000_83d6e72a0a5d89d2"]
    assert machine.published is None
    assert "Machine-written" in (machine.note or "")
    assert by_id["001_57c365869d748518"].published == "2026-06-04"
    assert by_id["002_71e30f4a57d89f07"].url is None
    assert all(a.language == "en" for a in result.articles)


def test_the_corpus_keeps_seed_text_verbatim() -> None:
    seeds = CORPUS.parent.parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    for article in load_corpus([CORPUS]).articles:
        assert article.text == (seeds / f"{article.id}.txt").read_text(encoding="utf-8")


def test_every_malformed_record_is_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        json.dumps(GOOD),
        "{not json",
        json.dumps({**GOOD, "id": "no-text", "text": ""}),
        json.dumps({**GOOD, "id": ""}),
        json.dumps({**GOOD, "title": "copy"}),  # duplicate id
        json.dumps(["a", "list"]),
        json.dumps({**GOOD, "id": "good-2", "published": "yesterday"}),
    ]
    _jsonl(folder / "batch.jsonl", lines)
    (folder / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (folder / "broken.md").symlink_to(folder / "missing-target.md")
    (folder / "plain.txt").write_text("A plain headline\n\n" + GOOD["text"], encoding="utf-8")
    (folder / "bad-front.md").write_text("---\nid: x\nno end\n", encoding="utf-8")

    result = load_corpus([folder])

    assert sorted(a.id for a in result.articles) == ["good-1", "good-2", "plain"]
    reasons = {p.where.rsplit("/", 1)[-1]: p.reason for p in result.problems}
    assert "invalid JSON" in reasons["batch.jsonl:2"]
    assert "no 'text'" in reasons["batch.jsonl:3"]
    assert "missing 'id'" in reasons["batch.jsonl:4"]
    assert "duplicate id 'good-1'" in reasons["batch.jsonl:5"]
    assert "JSON object" in reasons["batch.jsonl:6"]
    assert "not an ISO date" in reasons["batch.jsonl:7"]
    assert "invalid UTF-8" in reasons["latin1.txt"]
    assert "cannot read" in reasons["broken.md"]
    assert "front matter" in reasons["bad-front.md"]
    assert len(result.skipped) == 8  # the bad date is kept without its date
    plain = next(a for a in result.articles if a.id == "plain")
    assert plain.title == "A plain headline"


def test_a_build_indexes_the_good_articles_despite_bad_ones(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "mixed.jsonl", [json.dumps(GOOD), "{oops", json.dumps({"id": "x"})])
    report = build_index([source], tmp_path / "data", model="fake")
    assert report.articles == 1
    assert len(report.skipped) == 2
    store = IndexStore.open(tmp_path / "data")
    assert store.manifest.articles == 1


def test_strict_makes_any_problem_fatal(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "mixed.jsonl", [json.dumps(GOOD), "{oops"])
    with pytest.raises(CorpusError, match=r"mixed\.jsonl:2"):
        build_index([source], tmp_path / "data", model="fake", strict=True)
    assert not (tmp_path / "data" / "CURRENT").exists()


def test_nothing_indexable_is_an_error(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "bad.jsonl", ["{oops"])
    with pytest.raises(CorpusError, match="nothing to index"):
        build_index([source], tmp_path / "data", model="fake")


def test_front_matter_round_trips() -> None:
    meta = {"id": "a", "title": 'Quote "this": yes', "published": None, "note": "x: y"}
    parsed, body = parse_front_matter(format_front_matter(meta) + "Body\n---\nmore")
    assert parsed == meta
    assert body == "Body\n---\nmore"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2025-05-16", "2025-05-16"), ("2025-05-20 13:01:02.123", "2025-05-20"), ("", None), (None, None)],
)
def test_dates_normalise(raw: str | None, expected: str | None) -> None:
    assert normalise_date(raw) == expected


def test_a_byte_order_mark_does_not_hide_the_front_matter(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    front = '---\nid: "bom-1"\ntitle: "Saved by Notepad"\nsource: "Test Wire"\n---\n'
    (folder / "a.md").write_bytes(b"\xef\xbb\xbf" + (front + GOOD["text"]).encode("utf-8"))
    _jsonl(folder / "b.jsonl", [json.dumps({**GOOD, "id": "bom-2"})])
    (folder / "b.jsonl").write_bytes(b"\xef\xbb\xbf" + (folder / "b.jsonl").read_bytes())
    result = load_corpus([folder])
    assert not result.problems
    article = next(a for a in result.articles if a.id == "bom-1")
    assert (article.title, article.source) == ("Saved by Notepad", "Test Wire")
    assert not article.text.startswith(("\ufeff", "---"))
    assert "bom-2" in {a.id for a in result.articles}


def test_a_corpus_path_that_does_not_exist_is_an_error_and_the_live_index_stays(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "good.jsonl", [json.dumps(GOOD)])
    build_index([source], tmp_path / "data", model="fake")
    live = (tmp_path / "data" / "CURRENT").read_text()
    with pytest.raises(CorpusError, match=r"no such file or folder: .*typo\.jsonl"):
        build_index([source, tmp_path / "typo.jsonl"], tmp_path / "data", model="fake")
    assert (tmp_path / "data" / "CURRENT").read_text() == live


def test_a_link_that_is_not_http_and_a_future_date_are_left_out_with_a_warning(tmp_path: Path) -> None:
    records = [
        json.dumps({**GOOD, "id": "js", "url": "javascript:alert(1)"}),
        json.dumps({**GOOD, "id": "future", "published": "2099-01-01"}),
        json.dumps({**GOOD, "id": "fine", "url": "HTTPS://example.org/a"}),
    ]
    result = load_corpus([_jsonl(tmp_path / "a.jsonl", records)])
    by_id = {a.id: a for a in result.articles}
    assert set(by_id) == {"js", "future", "fine"}  # kept, without the bad field
    assert by_id["js"].url is None and by_id["future"].published is None
    assert by_id["fine"].url == "HTTPS://example.org/a"
    reasons = [str(p) for p in result.problems]
    assert any("'javascript:alert(1)' is not an http(s) link; link left out (kept)" in r for r in reasons)
    assert any("date 2099-01-01 is in the future; date left empty (kept)" in r for r in reasons)
