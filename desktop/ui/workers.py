"""One worker thread per pane answer, iterating the runner client off the GUI thread.

The worker emits frozen engine events (``ProgressEvent``, ``LoadedEvent``,
``FinishedEvent``) as Qt signals. Token text does *not* travel one signal per token: the
worker appends it to a small locked buffer and the pane drains the buffer from a frame
timer, so a fast model (130+ tokens/s) never floods the event loop. Token counts go to the
:class:`~desktop.core.machine.meter.Meter`, which computes rates when it is sampled.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from desktop.core.errors import CancelledError, SlmError
from desktop.core.machine.meter import Meter
from desktop.engine.types import (
    FinishedEvent,
    GenerateRequest,
    LoadedEvent,
    ProgressEvent,
    TokenEvent,
)
from desktop.ui.tasks import as_slm_error

if TYPE_CHECKING:
    from desktop.engine.client import ModelClient

log = logging.getLogger("desktop.ui.workers")

#: Every worker ever started and not yet garbage collected (tests check none is left running).
LIVE_WORKERS: weakref.WeakSet[GenerationWorker] = weakref.WeakSet()


class GenerationWorker(QThread):
    """Generates one answer with a runner client on its own thread.

    Args:
        pane: the pane's id (meter key).
        client: the runner client (borrowed from the pool for this answer).
        request: the frozen prompt and sampling settings.
        meter: receives token counts.
        prepare: optional blocking step run first on this thread (e.g. make room in memory).
        load: optional blocking call that makes sure the model is loaded; returns the
            ``LoadedEvent`` and whether it loaded just now (see ``ModelPool.ensure_loaded``).

    Signals:
        progress(ProgressEvent): loading or reading the prompt.
        loaded(LoadedEvent): the model is ready.
        first_token(): the first piece of text arrived.
        done(FinishedEvent): the answer ended normally or was stopped.
        failed(SlmError): the answer failed; the error speaks plainly.
    """

    progress = Signal(object)
    loaded = Signal(object)
    first_token = Signal()
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        pane: str,
        client: ModelClient,
        request: GenerateRequest,
        meter: Meter | None = None,
        prepare: Callable[[], None] | None = None,
        load: Callable[[], tuple[LoadedEvent, bool]] | None = None,
    ) -> None:
        super().__init__()
        self.pane = pane
        self.client = client
        self.request = request
        self._meter = meter
        self._prepare = prepare
        self._load = load
        self._lock = threading.Lock()
        self._chunks: list[str] = []
        self._stop = threading.Event()
        self.tokens = 0
        self.setObjectName(f"generation-{pane}")
        LIVE_WORKERS.add(self)

    def take_text(self) -> str:
        """Return and clear the text produced since the last call (GUI thread)."""
        with self._lock:
            if not self._chunks:
                return ""
            text = "".join(self._chunks)
            self._chunks.clear()
            return text

    def stop(self) -> None:
        """Ask the answer to stop (returns at once; thread-safe)."""
        self._stop.set()
        try:
            self.client.stop()
        except Exception:  # noqa: BLE001 - stopping must never raise into the UI
            log.exception("stop failed")

    @property
    def stop_requested(self) -> bool:
        """True once :meth:`stop` was called."""
        return self._stop.is_set()

    def run(self) -> None:  # noqa: D401 - QThread entry point
        """Thread body: prepare, then iterate ``client.generate``."""
        meter = self._meter
        if meter is not None:
            meter.pane_started(self.pane)
        try:
            if self._prepare is not None:
                self._prepare()
            if self._load is not None and not self._stop.is_set():
                if self.client.loaded is None or not self.client.alive:
                    self.progress.emit(ProgressEvent(stage="loading"))
                loaded, fresh = self._load()
                if fresh:
                    self.loaded.emit(loaded)
            if self._stop.is_set():
                raise CancelledError("Stopped.")
            for event in self.client.generate(self.request):
                if isinstance(event, TokenEvent):
                    with self._lock:
                        self._chunks.append(event.text)
                    first = self.tokens == 0
                    self.tokens += event.count
                    if meter is not None:
                        meter.record_tokens(self.pane, event.count)
                    if first:
                        self.first_token.emit()
                elif isinstance(event, ProgressEvent):
                    self.progress.emit(event)
                elif isinstance(event, LoadedEvent):
                    self.loaded.emit(event)
                elif isinstance(event, FinishedEvent):
                    self.done.emit(event)
                    return
            if self._stop.is_set():
                raise CancelledError("Stopped.")
            self.failed.emit(SlmError("The model stopped without finishing its answer."))
        except CancelledError as error:
            self.failed.emit(error)
        except BaseException as error:  # noqa: BLE001 - shown in the pane, never a traceback
            if not isinstance(error, SlmError):
                log.exception("generation failed in pane %s", self.pane)
            else:
                log.info("generation failed in pane %s: %s (%s)", self.pane, error, error.detail)
            self.failed.emit(as_slm_error(error))
        finally:
            if meter is not None:
                meter.pane_finished(self.pane)
