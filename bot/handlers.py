"""Reader-facing handlers: private questions, More and Context buttons, group /ask, info commands."""

from __future__ import annotations

import asyncio
import base64
import binascii
import html
import logging
import sqlite3

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import render
from bot.runtime import Runtime, Session, runtime
from index.render import render_html
from index.stats import IndexStats, store_stats

logger = logging.getLogger(__name__)

MAX_RESULTS = 12  # four pages of three quotes
ASK_PAYLOAD = "ask_"  # the question itself, base64: survives a restart of the bot
LINK_PAYLOAD = "q_"  # a token for a question kept in memory (too long to carry itself)
START_PAYLOAD_LIMIT = 64


def encode_question(question: str) -> str | None:
    """A /start deep-link payload carrying `question`, or None when it would not fit in 64 characters."""
    encoded = base64.urlsafe_b64encode(question.encode("utf-8")).decode("ascii").rstrip("=")
    payload = ASK_PAYLOAD + encoded
    return payload if len(payload) <= START_PAYLOAD_LIMIT else None


def decode_question(payload: str) -> str | None:
    """The question inside an `ask_` payload, or None if it is not one."""
    if not payload.startswith(ASK_PAYLOAD):
        return None
    raw = payload.removeprefix(ASK_PAYLOAD)
    try:
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8").strip() or None
    except (binascii.Error, UnicodeDecodeError):
        return None


def question_payload(question: str, rt: Runtime) -> str:
    """The /start payload for `question`: the question itself when it fits, else a token for it."""
    return encode_question(question) or LINK_PAYLOAD + rt.links.add(question)


async def _may_ask(message: Message, rt: Runtime, user_id: int | None) -> bool:
    """Refuse politely when the index is not open or the user is over the question limit."""
    if rt.searcher is None:
        await message.reply_html(html.escape(render.NOT_READY))
        return False
    wait = rt.limiter.wait(user_id) if user_id is not None else 0.0
    if wait:
        await message.reply_html(html.escape(render.TOO_FAST.format(seconds=max(1, round(wait)))))
        return False
    return True


