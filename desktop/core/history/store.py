"""Every comparison run, kept in a local SQLite database (``data_dir()/history.db``).

A *run* is one prompt (plus system prompt and sampling settings) sent to one to four
models; each model's answer is a *result* with its :class:`GenerationMetrics` (or the
error it ended with); a person's judgement is a *vote*. Blind runs remember the shuffled
order and seed they were shown in. The records are in :mod:`desktop.core.history.records`
(re-exported here), the schema and its migrations in :mod:`desktop.core.history.schema`,
the reads in :mod:`desktop.core.history.queries` and the writes in
:mod:`desktop.core.history.writes` (both inherited by :class:`History`).

Safety: the database runs in WAL mode and every write is one transaction, so a crash or a
power cut in the middle of a run loses at most that write, never earlier history. The schema
is versioned with ``PRAGMA user_version``; older databases are upgraded step by step (a
backup copy is kept first). A file that is not a database at all is set aside and a fresh
one started. One connection is shared behind a lock, so worker threads may write results
while the window reads.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.errors import HistoryError, SlmError
from desktop.core.history.queries import HistoryQueries
from desktop.core.history.records import (
    MAX_PANES,
    ErrorInfo,
    ModelIdentity,
    ModelSeen,
    ResultRecord,
    ResultStatus,
    RunRecord,
    RunSummary,
    Vote,
    VoteOutcome,
    VoteRecord,
    metrics_from_dict,
    metrics_to_dict,
    now,
    sampling_from_dict,
    sampling_to_dict,
)
from desktop.core.history.recovery import (
    Salvage,
    clear_notice,
    integrity_problem,
    is_damage,
    notice_text,
    read_notice,
    salvage,
    write_notice,
)
from desktop.core.history.schema import MIGRATIONS, SCHEMA_VERSION, statements
from desktop.core.history.writes import HistoryWrites, default_voter
from desktop.core.i18n import _

__all__ = [
    "MAX_PANES", "SCHEMA_VERSION", "ErrorInfo", "History", "HistoryError", "ModelIdentity",
    "ModelSeen", "ResultRecord", "ResultStatus", "RunRecord", "RunSummary", "Vote",
    "VoteOutcome", "VoteRecord", "default_history_path", "default_voter", "metrics_from_dict",
    "metrics_to_dict", "sampling_from_dict", "sampling_to_dict",
]

log = logging.getLogger("desktop.core.history.store")

HISTORY_FILE = "history.db"


def default_history_path() -> Path:
    """Where the history database lives by default."""
    return paths.data_dir() / HISTORY_FILE


def measured_tokens_per_s_for_file(
    path: str | os.PathLike[str], history: History | None = None
) -> float | None:
    """:meth:`History.measured_tokens_per_s` for a model file, ``None`` when never run here.

    Uses ``history`` when given, else opens the default history read-only in spirit: a
    missing database is not created, and a damaged one just means "not measured".
    """
    model = ModelIdentity.from_file(path)
    if history is not None:
        return history.measured_tokens_per_s(model)
    if not default_history_path().exists():
        return None
    try:
        with History() as store:
            return store.measured_tokens_per_s(model)
    except (SlmError, sqlite3.Error, OSError) as error:
        log.debug("no measured speed for %s: %s", path, error)
        return None


# --- the store ----------------------------------------------------------------------------


class History(HistoryQueries, HistoryWrites):
    """The comparison history. Thread-safe; every write is one transaction.

    Args:
        path: the database file (default: ``data_dir()/history.db``).

    Attributes:
        path: the database file.
        recovered_from: when the file was not a usable database (or failed SQLite's
            consistency check on opening), where it was set aside; otherwise ``None``.
        salvaged: what was copied from the damaged file into the fresh one, if any.

    Raises:
        HistoryError: the database cannot be opened or is from a newer version of the app.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_history_path()
        self.recovered_from: Path | None = None
        self.salvaged: Salvage | None = None
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._open()

    # lifecycle ------------------------------------------------------------------------

    def _connect(self) -> tuple[sqlite3.Connection, int]:
        """Open the file and read its schema version (before changing anything in it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA busy_timeout=10000")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn, version

    def _open(self) -> None:
        try:
            conn, version = self._connect()
            try:
                problem = self._check(conn)
            except sqlite3.DatabaseError:
                conn.close()
                raise
        except sqlite3.DatabaseError as exc:
            if not self.path.exists() or not is_damage(exc):
                raise HistoryError(
                    _("Your comparison history could not be opened."), detail=f"{self.path}: {exc}"
                ) from exc
            self._set_aside(exc)
            conn, version = self._connect()
        else:
            if problem is not None:
                conn.close()
                self._set_aside(sqlite3.DatabaseError(problem))
                conn, version = self._connect()
        if version > SCHEMA_VERSION:
            conn.close()
            raise HistoryError(
                _("Your comparison history was saved by a newer version of SLM Playground."),
                hint=_("Update SLM Playground to see it. Nothing was changed."),
                detail=f"{self.path}: schema {version}, this app knows {SCHEMA_VERSION}",
            )
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            conn.close()
            raise HistoryError(
                _("Your comparison history could not be opened."), detail=f"{self.path}: {exc}"
            ) from exc
        self._conn = conn
        if version < SCHEMA_VERSION:
            try:
                self._migrate(version)
            except HistoryError:
                self.close()
                raise
        if self.recovered_from is not None:
            with self._lock:
                self.salvaged = salvage(self.recovered_from, conn)
            write_notice(self.path, notice_text(self.recovered_from, self.salvaged))

    def _check(self, conn: sqlite3.Connection) -> str | None:
        """SQLite's consistency check of an existing file (a damaged page fails it)."""
        try:
            empty = self.path.stat().st_size == 0
        except OSError:
            empty = True
        return None if empty else integrity_problem(conn)

    @property
    def notice(self) -> str | None:
        """Plain words about a damaged history file that was set aside, until dismissed.

        Kept across runs of the app (in a small file next to the database), so the person
        is told even when another command found the damage. Show it once, then call
        :meth:`dismiss_notice`.
        """
        return read_notice(self.path)

    def dismiss_notice(self) -> None:
        """The person has seen :attr:`notice`; do not show it again."""
        clear_notice(self.path)

    def _set_aside(self, exc: Exception) -> None:
        stamp = now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        log.warning("history database unreadable (%s); moved to %s", exc, aside)
        try:
            os.replace(self.path, aside)
        except OSError as error:
            raise HistoryError(
                _(
                    "Your comparison history file is damaged, and it could not be set aside to "
                    "start a fresh one."
                ),
                hint=_(
                    "Nothing was deleted. Check that you may write to {parent}, or ask "
                    "your IT contact."
                ).format(parent=self.path.parent),
                detail=f"{self.path}: {exc}; moving it failed: {error}",
            ) from error
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
        self.recovered_from = aside

    def _migrate(self, version: int) -> None:
        conn = self._require()
        has_data = version > 0 and conn.execute("SELECT count(*) FROM runs").fetchone()[0] > 0
        if has_data:
            backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
            with contextlib.closing(sqlite3.connect(backup)) as dest:
                conn.backup(dest)
            log.info("history: backup of schema v%d kept at %s", version, backup)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for step in range(version, SCHEMA_VERSION):
                log.info("history: migrating schema v%d -> v%d", step, step + 1)
                for part in MIGRATIONS[step]:
                    if isinstance(part, str):
                        for statement in statements(part):
                            conn.execute(statement)
                    else:
                        part(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise HistoryError(
                _("Your comparison history could not be upgraded to this version of the app."),
                hint=_("Nothing was lost. Please tell your IT contact."),
                detail=f"{self.path}: migration from v{version}: {exc}",
            ) from exc

    def close(self) -> None:
        """Close the database (idempotent)."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
                self._conn.close()
                self._conn = None

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        with self._lock:
            return int(self._require().execute("PRAGMA user_version").fetchone()[0])

    def _require(self) -> sqlite3.Connection:
        if self._conn is None:
            raise HistoryError(_("The comparison history is closed."), detail=str(self.path))
        return self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is saved together or not at all."""
        with self._lock:
            conn = self._require()
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise HistoryError(
                        _("This comparison could not be saved in your history."),
                        detail=f"{self.path}: {exc}",
                    ) from exc
                raise

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return list(self._require().execute(sql, params).fetchall())
            except sqlite3.Error as exc:
                raise HistoryError(
                    _("Your comparison history could not be read."), detail=f"{self.path}: {exc}"
                ) from exc
