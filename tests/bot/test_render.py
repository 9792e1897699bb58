"""Pure formatting: pages, buttons, context, inline text, limits and escaping."""

from __future__ import annotations

from bot_support import visible_text

from bot import render
from bot.handlers import decode_question, encode_question
from index.build import BuildProgress
from index.rank import Candidate
from index.render import fitted_excerpt, hit_html
from index.search import Answer, Hit, joined_excerpt
from index.search import _hit as _hit_for
from index.stats import IndexStats
from index.store import PassageRecord


def _hit(n: int, excerpt: str = "Talks resumed in Istanbul.", **kw) -> Hit:
    fields = dict(
        passage_id=n, article_id=f"a{n}", title=f"Title {n}", source=f"Paper {n}", published="2026-06-04",
        url=f"https://example.org/{n}?x=1&y=2", note=None, excerpt=excerpt, score=1.0 / (n + 1),
    )  # fmt: skip
    return Hit(**{**fields, **kw})


def _record(pid: int, position: int, start: int, end: int, text: str) -> PassageRecord:
    """A stored passage of article "a"."""
    return PassageRecord(pid, "a", position, start, end, text, "T", "S", None, None, None, "en")


def test_pages_number_quotes_across_pages():
    hits = [_hit(n) for n in range(8)]
    assert render.page_count(hits) == 3
    second = render.page_html(hits, 1)
    assert second.startswith("[4] <b>Title 3</b>\n<blockquote>") and "[6] <b>Title 5</b>" in second
    assert "[7]" not in second and "[3]" not in second
    assert '— Paper 3, 4 Jun 2026 · <a href="https://example.org/3?x=1&amp;y=2">source</a>' in second


def test_keyboard_has_context_per_quote_and_paging():
    hits = [_hit(n) for n in range(7)]
    first = render.page_keyboard("abcd1234", 0, hits).inline_keyboard
    assert [b.callback_data for b in first[0]] == ["ctx:abcd1234:0", "ctx:abcd1234:1", "ctx:abcd1234:2"]
    assert [b.text for b in first[1]] == ["More ▸"]
    last = render.page_keyboard("abcd1234", 2, hits).inline_keyboard
    assert [b.text for b in last[0]] == ["Context 7"]
    assert [(b.text, b.callback_data) for b in last[1]] == [("◂ Back", "page:abcd1234:1")]


def test_huge_escaped_excerpts_stay_under_telegrams_limit():
    nasty = "<&> " * 2000  # every character expands when escaped
    hits = [_hit(n, excerpt=nasty, title="<T&>" * 50, note="&" * 300) for n in range(3)]
    for text in (render.page_html(hits, 0), render.compact_html(Answer("q", True, tuple(hits)))):
        assert len(text) <= 4096
        assert "&lt;&amp;&gt;" in text
        visible_text(text)


def test_context_bolds_the_quote_between_its_neighbours():
    records = [
        PassageRecord(i, "a", i, 0, 1, f"Para {i} <x> & y", "T & <U>", "Src", "2025-05-15", "https://e.org/?a=1&b=2", "Check this", "en")
        for i in range(3)
    ]  # fmt: skip
    text = render.context_html(records, 1)
    assert text.startswith("<b>T &amp; &lt;U&gt;</b>\n<blockquote>Para 0 &lt;x&gt; &amp; y\n\n<b>Para 1")
    assert (
        '— Src, 15 May 2025 · <a href="https://e.org/?a=1&amp;b=2">source</a>\n<i>Note: Check this</i>'
        in text
    )
    visible_text(text)
    long = [
        PassageRecord(i, "a", i, 0, 1, "word " * 3000, "T", "S", None, None, None, "en") for i in range(3)
    ]
    assert len(render.context_html(long, 1)) <= 4096


def test_passages_of_one_article_quote_in_its_order_with_gaps_marked():
    parts = ((7, "Seventh."), (2, "Second."), (3, "Third."))  # best first
    assert joined_excerpt(parts) == "Second. Third. […] Seventh."
    assert joined_excerpt(parts, runs_on=frozenset({2})) == "Second. Third. […] Seventh."
    assert joined_excerpt(parts, runs_on=frozenset()) == "Second. […] Third. […] Seventh."
    assert joined_excerpt([]) == ""


