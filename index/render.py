"""Pure formatting of answers: plain text for the terminal, HTML for Telegram, JSON for machines.

Every sentence a reader sees is either a verbatim quote, its metadata, or one of the fixed
interface strings below: nothing is generated.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap

from index.chunk import OMISSION, split_sentences
from index.search import Answer, Hit, joined_excerpt

NOT_COVERED = "The coverage I have doesn't answer that."
TELEGRAM_LIMIT = 4096
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(iso: str | None) -> str:
    """'2026-06-04' -> '4 Jun 2026'; 'date unknown' when there is none."""
    if not iso:
        return "date unknown"
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def hit_to_json(hit: Hit) -> dict:
    return {
        "article_id": hit.article_id,
        "title": hit.title,
        "source": hit.source,
        "published": hit.published,
        "url": hit.url,
        "note": hit.note,
        "excerpt": hit.excerpt,
        "score": hit.score,
        "also_reported_by": list(hit.also_reported_by),
        "also_article_ids": list(hit.also_articles),
        # The passages the excerpt quotes, in the article's order (one unless several joined).
        "passages": hit.passages,
    }


def decline_text(answer: Answer) -> str:
    """What a declined question gets: the plain refusal, or the reason a check gave."""
    return answer.reason or NOT_COVERED


def read_as_line(answer: Answer) -> str:
    """'Read as: …' when a name in the question was read as another spelling, else ''."""
    return f"Read as: {answer.read_as}" if answer.read_as else ""


def answer_to_json(answer: Answer) -> dict:
    """The `parley ask --json` object for one question."""
    payload: dict = {
        "question": answer.question,
        "answered": answer.answered,
        "results": [hit_to_json(h) for h in answer.hits],
    }
    if answer.message:
        payload["message"] = answer.message
    if answer.reason:
        payload["reason"] = answer.reason
    if answer.read_as:
        payload["read_as"] = answer.read_as
    return payload


def citation(hit: Hit) -> str:
    """'Publisher, 4 Jun 2026' plus 'also reported by' when copies were folded in."""
    line = f"{hit.source}, {format_date(hit.published)}"
    if hit.also_reported_by:
        line += f" (also reported by {', '.join(hit.also_reported_by)})"
    return line


def render_text(answer: Answer, width: int = 88) -> str:
    """The answer as the terminal shows it: each excerpt quoted, with publisher, date and link."""
    if answer.message:
        return answer.message
    lead = read_as_line(answer)
    if not answer.answered or not answer.hits:
        return "\n".join(filter(None, [lead, decline_text(answer)]))
    blocks = [lead] if lead else []
    for number, hit in enumerate(answer.hits, start=1):
        quoted = textwrap.fill(
            f"“{hit.excerpt}”", width=width, initial_indent="  > ", subsequent_indent="  > "
        )
        lines = [f"[{number}] {hit.title}", quoted, f"  — {citation(hit)}"]
        lines.append(f"    {hit.url}" if hit.url else "    (no link to the original is known)")
        if hit.note:
            lines.append(f"    Note: {hit.note}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def fitted_excerpt(hit: Hit, max_chars: int) -> str:
    """The excerpt in at most `max_chars`: of several passages, the best ones that fit whole (the
    best one at least, cut if it must be); of one, its start."""
    if len(hit.excerpt) <= max_chars:
        return hit.excerpt
    chosen = list(hit.parts[:1])
    for part in hit.parts[1:]:
        if len(joined_excerpt([*chosen, part], hit.runs_on)) <= max_chars:
            chosen.append(part)
    text = joined_excerpt(chosen, hit.runs_on) if chosen else hit.excerpt
    return text if len(text) <= max_chars else shortened(text, max_chars)


def shortened(text: str, max_chars: int) -> str:
    """The start of `text` in at most `max_chars`, ending "…": after its last whole sentence that
    fits when that keeps most of the room, else after its last whole word."""
    room = text[: max_chars - 1]
    ends = [end for _, end in split_sentences(text, 0, len(text)) if end <= max_chars - 2]
    if ends and ends[-1] >= len(room) // 2:
        return text[: ends[-1]] + " …"
    cut = room.rsplit(" ", 1)[0] if " " in room.strip() else room
    cut = cut.rstrip(" ,;:–—-").removesuffix(OMISSION.strip()).rstrip()
    return cut + (" …" if cut.endswith((".", "!", "?")) and len(cut) <= max_chars - 2 else "…")


def hit_html(hit: Hit, max_excerpt: int = 1200) -> str:
    """One quote for Telegram: blockquote, source line with link, and the article's note."""
    parts = [f"<blockquote>{html.escape(fitted_excerpt(hit, max_excerpt))}</blockquote>"]
    source = f"— {html.escape(citation(hit))}"
    if hit.url:
        source += f' · <a href="{html.escape(hit.url, quote=True)}">source</a>'
    parts.append(source)
    if hit.note:
        parts.append(f"<i>Note: {html.escape(hit.note)}</i>")
    return "\n".join(parts)


def render_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> str:
    """The answer as one Telegram HTML message, under `limit` characters."""
    if answer.message:
        return html.escape(answer.message)
    if not answer.answered or not answer.hits:
        return html.escape(decline_text(answer))
    message = ""
    for hit in answer.hits:
        piece = hit_html(hit)
        candidate = f"{message}\n\n{piece}" if message else piece
        if len(candidate) > limit:
            if message:
                break
            candidate = hit_html(hit, max_excerpt=max(200, limit - len(piece) + len(hit.excerpt) - 200))
        message = candidate
    return message
