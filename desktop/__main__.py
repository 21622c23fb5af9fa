"""Entry point: ``slm-playground`` and ``python -m desktop``.

With no arguments it opens the window; with a subcommand it works headless.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import sys

#: Words with which Python and the dynamic loader say memory ran out while starting up.
_NO_MEMORY_WORDS = ("failed to map segment", "cannot allocate memory", "out of memory")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI or the window and return the exit code."""
    multiprocessing.freeze_support()
    if sys.stderr is not None:
        faulthandler.enable()
    try:
        from desktop.cli import main as cli_main

        return cli_main(sys.argv[1:] if argv is None else argv)
    except (MemoryError, ImportError, OSError) as error:
        # Too little memory even to load the app's own libraries (issue 14): plain words
        # instead of a traceback. Anything else is a real bug and keeps its traceback.
        if not isinstance(error, MemoryError) and not any(
            words in str(error).lower() for words in _NO_MEMORY_WORDS
        ):
            raise
        print("Error: There is not enough memory to start SLM Playground.\n"
              "Close other programs, then try again.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
