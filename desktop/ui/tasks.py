"""A small task runner for one-shot jobs that must not block the window.

Hardware probes, header reads, Hub searches, imports and downloads run on worker threads
from a :class:`concurrent.futures.ThreadPoolExecutor`; their results (or errors) come back
to the GUI thread through one queued Qt signal that runs a closure there (the Anki way).

Two pools: ``jobs`` for quick independent work, ``downloads`` for long transfers, so a big
download never delays a header read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.errors import SlmError

log = logging.getLogger("desktop.ui.tasks")

T = TypeVar("T")
OnDone = Callable[[Any], None]
OnError = Callable[[SlmError], None]


class _Bridge(QObject):
    """Runs closures on the thread that owns it (the GUI thread).

    Signals:
        call: a zero-argument callable to run on the GUI thread.
    """

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # a bug in a callback must not kill the event loop
            log.exception("task callback failed")


def as_slm_error(error: BaseException) -> SlmError:
    """Wrap any exception as a plain-language :class:`SlmError` (detail kept for the log)."""
    if isinstance(error, SlmError):
        return error
    if isinstance(error, MemoryError):
        from desktop.core.errors import OutOfMemoryError

        return OutOfMemoryError("The computer ran out of memory.", detail=repr(error))
    if isinstance(error, OSError):
        return SlmError(
            "A file or folder could not be used.",
            hint="Check that the disk is connected and you may write there, then try again.",
            detail=repr(error),
        )
    return SlmError("Something unexpected went wrong.", detail=repr(error))


class TaskRunner(QObject):
    """Runs blocking callables off the GUI thread and reports back on it.

    ``run(fn, on_done, on_error)`` returns the :class:`Future`; callbacks run on the GUI
    thread. After :meth:`shutdown` new work is refused and callbacks are dropped.
    """

    def __init__(self, parent: QObject | None = None, *, workers: int = 3) -> None:
        super().__init__(parent)
        self._bridge = _Bridge()
        self._bridge.moveToThread(self.thread())
        self._jobs = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="slm-job")
        self._downloads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="slm-download")
        self._closed = threading.Event()
        self._pending: set[Future[Any]] = set()
        self._lock = threading.Lock()

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: OnError | None = None,
        *,
        long: bool = False,
    ) -> Future[T] | None:
        """Run ``fn()`` on a worker thread.

        Args:
            fn: the blocking work.
            on_done: called on the GUI thread with the result.
            on_error: called on the GUI thread with a plain-language error.
            long: use the downloads pool (long transfers).

        Returns:
            The future, or ``None`` after shutdown.
        """
        if self._closed.is_set():
            return None
        pool = self._downloads if long else self._jobs

        def work() -> T:
            try:
                result = fn()
            except BaseException as error:  # noqa: BLE001 - reported to the GUI thread
                if not isinstance(error, SlmError):
                    log.exception("task failed")
                wrapped = as_slm_error(error)
                if on_error is not None:
                    self._post(lambda: on_error(wrapped))
                raise
            if on_done is not None:
                self._post(lambda: on_done(result))
            return result

        future = pool.submit(work)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)

    def _post(self, fn: Callable[[], None]) -> None:
        if not self._closed.is_set():
            self._bridge.call.emit(fn)

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread soon (safe to call from any thread)."""
        self._post(fn)

    @property
    def busy(self) -> int:
        """How many jobs are queued or running."""
        with self._lock:
            return len(self._pending)

    def shutdown(self, *, wait: bool = True, timeout: float = 10.0) -> None:
        """Refuse new work, drop queued jobs and (optionally) wait for running ones.

        Long jobs must watch their own cancel tokens; callers cancel them first.
        """
        self._closed.set()
        self._jobs.shutdown(wait=False, cancel_futures=True)
        self._downloads.shutdown(wait=False, cancel_futures=True)
        if wait:
            import concurrent.futures

            with self._lock:
                pending = list(self._pending)
            concurrent.futures.wait(pending, timeout=timeout)
