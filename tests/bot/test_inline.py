"""Inline mode through the real Application, offline."""

from __future__ import annotations

import html

from bot_support import inline_update, message_update, rt, visible_text

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


async def test_typing_an_inline_query_does_not_use_up_private_questions(app, fake):
    typed = "Istanbul delegation talks who led them"
    for end in range(3, len(typed) + 1):  # Telegram sends a query as the user types
        await app.process_update(inline_update(app, typed[:end]))
    answers = fake.called("answerInlineQuery")
    assert all(a.get("button", {}).get("text") != render.INLINE_PRIVATE for a in answers)
    fake.clear()
    await app.process_update(message_update(app, "Who led Russia's delegation in Istanbul?"))
    assert "<blockquote>" in fake.called("sendMessage")[-1]["text"]


async def test_inline_queries_have_their_own_limit(app, fake):
    rt(app).inline_limiter.limit = 2
    for _ in range(2):
        assert (await _inline(app, fake, "Istanbul delegation talks"))["results"]
        fake.clear()
    refused = await _inline(app, fake, "Istanbul delegation talks")
    assert refused["results"] == [] and refused["button"]["text"] == render.INLINE_PRIVATE


async def test_unreadable_inline_query_gets_the_hint(app, fake):
    answer = await _inline(app, fake, "???")
    assert answer["results"] == [] and answer["button"]["text"] == render.INLINE_HINT
