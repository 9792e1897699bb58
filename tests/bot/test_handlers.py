"""Reader-facing behaviour through the real Application, offline: private, More, Context, groups, info."""

from __future__ import annotations

import html
import json
import logging

from bot_support import GROUP_ID, USER_ID, callback_update, message_dict, message_update, rt, visible_text
from fake_telegram import BOT_ID, BOT_USERNAME, FakeRequest
from telegram import Update

from bot import render
from bot.handlers import decode_question, encode_question
from index.render import NOT_COVERED, hit_html
from index.search import RetrievalConfig, Searcher

QUESTION = "Who led Russia's delegation in Istanbul?"


def _buttons(params: dict) -> list[dict]:
    return [b for row in params["reply_markup"]["inline_keyboard"] for b in row]


async def _ask(app, fake, text: str = QUESTION, **kwargs) -> dict:
    await app.process_update(message_update(app, text, **kwargs))
    sent = fake.called("sendMessage")
    assert sent, f"no reply to {text!r}: {fake.calls}"
    return sent[-1]


async def test_private_question_quotes_three_passages_verbatim(app, fake):
    expected = rt(app).searcher.search(QUESTION, limit=12).hits
    reply = await _ask(app, fake)

    assert [c.method for c in fake.calls] == ["sendChatAction", "sendMessage"]
    assert fake.called("sendChatAction")[0]["action"] == "typing"
    text = reply["text"]
    assert text.count("<blockquote>") == 3
    for number, hit in enumerate(expected[:3], start=1):
        assert f"[{number}] <b>{html.escape(hit.title)}</b>\n{hit_html(hit)}" in text
        if hit.url:
            assert f'<a href="{html.escape(hit.url, quote=True)}">source</a>' in text
    assert html.escape(expected[3].excerpt) not in text
    shown = visible_text(text)
    best_passage = expected[0].best_passage  # a long quote may drop its lesser passages, never this
    assert best_passage in shown and f"— {expected[0].source}" in shown


async def test_private_answer_has_context_and_more_buttons_with_short_payloads(app, fake):
    reply = await _ask(app, fake)
    buttons = _buttons(reply)
    assert [b["text"] for b in buttons] == ["Context 1", "Context 2", "Context 3", "More ▸"]
    for button in buttons:
        assert len(button["callback_data"].encode()) <= 64
    assert buttons[3]["callback_data"].startswith("page:") and buttons[3]["callback_data"].endswith(":1")


async def test_more_edits_the_answer_to_the_next_page(app, fake):
    hits = rt(app).searcher.search(QUESTION, limit=12).hits
    reply = await _ask(app, fake)
    more = _buttons(reply)[-1]["callback_data"]
    message = fake.sent[-1]
    await app.process_update(callback_update(app, more, message))

    edit = fake.called("editMessageText")[-1]
    assert edit["message_id"] == str(message["message_id"])
    assert edit["text"].startswith(f"[4] <b>{html.escape(hits[3].title)}</b>")
    best = [html.escape(hit.best_passage) for hit in hits]
    assert best[3] in edit["text"] and best[0] not in edit["text"]
    labels = [b["text"] for b in _buttons(edit)]
    assert labels == ["Context 4", "Context 5", "Context 6", "◂ Back", "More ▸"]
    assert fake.called("answerCallbackQuery")


async def test_context_shows_the_paragraphs_around_a_quote(app, fake):
    searcher = rt(app).searcher
    hits = searcher.search(QUESTION, limit=12).hits
    reply = await _ask(app, fake)
    ctx = _buttons(reply)[0]["callback_data"]
    answer_message = fake.sent[-1]
    await app.process_update(callback_update(app, ctx, answer_message))

    sent = fake.called("sendMessage")[-1]
    assert sent["reply_parameters"]["message_id"] == answer_message["message_id"]
    records = searcher.context(hits[0].passage_id)
    assert len(records) >= 2
    assert f"<b>{html.escape(hits[0].best_passage)}</b>" in sent["text"]  # the quote's best passage
    for record in records:
        assert html.escape(record.text) in sent["text"]
    visible_text(sent["text"])


async def test_unknown_button_payload_says_the_answer_expired(app, fake):
    message = message_dict("x")
    await app.process_update(callback_update(app, "page:deadbeef:1", message))
    await app.process_update(callback_update(app, "ctx:deadbeef:0", message))
    alerts = fake.called("answerCallbackQuery")
    assert [a["text"] for a in alerts] == [render.EXPIRED, render.EXPIRED]
    assert not fake.called("editMessageText") and not fake.called("sendMessage")


