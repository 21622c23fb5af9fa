"""The small JSON index of installed models: what came from where, sizes and hashes.

Kept in ``data_dir()/models-index.json`` (per person, so shared read-only folders work).
Entries are keyed by the model file's absolute path. Files found by hand are cached here
too (with size and modification time) so their headers are not re-read on every listing.
Writes are atomic; a damaged index is set aside and started afresh, never a crash.

Every read-modify-write holds a lock file beside the index (``models-index.json.lock``,
through :mod:`filelock`), so several :class:`ModelIndex` objects, threads or processes
(a scan in the window, an import, a download finishing, a CLI command) never lose each
other's updates.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock

from desktop.core import paths
from desktop.core.files import atomic_write_text

log = logging.getLogger("desktop.core.library.library")

INDEX_FILE = "models-index.json"
INDEX_VERSION = 1
#: Longest wait for another program's index update before giving up (raises ``OSError``).
LOCK_TIMEOUT_S = 30.0


def default_index_path() -> Path:
    """Where the index lives by default."""
    return paths.data_dir() / INDEX_FILE


class ModelIndex:
    """Read-modify-write access to the index file, safe across threads, objects and processes.

    Updates (:meth:`put`, :meth:`update`, :meth:`put_many`, :meth:`remove`) hold a lock
    file for the whole read-modify-write; reads need no lock because writes replace the
    file atomically.
    """

    def __init__(self, path: Path | None = None) -> None:
        # The default path is found on first use, not here: building an index must work
        # without a writable data folder (``run``/``compare`` still answer; reads are empty,
        # writes raise the plain :class:`~desktop.core.errors.StorageError`, an ``OSError``).
        self._path = None if path is None else Path(path)
        self._lock = threading.RLock()
        self._file_lock: FileLock | None = None

    @property
    def path(self) -> Path:
        """The index file (the default one is located on first use).

        Raises:
            StorageError: the default data folder cannot be created.
        """
        if self._path is None:
            self._path = default_index_path()
        return self._path

    @property
    def lock_path(self) -> Path:
        """The lock file beside the index."""
        return self.path.with_name(self.path.name + ".lock")

    @contextmanager
    def _updating(self) -> Iterator[None]:
        """Hold this object's thread lock and the lock file shared with every other writer.

        Raises:
            OSError: the lock could not be taken in :data:`LOCK_TIMEOUT_S` (``filelock``'s
                ``Timeout`` is a ``TimeoutError``) or the folder cannot be written.
        """
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._file_lock is None:
                self._file_lock = FileLock(self.lock_path, timeout=LOCK_TIMEOUT_S)
            with self._file_lock:
                yield

    def load(self) -> dict[str, dict[str, Any]]:
        """Return all entries (path string -> entry dict); empty when missing or damaged."""
        with self._lock:
            try:
                text = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return {}
            except OSError as exc:
                log.warning("model index unreadable: %s", exc)
                return {}
            try:
                raw = json.loads(text)
                models = raw["models"]
                if not isinstance(models, dict):
                    raise ValueError("models is not an object")
                if int(raw.get("version", 1)) > INDEX_VERSION:
                    log.warning("model index is from a newer version; reading what we know")
            except (ValueError, KeyError, TypeError, RecursionError) as exc:
                # RecursionError: JSON nested thousands deep is damage too, not a crash.
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
                try:
                    self.path.replace(aside)
                except OSError:
                    pass
                log.warning("model index was damaged (%s); kept as %s", exc, aside.name)
                return {}
            return {str(k): dict(v) for k, v in models.items() if isinstance(v, dict)}

    def _save(self, models: Mapping[str, Mapping[str, Any]]) -> None:
        text = json.dumps({"version": INDEX_VERSION, "models": models}, indent=1, sort_keys=True)
        atomic_write_text(self.path, text + "\n")

    def put(self, key: str, entry: Mapping[str, Any]) -> None:
        """Add or replace one entry."""
        with self._updating():
            models = self.load()
            models[key] = dict(entry)
            self._save(models)

    def update(self, key: str, **fields: Any) -> None:
        """Merge ``fields`` into an entry (creating it if needed)."""
        with self._updating():
            models = self.load()
            models.setdefault(key, {}).update(fields)
            self._save(models)

    def put_many(self, entries: Mapping[str, Mapping[str, Any]]) -> None:
        """Add or replace several entries in one write."""
        if not entries:
            return
        with self._updating():
            models = self.load()
            for key, entry in entries.items():
                models[key] = dict(entry)
            self._save(models)

    def remove(self, *keys: str) -> None:
        """Forget entries (missing keys are ignored)."""
        with self._updating():
            models = self.load()
            removed = [k for k in keys if models.pop(k, None) is not None]  # every key, no
            if removed:  # short-circuit (any() stopped after the first one found)
                self._save(models)
