"""Fixtures for the bot tests: a fake-model index, its settings, and an offline Application."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from bot_support import ADMIN_ID, SEED_CORPUS, TOKEN, running
from fake_telegram import FakeTelegram
from telegram.ext import Application

from bot.settings import Settings
from index.build import build_index


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fake-model index of the seed corpus, built once per session."""
    folder = tmp_path_factory.mktemp("seed") / "data"
    build_index([SEED_CORPUS], folder, model="fake")
    return folder


@pytest.fixture
def data_dir(built_index: Path, tmp_path: Path) -> Path:
    """A private copy of the seed index, which a test may rebuild."""
    return Path(shutil.copytree(built_index, tmp_path / "data"))


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(
        token=TOKEN,
        admin_ids=frozenset({ADMIN_ID}),
        data_dir=data_dir,
        corpus=(SEED_CORPUS,),
        progress_interval=0.02,
    )


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def app(settings: Settings, fake: FakeTelegram) -> AsyncIterator[Application]:
    async with running(settings, fake) as application:
        yield application
