"""The app's shared services, built once at start-up and handed to every page and command.

One :class:`Services` holds what used to be rebuilt in a dozen places: the settings (the
person's own, the policy and the effective mix: :class:`~desktop.session.config.Config`),
the model :class:`~desktop.core.library.library.Library` with its one
:class:`~desktop.core.library.index.ModelIndex`, the comparison
:class:`~desktop.core.history.store.History` and the runner pool (set by whoever builds
the pool; ``None`` until then).

The window builds it in ``MainWindow`` (:func:`build_services`, history opened at once so a
problem is shown on the Compare page); the CLI builds it once in ``desktop.cli.main`` with the
history opened only when a command asks (:meth:`Services.open_history`).

Settings can change while the app runs (the Settings dialog): :meth:`Services.reconfigure`
rereads them and rebuilds the library over the same index. Workers read
``services.library`` (or ``.settings``) when they start and keep that object for the job.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.config.policy import Policy
from desktop.core.config.settings import Settings
from desktop.core.errors import LibraryError, StorageError
from desktop.core.history.store import History, HistoryError
from desktop.core.hub.client import HubConfig
from desktop.core.library.index import ModelIndex
from desktop.core.library.library import Library
from desktop.session.config import Config, load_config

if TYPE_CHECKING:
    from desktop.session.pool import ModelPool

log = logging.getLogger("desktop.session.services")


class Services:
    """The shared services of one app process. See the module docstring.

    Attributes:
        config: settings as read (own, effective, locked fields, policy, problems).
        index: the one model index (its updates are safe across processes anyway).
        library: the installed models, built from ``config`` over ``index``.
        history: the comparison history, or ``None`` (not opened yet, or it failed).
        history_error: why the history could not be opened, if it could not.
        storage_error: why the models folder could not be created (a missing or read-only
            home folder), or ``None``; the library then has no folder of its own, but the
            starter and model files named by path still run.
        history_path: where the history lives (``None``: the default file).
        pool: the runner pool shared by comparisons (warm runners), or ``None`` until
            whoever runs models sets one; :meth:`close` ends its runners.
    """

    def __init__(
        self,
        config: Config,
        index: ModelIndex,
        *,
        history: History | None = None,
        history_error: HistoryError | None = None,
        history_path: Path | None = None,
        pool: ModelPool | None = None,
    ) -> None:
        self.config = config
        self.index = index
        self.library, self.storage_error = _library_or_problem(config, index)
        self.history = history
        self.history_error = history_error
        self.history_path = history_path
        self.pool: ModelPool | None = pool
        self._lock = threading.Lock()

    # --- settings -------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The effective settings (the person's, with the policy laid over them)."""
        return self.config.effective

    @property
    def policy(self) -> Policy:
        """The organisation's policy (allow-list, message, fixed settings)."""
        return self.config.policy

    def hub_config(self) -> HubConfig:
        """How to reach the Hub now (endpoint, proxy, offline mode, the stored token).

        Built on each call: the token and ``HF_ENDPOINT`` are read when a request starts.
        """
        return HubConfig.from_settings(self.settings)

    def models_folder(self) -> Path | None:
        """The folder downloads and imports go to (for free-space checks and fit verdicts).

        ``None`` when no models folder can be written to (shared read-only folders only).
        """
        try:
            return self.library.download_dir()
        except LibraryError:
            return None

    def reconfigure(self, config: Config | None = None) -> None:
        """Use new settings (reread from disk when ``config`` is ``None``).

        The library is rebuilt (folders may have changed) over the same index; the history
        and the pool are kept.
        """
        config = load_config() if config is None else config
        library, problem = _library_or_problem(config, self.index)
        with self._lock:
            self.config = config
            self.library, self.storage_error = library, problem

    # --- history --------------------------------------------------------------------------

    def open_history(self) -> History:
        """The comparison history, opened on first use.

        Raises:
            HistoryError: it cannot be opened (the same error again on later calls).
        """
        with self._lock:
            if self.history is not None:
                return self.history
            if self.history_error is not None:
                raise self.history_error
            try:
                self.history = History(self.history_path)
            except HistoryError as error:
                log.warning("history unavailable: %s (%s)", error.message, error.detail)
                self.history_error = error
                raise
            return self.history

    # --- lifecycle ------------------------------------------------------------------------

    def close(self) -> None:
        """End the pool's runners and close the history. Idempotent."""
        with self._lock:
            pool, self.pool = self.pool, None
            history, self.history = self.history, None
        if pool is not None:
            pool.close_all()
        if history is not None:
            history.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_library(config: Config, index: ModelIndex) -> Library:
    """The library for these settings (folders, read-only folders, allow-list) over ``index``."""
    return _library_or_problem(config, index)[0]


def _library_or_problem(config: Config, index: ModelIndex) -> tuple[Library, StorageError | None]:
    """:func:`make_library`, never failing for a home folder that cannot be created.

    The library then has no models folder of its own (the starter and files named by path
    still run; adding a model says plainly that no folder can be written), and the
    :class:`StorageError` is returned beside it.
    """
    try:
        return Library(config.effective, policy=config.policy, index=index), None
    except StorageError as error:
        log.warning("no models folder: %s (%s)", error.message, error.detail)
        library = Library((), policy=config.policy, index=index,
                          read_only_dirs=config.effective.read_only_models_dirs)
        return library, error


def build_services(
    *,
    config: Config | None = None,
    open_history: bool = True,
    history_path: Path | None = None,
    index_path: Path | None = None,
) -> Services:
    """Build the app's services once. Never raises: problems are kept to show.

    Args:
        config: settings to use (default: read from disk with :func:`load_config`).
        open_history: open the history now; a failure is kept in ``history_error``
            (the window). ``False`` opens it on the first :meth:`Services.open_history`
            (the CLI: most commands never touch it).
        history_path: the history database (default ``data_dir()/history.db``).
        index_path: the model index file (default ``data_dir()/models-index.json``).

    Returns:
        The services; close them with :meth:`Services.close` (or ``with``). Nothing is
        written here: the model index is located on first use, and a home folder that
        cannot be created leaves ``storage_error`` set instead of failing.
    """
    services = Services(
        load_config() if config is None else config,
        ModelIndex(index_path),
        history_path=history_path,
    )
    if open_history:
        try:
            services.open_history()
        except HistoryError:
            pass  # kept in services.history_error for the window to show
    return services
