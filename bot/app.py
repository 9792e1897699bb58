"""Wiring: settings -> Application with every handler; `run()` is what `parley bot` calls."""

from __future__ import annotations

import asyncio
import logging
import sys

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import admin, handlers, inline
from bot.admin import BUILD_KEY, BuildFn
from bot.ratelimit import QuestionLimiter
from bot.runtime import RUNTIME_KEY, Runtime
from bot.settings import Settings, load_settings, read_environment
from index.errors import ParleyError
from index.search import open_searcher
from index.store import IndexStore

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("start", "Welcome and how to ask"),
    BotCommand("help", "How to ask, here, inline and in groups"),
    BotCommand("about", "What the coverage spans"),
    BotCommand("sources", "The publishers quoted"),
    BotCommand("ask", "Ask a question (in groups)"),
]
ADMIN_COMMANDS = [
    BotCommand("reindex", "Rebuild the index from the corpus"),
    BotCommand("stats", "Index and usage statistics"),
]


class RedactingFormatter(logging.Formatter):
    """A formatter that blanks out the bot token wherever it appears, tracebacks included."""

    def __init__(self, secrets: list[str], fmt: str | None = None) -> None:
        super().__init__(fmt)
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text


def quiet_startup_failure(record: logging.LogRecord) -> bool:
    """Keep python-telegram-bot's one line about a failed start but not its traceback: `run()` then
    prints the reason in one line of its own (bad token, Bot API unreachable)."""
    if record.name.startswith("telegram.ext") and "Bootstrap" in record.getMessage():
        record.exc_info, record.exc_text = None, None
    return True


def configure_logging(settings: Settings, level: int = logging.INFO) -> None:
    """Log to stderr with the token redacted; keep httpx's per-request URL lines out."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter(
            [settings.token, settings.webhook_secret or ""], "%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    )
    handler.addFilter(quiet_startup_failure)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


async def post_init(application: Application) -> None:
    """Open the index and its model once, and register the command menus."""
    rt: Runtime = application.bot_data[RUNTIME_KEY]
    if rt.searcher is None:
        searcher = await asyncio.to_thread(open_searcher, rt.settings.data_dir, rt.settings.model)
        rt.searcher = await asyncio.to_thread(searcher.warm)
    await application.bot.set_my_commands(COMMANDS)
    for admin_id in sorted(rt.settings.admin_ids):
        try:
            await application.bot.set_my_commands(
                COMMANDS + ADMIN_COMMANDS, scope=BotCommandScopeChat(admin_id)
            )
        except TelegramError as error:  # the admin has not started a chat with the bot yet
            logger.info("no admin command menu for %s: %s", admin_id, error)
    logger.info("serving %s passages as @%s", rt.searcher.store.manifest.passages, application.bot.username)


async def post_stop(application: Application) -> None:
    """Stop a running /reindex promptly: the half-done build is dropped, the live index is untouched."""
    await admin.stop_rebuild(application.bot_data[RUNTIME_KEY])


async def post_shutdown(application: Application) -> None:
    """Close this thread's connection to the index."""
    rt: Runtime = application.bot_data[RUNTIME_KEY]
    if rt.searcher is not None:
        rt.searcher.store.close()


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    rate_limit: bool = True,
    build: BuildFn | None = None,
) -> Application:
    """The Application with every handler registered; `request` and `build` are for tests."""
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(settings.base_file_url)
        .defaults(
            Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
        )
        .concurrent_updates(True)
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.bot_data[RUNTIME_KEY] = Runtime(
        settings=settings,
        limiter=QuestionLimiter(settings.questions_per_minute, 60.0),
        # Telegram sends an inline query as the user types: a more generous, separate allowance.
        inline_limiter=QuestionLimiter(settings.questions_per_minute * inline.TYPING_ALLOWANCE, 60.0),
    )
    if build is not None:
        application.bot_data[BUILD_KEY] = build

    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    addressed = filters.REPLY | filters.Entity("mention")
    new = filters.UpdateType.MESSAGE  # an edited question is not asked again
    application.add_handlers(
        [
            CommandHandler("start", handlers.start, filters=new),
            CommandHandler("help", handlers.help_command, filters=new),
            CommandHandler("about", handlers.about, filters=new),
            CommandHandler("sources", handlers.sources, filters=new),
            CommandHandler("ask", handlers.ask, filters=new),
            CommandHandler("reindex", admin.reindex, filters=new),
            CommandHandler("stats", admin.stats, filters=new),
            MessageHandler(new & private & filters.TEXT & ~filters.COMMAND, handlers.question),
            MessageHandler(new & groups & filters.TEXT & ~filters.COMMAND & addressed, handlers.addressed),
            MessageHandler(new & private & filters.COMMAND, handlers.unknown),
            CallbackQueryHandler(handlers.page, pattern=r"^page:"),
            CallbackQueryHandler(handlers.show_context, pattern=r"^ctx:"),
            InlineQueryHandler(inline.inline_query),
        ]
    )
    application.add_error_handler(handlers.error)
    return application


def _check_index(settings: Settings) -> None:
    """Fail fast, before any network call, when there is no usable index."""
    IndexStore.open(settings.data_dir, expected_model=_model(settings)).close()


def _model(settings: Settings) -> str | None:
    from index.embed import canonical_model_name

    return canonical_model_name(settings.model) if settings.model else None


def run(data_dir: str | None = None, corpus: list[str] | None = None) -> int:
    """Run the bot until interrupted: polling, or a webhook server when a webhook URL is set."""
    try:
        settings = load_settings(read_environment(), data_dir=data_dir, corpus=corpus)
        _check_index(settings)
    except ParleyError as error:
        print(f"parley bot: {error}", file=sys.stderr)
        return 1
    configure_logging(settings)
    application = build_application(settings)
    updates = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]  # all the bot handles
    try:
        if settings.webhook_url:
            application.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=settings.webhook_path,
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret,
                allowed_updates=updates,
            )
        else:
            application.run_polling(allowed_updates=updates)
    except InvalidToken:
        print("parley bot: Telegram rejected TELEGRAM_BOT_TOKEN: check it with @BotFather", file=sys.stderr)
        return 1
    except NetworkError as error:
        reason = str(error).replace(settings.token, "[redacted]")
        print(f"parley bot: cannot reach the Bot API at {settings.api_base_url}: {reason}", file=sys.stderr)
        return 1
    except ParleyError as error:
        print(f"parley bot: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # e.g. the webhook port is taken
        where = f"{settings.webhook_listen}:{settings.webhook_port}"
        print(f"parley bot: cannot listen on {where}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0
