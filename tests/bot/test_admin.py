"""Admin commands through the real Application: refusals, /stats, /reindex with progress and swap."""

from __future__ import annotations

import asyncio
import html
import logging
import shutil
import threading

import pytest
from bot_support import (
    ADMIN_ID,
    NEW_ARTICLE,
    SEED_CORPUS,
    USER_ID,
    ZANZIBAR,
    message_update,
    rt,
    running,
    visible_text,
)
from fake_telegram import FakeRequest

from bot import render
from bot.app import build_application
from bot.settings import Settings
from index.build import build_index
from index.store import current_build


async def _send(app, fake, text: str, user_id: int = ADMIN_ID) -> dict:
    await app.process_update(message_update(app, text, user_id=user_id))
    return fake.called("sendMessage")[-1]


@pytest.mark.parametrize("command", ["/reindex", "/stats"])
async def test_non_admins_are_refused_politely_and_logged(app, fake, caplog, command):
    with caplog.at_level(logging.WARNING, logger="bot.admin"):
        reply = await _send(app, fake, command, user_id=USER_ID)
    assert reply["text"] == html.escape(render.ADMIN_ONLY)
    assert rt(app).rebuild is None
    assert any(
        f"refused admin command '{command}' from user {USER_ID}" in r.getMessage() for r in caplog.records
    )


async def test_stats_reports_index_and_question_counts(app, fake):
    runtime = rt(app)
    await _send(app, fake, "Who led Russia's delegation in Istanbul?", user_id=USER_ID)
    runtime.unanswered += 1  # as if one more question had found nothing
    runtime.questions += 1
    text = visible_text((await _send(app, fake, "/stats"))["text"])
    assert "Articles: 5\nPassages: 29\n" in text
    assert "Sources (5): " in text and "Newsweek (1)" in text
    assert "Dates: 15 May 2025 – 4 Jun 2026" in text
    assert "Model: fake" in text
    assert f"Last build: {runtime.searcher.store.manifest.built_at}" in text
    assert "Questions asked: 2\nAnswered with quotes: 1\nUnanswered: 1 (50%)" in text


@pytest.fixture
def growing_corpus(tmp_path):
    """The seed corpus in a folder the test can add an article to."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, folder)
    return folder


def _gated_build(gate: threading.Event, reached: threading.Event):
    """build_index that pauses mid-embedding until `gate` opens, so a test can look at a running rebuild."""

    def build(*args, progress, **kwargs):
        def report(step):
            progress(step)
            if step.phase == "embedding" and step.done > 0:
                reached.set()
                assert gate.wait(10), "the test never released the build"

        return build_index(*args, progress=report, **kwargs)

    return build


async def _wait(event: threading.Event) -> None:
    assert await asyncio.to_thread(event.wait, 10)


async def test_admin_reindex_reports_progress_keeps_answering_and_swaps_in(settings, fake, growing_corpus):
    gate, reached = threading.Event(), threading.Event()
    settings = Settings(**{**settings.__dict__, "corpus": (growing_corpus,)})
    async with running(settings, fake, build=_gated_build(gate, reached)) as application:
        runtime = rt(application)
        old = runtime.searcher
        assert all(h.article_id != "zz_new" for h in old.search(ZANZIBAR, limit=12).hits)
        (growing_corpus / "zz_new.md").write_text(NEW_ARTICLE)
        fake.clear()

        started = await _send(application, fake, "/reindex")
        assert started["text"].startswith("Rebuilding the index…")
        await _wait(reached)
        await asyncio.sleep(0.1)  # let the progress loop edit the message

        busy = await _send(application, fake, "/reindex")
        assert busy["text"].startswith(
            "A rebuild is already running. Rebuilding the index… Embedding passages: "
        )
        answer = await _send(application, fake, ZANZIBAR, user_id=USER_ID)
        assert "<blockquote>" in answer["text"] and "Zanzibar" not in answer["text"]
        assert runtime.searcher is old

        gate.set()
        await asyncio.wait_for(runtime.rebuild.task, 10)

        edits = [e["text"] for e in fake.called("editMessageText")]
        assert any("Embedding passages: " in e and " texts embedded (" in e for e in edits), edits
        assert edits[-1].startswith("Index rebuilt: 6 articles, ")
        assert "newly embedded" in edits[-1]
        assert runtime.rebuild is None and runtime.searcher is not old
        assert runtime.searcher.embedder is old.embedder

        fake.clear()
        reply = await _send(application, fake, ZANZIBAR, user_id=USER_ID)
        assert "Test Wire, 1 Jul 2026" in reply["text"]
        assert "Zanzibar &lt;accord&gt; &amp; talks" in reply["text"]
        assert "&quot;businesslike&quot; &amp; promised a further round &lt;soon&gt;" in reply["text"]
        assert '<a href="https://example.org/zanzibar?a=1&amp;b=2">source</a>' in reply["text"]
        visible_text(reply["text"])


async def test_failed_reindex_is_reported_and_the_old_index_stays(settings, fake, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    settings = Settings(**{**settings.__dict__, "corpus": (empty,)})
    async with running(settings, fake) as application:
        runtime = rt(application)
        old = runtime.searcher
        await _send(application, fake, "/reindex")
        await asyncio.wait_for(runtime.rebuild.task, 10)
        final = fake.called("editMessageText")[-1]["text"]
        assert final.startswith("Rebuild failed: nothing to index in ")
        assert final.endswith("The previous index is still answering.")
        assert runtime.searcher is old and runtime.rebuild is None
        reply = await _send(application, fake, "Istanbul delegation", user_id=USER_ID)
        assert "<blockquote>" in reply["text"]


async def test_shutting_down_stops_a_running_reindex_promptly(settings, fake, growing_corpus):
    gate, reached = threading.Event(), threading.Event()
    settings = Settings(**{**settings.__dict__, "corpus": (growing_corpus,)})
    (growing_corpus / "zz_new.md").write_text(NEW_ARTICLE)
    application = build_application(
        settings, request=FakeRequest(fake), rate_limit=False, build=_gated_build(gate, reached)
    )
    async with application:
        await application.post_init(application)
        await application.start()
        runtime, live = rt(application), current_build(settings.data_dir)
        old = runtime.searcher
        await _send(application, fake, "/reindex")
        await _wait(reached)
        # Application.stop() does not wait for the build; post_stop (run_polling calls it next) stops it.
        await asyncio.wait_for(application.stop(), 5)
        stopping = asyncio.ensure_future(application.post_stop(application))
        await asyncio.sleep(0.1)
        gate.set()  # the build's next progress report sees the stop
        await asyncio.wait_for(stopping, 10)
        assert fake.called("editMessageText")[-1]["text"] == html.escape(render.REBUILD_STOPPED)
        assert runtime.rebuild is None and runtime.searcher is old
        assert current_build(settings.data_dir) == live
        await application.post_shutdown(application)
