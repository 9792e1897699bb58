"""Inline mode: `@bot question` in any chat lists quotes; choosing one posts it with its source."""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import render
from bot.runtime import runtime
from index.render import NOT_COVERED

logger = logging.getLogger(__name__)

INLINE_RESULTS = 10
MIN_QUERY = 3
DEADLINE = 7.0  # seconds; Telegram drops answers after about 10
CACHE_ANSWER = 300  # the index changes only on /reindex; a few minutes of caching is harmless
CACHE_HINT = 30
TYPING_ALLOWANCE = 5  # inline queries allowed per question of PARLEY_QUESTIONS_PER_MINUTE


def _button(text: str) -> InlineQueryResultsButton:
    return InlineQueryResultsButton(text=text, start_parameter="inline")


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer an inline query with up to ten quotes, or a hint and a way into a private chat."""
    query = update.inline_query
    text = " ".join(query.query.split())
    rt = runtime(context)
    if len(text) < MIN_QUERY or rt.searcher is None:
        await query.answer([], button=_button(render.INLINE_HINT), cache_time=CACHE_HINT)
        return
    wait = rt.inline_limiter.wait(query.from_user.id)
    if wait:
        await query.answer([], button=_button(render.INLINE_PRIVATE), cache_time=0, is_personal=True)
        return
    try:
        answer, _ = await asyncio.wait_for(rt.ask(text, INLINE_RESULTS, count=False), DEADLINE)
    except TimeoutError:
        logger.warning("inline search took longer than %.0f s", DEADLINE)
        await query.answer([], button=_button(render.INLINE_PRIVATE), cache_time=0)
        return
    if not answer.hits:
        # A button's text is at most 64 characters: an unreadable query gets the hint instead.
        reason = render.INLINE_HINT if answer.message else NOT_COVERED
        await query.answer([], button=_button(reason), cache_time=CACHE_ANSWER)
        return
    results = [
        InlineQueryResultArticle(
            id=str(hit.passage_id),
            title=render.inline_title(hit),
            description=render.inline_description(hit),
            input_message_content=InputTextMessageContent(
                render.inline_message_html(hit), parse_mode=ParseMode.HTML
            ),
        )
        for hit in answer.hits
    ]
    await query.answer(results, cache_time=CACHE_ANSWER)
