"""Pure Telegram formatting on top of `index.render`: pages, buttons, context, inline results, admin text.

Every sentence is a verbatim quote, its metadata, or a fixed interface string from this module.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from index.build import BuildProgress, BuildReport
from index.chunk import prose
from index.render import (
    NOT_COVERED,
    TELEGRAM_LIMIT,
    decline_text,
    format_date,
    hit_html,
    read_as_line,
    shortened,
)
from index.search import Answer, Hit
from index.stats import IndexStats
from index.store import PassageRecord

PER_PAGE = 3
GROUP_QUOTES = 2
EXCERPT_STEPS = (1200, 900, 600, 400, 250, 150)
DESCRIPTION_CHARS = 120

WELCOME = (
    "Hello! I answer questions about news coverage of the Russia–Ukraine peace talks.\n"
    "I never write answers myself: every reply is quoted word for word from the articles, "
    "with the publisher, the date and a link to the source."
)
HELP = (
    "<b>How to ask</b>\n"
    "• Here: just send a question, e.g. <i>Who led Russia's delegation in Istanbul?</i>\n"
    "• Any chat: type <code>@{username} your question</code> and pick a quote.\n"
    "• Groups: <code>/ask your question</code>, or reply to me or mention me.\n\n"
    "<b>More ▸</b> shows further quotes; <b>Context</b> shows the paragraphs around a quote.\n"
    "/about: what the coverage spans · /sources: the publishers"
)
ADMIN_ONLY = "Sorry, that command is only for Parley's administrators."
TOO_FAST = "You're asking faster than I can answer. Please try again in {seconds} s."
EXPIRED = "That answer has expired. Please ask the question again."
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
NOT_READY = "The index is still loading. Please try again in a moment."
UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do."
ASK_USAGE = "Ask like this: <code>/ask who led Russia's delegation in Istanbul?</code>"
INLINE_HINT = "Type a question about the peace talks"
SCOPE_HINT = "I quote news coverage of the Russia–Ukraine peace talks: /about shows what it spans."
INLINE_PRIVATE = "Ask me in a private chat"
MORE_IN_PRIVATE = "More quotes in a private chat"
REBUILD_STOPPED = "Rebuild stopped: the bot is shutting down. The previous index is still answering."
PHASES = {
    "loading": "Reading the corpus",
    "embedding": "Embedding passages",
    "writing": "Writing the new index",
    "done": "Swapping in the new index",
}


def _fit(build: Callable[[int], str], limit: int) -> str:
    """The fullest version of a message that fits: `build(max_excerpt)` with ever shorter excerpts."""
    for max_excerpt in EXCERPT_STEPS:
        text = build(max_excerpt)
        if len(text) <= limit:
            return text
    # Only absurd metadata (huge titles or notes) gets here: drop the markup rather than break it.
    visible = html.unescape(re.sub(r"<[^>]+>", "", text))
    size = limit
    while len(html.escape(visible[:size])) > limit - 1:
        size = size * 9 // 10
    return html.escape(visible[:size]) + "…"


def numbered_quote(number: int, hit: Hit, max_excerpt: int = EXCERPT_STEPS[0]) -> str:
    """'[1] Title' above the quote, as `parley ask` numbers its results."""
    return f"[{number}] <b>{html.escape(hit.title)}</b>\n{hit_html(hit, max_excerpt=max_excerpt)}"


def page_count(hits: Sequence[Hit]) -> int:
    return max(1, -(-len(hits) // PER_PAGE))


def page_html(hits: Sequence[Hit], page: int, limit: int = TELEGRAM_LIMIT) -> str:
    """One page of quotes (PER_PAGE of them), numbered across pages, under `limit` characters."""
    if not hits:
        return html.escape(NOT_COVERED)
    first = page * PER_PAGE
    shown = list(enumerate(hits[first : first + PER_PAGE], start=first + 1))

    def build(max_excerpt: int) -> str:
        return "\n\n".join(numbered_quote(n, hit, max_excerpt) for n, hit in shown)

    return _fit(build, limit)


def page_keyboard(token: str, page: int, hits: Sequence[Hit]) -> InlineKeyboardMarkup:
    """A Context button per quote on the page, and Back/More to page through the rest."""
    first = page * PER_PAGE
    numbers = range(first + 1, min(len(hits), first + PER_PAGE) + 1)
    rows = [[InlineKeyboardButton(f"Context {n}", callback_data=f"ctx:{token}:{n - 1}") for n in numbers]]
    paging = []
    if page > 0:
        paging.append(InlineKeyboardButton("◂ Back", callback_data=f"page:{token}:{page - 1}"))
    if page + 1 < page_count(hits):
        paging.append(InlineKeyboardButton("More ▸", callback_data=f"page:{token}:{page + 1}"))
    if paging:
        rows.append(paging)
    return InlineKeyboardMarkup(rows)


def read_as_html(answer: Answer) -> str:
    """'Read as: …' in italics and a blank line, when a name in the question was read as another spelling
    ("Zelenksy" as Zelensky); else ''."""
    line = read_as_line(answer)
    return f"<i>{html.escape(line)}</i>\n\n" if line else ""


def answer_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> str:
    """The first page of a private answer: how the question was read, when it matters, and the quotes."""
    lead = read_as_html(answer)
    return lead + page_html(answer.hits, 0, limit - len(lead))


def declined_html(answer: Answer) -> str:
    """A declined question: why, when a check can say, and where to see what the coverage spans."""
    return f"{read_as_html(answer)}{html.escape(decline_text(answer))}\n{html.escape(SCOPE_HINT)}"


def compact_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> str:
    """The short group answer: the best GROUP_QUOTES quotes with shorter excerpts."""
    if answer.message:
        return html.escape(answer.message)
    if not answer.answered or not answer.hits:
        return declined_html(answer)
    hits = answer.hits[:GROUP_QUOTES]

    lead = read_as_html(answer)

    def build(max_excerpt: int) -> str:
        return lead + "\n\n".join(hit_html(h, max_excerpt=min(max_excerpt, 600)) for h in hits)

    return _fit(build, limit)


def context_html(records: Sequence[PassageRecord], passage_id: int, limit: int = TELEGRAM_LIMIT) -> str:
    """The quoted passage in bold between its neighbours, all verbatim, then the article's citation."""
    if not records:
        return html.escape(EXPIRED)
    record = next((r for r in records if r.id == passage_id), records[0])
    line = f"— {html.escape(record.source)}, {html.escape(format_date(record.published))}"
    if record.url:
        line += f' · <a href="{html.escape(record.url, quote=True)}">source</a>'
    if record.note:
        line += f"\n<i>Note: {html.escape(record.note)}</i>"

    def build(max_excerpt: int) -> str:
        paragraphs = []
        for r in records:
            quoted = prose(r.text)
            if not quoted:  # a neighbour made only of photo captions
                continue
            text = quoted if len(quoted) <= max_excerpt * 2 else shortened(quoted, max_excerpt * 2)
            escaped = html.escape(text)
            paragraphs.append(f"<b>{escaped}</b>" if r.id == record.id else escaped)
        body = "\n\n".join(paragraphs)
        return f"<b>{html.escape(record.title)}</b>\n<blockquote>{body}</blockquote>\n{line}"

    return _fit(build, limit)


