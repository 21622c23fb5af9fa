"""Downloads in the window: start, pause, resume and cancel, with polled progress.

Each download is a :class:`desktop.core.downloads.downloader.Downloader` run on the task runner's
downloads pool. The downloader reports progress from its thread into a small locked dict;
a 4 Hz timer here turns the news into one ``changed`` signal per download, so a fast
connection never floods the event loop.

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

from desktop.core.errors import CancelledError, SlmError
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("desktop.ui.downloads")

POLL_MS = 250


@dataclass(frozen=True)
class DownloadJob:
    """What to download and where it goes (built on the GUI thread)."""

    key: str
    repo_id: str
    filename: str
    dest_dir: Path
    size_bytes: int | None = None
    sha256: str | None = None
    catalog_id: str | None = None


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

    def __init__(self, tasks: TaskRunner, config: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.config = config
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
        """Start (or resume) a download."""
        from desktop.core.downloads.downloader import Downloader, DownloadOptions, partial_bytes

        settings = getattr(self.config, "effective", None)
        options = DownloadOptions(
            expected_sha256=job.sha256,
            expected_size=job.size_bytes,
            downloads_enabled=bool(getattr(settings, "downloads_enabled", True)),
        )
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

        hub_config = self._hub_config()
        downloader = Downloader(
            job.repo_id,
            job.filename,
            job.dest_dir,
            config=hub_config,
            options=options,
            on_progress=progress,
        )
        with self._lock:
            self._downloaders[key] = downloader
            self._jobs[key] = job
        try:
            done = partial_bytes(job.dest_dir, job.filename)
        except Exception:  # noqa: BLE001
            done = 0
        self._set(key, DownloadView("starting", done, job.size_bytes))
        self.timer.start()
        self.changed.emit(key)

        def work() -> Any:
            result = downloader.run()
            from desktop.core.library.library import Library

            settings = getattr(self.config, "effective", None)
            library = Library(settings, policy=getattr(self.config, "policy", None))
            return library.register_download(
                result.path,
                job.repo_id,
                job.filename,
                result.sha256,
                result.size_bytes,
                catalog_id=job.catalog_id,
            )

        self.tasks.run(
            work, lambda model: self._done(key, model), lambda e: self._failed(key, e), long=True
        )

    def _hub_config(self) -> Any:
        from desktop.core.hub.client import HubConfig

        settings = getattr(self.config, "effective", None)
        if settings is None:
            return HubConfig()
        return HubConfig.from_settings(settings)

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
            from desktop.core.downloads.downloader import discard_partial

            self.tasks.run(lambda: discard_partial(job.dest_dir, job.filename))
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
