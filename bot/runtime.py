"""The bot's live state: the searcher in use, paged results, counters and the running rebuild."""

from __future__ import annotations

import asyncio
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from telegram.ext import ContextTypes

from bot.ratelimit import QuestionLimiter
from bot.settings import Settings
from index.build import BuildProgress
from index.search import Answer, Hit, Searcher

RUNTIME_KEY = "parley"
MAX_SESSIONS = 2000
T = TypeVar("T")


@dataclass(frozen=True)
class Session:
    """One answered question kept server-side, so buttons carry only a short token."""

    question: str
    hits: tuple[Hit, ...]
    searcher: Searcher  # the index that produced the hits, so Context still reads the right build


class Recent(Generic[T]):
    """The most recent items by random token, oldest forgotten first: buttons and links carry only
    the token, since Telegram limits callback data and deep-link payloads to 64 characters."""

    token_bytes = 4

    def __init__(self, size: int = MAX_SESSIONS) -> None:
        self.size = size
        self._items: OrderedDict[str, T] = OrderedDict()

    def add(self, item: T) -> str:
        token = secrets.token_hex(self.token_bytes)
        while token in self._items:
            token = secrets.token_hex(self.token_bytes)
        self._items[token] = item
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> T | None:
        return self._items.get(token)


class Sessions(Recent[Session]):
    """The most recent answered questions by token."""


class QuestionLinks(Recent[str]):
    """Group questions too long for a deep link, by token, so "More quotes in a private chat" can
    carry them; asking the same question again reuses its token."""

    token_bytes = 6

    def add(self, item: str) -> str:
        for token, known in self._items.items():
            if known == item:
                self._items.move_to_end(token)
                return token
        return super().add(item)


@dataclass
class Rebuild:
    """A /reindex in progress: its latest progress and the task running it."""

    started_by: int
    progress: BuildProgress = field(default_factory=lambda: BuildProgress("loading"))
    task: asyncio.Task | None = None
    stop: threading.Event = field(default_factory=threading.Event)  # set when the bot shuts down


@dataclass
class Runtime:
    """Everything the handlers share; lives in `application.bot_data`."""

    settings: Settings
    limiter: QuestionLimiter
    inline_limiter: QuestionLimiter
    searcher: Searcher | None = None
    sessions: Sessions = field(default_factory=Sessions)
    links: QuestionLinks = field(default_factory=QuestionLinks)
    rebuild: Rebuild | None = None
    questions: int = 0
    unanswered: int = 0

    async def ask(self, question: str, limit: int, *, count: bool = True) -> tuple[Answer, Searcher]:
        """Search the current index off the event loop; the searcher used is returned with the answer."""
        searcher = self.searcher
        if searcher is None:
            raise RuntimeError("the index is not open yet")
        answer = await asyncio.to_thread(searcher.search, question, limit)
        if count and not answer.message:
            self.questions += 1
            self.unanswered += not answer.answered
        return answer, searcher


def runtime(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    """The shared state from a handler's context."""
    return context.application.bot_data[RUNTIME_KEY]
