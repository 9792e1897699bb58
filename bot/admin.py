"""Admin commands: /reindex rebuilds the index in the background, /stats describes it."""

from __future__ import annotations

import asyncio
import functools
import html
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot import render
from bot.handlers import live_stats
from bot.runtime import Rebuild, Runtime, runtime
from index.build import BuildProgress, BuildReport, build_index
from index.errors import ParleyError
from index.search import open_searcher

logger = logging.getLogger(__name__)

BuildFn = Callable[..., BuildReport]
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]
BUILD_KEY = "parley.build"  # bot_data key of the build function (build_index unless a test swaps it)
STOP_WAIT = 30.0  # seconds a shutting-down bot waits for a rebuild to notice it should stop


class RebuildStopped(Exception):
    """Raised from the build's progress callback when the bot is shutting down."""


def admin_only(handler: Handler) -> Handler:
    """Run `handler` for admins; refuse anyone else politely and log the attempt."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if user is None or user.id not in runtime(context).settings.admin_ids:
            text = update.effective_message.text if update.effective_message else None
            logger.warning(
                "refused admin command %r from user %s (@%s)",
                text,
                user.id if user else None,
                user.username if user else None,
            )
            await update.effective_message.reply_html(html.escape(render.ADMIN_ONLY))
            return
        await handler(update, context)

    return guarded


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Describe the live index and the questions answered since start."""
    if index_stats := await live_stats(update, context):
        rt = runtime(context)
        await update.effective_message.reply_html(render.stats_html(index_stats, rt.questions, rt.unanswered))


@admin_only
async def reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start a background rebuild from the configured corpus; refuse a second one while it runs."""
    rt = runtime(context)
    if rt.rebuild is not None:
        await update.effective_message.reply_html(render.rebuild_busy_html(rt.rebuild.progress))
        return
    rebuild = Rebuild(started_by=update.effective_user.id)
    rt.rebuild = rebuild
    try:
        message = await update.effective_message.reply_html(render.progress_html(rebuild.progress))
    except BaseException:
        rt.rebuild = None
        raise
    build = context.application.bot_data.get(BUILD_KEY, build_index)
    # Not Application.create_task: stopping the bot must not wait for a half-hour build (see stop_rebuild).
    rebuild.task = asyncio.get_running_loop().create_task(
        run_rebuild(context.application, rt, rebuild, message, build), name="parley-reindex"
    )


async def stop_rebuild(rt: Runtime) -> None:
    """Ask a running rebuild to stop and wait briefly for it; the live index is never touched by it."""
    rebuild = rt.rebuild
    if rebuild is None or rebuild.task is None:
        return
    rebuild.stop.set()
    done, _ = await asyncio.wait({rebuild.task}, timeout=STOP_WAIT)
    if not done:
        logger.warning("the rebuild did not stop within %.0f s; leaving it", STOP_WAIT)


async def _edit(message: Message, text: str) -> None:
    try:
        await message.edit_text(text)
    except TelegramError as error:  # e.g. "message is not modified"; progress is best effort
        logger.info("could not edit the progress message: %s", error)


async def run_rebuild(
    application: Application, rt: Runtime, rebuild: Rebuild, message: Message, build: BuildFn
) -> None:
    """Build in a worker thread, edit the progress message as it goes, swap the searcher in at the end."""
    old = rt.searcher

    def progress(step: BuildProgress) -> None:
        rebuild.progress = step  # one attribute assignment: safe to read from the event loop
        if rebuild.stop.is_set() and step.phase != "done":  # "done" comes after the swap
            raise RebuildStopped

    settings = rt.settings
    model = old.store.manifest.model if old else settings.model
    work = asyncio.ensure_future(
        asyncio.to_thread(
            build,
            [Path(p) for p in settings.corpus],
            settings.data_dir,
            model,
            progress=progress,
            embedder=old.embedder if old else None,
        )
    )
    shown = render.progress_html(rebuild.progress)
    try:
        while not work.done():
            await asyncio.wait({work}, timeout=settings.progress_interval)
            text = render.progress_html(rebuild.progress)
            if not work.done() and text != shown:
                await _edit(message, text)
                shown = text
        report = work.result()
        embedder = old.embedder if old else None
        searcher = await asyncio.to_thread(open_searcher, settings.data_dir, None, embedder)
        rt.searcher = await asyncio.to_thread(searcher.warm)
        logger.info("index rebuilt and swapped in: %s passages", report.passages)
        await _edit(message, render.rebuild_done_html(report))
    except RebuildStopped:
        logger.info("rebuild stopped: the bot is shutting down")
        await _edit(message, render.REBUILD_STOPPED)
    except ParleyError as error:
        logger.warning("rebuild failed: %s", error)
        await _edit(message, render.rebuild_failed_html(str(error)))
    except Exception as error:
        logger.error("rebuild failed", exc_info=error)
        await _edit(message, render.rebuild_failed_html("an unexpected error; the log has the details."))
    finally:
        rt.rebuild = None
