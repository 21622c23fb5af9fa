"""Logging set-up: one rotating log file in the user log folder, plus a crash log.

Named loggers per area (``desktop.engine``, ``desktop.core.downloads.downloader`` ...) all end up in
``slm-playground.log``. Tokens and access tokens are never logged.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
from typing import IO, NoReturn

from desktop.core import paths

LOG_FILE = "slm-playground.log"
CRASH_FILE = "crash.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
_crash_stream: IO[str] | None = None


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file, which goes quiet when it cannot be written.

    Python's own handler prints ``--- Logging error ---`` and a traceback on stderr for
    every line it fails to write; on a full disk that floods the terminal. This one prints a
    single warning on the first failure and then stops writing (the app carries on).
    """

    broken = False

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record`` unless writing already failed once."""
        if not self.broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """First failure: one plain warning on stderr, then no more writing."""
        if self.broken:
            return
        self.broken = True
        reason = sys.exc_info()[1]
        what = getattr(reason, "strerror", None) or type(reason).__name__
        with contextlib.suppress(Exception):
            sys.stderr.write(
                f"Warning: the log file {self.baseFilename} could not be written ({what}); "
                "nothing more is logged there.\n"
            )
            sys.stderr.flush()
        with contextlib.suppress(Exception):
            self.close()


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
        handler: logging.Handler = QuietFileHandler(
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


def exit_now(code: int) -> NoReturn:
    """End the process at once with ``code``, skipping the interpreter's teardown.

    The log is shut down and stdout/stderr flushed first (a closed or broken stream is
    ignored); nothing else runs: no atexit handlers, no garbage collection. For the callers
    that have already closed everything that matters (the CLI after Ctrl+C, a runner).
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