async def answer_privately(message: Message, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Reply with the first page of quotes, with Context and More buttons."""
    rt = runtime(context)
    if not await _may_ask(message, rt, message.from_user.id if message.from_user else None):
        return
    await message.reply_chat_action(ChatAction.TYPING)
    answer, searcher = await rt.ask(question, MAX_RESULTS)
    if not answer.hits:
        await message.reply_html(render_html(answer) if answer.message else render.declined_html(answer))
        return
    token = rt.sessions.add(Session(question, answer.hits, searcher))
    await message.reply_html(
        render.answer_html(answer), reply_markup=render.page_keyboard(token, 0, answer.hits)
    )


async def answer_in_group(message: Message, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Reply with the best one or two quotes and a link to ask for more in private."""
    rt = runtime(context)
    if not await _may_ask(message, rt, message.from_user.id if message.from_user else None):
        return
    await message.reply_chat_action(ChatAction.TYPING)
    answer, _ = await rt.ask(question, render.GROUP_QUOTES)
    markup = None
    if answer.hits and context.bot.username:
        url = f"https://t.me/{context.bot.username}?start={question_payload(question, rt)}"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(render.MORE_IN_PRIVATE, url=url)]])
    await message.reply_html(render.compact_html(answer), reply_markup=markup)


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Treat any private text message as a question."""
    message = update.effective_message
    await answer_privately(message, context, message.text or "")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the reader; an `ask_` deep-link payload asks its question straight away."""
    message = update.effective_message
    payload = context.args[0] if context.args else ""
    if payload.startswith(LINK_PAYLOAD):
        asked = runtime(context).links.get(payload.removeprefix(LINK_PAYLOAD))
        if not asked:
            await message.reply_html(html.escape(render.EXPIRED))
            return
    else:
        asked = decode_question(payload)
    if asked:
        await answer_privately(message, context, asked)
        return
    text = f"{html.escape(render.WELCOME)}\n\n{render.help_html(context.bot.username)}"
    await message.reply_html(text)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask, in private, inline and in groups."""
    await update.effective_message.reply_html(render.help_html(context.bot.username))


async def live_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> IndexStats | None:
    """The live index's figures, or None after telling the user the index is not open yet."""
    rt = runtime(context)
    if rt.searcher is None:
        await update.effective_message.reply_html(html.escape(render.NOT_READY))
        return None
    return await asyncio.to_thread(store_stats, rt.searcher.store)


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what the coverage spans: publishers, date range, article count."""
    if stats := await live_stats(update, context):
        await update.effective_message.reply_html(render.about_html(stats))


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the publishers with their article counts."""
    if stats := await live_stats(update, context):
        await update.effective_message.reply_html(render.sources_html(stats))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/ask question`: compact in groups, the full answer in private."""
    message = update.effective_message
    text = " ".join(context.args or []).strip()
    if not text:
        await message.reply_html(render.ASK_USAGE)
    elif message.chat.type == ChatType.PRIVATE:
        await answer_privately(message, context, text)
    else:
        await answer_in_group(message, context, text)


async def addressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message that replies to the bot or mentions it; ignore all other chatter."""
    message = update.effective_message
    text = message.text or ""
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == context.bot.id)
    handle = f"@{context.bot.username}".lower()
    mentions = [e for e, t in message.parse_entities([MessageEntity.MENTION]).items() if t.lower() == handle]
    if not (to_bot or mentions):
        return
    # Entity offsets count UTF-16 code units; cut mentions out on the UTF-16 encoding.
    utf16 = text.encode("utf-16-le")
    for entity in sorted(mentions, key=lambda e: e.offset, reverse=True):
        utf16 = utf16[: entity.offset * 2] + utf16[(entity.offset + entity.length) * 2 :]
    question_text = " ".join(utf16.decode("utf-16-le").split())
    if not question_text:
        await message.reply_html(render.ASK_USAGE)
        return
    await answer_in_group(message, context, question_text)


def _parse(data: str | None) -> tuple[str, int] | None:
    """'kind:token:number' callback data -> (token, number)."""
    parts = (data or "").split(":")
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    return parts[1], int(parts[2])


async def page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """More/Back: edit the answer to show another page of the same results."""
    query = update.callback_query
    parsed = _parse(query.data)
    session = runtime(context).sessions.get(parsed[0]) if parsed else None
    if session is None or parsed is None or parsed[1] >= render.page_count(session.hits):
        await query.answer(render.EXPIRED, show_alert=True)
        return
    await query.answer()
    token, number = parsed
    try:
        await query.edit_message_text(
            render.page_html(session.hits, number),
            reply_markup=render.page_keyboard(token, number, session.hits),
        )
    except BadRequest as error:  # a double tap asks for the page already shown
        if "not modified" not in str(error).lower():
            raise


async def show_context(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Context: reply with the paragraphs around one quote, from the index that found it."""
    query = update.callback_query
    parsed = _parse(query.data)
    session = runtime(context).sessions.get(parsed[0]) if parsed else None
    if session is None or parsed is None or parsed[1] >= len(session.hits):
        await query.answer(render.EXPIRED, show_alert=True)
        return
    hit = session.hits[parsed[1]]
    try:
        records = await asyncio.to_thread(session.searcher.context, hit.passage_id)
    except sqlite3.Error:
        logger.info("context for passage %s is gone with its build", hit.passage_id)
        records = []
    if not records:
        await query.answer(render.EXPIRED, show_alert=True)
        return
    await query.answer()
    if query.message is not None:
        await context.bot.send_message(
            query.message.chat.id,
            render.context_html(records, hit.passage_id),
            reply_to_message_id=query.message.message_id,
        )


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown command in private: point at /help."""
    await update.effective_message.reply_html(html.escape(render.UNKNOWN_COMMAND))


async def error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every unhandled error with its traceback; tell the user briefly, never with details."""
    logger.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_html(html.escape(render.APOLOGY))
        except Exception:  # the apology is best effort: Telegram may be what failed
            logger.warning("could not send the apology", exc_info=True)