async def test_uncovered_question_is_said_plainly_without_buttons(app, fake):
    runtime = rt(app)
    strict = RetrievalConfig(
        min_dense=0.99, min_dense_other=0.99
    )  # the fake model scores everything; demand the impossible
    runtime.searcher = Searcher(runtime.searcher.store, runtime.searcher.embedder, strict)
    reply = await _ask(app, fake, "What is the recipe for borscht?")
    assert reply["text"] == f"{html.escape(NOT_COVERED)}\n{html.escape(render.SCOPE_HINT)}"
    assert "reply_markup" not in reply
    # In a group too, and /about then says what the coverage spans.
    group = await _ask(app, fake, "/ask What is the recipe for borscht?", chat_id=GROUP_ID)
    assert group["text"] == reply["text"]
    about = await _ask(app, fake, "/about")
    assert "articles by" in about["text"] and "published" in about["text"]


async def test_machine_written_article_carries_its_note_beside_the_quote(app, fake):
    reply = await _ask(app, fake, "Putin rejected the summit: no reason to meet")
    assert "Hanna AI News, date unknown" in reply["text"]
    assert "<i>Note: Machine-written article. Its dates (April 4-5, 2024) conflict" in reply["text"]


async def test_group_ask_gives_a_compact_answer_with_a_deep_link(app, fake):
    reply = await _ask(app, fake, f"/ask@{BOT_USERNAME} {QUESTION}", chat_id=GROUP_ID)
    best = rt(app).searcher.search(QUESTION, limit=2).hits
    assert reply["chat_id"] == str(GROUP_ID)
    assert 1 <= reply["text"].count("<blockquote>") <= 2
    assert hit_html(best[0], max_excerpt=600) in reply["text"]
    assert "reply_parameters" in reply  # replies to the asker in a busy group
    [button] = _buttons(reply)
    payload = button["url"].split("?start=")[1]
    assert button["url"].startswith(f"https://t.me/{BOT_USERNAME}?start=")
    assert decode_question(payload) == QUESTION


async def test_group_ask_without_question_shows_usage(app, fake):
    reply = await _ask(app, fake, "/ask", chat_id=GROUP_ID)
    assert reply["text"] == render.ASK_USAGE


async def test_group_ignores_chatter_and_commands_for_other_bots(app, fake):
    await app.process_update(message_update(app, "who led the delegation in Istanbul?", chat_id=GROUP_ID))
    await app.process_update(message_update(app, f"/ask@other_bot {QUESTION}", chat_id=GROUP_ID))
    someone = message_dict("hello", user_id=999, chat_id=GROUP_ID)
    await app.process_update(message_update(app, QUESTION, chat_id=GROUP_ID, reply_to=someone))
    assert fake.calls == []


async def test_group_mention_and_reply_to_the_bot_are_answered(app, fake):
    reply = await _ask(app, fake, f"@{BOT_USERNAME} {QUESTION}", chat_id=GROUP_ID, mention=True)
    assert "<blockquote>" in reply["text"]
    own = {
        **message_dict("earlier answer", chat_id=GROUP_ID),
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "P"},
    }
    fake.clear()
    reply = await _ask(app, fake, "and who led Ukraine's?", chat_id=GROUP_ID, reply_to=own)
    assert "<blockquote>" in reply["text"]


async def test_start_help_about_sources(app, fake):
    start = await _ask(app, fake, "/start")
    assert "I never write answers myself" in start["text"] and f"@{BOT_USERNAME}" in start["text"]
    help_text = await _ask(app, fake, "/help")
    assert "/ask your question" in help_text["text"]
    about = await _ask(app, fake, "/about")
    assert "<b>5</b> articles by <b>5</b> publishers" in about["text"]
    assert "15 May 2025 – 4 Jun 2026" in about["text"]
    sources = await _ask(app, fake, "/sources")
    assert "• The Moscow Times (AFP): 1" in sources["text"] and "• Newsweek: 1" in sources["text"]
    for reply in (start, help_text, about, sources):
        visible_text(reply["text"])


async def test_start_deep_link_asks_the_question(app, fake):
    reply = await _ask(app, fake, f"/start {encode_question('Istanbul delegation')}")
    assert reply["text"].count("<blockquote>") == 3 and "reply_markup" in reply


async def test_unknown_private_command_points_at_help(app, fake):
    reply = await _ask(app, fake, "/frobnicate")
    assert reply["text"] == html.escape(render.UNKNOWN_COMMAND)


async def test_per_user_question_limit(app, fake):
    rt(app).limiter.limit = 2
    for _ in range(2):
        assert "<blockquote>" in (await _ask(app, fake))["text"]
    refused = await _ask(app, fake)
    assert visible_text(refused["text"]).startswith("You're asking faster than I can answer")
    other = await _ask(app, fake, user_id=USER_ID + 1)
    assert "<blockquote>" in other["text"]


