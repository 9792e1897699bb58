"""The token never reaches the logs."""

from __future__ import annotations

import logging

from bot.app import RedactingFormatter, configure_logging
from bot.settings import Settings

TOKEN = "987654:SECRET-token"


def test_formatter_redacts_the_token_in_messages_and_tracebacks():
    formatter = RedactingFormatter([TOKEN], "%(message)s")
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{TOKEN}/getMe failed")
    except RuntimeError:
        import sys

        record = logging.LogRecord(
            "httpx", logging.INFO, __file__, 1, "GET %s", (f"/bot{TOKEN}/x",), sys.exc_info()
        )
    text = formatter.format(record)
    assert TOKEN not in text
    assert text.count("[redacted]") == 2


def test_configure_logging_quiets_httpx_and_redacts(capsys):
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging(Settings(token=TOKEN))
        assert logging.getLogger("httpx").level == logging.WARNING
        logging.getLogger("telegram.ext").warning("calling /bot%s/getUpdates", TOKEN)
        err = capsys.readouterr().err
        assert "calling /bot[redacted]/getUpdates" in err and TOKEN not in err
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
