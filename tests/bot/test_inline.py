"""Inline mode through the real Application, offline."""

from __future__ import annotations

import html

from bot_support import inline_update, rt, visible_text

from bot import render
from index.render import NOT_COVERED
from index.search import RetrievalConfig, Searcher


async def _inline(app, fake, query: str) -> dict:
    await app.process_update(inline_update(app, query))
    [answer] = fake.called("answerInlineQuery")
    return answer


async def test_inline_query_lists_quotes_that_post_with_their_source(app, fake):
    hits = rt(app).searcher.search("Istanbul delegation talks", limit=10).hits
    answer = await _inline(app, fake, "Istanbul delegation talks")

    results = answer["results"]
    assert 1 <= len(results) <= 10 and len(results) == len(hits)
    assert answer["cache_time"] == "300"
    assert len({r["id"] for r in results}) == len(results)
    for result, hit in zip(results, hits, strict=True):
        assert result["type"] == "article"
        assert result["title"] == f"{hit.source} · {render.inline_title(hit).split(' · ')[1]}"
        assert hit.best_passage.startswith(result["description"].removesuffix("…"))
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert content["message_text"].startswith("<blockquote>")
        assert html.escape(hit.best_passage[:40]) in content["message_text"]
        if hit.url:
            assert f'<a href="{html.escape(hit.url, quote=True)}">source</a>' in content["message_text"]
        visible_text(content["message_text"])
    assert results[0]["title"].endswith(("2025", "2026", "date unknown"))


async def test_short_inline_query_shows_a_hint_and_a_private_chat_button(app, fake):
    answer = await _inline(app, fake, " ab ")
    assert answer["results"] == []
    assert answer["button"] == {"text": render.INLINE_HINT, "start_parameter": "inline"}


async def test_uncovered_inline_query_says_so_in_the_button(app, fake):
    runtime = rt(app)
    runtime.searcher = Searcher(
        runtime.searcher.store,
        runtime.searcher.embedder,
        RetrievalConfig(min_dense=0.99, min_dense_other=0.99),
    )
    answer = await _inline(app, fake, "recipe for borscht")
    assert answer["results"] == []
    assert answer["button"]["text"] == NOT_COVERED


async def test_inline_queries_are_not_counted_as_questions(app, fake):
    await _inline(app, fake, "Istanbul delegation talks")
    assert rt(app).questions == 0
