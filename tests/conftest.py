"""Shared fixtures: the shipped seed corpus and small indexes built with the fake embedder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from itertools import count
from pathlib import Path

import pytest

from index.build import build_index

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"


def wire_article(article_id: str, text: str, published: str = "2025-05-18") -> str:
    """A corpus article as markdown with front matter, titled by its id, from a wire service."""
    return (
        f'---\nid: {article_id}\ntitle: {article_id}\nsource: Wire\npublished: "{published}"\n---\n{text}\n'
    )


@pytest.fixture
def seed_corpus(tmp_path: Path) -> Path:
    """A private copy of the shipped corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def fake_index(tmp_path: Path, seed_corpus: Path) -> Path:
    """A data folder holding an index of the seed corpus built with the fake embedder."""
    data = tmp_path / "data"
    build_index([seed_corpus], data, model="fake")
    return data


@pytest.fixture
def article_index(tmp_path: Path) -> Callable[..., Path]:
    """Builds an index (fake embedder) of the articles given as name=markdown text, each call in a folder of
    its own under `tmp_path`, and returns its data folder."""
    calls = count(1)

    def build(**articles: str) -> Path:
        folder = tmp_path / f"index{next(calls)}"
        corpus = folder / "corpus"
        corpus.mkdir(parents=True)
        for name, text in articles.items():
            (corpus / f"{name}.md").write_text(text, encoding="utf-8")
        build_index([corpus], folder / "data", model="fake")
        return folder / "data"

    return build
