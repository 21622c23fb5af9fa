"""Command-line interface: argument parsing and printing; commands call the session and core.

Each subcommand lives in its own module here with ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args, services) -> int``: :func:`main` builds the
app's shared :class:`~desktop.session.services.Services` once (settings, policy, library,
model index; the history opens when a command asks for it) and hands them to the command.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import logging
import os
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

from desktop import __version__
from desktop.core.errors import CancelledError, SlmError
from desktop.core.i18n import LANGUAGES, WINDOW_LANGUAGE_ENV, _, set_language

log = logging.getLogger("desktop.cli")

#: Subcommand modules, in the order ``--help`` lists them.
COMMAND_MODULES = [
    "hardware",
    "fit",
    "catalog",
    "download",
    "import_",
    "models",
    "run",
    "compare",
    "test",
    "server",
    "history",
    "export",
    "selftest",
]


def _load(name: str) -> ModuleType:
    return importlib.import_module(f"desktop.cli.{name}")


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="slm-playground",
        description="Try, fit and compare small language models on this computer. "
        "Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show technical log lines")
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES), metavar="LANG",
        help="language of the output's words and numbers (en, de, fr, es); default English, "
        "so scripts can parse the output (--help, JSON and the log stay English)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = _load(name)
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


#: Commands that keep something (history, models, settings): they say at start when the
#: app's folders cannot be written, so nobody spends time on work that cannot be saved.
SAVING_COMMANDS = frozenset({"run", "compare", "download", "import", "test"})


def _warn_if_nothing_can_be_saved() -> bool:
    """Say once, at start, that nothing can be saved; True when it was said."""
    from desktop.core.paths import storage_problem

    problem = storage_problem()
    if problem is not None:
        print(_("Note: {message} Answers are still shown, but nothing can be saved.").format(
            message=problem.message), file=sys.stderr)
        log.warning("storage: %s", problem.detail)
        return True
    return False


def report_error(error: SlmError) -> None:
    """Print a plain-language error to stderr (the detail goes to the log only)."""
    print(_("Error: {message}").format(message=error.message), file=sys.stderr)
    if error.hint:
        print(error.hint, file=sys.stderr)
    if error.detail:
        log.debug("detail: %s", error.detail)


def _call(run: Callable[..., Any], args: argparse.Namespace, services: Any) -> int:
    """Run a command with the services; a command whose ``run`` takes only ``args`` gets none.

    The one-argument form is transitional (``run`` and ``compare`` move to the session).
    """
    if len(inspect.signature(run).parameters) >= 2:
        return int(run(args, services))
    return int(run(args))


def _window_language(asked: str | None) -> str:
    """The window's language without Qt: the policy's, else ``--lang``, else Settings', else
    the computer's (``desktop.ui.app.run_app`` decides the same way with Qt's view of the
    computer)."""
    from desktop.core.i18n import resolve

    choice = asked
    try:
        from desktop.session.config import load_config

        config = load_config()
        if "language" in config.locked or not choice:
            choice = config.effective.language
    except (SlmError, OSError, ValueError) as error:  # the window says it properly later
        log.debug("no settings for the language: %s", error)
    return resolve(choice)


def main(argv: list[str]) -> int:
    """Parse ``argv`` and run the command; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:  # the CLI speaks English unless asked (IT scripts parse it)
        set_language(args.lang or "en")
    elif args.lang:  # the window: --lang overrides Settings for this start
        os.environ[WINDOW_LANGUAGE_ENV] = args.lang
    from desktop.core.logs import setup_logging

    setup_logging(verbose=args.verbose, console=args.verbose)
    # Commands skip their own "not saved" note when this one was printed (one line).
    args.storage_noted = args.command in SAVING_COMMANDS and _warn_if_nothing_can_be_saved()
    if not args.command:
        # Before any Qt library loads: say what to install instead of Qt's own abort, in
        # the language the window would speak.
        set_language(_window_language(args.lang))
        from desktop.ui.platform_check import ensure_window_can_open

        refused = ensure_window_can_open()
        if refused is not None:
            return refused
        from desktop.ui.app import run_app

        return run_app()
    from desktop.session.services import build_services

    services = None
    try:
        services = build_services(open_history=False)
        return _call(args._run, args, services)
    except CancelledError:
        print(_("Stopped."), file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print(_("Stopped."), file=sys.stderr)
        return 130
    except SlmError as error:
        report_error(error)
        return 1
    except OSError as error:
        # A file or folder problem no command explained: plain words, details in the log.
        log.warning("unexplained file error", exc_info=True)
        reason = error.strerror or type(error).__name__
        message = (
            _("A file or folder could not be read or written ({name}): {reason}.").format(
                name=error.filename, reason=reason)
            if error.filename else
            _("A file or folder could not be read or written: {reason}.").format(reason=reason)
        )
        report_error(SlmError(
            message,
            hint=_("Check that the disk is not full and that you may use the folder, then try "
                   "again."),
            detail=repr(error),
        ))
        return 1
    except Exception as error:  # noqa: BLE001 - last resort: never a traceback on screen
        log.error("unexpected error in %s", args.command, exc_info=True)
        report_error(SlmError(
            _("Something unexpected went wrong."),
            hint=_("Please try again. The details are in the log file; if it keeps happening, "
                   "send it to your IT contact."),
            detail=repr(error),
        ))
        return 1
    finally:
        if services is not None:
            services.close()
