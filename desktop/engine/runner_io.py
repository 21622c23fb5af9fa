"""The runner's process plumbing: where its raw output goes, how it is told to stop, how
Ctrl+C is kept away from it, and how its death is explained.

* **Raw output.** llama.cpp and ggml write asserts and backtraces straight to file
  descriptors 1 and 2, past Python. In a runner those were the terminal's: a failed
  allocation printed a 77-line backtrace on the CLI's *stdout* (breaking ``--json``). A
  runner points its descriptors 1 and 2 at a file of its own (:func:`redirect_output`)
  from its first instruction; the client reads the end of that file when the runner dies
  (:func:`read_tail`), copies it to the log, and deletes it.
* **Out of memory.** :func:`looks_out_of_memory` recognises allocation failures in that
  output, in llama.cpp's own log lines and in exceptions (``MemoryError``, a failed
  ``mmap``, ``GGML_ASSERT(... mem_buffer != NULL)``, ``std::bad_alloc`` ...), so the person
  reads :data:`NOT_ENOUGH_MEMORY` instead of "damaged file" or "crashed".
* **Stop flag.** One byte of shared memory (:class:`StopFlag`). A multiprocessing ``Event``
  is built on named semaphores, which multiprocessing's resource tracker reports as "leaked"
  when the app is killed.
* **Ctrl+C** goes to every process of the terminal's process group, runners included. The
  app decides what Ctrl+C means, so a runner ignores it: the client blocks SIGINT while it
  starts the runner (:func:`sigint_blocked`; the child inherits the blocked mask), and the
  runner ignores the signal before unblocking it (:func:`ignore_sigint`). No
  ``KeyboardInterrupt`` traceback can come from a runner, even while it starts.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import errno
import logging
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from multiprocessing.context import BaseContext
from typing import Any

from desktop.core.errors import OutOfMemoryError, SlmError

log = logging.getLogger("desktop.engine.runner_io")

#: What people read when a model does not fit in the memory left.
NOT_ENOUGH_MEMORY = "There is not enough memory for this model."
NOT_ENOUGH_MEMORY_HINT = "Close other programs or pick a smaller model, then try again."

#: How much of the end of a runner's raw output is kept for the log and the diagnosis.
TAIL_BYTES = 16_384

#: Words in raw output, native log lines or exceptions that mean an allocation failed.
_OOM_MARKERS = (
    "mem_buffer != null",
    "memoryerror",
    "bad_alloc",
    "cannot allocate memory",
    "out of memory",
    "failed to allocate",
    "unable to allocate",
    "insufficient memory",
    "failed to mmap",
    "mmap failed",
    "enomem",
    "not enough memory",
    "failed to create context",
    "can't start new thread",
)


def out_of_memory_error(name: str | None = None, *, detail: str = "") -> OutOfMemoryError:
    """The one plain error for "this model does not fit in the memory left"."""
    message = NOT_ENOUGH_MEMORY if not name else (
        f"There is not enough memory for the model {name}."
    )
    return OutOfMemoryError(message, hint=NOT_ENOUGH_MEMORY_HINT, detail=detail)


def looks_out_of_memory(*texts: str) -> bool:
    """True when any of ``texts`` (raw output, log lines, an error's detail) says an
    allocation failed."""
    for text in texts:
        lowered = text.lower()
        if any(marker in lowered for marker in _OOM_MARKERS):
            return True
    return False


def exception_is_out_of_memory(exc: BaseException, native: str = "") -> bool:
    """True when ``exc`` is an allocation failure; ``native`` holds llama.cpp's recent log lines.

    A ``MemoryError`` or ``ENOMEM`` always is. A load failure blamed on the file
    (:class:`~desktop.core.errors.ModelFileError`: llama.cpp only says "failed to load
    model") is when llama.cpp's own lines say an allocation or ``mmap`` failed. Other plain
    errors keep their own words.
    """
    from desktop.core.errors import ModelFileError

    if isinstance(exc, MemoryError | OutOfMemoryError):
        return True
    if isinstance(exc, OSError) and exc.errno == errno.ENOMEM:
        return True
    if isinstance(exc, ModelFileError):
        return looks_out_of_memory(native)
    if isinstance(exc, SlmError):
        return False
    return looks_out_of_memory(str(exc), native)


# --- raw output ---------------------------------------------------------------------------


def new_output_file() -> str:
    """Create an empty file for one runner's raw output; the caller deletes it."""
    fd, path = tempfile.mkstemp(prefix="slm-runner-", suffix=".out")
    os.close(fd)
    return path


def redirect_output(path: str | None) -> None:
    """Point this process's descriptors 1 and 2 (and ``sys.stdout``/``sys.stderr``) at
    ``path``. Without a path, or if it cannot be opened, they go to the null device: a
    runner never writes to the app's terminal."""
    import sys

    target = os.devnull
    if path:
        target = path
    try:
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except OSError:
        fd = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stdout.flush()
        sys.stderr.flush()
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    # Python's own streams follow the descriptors; line buffered so little is lost on a crash.
    sys.stdout = open(1, "w", encoding="utf-8", errors="replace", buffering=1, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", buffering=1, closefd=False)  # noqa: SIM115


_STDERR_SWAP = threading.Lock()


@contextlib.contextmanager
def child_stderr_to(path: str | None) -> Iterator[None]:
    """While starting a runner, point descriptor 2 at its output file so the child
    inherits it from birth: anything Python prints before the runner's own code runs (a
    traceback in ``multiprocessing``'s start-up when the app is interrupted or exits at
    that moment) goes to the file, never to the person's terminal. POSIX only; the
    parent's descriptor 2 is put back at once."""
    if os.name != "posix" or not path:
        yield
        return
    try:
        target = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    # Descriptor 2 is shared by the whole process: runners started at once from several
    # threads take turns, or one would put back another's file instead of the terminal.
    with _STDERR_SWAP:
        saved = os.dup(2)
        try:
            os.dup2(target, 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(target)


def read_tail(path: str | None, limit: int = TAIL_BYTES) -> str:
    """The last ``limit`` bytes of a runner's raw output as text ("" when there is none)."""
    if not path:
        return ""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - limit))
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def discard_output(path: str | None) -> str:
    """Read a finished runner's raw output (its end), log it, delete the file; return it."""
    tail = read_tail(path)
    if tail.strip():
        log.info("runner output (last %d characters):\n%s", len(tail), tail.rstrip())
    if path:
        with contextlib.suppress(OSError):
            os.unlink(path)
    return tail


class NativeTail(logging.Handler):
    """Keeps the last warning and error lines llama.cpp logged (to explain a failed load)."""

    def __init__(self, size: int = 50) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: collections.deque[str] = collections.deque(maxlen=size)

    def emit(self, record: logging.LogRecord) -> None:
        """Remember the line."""
        with contextlib.suppress(Exception):
            self.lines.append(record.getMessage())

    def text(self) -> str:
        """The remembered lines, oldest first."""
        return "\n".join(self.lines)


# --- stop flag ----------------------------------------------------------------------------


class StopFlag:
    """A stop request shared with a runner: one byte of shared memory, no semaphores.

    Same methods as the ``multiprocessing.Event`` it replaces (``set``, ``clear``,
    ``is_set``); only the app sets it and only the runner polls it, between tokens.
    """

    def __init__(self, ctx: BaseContext) -> None:
        self._value: Any = ctx.RawValue(ctypes.c_ubyte, 0)

    def set(self) -> None:
        """Ask the runner to stop."""
        self._value.value = 1

    def clear(self) -> None:
        """Withdraw the request (before the next answer)."""
        self._value.value = 0

    def is_set(self) -> bool:
        """True once a stop was asked for."""
        return bool(self._value.value)


# --- Ctrl+C -------------------------------------------------------------------------------


@contextlib.contextmanager
def sigint_blocked() -> Iterator[None]:
    """Block SIGINT in this thread while a runner is started (the child inherits the mask).

    A Ctrl+C pressed meanwhile stays pending and reaches this process when the block ends.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def ignore_sigint() -> None:
    """In the runner: ignore Ctrl+C for good (the app decides), then unblock it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
