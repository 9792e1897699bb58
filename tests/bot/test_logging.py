"""The token never reaches the logs, and a failed start is one line."""

from __future__ import annotations

import logging
import sys

from bot.app import RedactingFormatter, configure_logging, quiet_startup_failure
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


def test_a_failed_start_logs_one_line_not_a_traceback():
    try:
        raise ConnectionError("All connection attempts failed")
    except ConnectionError:
        exc_info = sys.exc_info()

    def formatted(name: str, message: str) -> str:
        record = logging.LogRecord(name, logging.ERROR, __file__, 1, message, None, exc_info)
        quiet_startup_failure(record)
        return RedactingFormatter([], "%(message)s").format(record)

    bootstrap = "Network Retry Loop (Bootstrap Initialize Application): Failed run number 0 of 0. Aborting."
    assert formatted("telegram.ext.Application", bootstrap) == bootstrap
    assert "Traceback" in formatted("telegram.ext.Updater", "Network Retry Loop (Polling Updates): failed")
