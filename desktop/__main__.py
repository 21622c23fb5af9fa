"""Entry point: ``slm-playground`` and ``python -m desktop``.

With no arguments it opens the window; with a subcommand it works headless.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import sys
import threading

#: Words with which Python and the dynamic loader say memory ran out while starting up.
_NO_MEMORY_WORDS = ("failed to map segment", "cannot allocate memory", "out of memory")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI or the window and return the exit code."""
    multiprocessing.freeze_support()
    if sys.stderr is not None:
        faulthandler.enable()
    try:
        from desktop.cli import main as cli_main

        code = cli_main(sys.argv[1:] if argv is None else argv)
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
    if code == 130 and argv is None:
        exit_after_ctrl_c(code)
    return code


def exit_after_ctrl_c(code: int) -> None:
    """End the process at once after Ctrl+C, skipping the interpreter's teardown.

    By now the command has stopped every answer, saved what was written, closed the history
    and ended the runners. What is left, a full garbage collection and the teardown of some
    600 modules, takes 0.3-0.8 s on a busy computer: too long for "stops within a second".
    Output and the log are flushed first. Only when no other (non-daemon) thread still runs,
    so nothing that is still writing is cut short; otherwise Python exits as usual.
    """
    others = [t for t in threading.enumerate()
              if t is not threading.current_thread() and not t.daemon and t.is_alive()]
    if others:
        return
    from desktop.core.logs import exit_now

    exit_now(code)


if __name__ == "__main__":
    sys.exit(main())
