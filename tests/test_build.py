"""The index: manifest checks, the embedding cache, and atomic swaps that survive failures."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index import build as build_module
from index.build import build_index
from index.errors import BuildInProgress, IndexCorrupt, IndexNotBuilt, ModelMismatch
from index.search import open_searcher
from index.store import CURRENT_NAME, IndexStore, current_build
from tests.conftest import REPO

QUESTION = "Who led the Russian delegation in Istanbul?"


def _answer_ids(data: Path) -> list[tuple[str, str]]:
    answer = open_searcher(data).search(QUESTION, limit=3)
    return [(h.article_id, h.excerpt) for h in answer.hits]


def test_a_build_writes_a_self_describing_index(fake_index: Path) -> None:
    store = IndexStore.open(fake_index)
    manifest = store.manifest
    assert manifest.model == "fake"
    assert manifest.articles == 5
    assert manifest.passages == store.vectors.ntotal > 20
    assert manifest.first_published == "2025-05-15"
    assert manifest.last_published == "2026-06-04"
    assert len(manifest.corpus_fingerprint) == 16
    on_disk = json.loads((current_build(fake_index) / "manifest.json").read_text())
    assert on_disk["format_version"] == 3
    assert manifest.sentences == len(store.sentence_matrix) > manifest.passages


def test_an_unbuilt_index_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(IndexNotBuilt, match="parley build"):
        IndexStore.open(tmp_path / "nothing")


def test_an_index_built_with_another_model_is_refused(fake_index: Path) -> None:
    with pytest.raises(ModelMismatch, match=r"built with model 'fake'.*parley build"):
        open_searcher(fake_index, model="e5-small")


@pytest.mark.parametrize("damage", ["vectors", "manifest", "database", "pointer"])
def test_a_damaged_index_is_refused_with_one_clear_line(fake_index: Path, damage: str) -> None:
    folder = current_build(fake_index)
    if damage == "vectors":
        (folder / "vectors.faiss").write_bytes(b"garbage")
    elif damage == "manifest":
        (folder / "manifest.json").write_text("{")
    elif damage == "database":
        (folder / "parley.db").write_bytes(b"not a database at all" * 100)
    else:
        (fake_index / CURRENT_NAME).write_text("no-such-build\n")
    with pytest.raises(IndexCorrupt) as caught:
        IndexStore.open(fake_index)
    assert "\n" not in str(caught.value)
    assert "parley build" in str(caught.value)


def test_a_rebuild_reuses_cached_embeddings(fake_index: Path, seed_corpus: Path) -> None:
    again = build_index([seed_corpus], fake_index, model="fake")
    assert again.newly_embedded == 0
    assert again.reused > again.passages  # passages and their sentences
    extra = seed_corpus / "new.md"
    extra.write_text("---\nid: new\nsource: Wire\n---\n" + "A brand new sentence about talks. " * 10)
    third = build_index([seed_corpus], fake_index, model="fake")
    assert third.newly_embedded == 3  # the new passage, its one distinct sentence, its headline
    assert third.articles == 6


def test_a_failed_build_leaves_the_old_index_serving(
    fake_index: Path, seed_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _answer_ids(fake_index)
    pointer = (fake_index / CURRENT_NAME).read_text()

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(build_module, "_write_build", explode)
    with pytest.raises(OSError, match="disk full"):
        build_index([seed_corpus], fake_index, model="fake")
    assert (fake_index / CURRENT_NAME).read_text() == pointer
    assert _answer_ids(fake_index) == before


def test_a_second_concurrent_build_is_refused(fake_index: Path, seed_corpus: Path) -> None:
    with build_module.build_lock(fake_index), pytest.raises(BuildInProgress):
        build_index([seed_corpus], fake_index, model="fake")


SLOW_BUILD = """
import sys, time
from pathlib import Path
from index.build import build_index
from index.embed import FakeEmbedder

class Slow(FakeEmbedder):
    def embed_documents(self, texts, batch_size=16):
        print("embedding", flush=True)
        time.sleep(0.5)
        return super().embed_documents(texts, batch_size)

build_index([Path(sys.argv[1])], Path(sys.argv[2]), embedder=Slow())
"""


def test_a_killed_build_leaves_the_old_index_serving(fake_index: Path, tmp_path: Path) -> None:
    before = _answer_ids(fake_index)
    pointer = (fake_index / CURRENT_NAME).read_text()
    big = tmp_path / "big.jsonl"
    with big.open("w") as handle:
        for i in range(60):
            text = f"Article {i} reports new talks on prisoners and grain in round {i}. " * 30
            handle.write(json.dumps({"id": f"big-{i}", "source": "Wire", "text": text}) + "\n")
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_BUILD, str(big), str(fake_index)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.stdout.readline().strip() != "embedding":
        pass
    time.sleep(0.7)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)

    assert (fake_index / CURRENT_NAME).read_text() == pointer
    assert _answer_ids(fake_index) == before
    # The next build completes, tidies the remains and reuses what the killed one embedded.
    report = build_index([big], fake_index, model="fake")
    assert report.reused > 0
    assert not list((fake_index / "builds").glob("*.partial"))
