"""Command-line interface: argument parsing only; every command calls the core.

Each subcommand lives in its own module here with ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from types import ModuleType

from desktop import __version__
from desktop.core.errors import CancelledError, SlmError

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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = _load(name)
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def report_error(error: SlmError) -> None:
    """Print a plain-language error to stderr (the detail goes to the log only)."""
    print(f"Error: {error.message}", file=sys.stderr)
    if error.hint:
        print(error.hint, file=sys.stderr)
    if error.detail:
        log.debug("detail: %s", error.detail)


def main(argv: list[str]) -> int:
    """Parse ``argv`` and run the command; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop.core.logs import setup_logging

    setup_logging(verbose=args.verbose, console=args.verbose)
    if not args.command:
        # Before any Qt library loads: say what to install instead of Qt's own abort.
        from desktop.ui.platform_check import ensure_window_can_open

        refused = ensure_window_can_open()
        if refused is not None:
            return refused
        from desktop.ui.app import run_app

        return run_app()
    try:
        return int(args._run(args))
    except CancelledError:
        print("Stopped.", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except SlmError as error:
        report_error(error)
        return 1
