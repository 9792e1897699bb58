"""`parley bot` as a real process against a fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest
from bot_support import ADMIN_ID, GROUP_ID, NEW_ARTICLE, SEED_CORPUS, USER_ID, ZANZIBAR, message_dict
from fake_telegram import BOT_USERNAME, FakeBotApiServer, FakeTelegram

PARLEY = Path(sys.executable).with_name("parley")
TOKEN = "424242:E2E-secret_token"
STEP_TIMEOUT = 20.0
# Starting up imports torch and loads the model before the first call that follows it: slower on a busy
# machine (it once took over 20 s while another job held both cores).
STARTUP_TIMEOUT = 60.0


def _to(chat_id: int) -> Callable[[dict], bool]:
    return lambda params: params.get("chat_id") == str(chat_id)


class Bot:
    """The running process and the fake it talks to."""

    def __init__(self, process: asyncio.subprocess.Process, fake: FakeTelegram, log: Path) -> None:
        self.process, self.fake, self.log = process, fake, log

    async def until(
        self,
        method: str,
        match: Callable[[dict], bool] = lambda p: True,
        after: int = 0,
        timeout: float = STEP_TIMEOUT,
    ) -> dict:
        """The first call to `method` (from index `after` on) that matches, waiting at most `timeout` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in self.fake.called(method)[after:] if match(p)]
            if found:
                return found[0]
            if self.process.returncode is not None:
                pytest.fail(f"parley bot exited with {self.process.returncode}:\n{self.log.read_text()}")
            await asyncio.sleep(0.05)
        pytest.fail(f"no {method} within {timeout} s; calls: {[c.method for c in self.fake.calls]}")


async def _start(tmp_path: Path, built_index: Path, fake: FakeTelegram, base_url: str, **extra: str) -> Bot:
    """Start `parley bot` on a copy of the seed index, with its output in a log file."""
    data = Path(shutil.copytree(built_index, tmp_path / "data"))
    corpus = Path(shutil.copytree(SEED_CORPUS, tmp_path / "corpus"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PARLEY_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=base_url,
        PARLEY_DATA=str(data),
        PARLEY_CORPUS=str(corpus),
        PARLEY_ADMIN_IDS=str(ADMIN_ID),
        **extra,
    )
    log = tmp_path / "bot.log"
    with log.open("w") as sink:
        process = await asyncio.create_subprocess_exec(
            str(PARLEY), "bot", env=env, cwd=tmp_path, stdout=sink, stderr=sink
        )
    return Bot(process, fake, log)


async def _stop(bot: Bot, server: FakeBotApiServer) -> str:
    """SIGTERM the bot (kill it if it will not stop), stop the server, return the bot's log."""
    process = bot.process
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 15)
        except TimeoutError:
            process.kill()
            await process.wait()
    await server.stop()
    return bot.log.read_text()


