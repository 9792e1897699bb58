"""The bot's live state: the searcher in use, paged results, counters and the running rebuild."""

from __future__ import annotations

import asyncio
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from telegram.ext import ContextTypes

from bot.ratelimit import QuestionLimiter
from bot.settings import Settings
from index.build import BuildProgress
from index.search import Answer, Hit, Searcher

RUNTIME_KEY = "parley"
MAX_SESSIONS = 2000


@dataclass(frozen=True)
class Session:
    """One answered question kept server-side, so buttons carry only a short token."""

    question: str
    hits: tuple[Hit, ...]
    searcher: Searcher  # the index that produced the hits, so Context still reads the right build


class Sessions:
    """The most recent answered questions by token, oldest forgotten first."""

    def __init__(self, size: int = MAX_SESSIONS) -> None:
        self.size = size
        self._items: OrderedDict[str, Session] = OrderedDict()

    def add(self, session: Session) -> str:
        token = secrets.token_hex(4)
        while token in self._items:
            token = secrets.token_hex(4)
        self._items[token] = session
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> Session | None:
        return self._items.get(token)


class QuestionLinks:
    """Group questions too long for a deep link, by token, so "More quotes in a private chat" can
    carry them; the most recent MAX_SESSIONS are kept."""

    def __init__(self, size: int = MAX_SESSIONS) -> None:
        self.size = size
        self._items: OrderedDict[str, str] = OrderedDict()

    def add(self, question: str) -> str:
        for token, known in self._items.items():
            if known == question:
                self._items.move_to_end(token)
                return token
        token = secrets.token_hex(6)
        while token in self._items:
            token = secrets.token_hex(6)
        self._items[token] = question
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> str | None:
        return self._items.get(token)


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
