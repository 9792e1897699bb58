"""A fake Bot API: records every call and answers like Telegram, in process or over HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from telegram.request import BaseRequest, RequestData

BOT_ID = 7000001
BOT_USERNAME = "parley_test_bot"
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Parley",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}


@dataclass(frozen=True)
class Call:
    """One Bot API request as the bot made it."""

    method: str
    params: dict[str, Any]


def _value(raw: Any) -> Any:
    """Form values arrive as strings with objects JSON-encoded; decode the objects."""
    if isinstance(raw, str) and raw[:1] in "[{":
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _chat(chat_id: Any) -> dict:
    number = int(chat_id)
    return {"id": number, "type": "private" if number > 0 else "group", "title": None}


class FakeTelegram:
    """The Bot API's behaviour, reduced to what Parley uses."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.commands: dict[str, list] = {}
        self._message_id = 1000
        self._update_id = 1
        self.pending: list[dict] = []
        self.sent: list[dict] = []  # the messages sendMessage created, as Telegram returns them
        self.arrived: asyncio.Event | None = None  # set when updates are injected (HTTP mode)

    def called(self, method: str) -> list[dict]:
        """The params of every call to `method`, in order."""
        return [c.params for c in self.calls if c.method == method]

    def clear(self) -> None:
        self.calls.clear()
        self.sent.clear()

    def next_update_id(self) -> int:
        self._update_id += 1
        return self._update_id

    def inject(self, update: dict) -> None:
        """Queue an update for getUpdates."""
        update = {"update_id": self.next_update_id(), **update}
        self.pending.append(update)
        if self.arrived is not None:
            self.arrived.set()

    def _message(self, params: dict, message_id: int | None = None) -> dict:
        if message_id is None:
            self._message_id += 1
            message_id = self._message_id
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {k: v for k, v in _chat(params["chat_id"]).items() if v is not None},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    def handle(self, method: str, params: dict[str, Any]) -> Any:
        """Record the call and return its `result`."""
        params = {k: _value(v) for k, v in params.items()}
        if method != "getUpdates":
            self.calls.append(Call(method, params))
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
            return list(self.pending)
        if method == "sendMessage":
            self.sent.append(self._message(params))
            return self.sent[-1]
        if method == "editMessageText":
            if "inline_message_id" in params:
                return True
            return self._message(params, int(params["message_id"]))
        if method == "setMyCommands":
            scope = params.get("scope") or {"type": "default"}
            self.commands[json.dumps(scope, sort_keys=True)] = params["commands"]
            return True
        if method == "getMyCommands":
            return self.commands.get(json.dumps({"type": "default"}), [])
        return True  # answerInlineQuery, answerCallbackQuery, sendChatAction, deleteWebhook, ...


class FakeRequest(BaseRequest):
    """A BaseRequest that hands every call to a FakeTelegram instead of the network."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None, **_: Any):
        params = request_data.json_parameters if request_data else {}
        result = self.fake.handle(url.rsplit("/", 1)[-1], params)
        return 200, json.dumps({"ok": True, "result": result}).encode()


class FakeBotApiServer:
    """The fake served over HTTP (`/bot<token>/<method>`), with long-polling getUpdates."""

    def __init__(self, fake: FakeTelegram, token: str) -> None:
        self.fake = fake
        self.token = token
        self.seen_tokens: set[str] = set()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def _endpoint(self, request: web.Request) -> web.Response:
        prefix, method = request.match_info["prefix"], request.match_info["method"]
        self.seen_tokens.add(prefix.removeprefix("bot"))
        if prefix != f"bot{self.token}":
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        if request.content_type == "application/json":
            params = await request.json()
        else:
            params = dict(await request.post())
        params.update(request.query)
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            if not [u for u in self.fake.pending if u["update_id"] >= offset]:
                self.fake.arrived.clear()
                # Short polls keep shutdown quick; the bot simply asks again.
                wait = min(float(params.get("timeout") or 0), 0.5)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.fake.arrived.wait(), wait)
        result = self.fake.handle(method, params)
        return web.json_response({"ok": True, "result": result})

    async def start(self) -> str:
        self.fake.arrived = asyncio.Event()
        app = web.Application()
        app.router.add_post("/{prefix}/{method}", self._endpoint)
        app.router.add_get("/{prefix}/{method}", self._endpoint)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
