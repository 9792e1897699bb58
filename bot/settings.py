"""The bot's configuration, read once from the environment (and a `.env` file) into a frozen record."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from index.environment import dotenv_file
from index.errors import ParleyError

TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(ParleyError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to know about its environment."""

    token: str
    api_base_url: str = TELEGRAM_BASE_URL
    admin_ids: frozenset[int] = frozenset()
    data_dir: Path = Path("data")
    corpus: tuple[Path, ...] = (Path("corpus"),)
    model: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    questions_per_minute: int = 20
    progress_interval: float = 2.0  # seconds between edits of the /reindex progress message

    @property
    def base_file_url(self) -> str:
        """The file-download base matching `api_base_url` ('…/bot' -> '…/file/bot')."""
        root = self.api_base_url.removesuffix("/bot")
        return f"{root}/file/bot"

    @property
    def webhook_path(self) -> str:
        """The path the webhook server listens on: the path of the public webhook URL."""
        return urlparse(self.webhook_url or "").path.lstrip("/")


def _get(env: Mapping[str, str], name: str) -> str | None:
    value = (env.get(name) or "").strip()
    return value or None


def _admin_ids(raw: str | None) -> frozenset[int]:
    ids = set()
    for part in re.split(r"[,\s]+", raw or ""):
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise SettingsError(
                f"PARLEY_ADMIN_IDS must list numeric Telegram user ids separated by commas, not {part!r}"
            ) from None
    return frozenset(ids)


def _int(env: Mapping[str, str], name: str, default: int, maximum: int | None = None) -> int:
    raw = _get(env, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if value < 1:
        raise SettingsError(f"{name} must be at least 1")
    if maximum is not None and value > maximum:
        raise SettingsError(f"{name} must be at most {maximum}, not {value}")
    return value


def read_environment(dotenv_path: str | Path = ".env") -> dict[str, str]:
    """The process environment over the values of a `.env` file, if there is one."""
    return {**dotenv_file(dotenv_path), **os.environ}


def load_settings(
    env: Mapping[str, str], *, data_dir: str | Path | None = None, corpus: list[str] | None = None
) -> Settings:
    """Settings from `env`; `data_dir` and `corpus` (from the command line) win over it."""
    token = _get(env, "TELEGRAM_BOT_TOKEN")
    if not token:
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in the environment or .env"
        )
    base_url = (_get(env, "TELEGRAM_API_BASE_URL") or TELEGRAM_BASE_URL).rstrip("/")
    if not base_url.startswith(("http://", "https://")) or not base_url.endswith("/bot"):
        raise SettingsError(f"TELEGRAM_API_BASE_URL must be an http(s) URL ending in /bot, not {base_url!r}")
    webhook_url = _get(env, "TELEGRAM_WEBHOOK_URL")
    secret = _get(env, "TELEGRAM_WEBHOOK_SECRET")
    if webhook_url:
        if not webhook_url.startswith("https://"):
            raise SettingsError("TELEGRAM_WEBHOOK_URL must be an https:// URL Telegram can reach")
        if not secret:
            raise SettingsError(
                "TELEGRAM_WEBHOOK_SECRET is required in webhook mode: set 1-256 characters of A-Z a-z 0-9 _ -"
            )
    if secret and not SECRET_PATTERN.match(secret):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET may only use 1-256 characters of A-Z a-z 0-9 _ -")
    paths = corpus or (_get(env, "PARLEY_CORPUS") or "corpus").split(os.pathsep)
    return Settings(
        token=token,
        api_base_url=base_url,
        admin_ids=_admin_ids(_get(env, "PARLEY_ADMIN_IDS")),
        data_dir=Path(data_dir or _get(env, "PARLEY_DATA") or "data"),
        corpus=tuple(Path(p) for p in paths if p),
        model=_get(env, "PARLEY_MODEL"),
        webhook_url=webhook_url,
        webhook_secret=secret,
        webhook_listen=_get(env, "TELEGRAM_WEBHOOK_LISTEN") or "0.0.0.0",
        webhook_port=_int(env, "TELEGRAM_WEBHOOK_PORT", 8443, maximum=65535),
        questions_per_minute=_int(env, "PARLEY_QUESTIONS_PER_MINUTE", 20),
    )
