"""Settings files: the values of a `.env` file, read the same way by every `parley` command."""

from __future__ import annotations

from pathlib import Path

from index.errors import ParleyError


def dotenv_file(path: str | Path = ".env") -> dict[str, str]:
    """The values a `.env` file sets (none if there is no such file)."""
    from dotenv import dotenv_values

    try:
        return {k: v for k, v in dotenv_values(path).items() if v is not None}
    except UnicodeDecodeError as error:
        raise ParleyError(f"{path} is not UTF-8 text: fix or remove it") from error
