"""Entry point: ``slm-playground`` and ``python -m desktop``.

With no arguments it opens the window; with a subcommand it works headless.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    """Run the CLI or the window and return the exit code."""
    multiprocessing.freeze_support()
    if sys.stderr is not None:
        faulthandler.enable()
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