def test_a_heading_left_out_between_neighbouring_passages_is_marked():
    def record(position: int, start: int, end: int) -> PassageRecord:
        return _record(position, position, start, end, f"P{position}.")

    # P0 and P1 are a paragraph break apart; a heading line sits between P1 and P2.
    lead = Candidate(record(1, 12, 40), dense=0.9, sentence=0.9)
    lead.more = [Candidate(record(0, 0, 10), 0.8, 0.8), Candidate(record(2, 57, 90), 0.8, 0.8)]
    hit = _hit_for(lead)
    assert hit.excerpt == "P0. P1. […] P2."
    assert fitted_excerpt(hit, 10) == "P0. P1."  # the best passage and its neighbour still run on


def test_neighbouring_passages_run_on_only_when_nothing_lies_between_them_as_quoted():
    def record(position: int, text: str) -> PassageRecord:
        return _record(position, position, position * 100, position * 100 + 90, text)

    first, second = record(0, "Talks resumed in Istanbul."), record(1, "Both sides swapped prisoners.")
    lead = Candidate(first, dense=0.9, sentence=0.9)
    lead.more = [Candidate(second, 0.8, 0.8)]
    assert (
        _hit_for(lead, lambda a, b: "\n\n   ").excerpt
        == "Talks resumed in Istanbul. Both sides swapped prisoners."
    )
    assert _hit_for(lead, lambda a, b: "\nWhy It Matters\n").excerpt == (
        "Talks resumed in Istanbul. […] Both sides swapped prisoners."
    )
    # A photo credit ending the first passage is left out of the quote, so the seam is a gap too.
    captioned = record(0, "Talks resumed in Istanbul. Delegates arrive. (AP Photo/Khalil Hamra)")
    lead = Candidate(captioned, dense=0.9, sentence=0.9)
    lead.more = [Candidate(second, 0.8, 0.8)]
    assert (
        _hit_for(lead, lambda a, b: " ").excerpt
        == "Talks resumed in Istanbul. […] Both sides swapped prisoners."
    )


def test_a_shortened_quote_ends_after_a_sentence_or_a_word_never_an_abbreviation():
    from index.render import shortened

    cases = [
        ("The delegation met U.S. officials in Geneva on Monday and they talked for hours.", 40),
        ("Talks were held on Jan. 5 in Riyadh between the sides and more talks are expected.", 30),
        ("Short one. And then a much longer second sentence follows here.", 20),
        ("Talks in Geneva […] and more talks in Istanbul followed", 22),
    ]
    results = [shortened(text, size) for text, size in cases]
    assert results == [
        "The delegation met U.S. officials in…",
        "Talks were held on Jan. 5 in…",
        "Short one. …",
        "Talks in Geneva…",
    ]
    assert all(len(r) <= size for r, (_, size) in zip(results, cases, strict=True))


def test_context_leaves_out_a_neighbour_made_only_of_captions():
    records = [
        _record(1, 0, 0, 60, "Ships wait. (AP Photo/Khalil Hamra) FILE - A tanker leaves."),
        _record(2, 1, 61, 90, "Talks resumed in Istanbul on Monday."),
    ]
    text = render.context_html(records, 2)
    assert "Talks resumed in Istanbul on Monday." in text and "tanker" not in text and "Photo" not in text


def test_a_long_quote_keeps_its_best_passage_whole():
    best, near, far = "B" * 300, "N" * 200, "F" * 500
    parts = ((5, best), (6, near), (9, far))
    hit = _hit(1, excerpt=joined_excerpt(parts), parts=parts)
    assert fitted_excerpt(hit, 10_000) == hit.excerpt
    assert fitted_excerpt(hit, 600) == f"{best} {near}"  # the far passage no longer fits
    assert fitted_excerpt(hit, 400) == best
    assert fitted_excerpt(hit, 100) == "B" * 99 + "…"
    single = _hit(2, excerpt="word " * 100)
    assert fitted_excerpt(single, 50) == "word " * 8 + "word…"  # cut between words, never inside one
    sentences = _hit(3, excerpt="Talks resumed in Istanbul. " * 10)
    cut = fitted_excerpt(sentences, 100)
    assert cut == "Talks resumed in Istanbul. " * 2 + "Talks resumed in Istanbul. …" and len(cut) <= 100
    assert render.inline_description(hit).startswith("BBB")


