"""Downloads in the window: start, pause, resume and cancel, with polled progress.

Each download is the app's one install path, a
:class:`desktop.core.downloads.install.ModelInstaller` (every part of a split model, then
registration in the shared library), run on the task runner's downloads pool. The
installer reports progress from its thread into a small locked dict; a 4 Hz timer here
turns the news into one ``changed`` signal per download, so a fast connection never floods
the event loop.

Signals:
    changed(str): a download's state or progress changed (the row key).
    finished(str, object): a download finished and was added to the library (key, model).
    failed(str, object): a download failed (key, plain-language SlmError).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.downloads.install import InstallRequest
from desktop.core.errors import CancelledError, SlmError
from desktop.session.services import Services
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("desktop.ui.downloads")

POLL_MS = 250


@dataclass(frozen=True)
class DownloadJob:
    """What to download and where it goes (built on the GUI thread).

    Attributes:
        key: the row the download belongs to.
        request: the model to install (every part of a split model).
        dest_dir: the models folder it goes into.
    """

    key: str
    request: InstallRequest
    dest_dir: Path


@dataclass(frozen=True)
class DownloadView:
    """What a row shows about its download."""

    state: str  # starting, downloading, retrying, verifying, paused, failed, done
    bytes_done: int = 0
    total_bytes: int | None = None
    bytes_per_s: float = 0.0
    eta_s: float | None = None
    message: str = ""

    @property
    def fraction(self) -> float | None:
        """Share done, if the size is known."""
        if not self.total_bytes:
            return None
        return min(1.0, self.bytes_done / self.total_bytes)

    @property
    def active(self) -> bool:
        """True while bytes are moving (or about to)."""
        return self.state in ("starting", "downloading", "retrying", "verifying")


class DownloadManager(QObject):
    """Runs downloads for the Models page. See the module docstring for its signals."""

    changed = Signal(str)
    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(
        self, tasks: TaskRunner, services: Services, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.services = services
        self._lock = threading.Lock()
        self._views: dict[str, DownloadView] = {}
        self._dirty: set[str] = set()
        self._downloaders: dict[str, Any] = {}
        self._jobs: dict[str, DownloadJob] = {}
        self._resume_wanted: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def view(self, key: str) -> DownloadView | None:
        """The current state of one download (``None`` if there is none)."""
        with self._lock:
            return self._views.get(key)

    def _set(self, key: str, view: DownloadView) -> None:
        with self._lock:
            self._views[key] = view
            self._dirty.add(key)

    def _poll(self) -> None:
        with self._lock:
            dirty, self._dirty = self._dirty, set()
            active = any(v.active for v in self._views.values())
        for key in dirty:
            self.changed.emit(key)
        if not active and not dirty:
            self.timer.stop()

    def start(self, job: DownloadJob) -> None:
        """Start (or resume) a download; it is registered in the library when complete."""
        from desktop.core.downloads.install import ModelInstaller, bytes_on_disk
        from desktop.core.downloads.records import DownloadOptions

        services = self.services
        key = job.key

        def progress(p: Any) -> None:
            self._set(
                key,
                DownloadView(
                    state=str(p.state),
                    bytes_done=int(p.bytes_done),
                    total_bytes=p.total_bytes,
                    bytes_per_s=float(p.bytes_per_s),
                    eta_s=p.eta_s,
                    message=str(p.message),
                ),
            )

        installer = ModelInstaller(
            job.request,
            job.dest_dir,
            library=services.library,
            config=services.hub_config(),
            options=DownloadOptions(downloads_enabled=services.settings.downloads_enabled),
            policy=services.policy,
            on_progress=progress,
        )
        with self._lock:
            self._downloaders[key] = installer
            self._jobs[key] = job
        try:
            done = bytes_on_disk(job.request, job.dest_dir)
        except OSError:
            done = 0
        self._set(key, DownloadView("starting", done, job.request.size_bytes))
        self.timer.start()
        self.changed.emit(key)

        def work() -> Any:
            result = installer.run()
            if result.register_error is not None:
                raise result.register_error
            return result.model

        self.tasks.run(
            work, lambda model: self._done(key, model), lambda e: self._failed(key, e), long=True
        )

    def _done(self, key: str, model: Any) -> None:
        with self._lock:
            self._downloaders.pop(key, None)
            self._views.pop(key, None)
        self.finished.emit(key, model)
        self.changed.emit(key)

    def _failed(self, key: str, error: SlmError) -> None:
        with self._lock:
            downloader = self._downloaders.pop(key, None)
            previous = self._views.get(key)
        stopped = getattr(downloader, "state", "")
        if isinstance(error, CancelledError):
            if stopped == "paused" or (previous and previous.state == "paused"):
                done = previous.bytes_done if previous else 0
                total = previous.total_bytes if previous else None
                self._set(key, DownloadView("paused", done, total))
                if key in self._resume_wanted:  # Resume was pressed while it wound down
                    self._resume_wanted.discard(key)
                    job = self._jobs.get(key)
                    if job is not None:
                        self.start(job)
                        return
            else:
                with self._lock:
                    self._views.pop(key, None)
            self.changed.emit(key)
            return
        done = previous.bytes_done if previous else 0
        total = previous.total_bytes if previous else None
        self._set(key, DownloadView("failed", done, total, message=str(error)))
        self.failed.emit(key, error)
        self.changed.emit(key)

    def pause(self, key: str) -> None:
        """Pause a download; the bytes so far are kept for :meth:`resume`."""
        with self._lock:
            downloader = self._downloaders.get(key)
            view = self._views.get(key)
        if downloader is not None:
            downloader.pause()
            if view is not None:
                self._set(key, DownloadView("paused", view.bytes_done, view.total_bytes))

    def resume(self, key: str) -> None:
        """Continue a paused or failed download where it stopped."""
        with self._lock:
            job = self._jobs.get(key)
            running = key in self._downloaders
        if job is None:
            return
        if running:
            self._resume_wanted.add(key)  # the paused run is still winding down
            view = self.view(key)
            if view is not None:
                self._set(key, replace(view, state="starting"))
        else:
            self.start(job)

    def cancel(self, key: str) -> None:
        """Stop a download and delete its unfinished file."""
        self._resume_wanted.discard(key)
        with self._lock:
            downloader = self._downloaders.get(key)
            job = self._jobs.get(key)
            self._views.pop(key, None)
        if downloader is not None:
            downloader.cancel(discard=True)
        elif job is not None:
            from desktop.core.downloads.install import discard_install

            self.tasks.run(lambda: discard_install(job.request, job.dest_dir))
        self.changed.emit(key)

    def active_keys(self) -> list[str]:
        """Keys of downloads still moving."""
        with self._lock:
            return [k for k, v in self._views.items() if v.active]

    def shutdown(self) -> None:
        """Pause every running download (bytes kept) and stop polling."""
        with self._lock:
            downloaders = list(self._downloaders.values())
        for d in downloaders:
            d.pause()
        self.timer.stop()
