"""Helpers for the bot tests: constants, an offline running Application, Update factories, an HTML check."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from html.parser import HTMLParser
from pathlib import Path

from fake_telegram import BOT_USERNAME, FakeRequest, FakeTelegram
from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.runtime import RUNTIME_KEY, Runtime
from bot.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SEED_CORPUS = REPO / "corpus"
USER_ID = 1111
ADMIN_ID = 4242
GROUP_ID = -100500
TOKEN = "123456:TEST-token_secret"
TELEGRAM_TAGS = {"b", "i", "a", "blockquote", "code"}

# An article a test adds to the corpus before /reindex; its HTML-special characters must come out escaped.
NEW_ARTICLE = """---
id: "zz_new"
title: "Zanzibar <accord> & talks"
source: "Test Wire"
published: "2026-07-01"
url: "https://example.org/zanzibar?a=1&b=2"
---
Negotiators meeting on Zanzibar agreed a limited prisoner exchange, the Zanzibar memorandum said on Tuesday. \
Both delegations described the Zanzibar meeting as "businesslike" & promised a further round <soon>, \
though neither side published the annex listing the names of those to be exchanged in the coming weeks.
"""
ZANZIBAR = "Zanzibar memorandum prisoner exchange"


@asynccontextmanager
async def running(settings: Settings, fake: FakeTelegram, **kwargs) -> AsyncIterator[Application]:
    """The real Application offline, started and stopped with its hooks as run_polling does."""
    application = build_application(settings, request=FakeRequest(fake), rate_limit=False, **kwargs)
    async with application:
        await application.post_init(application)
        await application.start()
        fake.clear()
        try:
            yield application
        finally:
            await application.stop()
            await application.post_stop(application)
            await application.post_shutdown(application)


def rt(application: Application) -> Runtime:
    return application.bot_data[RUNTIME_KEY]


_ids = itertools.count(1)


def _user(user_id: int) -> dict:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "username": f"user{user_id}"}


def message_dict(
    text: str,
    *,
    user_id: int = USER_ID,
    chat_id: int | None = None,
    reply_to: dict | None = None,
    mention: bool = False,
) -> dict:
    """A Message as Telegram sends it: command and @mention entities filled in."""
    chat_id = user_id if chat_id is None else chat_id
    chat = (
        {"id": chat_id, "type": "private"} if chat_id > 0 else {"id": chat_id, "type": "group", "title": "G"}
    )
    entities = []
    if text.startswith("/"):
        entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
    if mention:
        found = re.search(f"@{BOT_USERNAME}", text)
        entities.append({"type": "mention", "offset": found.start(), "length": found.end() - found.start()})
    message = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": _user(user_id),
        "text": text,
    }
    if entities:
        message["entities"] = entities
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return message


def message_update(application: Application, text: str, **kwargs) -> Update:
    return Update.de_json({"update_id": next(_ids), "message": message_dict(text, **kwargs)}, application.bot)


def callback_update(application: Application, data: str, message: dict, user_id: int = USER_ID) -> Update:
    query = {
        "id": str(next(_ids)),
        "from": _user(user_id),
        "chat_instance": "ci",
        "data": data,
        "message": message,
    }
    return Update.de_json({"update_id": next(_ids), "callback_query": query}, application.bot)


def inline_update(application: Application, query: str, user_id: int = USER_ID) -> Update:
    inline = {"id": str(next(_ids)), "from": _user(user_id), "query": query, "offset": ""}
    return Update.de_json({"update_id": next(_ids), "inline_query": inline}, application.bot)


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag in TELEGRAM_TAGS, f"tag <{tag}> is not one Telegram renders"
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def visible_text(html_text: str) -> str:
    """The text Telegram shows for an HTML message; fails on tags it would reject or unbalanced ones."""
    assert re.search(r"&(?!(amp|lt|gt|quot|#x27|#39);)", html_text) is None, "unescaped &"
    checker = _TagChecker()
    checker.feed(html_text)
    checker.close()
    assert not checker.stack, f"unclosed tags {checker.stack}"
    return "".join(checker.text)