def test_inline_description_cuts_at_a_word():
    hit = _hit(1, excerpt="Negotiators  met\nin Istanbul " + "again and " * 30)
    description = render.inline_description(hit)
    assert description.startswith("Negotiators met in Istanbul again") and description.endswith("…")
    assert len(description) <= render.DESCRIPTION_CHARS + 1
    assert render.inline_title(_hit(2, published=None)) == "Paper 2 · date unknown"


def test_progress_line():
    step = BuildProgress("embedding", done=32, total=120, elapsed=4.4)
    assert (
        render.progress_html(step)
        == "Rebuilding the index… Embedding passages: 32 / 120 texts embedded (passages, sentences, headlines) (4 s)"
    )
    assert (
        render.progress_html(BuildProgress("writing", elapsed=9))
        == "Rebuilding the index… Writing the new index (9 s)"
    )


def test_deep_link_payload_round_trips_and_respects_64_characters():
    payload = encode_question("Who led Russia's delegation?")
    assert payload.startswith("ask_") and len(payload) <= 64
    assert set(payload) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    assert decode_question(payload) == "Who led Russia's delegation?"
    assert encode_question("x" * 100) is None
    assert decode_question("inline") is None and decode_question("ask_%%%") is None


def _stats(publishers: int) -> IndexStats:
    sources = tuple((f"Publisher number {n} & Sons", 300 - n) for n in range(publishers))
    return IndexStats(
        900, 5000, sources, "2022-02-24", "2026-06-04", "e5-small", "2026-11-25T10:00:00+00:00", 12.5
    )


def test_sources_and_stats_fit_one_message_however_many_publishers():
    few = render.sources_html(_stats(3))
    assert few.count("•") == 3 and "more" not in few
    many = render.sources_html(_stats(400))
    assert len(many) <= 4096 and many.startswith(
        "<b>Publishers</b> (articles)\n• Publisher number 0 &amp; Sons: 300"
    )
    shown = many.count("•")
    assert 10 < shown < 400 and many.endswith(f"… and {400 - shown} more")
    stats = render.stats_html(_stats(400), questions=3, unanswered=1)
    assert (
        len(stats) <= 4096
        and "… and " in stats
        and stats.endswith("Answered with quotes: 2\nUnanswered: 1 (33%)")
    )
    visible_text(many), visible_text(stats)  # still valid Telegram HTML


def test_inline_message_fits_one_message_even_with_a_huge_note():
    hit = _hit(1, excerpt="Talks resumed in Istanbul. " * 100, note="A very long note. " * 200)
    text = render.inline_message_html(hit)
    assert len(text) <= 4096 and "Talks resumed in Istanbul." in visible_text(text)
    normal = _hit(2)
    assert render.inline_message_html(normal) == hit_html(normal)


def test_a_respelt_question_says_how_it_was_read_and_stays_under_the_limit():
    nasty = "<&> " * 2000
    hits = tuple(_hit(n, excerpt=nasty) for n in range(3))
    respelt = Answer("what did zelenksy <say>", True, hits, read_as="What did Zelensky <say>?")
    for text in (render.answer_html(respelt), render.compact_html(respelt)):
        assert text.startswith("<i>Read as: What did Zelensky &lt;say&gt;?</i>\n\n")
        assert len(text) <= 4096
        visible_text(text)
    declined = Answer("what did zelenksy say", False, read_as="What did Zelensky say?")
    assert render.declined_html(declined).startswith("<i>Read as: What did Zelensky say?</i>\n\n")
    # A question read as typed says nothing of it.
    plain = Answer("what did Zelensky say?", True, hits[:1])
    assert render.answer_html(plain) == render.page_html(hits[:1], 0)
    assert not render.declined_html(Answer("q", False)).startswith("<i>")
