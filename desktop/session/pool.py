"""Warm model runners shared by the panes, unloaded least-recently-used first.

Each pane borrows a :class:`~desktop.engine.client.ModelClient` for one answer and gives
it back; the runner stays loaded ("warm") so the next answer starts at once. When a run
needs memory, :meth:`ModelPool.make_room` closes idle runners, oldest use first. This
module has no Qt; the session calls it from its worker threads.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

from desktop.core.i18n import _
from desktop.core.machine.meter import Meter
from desktop.engine.types import LoadedEvent, LoadSettings

if TYPE_CHECKING:
    from desktop.engine.client import ModelClient

log = logging.getLogger("desktop.session.pool")

#: Keep this much memory free for the rest of the computer when making room.
HEADROOM_BYTES = 512 * 1024 * 1024
#: When everything closes (Ctrl+C, the window closing), how long runners may take to exit
#: by themselves before they are killed: all are asked at once, so this is the whole wait.
CLOSE_ALL_GRACE_S = 0.25


@dataclass
class _Entry:
    client: ModelClient
    path: Path
    settings: LoadSettings
    name: str
    key: str
    busy: bool = False
    last_used: float = field(default_factory=time.monotonic)


class ModelPool:
    """Owns every runner client the window creates.

    Args:
        meter: told about each runner's pid so the meter shows its memory.
        max_idle: at most this many idle runners stay loaded.
    """

    def __init__(self, meter: Meter | None = None, *, max_idle: int = 4) -> None:
        self._lock = threading.Lock()
        self._entries: list[_Entry] = []
        self._meter = meter
        self._max_idle = max_idle
        self._counter = 0
        self._closed = False
        # Runners are started from these long-lived threads, never from a pane's short-lived
        # worker: on Linux the runner asks to die with the *thread* that started it
        # (PR_SET_PDEATHSIG), so a warm model must not be tied to one answer's thread.
        self._launcher = ThreadPoolExecutor(max_workers=4, thread_name_prefix="slm-launch")

    def acquire(
        self,
        path: Path,
        settings: LoadSettings,
        name: str,
        *,
        prefer: ModelClient | None = None,
    ) -> ModelClient:
        """Borrow a client for ``path``: an idle warm one if any, else a new one (not loaded).

        Args:
            path: the model file.
            settings: how to load it; a warm runner is reused only with equal settings.
            name: a display name (meter and logs).
            prefer: the client this pane used last time, reused when still suitable.
        """
        from desktop.engine.server_client import open_model_client

        path = Path(path)
        with self._lock:
            if self._closed:
                raise RuntimeError("the pool is closed")
            candidates = [
                e
                for e in self._entries
                if not e.busy and e.path == path and e.settings == settings and e.client.alive
            ]
            candidates.sort(key=lambda e: (e.client is not prefer, -e.last_used))
            if candidates:
                entry = candidates[0]
                entry.busy = True
                return entry.client
            self._counter += 1
            key = f"runner-{self._counter}"
            client = open_model_client(path, settings, name=name)  # or a server model
            self._entries.append(
                _Entry(client=client, path=path, settings=settings, name=name, key=key, busy=True)
            )
            return client

    def ensure_loaded(self, client: ModelClient) -> tuple[LoadedEvent, bool]:
        """Load ``client`` if needed, from a long-lived launcher thread (blocking).

        Returns:
            The runner's ``LoadedEvent`` and whether it was loaded just now.

        Raises:
            SlmError: the model could not be loaded.
        """
        if client.loaded is not None and client.alive:
            return client.loaded, False
        if self._closed:
            from desktop.core.errors import CancelledError

            raise CancelledError(_("Stopped."))
        loaded = self._launcher.submit(client.load).result()
        self.note_loaded(client)
        return loaded, True

    def note_loaded(self, client: ModelClient) -> None:
        """Tell the meter about a freshly loaded runner (call after ``load``)."""
        entry = self._find(client)
        if entry is not None and self._meter is not None and client.pid is not None:
            self._meter.track_runner(entry.key, client.pid, entry.name)

    def release(self, client: ModelClient) -> list[ModelClient]:
        """Give a client back (cheap; safe on the GUI thread).

        A dead runner is forgotten; surplus idle runners beyond ``max_idle`` are dropped.

        Returns:
            Clients the caller should close with :meth:`close_clients`, off the GUI thread.
        """
        to_close: list[_Entry] = []
        with self._lock:
            entry = self._find_locked(client)
            if entry is None:
                return []
            entry.busy = False
            entry.last_used = time.monotonic()
            if not client.alive:
                self._entries.remove(entry)
                to_close.append(entry)
            idle = sorted(
                (e for e in self._entries if not e.busy and e.client.loaded is not None),
                key=lambda e: e.last_used,
            )
            while len(idle) > self._max_idle:
                victim = idle.pop(0)
                self._entries.remove(victim)
                to_close.append(victim)
        for e in to_close:
            if self._meter is not None:
                self._meter.untrack_runner(e.key)
        return [e.client for e in to_close]

    def close_clients(self, clients: list[ModelClient]) -> None:
        """Close clients returned by :meth:`release` (blocking: ends processes)."""
        for c in clients:
            try:
                c.close()
            except Exception:  # noqa: BLE001 - closing must never raise into the UI
                log.exception("closing %s failed", c)

    def loaded_bytes(self, path: Path, settings: LoadSettings) -> int:
        """Memory of an idle warm runner for ``path`` (0 when none is loaded)."""
        with self._lock:
            for e in self._entries:
                if (
                    not e.busy
                    and e.path == Path(path)
                    and e.settings == settings
                    and e.client.loaded is not None
                ):
                    return self._rss(e.client)
        return 0

    def idle_bytes(self) -> int:
        """Memory held by idle warm runners (could be freed if needed)."""
        with self._lock:
            idle = [e.client for e in self._entries if not e.busy and e.client.loaded is not None]
        return sum(self._rss(c) for c in idle)

    @staticmethod
    def _rss(client: ModelClient) -> int:
        try:
            return int(client.rss_bytes())
        except Exception:  # noqa: BLE001 - a dead runner has no memory
            return 0

    def make_room(self, need_bytes: int, *, keep: set[int] | None = None) -> list[str]:
        """Close idle runners, least recently used first, until ``need_bytes`` fit.

        Blocking (ends processes); call it from a worker thread.

        Args:
            need_bytes: memory the coming load needs.
            keep: ``id()`` of clients that must stay loaded.

        Returns:
            The names of the models that were unloaded.
        """
        keep = keep or set()
        freed: list[str] = []
        while psutil.virtual_memory().available < need_bytes + HEADROOM_BYTES:
            with self._lock:
                idle = sorted(
                    (
                        e
                        for e in self._entries
                        if not e.busy and id(e.client) not in keep and e.client.loaded is not None
                    ),
                    key=lambda e: e.last_used,
                )
                if not idle:
                    break
                victim = idle[0]
                self._entries.remove(victim)
            log.info("unloading %s to make room for %d bytes", victim.name, need_bytes)
            self._close_entry(victim)
            freed.append(victim.name)
        return freed

    def discard(self, client: ModelClient) -> None:
        """Close and forget one client (its model was removed, or it misbehaved)."""
        with self._lock:
            entry = self._find_locked(client)
            if entry is None:
                return
            self._entries.remove(entry)
        self._close_entry(entry)

    def _find(self, client: ModelClient) -> _Entry | None:
        with self._lock:
            return self._find_locked(client)

    def _find_locked(self, client: ModelClient) -> _Entry | None:
        for e in self._entries:
            if e.client is client:
                return e
        return None

    def _close_entry(self, entry: _Entry, grace_s: float = 5.0) -> None:
        if self._meter is not None:
            self._meter.untrack_runner(entry.key)
        try:
            entry.client.close(grace_s=grace_s)
        except Exception:  # noqa: BLE001 - closing must never raise into the UI
            log.exception("closing %s failed", entry.name)

    def stop_all(self) -> None:
        """Ask every busy runner to stop (returns at once)."""
        with self._lock:
            busy = [e.client for e in self._entries if e.busy]
        for c in busy:
            try:
                c.stop()
            except Exception:  # noqa: BLE001
                log.exception("stop failed")

    def close_all(self, *, grace_s: float = CLOSE_ALL_GRACE_S) -> None:
        """Stop and close every runner; no process is left behind. Idempotent.

        Every runner is asked at once and closed in parallel: each may take ``grace_s`` to
        exit by itself, then it is killed (its memory goes back to the system either way).
        A runner whose client is still busy after that (an answer that did not stop) is
        killed too, so this returns in about ``grace_s`` plus a fraction of a second
        however many runners there are.
        """
        with self._lock:
            self._closed = True
            entries = list(self._entries)
            self._entries.clear()
        for e in entries:
            try:
                e.client.stop()
            except Exception:  # noqa: BLE001
                pass
        closers = [
            threading.Thread(target=self._close_entry, args=(e, grace_s),
                             name=f"slm-close-{e.key}", daemon=True)
            for e in entries
        ]
        for t in closers:
            t.start()
        deadline = time.monotonic() + grace_s + 0.5
        for t in closers:
            t.join(max(0.0, deadline - time.monotonic()))
        for e, t in zip(entries, closers, strict=True):
            if t.is_alive():  # still answering (the client's lock is held): end it now
                log.warning("runner of %s did not close in time; ending it", e.name)
                with contextlib.suppress(Exception):
                    e.client.abort()
                t.join(1.0)
        self._launcher.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Same as :meth:`close_all` (the app's services close what they hold this way)."""
        self.close_all()

    def pids(self) -> list[int]:
        """Pids of all live runners (tests and the close check use this)."""
        with self._lock:
            return [e.client.pid for e in self._entries if e.client.pid is not None]

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
