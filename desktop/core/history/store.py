"""Every comparison run, kept in a local SQLite database (``data_dir()/history.db``).

A *run* is one prompt (plus system prompt and sampling settings) sent to one to four
models; each model's answer is a *result* with its :class:`GenerationMetrics` (or the
error it ended with); a person's judgement is a *vote*. Blind runs remember the shuffled
order and seed they were shown in. The records are in :mod:`desktop.core.history.records`
(re-exported here), the schema and its migrations in :mod:`desktop.core.history.schema`.

Safety: the database runs in WAL mode and every write is one transaction, so a crash or a
power cut in the middle of a run loses at most that write, never earlier history. The schema
is versioned with ``PRAGMA user_version``; older databases are upgraded step by step (a
backup copy is kept first). A file that is not a database at all is set aside and a fresh
one started. One connection is shared behind a lock, so worker threads may write results
while the window reads.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.errors import HistoryError, SlmError
from desktop.core.generation import GenerationMetrics, LoadSettings, SamplingParams
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
    iso,
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


def default_voter() -> str:
    """The name votes are recorded under unless the person picks one: the OS user name."""
    try:
        name = getpass.getuser().strip()
    except Exception:  # noqa: BLE001 - no user name on some systems (containers, services)
        name = ""
    return name or "me"


# --- the store ----------------------------------------------------------------------------


class History(HistoryQueries):
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

    # writes ---------------------------------------------------------------------------

    def start_run(
        self,
        prompt: str,
        *,
        system_prompt: str | None = None,
        sampling: SamplingParams | None = None,
        load_settings: LoadSettings | Mapping[str, Any] | None = None,
        models: Sequence[object] = (),
        blind: bool = False,
        blind_seed: int | None = None,
        blind_order: Sequence[int] | None = None,
        task_tag: str | None = None,
        created_at: datetime | None = None,
    ) -> int:
        """Save a new run before the models answer; returns its id.

        Args:
            prompt: the person's prompt.
            system_prompt: the instructions for the model, if any.
            sampling: the sampling settings every pane used.
            load_settings: context length, threads ... (stored for the record).
            models: the models in pane order (anything :meth:`ModelIdentity.of` accepts);
                each gets a "pending" result until :meth:`add_result` fills it in.
            blind: whether names were hidden.
            blind_seed: the shuffle seed of a blind run.
            blind_order: display position -> pane index of a blind run.
            task_tag: what kind of task this was (e.g. ``"email"``), for the leaderboard.
            created_at: when it started (default: now).
        """
        if isinstance(load_settings, LoadSettings):
            load_dict: dict[str, Any] = dataclasses.asdict(load_settings)
        else:
            load_dict = dict(load_settings or {})
        identities = [ModelIdentity.of(m) for m in models]
        if len(identities) > MAX_PANES:
            raise ValueError(f"a run has at most {MAX_PANES} panes")
        when = iso(created_at or now())
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO runs (created_at, prompt, system_prompt, settings_json, load_json,"
                " blind, blind_seed, blind_order, task_tag) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    when,
                    prompt,
                    system_prompt or None,
                    json.dumps(sampling_to_dict(sampling or SamplingParams())),
                    json.dumps(load_dict),
                    int(blind),
                    blind_seed,
                    json.dumps(list(blind_order)) if blind_order is not None else None,
                    task_tag or None,
                ),
            )
            run_id = int(cur.lastrowid or 0)
            for index, model in enumerate(identities):
                self._put_result(conn, run_id, index, model, "pending", None, None, None)
        return run_id

    def add_result(
        self,
        run_id: int,
        pane_index: int,
        model: object,
        outcome: GenerationMetrics | BaseException | ErrorInfo,
        *,
        text: str | None = None,
        context_length: int | None = None,
        threads: int | None = None,
    ) -> None:
        """Save one model's answer (its metrics) or the error it ended with.

        Args:
            run_id: from :meth:`start_run`.
            pane_index: the pane (0-3) in the run's own order.
            model: the model (anything :meth:`ModelIdentity.of` accepts).
            outcome: the finished generation's metrics, or the error.
            text: the partial answer shown before an error (metrics carry their own text).
            context_length: the context the model was loaded with for this answer.
            threads: the CPU threads this answer ran with (its share when models ran
                side by side).

        Raises:
            HistoryError: the run does not exist or the write failed.
        """
        if not 0 <= pane_index < MAX_PANES:
            raise ValueError(f"pane_index must be 0..{MAX_PANES - 1}")
        identity = ModelIdentity.of(model)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM runs WHERE id=?", (run_id,)).fetchone() is None:
                raise HistoryError(
                    _("This comparison is no longer in your history."), detail=f"run {run_id}"
                )
            if isinstance(outcome, GenerationMetrics):
                self._put_result(conn, run_id, pane_index, identity, "done", outcome, None,
                                 outcome.text)
            else:
                info = outcome if isinstance(outcome, ErrorInfo) else ErrorInfo.of(outcome)
                self._put_result(conn, run_id, pane_index, identity, "error", None, info,
                                 text or "")
            conn.execute(
                "UPDATE results SET context_length=?, threads=? WHERE run_id=? AND pane_index=?",
                (context_length, threads, run_id, pane_index),
            )

    @staticmethod
    def _put_result(
        conn: sqlite3.Connection,
        run_id: int,
        pane_index: int,
        model: ModelIdentity,
        status: ResultStatus,
        metrics: GenerationMetrics | None,
        error: ErrorInfo | None,
        text: str | None,
    ) -> None:
        metrics_json = None
        if metrics is not None:
            data = metrics_to_dict(metrics)
            data.pop("text", None)  # kept once, in the answer column
            metrics_json = json.dumps(data)
        conn.execute(
            "INSERT INTO results (run_id, pane_index, model_name, model_path, model_sha256,"
            " model_key, model_size, model_mtime_ns, model_id, model_quantization, status,"
            " answer, metrics_json, error, error_json, tokens_per_s, peak_rss_bytes, total_s,"
            " finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (run_id, pane_index) DO UPDATE SET"
            " model_name=excluded.model_name, model_path=excluded.model_path,"
            " model_sha256=excluded.model_sha256, model_key=excluded.model_key,"
            " model_size=excluded.model_size, model_mtime_ns=excluded.model_mtime_ns,"
            " model_id=excluded.model_id, model_quantization=excluded.model_quantization,"
            " status=excluded.status, answer=excluded.answer,"
            " metrics_json=excluded.metrics_json, error=excluded.error,"
            " error_json=excluded.error_json, tokens_per_s=excluded.tokens_per_s,"
            " peak_rss_bytes=excluded.peak_rss_bytes, total_s=excluded.total_s,"
            " finished_at=excluded.finished_at",
            (
                run_id, pane_index, model.display_name, model.path, model.sha256, model.key,
                model.size_bytes, model.mtime_ns, model.model_id, model.quantization, status,
                text, metrics_json,
                error.message if error else None,
                json.dumps(dataclasses.asdict(error)) if error else None,
                metrics.tokens_per_s if metrics else None,
                metrics.peak_rss_bytes if metrics else None,
                metrics.total_s if metrics else None,
                iso(now()) if status != "pending" else None,
            ),
        )

    def record_vote(
        self, run_id: int, vote: Vote, *, voter: str | None = None, blind: bool | None = None
    ) -> VoteRecord:
        """Save (or replace) this person's vote on a run.

        Args:
            run_id: the run.
            vote: the judgement, in the run's real pane indices.
            voter: who voted (default: :func:`default_voter`).
            blind: whether names were hidden when voting (default: the run's blind flag).

        Raises:
            HistoryError: the run does not exist, or the winner is not one of its panes.
        """
        who = (voter or "").strip() or default_voter()
        with self._write() as conn:
            row = conn.execute("SELECT blind FROM runs WHERE id=?", (run_id,)).fetchone()
            if row is None:
                raise HistoryError(
                    _("This comparison is no longer in your history."), detail=f"run {run_id}"
                )
            panes = {int(r[0]) for r in conn.execute(
                "SELECT pane_index FROM results WHERE run_id=?", (run_id,))}
            if vote.winner is not None and vote.winner not in panes:
                raise HistoryError(
                    _("That vote does not match this comparison."),
                    hint=_("Run the comparison again and vote once every answer is shown."),
                    detail=f"run {run_id}: pane {vote.winner} not in {sorted(panes)}",
                )
            was_blind = bool(row[0]) if blind is None else blind
            when = now()
            conn.execute(
                "INSERT INTO votes (run_id, voter, outcome, winner_pane, blind, created_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT (run_id, voter) DO UPDATE SET"
                " outcome=excluded.outcome, winner_pane=excluded.winner_pane,"
                " blind=excluded.blind, created_at=excluded.created_at",
                (run_id, who, vote.outcome, vote.winner, int(was_blind), iso(when)),
            )
        return VoteRecord(who, vote, was_blind, when)

    def set_task_tag(self, run_id: int, task_tag: str | None) -> None:
        """Change what kind of task a run was (leaderboards are per task tag)."""
        with self._write() as conn:
            conn.execute("UPDATE runs SET task_tag=? WHERE id=?", (task_tag or None, run_id))

    def delete_run(self, run_id: int) -> bool:
        """Delete a run with its results and votes; ``False`` if it did not exist."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM runs WHERE id=?", (run_id,))
            return cur.rowcount > 0

    def set_turn(
        self,
        run_id: int,
        *,
        conversation_id: int,
        turn: int,
        prompt: str | None = None,
        attachments: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Mark a saved run as turn ``turn`` of a conversation (its first run's id).

        Args:
            run_id: from :meth:`start_run`.
            conversation_id: the id of the conversation's first run (itself for turn 0).
            turn: which turn, from 0.
            prompt: what the person typed, when the saved prompt also held documents.
            attachments: the documents attached to this turn, as ``(name, text)``.
        """
        docs = json.dumps([{"name": n, "text": t} for n, t in attachments]) if attachments \
            else None
        with self._write() as conn:
            conn.execute(
                "UPDATE runs SET conversation_id=?, turn=?, attachments_json=?,"
                " prompt=COALESCE(?, prompt) WHERE id=?",
                (conversation_id, turn, docs, prompt, run_id),
            )

    def get_conversation(self, conversation_id: int) -> list[RunRecord]:
        """Every turn of a conversation, oldest first (one run for a one-shot comparison).

        Raises:
            HistoryError: no run with this id.
        """
        rows = self._read(
            "SELECT * FROM runs WHERE id=? OR conversation_id=? ORDER BY turn, id",
            (conversation_id, conversation_id),
        )
        if not rows:
            raise HistoryError(
                _("This conversation is no longer in your history."),
                hint=_("It may have been deleted."),
                detail=f"conversation {conversation_id}",
            )
        return self._runs_from_rows(rows)

    def with_conversations(self, runs: Sequence[RunRecord]) -> list[RunRecord]:
        """``runs`` with every turn of the conversations they belong to (each run once, a
        conversation's turns in order where its first run was); for exports."""
        whole: dict[int, RunRecord] = {}
        for run in runs:
            if run.conversation_id is None:
                whole.setdefault(run.id, run)
                continue
            try:
                turns = self.get_conversation(run.conversation_id)
            except HistoryError:
                turns = [run]
            for turn in turns:
                whole.setdefault(turn.id, turn)
        return list(whole.values())
