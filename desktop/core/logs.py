"""Logging set-up: one rotating log file in the user log folder, plus a crash log.

Named loggers per area (``desktop.engine``, ``desktop.core.downloads.downloader`` ...) all end up in
``slm-playground.log``. Tokens and access tokens are never logged.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from typing import IO

from desktop.core import paths

LOG_FILE = "slm-playground.log"
CRASH_FILE = "crash.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
_crash_stream: IO[str] | None = None


def setup_logging(*, verbose: bool = False, console: bool = False) -> None:
    """Configure the root ``desktop`` logger once per process.

    Args:
        verbose: log debug lines too.
        console: also print log lines to stderr.
    """
    global _crash_stream
    logger = logging.getLogger("desktop")
    if getattr(logger, "_slm_configured", False):
        return
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
        _crash_stream = open(paths.logs_dir() / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_crash_stream)
    except OSError:
        # A read-only profile must not stop the app. Nothing is written then (without a
        # handler, Python would print every warning, tracebacks included, on stderr).
        logger.addHandler(logging.NullHandler())
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(stream)
    logger._slm_configured = True  # type: ignore[attr-defined]
