"""Settings from the environment and `.env`, and `run()`'s one-line failures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.app import run
from bot.settings import TELEGRAM_BASE_URL, SettingsError, load_settings, read_environment


def test_defaults_need_only_a_token():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": " 1:abc "})
    assert settings.token == "1:abc"
    assert settings.api_base_url == TELEGRAM_BASE_URL
    assert settings.base_file_url == "https://api.telegram.org/file/bot"
    assert settings.data_dir == Path("data") and settings.corpus == (Path("corpus"),)
    assert settings.admin_ids == frozenset() and settings.webhook_url is None


def test_every_variable_is_read():
    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": "1:abc",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot/",
            "PARLEY_ADMIN_IDS": "12, 34 56",
            "PARLEY_DATA": "/srv/data",
            "PARLEY_CORPUS": os.pathsep.join(["a", "b.jsonl"]),
            "PARLEY_MODEL": "minilm",
            "PARLEY_QUESTIONS_PER_MINUTE": "5",
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/hook",
            "TELEGRAM_WEBHOOK_SECRET": "s3cret_-X",
            "TELEGRAM_WEBHOOK_PORT": "9000",
        }
    )
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.base_file_url == "http://127.0.0.1:8081/file/bot"
    assert settings.admin_ids == frozenset({12, 34, 56})
    assert settings.data_dir == Path("/srv/data") and settings.corpus == (Path("a"), Path("b.jsonl"))
    assert settings.model == "minilm" and settings.questions_per_minute == 5
    assert settings.webhook_path == "telegram/hook" and settings.webhook_port == 9000


def test_command_line_wins_over_environment():
    settings = load_settings(
        {"TELEGRAM_BOT_TOKEN": "1:abc", "PARLEY_DATA": "env"}, data_dir="cli", corpus=["c1", "c2"]
    )
    assert settings.data_dir == Path("cli") and settings.corpus == (Path("c1"), Path("c2"))


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"PARLEY_ADMIN_IDS": "12,bob"}, "PARLEY_ADMIN_IDS must list numeric"),
        ({"TELEGRAM_WEBHOOK_URL": "https://x.org/hook"}, "TELEGRAM_WEBHOOK_SECRET is required"),
        ({"TELEGRAM_WEBHOOK_URL": "http://x.org/hook", "TELEGRAM_WEBHOOK_SECRET": "s"}, "https://"),
        ({"TELEGRAM_WEBHOOK_SECRET": "no spaces allowed"}, "may only use"),
        ({"PARLEY_QUESTIONS_PER_MINUTE": "0"}, "at least 1"),
        ({"TELEGRAM_API_BASE_URL": "localhost:8081/bot"}, "http(s) URL"),
        ({"TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/"}, "ending in /bot"),
        ({"TELEGRAM_WEBHOOK_PORT": "70000"}, "at most 65535"),
    ],
)
def test_bad_settings_say_what_to_fix(env, says):
    env = {"TELEGRAM_BOT_TOKEN": "1:abc", **env} if env else env
    with pytest.raises(SettingsError, match=None) as error:
        load_settings(env)
    assert says in str(error.value) and "\n" not in str(error.value)


def test_dotenv_file_fills_in_what_the_environment_lacks(tmp_path, monkeypatch):
    dotenv = tmp_path / ".env"
    dotenv.write_text("TELEGRAM_BOT_TOKEN=from-file\nPARLEY_DATA=file-data\n# comment\n")
    monkeypatch.setenv("PARLEY_DATA", "env-data")
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    env = read_environment(dotenv)
    assert env["TELEGRAM_BOT_TOKEN"] == "from-file" and env["PARLEY_DATA"] == "env-data"


def test_run_without_token_prints_one_line_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert run() == 1
    err = capsys.readouterr().err
    assert err.startswith("parley bot: TELEGRAM_BOT_TOKEN is not set") and err.count("\n") == 1


def test_run_without_index_prints_one_line_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:abc")
    assert run(data_dir=str(tmp_path / "nothing")) == 1
    err = capsys.readouterr().err
    assert err.startswith("parley bot: no index in ") and "parley build" in err and err.count("\n") == 1