def inline_title(hit: Hit) -> str:
    """'Publisher · 4 Jun 2026' for an inline result."""
    return f"{hit.source} · {format_date(hit.published)}"


def inline_description(hit: Hit) -> str:
    """The start of the best quoted passage, cut at a word."""
    text = " ".join(hit.best_passage.split())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    return text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0] + "…"


def help_html(username: str | None) -> str:
    return HELP.format(username=html.escape(username or "bot"))


def about_html(stats: IndexStats) -> str:
    """What the coverage spans: articles, publishers, dates."""
    return (
        f"I quote from <b>{stats.articles}</b> articles by <b>{len(stats.sources)}</b> publishers, "
        f"published {html.escape(stats.date_range)}.\n/sources lists the publishers."
    )


def _within(head: str, items: Sequence[str], tail: str, separator: str, limit: int) -> str:
    """`head`, as many of `items` as fit under `limit` characters with "… and N more", then `tail`."""
    for shown in range(len(items), -1, -1):
        rest = len(items) - shown
        listed = list(items[:shown]) + ([f"… and {rest} more"] if rest else [])
        text = head + separator.join(listed) + tail
        if len(text) <= limit:
            return text
    return (head + tail)[:limit]


def sources_html(stats: IndexStats, limit: int = TELEGRAM_LIMIT) -> str:
    """The publishers with their article counts, most articles first, within one message."""
    lines = [f"• {html.escape(source)}: {count}" for source, count in stats.sources]
    return _within("<b>Publishers</b> (articles)\n", lines, "", "\n", limit)


def stats_html(stats: IndexStats, questions: int, unanswered: int, limit: int = TELEGRAM_LIMIT) -> str:
    """The admin /stats view."""
    share = f"{unanswered / questions:.0%}" if questions else "n/a"
    head = f"<b>Index</b>\nArticles: {stats.articles}\nPassages: {stats.passages}\nSources ({len(stats.sources)}): "
    tail = (
        f"\nDates: {html.escape(stats.date_range)}\n"
        f"Model: {html.escape(stats.model)}\n"
        f"Last build: {html.escape(stats.built_at)} ({stats.build_seconds:.1f} s)\n\n"
        f"<b>Since start</b>\nQuestions asked: {questions}\nAnswered with quotes: {questions - unanswered}\n"
        f"Unanswered: {unanswered} ({share})"
    )
    sources = [f"{html.escape(s)} ({n})" for s, n in stats.sources]
    return _within(head, sources, tail, ", ", limit)


def inline_message_html(hit: Hit, limit: int = TELEGRAM_LIMIT) -> str:
    """The message an inline result posts: the quote with its source, within one message."""
    return _fit(lambda max_excerpt: hit_html(hit, max_excerpt=max_excerpt), limit)


def progress_html(progress: BuildProgress) -> str:
    """The /reindex progress line: phase, texts embedded / total, elapsed seconds.

    The texts are the new passages, their sentences and the headlines: each gets a vector.
    """
    text = f"Rebuilding the index… {PHASES.get(progress.phase, progress.phase)}"
    if progress.phase == "embedding":
        text += f": {progress.done} / {progress.total} texts embedded (passages, sentences, headlines)"
    return f"{text} ({progress.elapsed:.0f} s)"


def rebuild_done_html(report: BuildReport) -> str:
    text = (
        f"Index rebuilt: {report.articles} articles, {report.passages} passages "
        f"({report.newly_embedded} newly embedded, {report.reused} reused) in {report.seconds:.1f} s. "
        "Questions are now answered from it."
    )
    if report.skipped:
        text += f"\nSkipped {len(report.skipped)} input record(s), e.g. {html.escape(str(report.skipped[0]))}"
    return text


def rebuild_failed_html(reason: str) -> str:
    return f"Rebuild failed: {html.escape(reason)}\nThe previous index is still answering."


def rebuild_busy_html(progress: BuildProgress) -> str:
    return f"A rebuild is already running. {progress_html(progress)}"