async def test_errors_are_logged_with_traceback_and_the_user_gets_an_apology(app, fake, caplog):
    class Broken:
        def search(self, question, limit=5):
            raise ValueError("disk on fire")

    working, rt(app).searcher = rt(app).searcher, Broken()
    try:
        with caplog.at_level(logging.ERROR):
            reply = await _ask(app, fake)
    finally:
        rt(app).searcher = working
    assert reply["text"] == html.escape(render.APOLOGY)
    assert "disk on fire" not in reply["text"]
    record = next(r for r in caplog.records if r.name == "bot.handlers")
    assert record.exc_info and "disk on fire" in str(record.exc_info[1])


async def test_post_init_registers_the_command_menus(settings, fake):
    from fake_telegram import FakeRequest

    from bot.app import build_application

    application = build_application(settings, request=FakeRequest(fake), rate_limit=False)
    async with application:
        await application.post_init(application)
    default = fake.commands['{"type": "default"}']
    assert [c["command"] for c in default] == ["start", "help", "about", "sources", "ask"]
    admin = fake.commands['{"chat_id": 4242, "type": "chat"}']
    assert {"reindex", "stats"} <= {c["command"] for c in admin}


async def test_html_in_questions_never_reaches_the_reply_unescaped(app, fake):
    question = "<script>alert('x')</script> & <b>Istanbul</b> delegation?"
    reply = await _ask(app, fake, question)
    assert "<script>" not in reply["text"] and "<b>Istanbul</b>" not in reply["text"]
    visible_text(reply["text"])
    group = await _ask(app, fake, f"/ask {question}", chat_id=GROUP_ID)
    visible_text(group["text"])
    payload = _buttons(group)[0]["url"].split("?start=")[1] if "reply_markup" in group else None
    linked = rt(app).links.get(payload.removeprefix("q_")) if payload else None
    assert payload is None or question in (decode_question(payload), linked)


async def test_group_long_question_gets_a_button_that_asks_it_in_private(app, fake):
    long_question = "Кто возглавлял российскую делегацию на переговорах в Стамбуле в мае 2025 года?"
    assert encode_question(long_question) is None  # too long to carry itself in a deep link
    reply = await _ask(app, fake, f"/ask {long_question}", chat_id=GROUP_ID)
    [button] = _buttons(reply)
    payload = button["url"].split("?start=")[1]
    assert len(payload) <= 64 and payload.startswith("q_")
    fake.clear()
    private = await _ask(app, fake, f"/start {payload}")
    answered = rt(app).searcher.search(long_question, limit=3).hits
    assert html.escape(answered[0].best_passage) in private["text"]
    fake.clear()
    expired = await _ask(app, fake, "/start q_000000000000")
    assert expired["text"] == html.escape(render.EXPIRED)


async def test_a_second_tap_on_the_page_shown_is_not_an_error(app, fake, monkeypatch):
    reply = await _ask(app, fake)
    more = _buttons(reply)[-1]["callback_data"]
    message = fake.sent[-1]
    await app.process_update(callback_update(app, more, message))
    forward = FakeRequest.do_request

    async def unchanged(self, url, method, request_data=None, **kwargs):  # as Telegram answers a no-op edit
        if url.endswith("/editMessageText"):
            body = {"ok": False, "error_code": 400, "description": "Bad Request: message is not modified"}
            return 400, json.dumps(body).encode()
        return await forward(self, url, method, request_data, **kwargs)

    fake.clear()
    monkeypatch.setattr(FakeRequest, "do_request", unchanged)
    await app.process_update(callback_update(app, more, message))
    assert fake.called("answerCallbackQuery") and not fake.called("sendMessage")  # no apology


async def test_an_edited_question_is_not_answered_again(app, fake):
    message = message_dict(QUESTION)
    await app.process_update(Update.de_json({"update_id": 901, "message": message}, app.bot))
    assert len(fake.called("sendMessage")) == 1
    edited = {**message, "text": QUESTION + "!", "edit_date": message["date"] + 5}
    await app.process_update(Update.de_json({"update_id": 902, "edited_message": edited}, app.bot))
    group = {**message_dict(f"/ask {QUESTION}", chat_id=GROUP_ID), "edit_date": message["date"] + 5}
    await app.process_update(Update.de_json({"update_id": 903, "edited_message": group}, app.bot))
    assert len(fake.called("sendMessage")) == 1


async def test_a_misspelt_name_is_read_as_the_coverages_and_the_reply_says_so(app, fake):
    typed = "Why did Putin refuse to meet Zelenkyy?"
    read = rt(app).searcher.search(typed).read_as
    assert read is not None and "Zelenkyy" not in read
    reply = await _ask(app, fake, typed)
    assert reply["text"].startswith(f"<i>Read as: {html.escape(read)}</i>\n\n[1] <b>")