@pytest.fixture(scope="session")
def e5_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus indexed with the real default model, built once per session."""
    from index.build import build_index

    folder = tmp_path_factory.mktemp("e5-index") / "data"
    build_index([SEED_CORPUS], folder, model="e5-small")
    return folder


@pytest.mark.e2e
@pytest.mark.parametrize(
    "index_fixture", ["built_index", pytest.param("e5_index", marks=pytest.mark.model, id="e5-small")]
)
async def test_parley_bot_answers_private_group_inline_and_admin_reindex(tmp_path, request, index_fixture):
    built_index = request.getfixturevalue(index_fixture)
    fake = FakeTelegram()
    server = FakeBotApiServer(fake, TOKEN)
    bot = await _start(tmp_path, built_index, fake, await server.start())
    corpus = tmp_path / "corpus"
    try:
        await bot.until("setMyCommands", timeout=STARTUP_TIMEOUT)  # post_init has opened the index

        fake.inject({"message": message_dict("Who led Russia's delegation in Istanbul?")})
        private = await bot.until("sendMessage", _to(USER_ID))
        assert private["text"].count("<blockquote>") == 3
        assert [b["text"] for b in private["reply_markup"]["inline_keyboard"][-1]] == ["More ▸"]
        assert fake.called("sendChatAction")[0]["action"] == "typing"

        fake.inject({"message": message_dict(f"/ask@{BOT_USERNAME} Istanbul delegation", chat_id=GROUP_ID)})
        group = await bot.until("sendMessage", _to(GROUP_ID))
        assert 1 <= group["text"].count("<blockquote>") <= 2 and "source</a>" in group["text"]

        fake.inject({"inline_query": {"id": "iq-1", "from": {"id": USER_ID, "is_bot": False, "first_name": "U"},
                                      "query": "Istanbul delegation talks", "offset": ""}})  # fmt: skip
        inline = await bot.until("answerInlineQuery")
        assert inline["inline_query_id"] == "iq-1" and 1 <= len(inline["results"]) <= 10
        assert "<blockquote>" in inline["results"][0]["input_message_content"]["message_text"]

        (corpus / "zz_new.md").write_text(NEW_ARTICLE)
        fake.inject({"message": message_dict("/reindex", user_id=ADMIN_ID)})
        started = await bot.until("sendMessage", _to(ADMIN_ID))
        assert started["text"].startswith("Rebuilding the index…")
        done = await bot.until(
            "editMessageText", lambda p: p["text"].startswith(("Index rebuilt", "Rebuild failed"))
        )
        assert done["text"].startswith("Index rebuilt: 6 articles, "), done["text"]

        asked = len(fake.called("sendMessage"))
        fake.inject({"message": message_dict(ZANZIBAR)})
        fresh = await bot.until("sendMessage", _to(USER_ID), after=asked)
        assert "Test Wire, 1 Jul 2026" in fresh["text"]
    finally:
        output = await _stop(bot, server)
    assert bot.process.returncode == 0, output
    assert server.seen_tokens == {TOKEN}
    assert TOKEN not in output


async def _listening(port: int) -> None:
    """Wait, a bounded time, until something accepts connections on `port`."""
    deadline = time.monotonic() + STEP_TIMEOUT
    while time.monotonic() < deadline:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        writer.close()
        return
    pytest.fail(f"nothing listens on port {port}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.e2e
async def test_webhook_mode_registers_the_secret_and_rejects_requests_without_it(tmp_path, built_index):
    fake = FakeTelegram()
    server = FakeBotApiServer(fake, TOKEN)
    port, secret = _free_port(), "hook-Secret_42"
    bot = await _start(
        tmp_path, built_index, fake, await server.start(),
        TELEGRAM_WEBHOOK_URL="https://bot.example.org/parley/hook",
        TELEGRAM_WEBHOOK_SECRET=secret,
        TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
        TELEGRAM_WEBHOOK_PORT=str(port),
    )  # fmt: skip
    try:
        registered = await bot.until("setWebhook", timeout=STARTUP_TIMEOUT)
        assert registered["url"] == "https://bot.example.org/parley/hook"
        assert registered["secret_token"] == secret
        await bot.until("setMyCommands", timeout=STARTUP_TIMEOUT)
        update = {"update_id": 5, "message": message_dict("Istanbul delegation")}
        url = f"http://127.0.0.1:{port}/parley/hook"
        await _listening(port)  # the webhook server starts just after post_init
        async with aiohttp.ClientSession() as client:
            async with client.post(url, json=update) as r:
                forged = r.status
            async with client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            ) as r:
                wrong = r.status
            async with client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
            ) as r:
                right = r.status
        assert (forged, wrong, right) == (403, 403, 200)
        reply = await bot.until("sendMessage", _to(USER_ID))
        assert reply["text"].count("<blockquote>") == 3
        assert len(fake.called("sendMessage")) == 1  # the forged updates were never processed
    finally:
        output = await _stop(bot, server)
    assert bot.process.returncode == 0, output
    assert secret not in output and TOKEN not in output


@pytest.mark.e2e
async def test_a_taken_webhook_port_is_one_clear_line(tmp_path, built_index):
    fake = FakeTelegram()
    server = FakeBotApiServer(fake, TOKEN)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot = await _start(
            tmp_path, built_index, fake, await server.start(),
            TELEGRAM_WEBHOOK_URL="https://bot.example.org/parley/hook",
            TELEGRAM_WEBHOOK_SECRET="hook-secret",
            TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
            TELEGRAM_WEBHOOK_PORT=str(port),
        )  # fmt: skip
        try:
            await asyncio.wait_for(bot.process.wait(), STEP_TIMEOUT)
        finally:
            output = await _stop(bot, server)
    assert bot.process.returncode == 1
    assert f"parley bot: cannot listen on 127.0.0.1:{port}: " in output
    assert "Traceback" not in output
