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
from desktop.core.errors import SlmError
from desktop.core.generation import GenerationMetrics, LoadSettings, SamplingParams
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
    parse_time,
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
from desktop.core.i18n import N_, _

__all__ = [
    "MAX_PANES", "SCHEMA_VERSION", "ErrorInfo", "History", "HistoryError", "ModelIdentity",
    "ModelSeen", "ResultRecord", "ResultStatus", "RunRecord", "RunSummary", "Vote",
    "VoteOutcome", "VoteRecord", "default_history_path", "default_voter", "metrics_from_dict",
    "metrics_to_dict", "sampling_from_dict", "sampling_to_dict",
]

log = logging.getLogger("desktop.core.history.store")

HISTORY_FILE = "history.db"
#: Measured speed: the median of this many latest answers of a model ...
MEASURED_LATEST = 10
#: ... each at least this long (a few tokens say little about the steady speed).
MEASURED_MIN_TOKENS = 16


class HistoryError(SlmError):
    """The comparison history could not be read or saved."""

    default_hint = (
        N_("Your comparisons are kept in the app's data folder. Check that the disk is not full "
        "or read-only, then try again.")
    )


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


class History:
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

    # reads ----------------------------------------------------------------------------

    def get_run(self, run_id: int) -> RunRecord:
        """The whole run.

        Raises:
            HistoryError: no run with this id.
        """
        rows = self._read("SELECT * FROM runs WHERE id=?", (run_id,))
        if not rows:
            raise HistoryError(
                _("This comparison is no longer in your history."),
                hint=_("It may have been deleted."),
                detail=f"run {run_id}",
            )
        return self._runs_from_rows(rows)[0]

    def get_runs(self, run_ids: Sequence[int]) -> list[RunRecord]:
        """Several runs (missing ids are skipped), in the order given."""
        if not run_ids:
            return []
        marks = ",".join("?" * len(run_ids))
        rows = self._read(f"SELECT * FROM runs WHERE id IN ({marks})", list(run_ids))
        by_id = {r.id: r for r in self._runs_from_rows(rows)}
        return [by_id[i] for i in run_ids if i in by_id]

    def _runs_from_rows(self, rows: Sequence[sqlite3.Row]) -> list[RunRecord]:
        ids = [int(r["id"]) for r in rows]
        marks = ",".join("?" * len(ids))
        results: dict[int, list[ResultRecord]] = {i: [] for i in ids}
        for r in self._read(
            f"SELECT * FROM results WHERE run_id IN ({marks}) ORDER BY run_id, pane_index", ids
        ):
            results[int(r["run_id"])].append(_result_from_row(r))
        votes: dict[int, list[VoteRecord]] = {i: [] for i in ids}
        for v in self._read(
            f"SELECT * FROM votes WHERE run_id IN ({marks}) ORDER BY created_at", ids
        ):
            votes[int(v["run_id"])].append(_vote_from_row(v))
        out = []
        for row in rows:
            run_id = int(row["id"])
            order = _json_or(row["blind_order"], None)
            out.append(
                RunRecord(
                    id=run_id,
                    created_at=parse_time(row["created_at"]),
                    prompt=row["prompt"],
                    system_prompt=row["system_prompt"],
                    sampling=sampling_from_dict(_json_or(row["settings_json"], {})),
                    load_settings=_json_or(row["load_json"], {}),
                    blind=bool(row["blind"]),
                    blind_seed=row["blind_seed"],
                    blind_order=tuple(int(i) for i in order) if order else None,
                    task_tag=row["task_tag"],
                    results=tuple(results[run_id]),
                    votes=tuple(votes[run_id]),
                    conversation_id=row["conversation_id"],
                    turn=int(row["turn"] or 0),
                    attachments=tuple(
                        (str(d.get("name", "")), str(d.get("text", "")))
                        for d in _json_or(row["attachments_json"], []) or []
                        if isinstance(d, dict)
                    ),
                )
            )
        return out

    def list_runs(
        self,
        *,
        search: str | None = None,
        model: str | None = None,
        task_tag: str | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[RunSummary]:
        """Runs, newest first.

        Args:
            search: words to find in the prompt, the instructions or any answer
                (case-insensitive; every word must appear somewhere in the run).
            model: only runs with this model (a :attr:`ModelIdentity.key`, or the exact
                display name).
            task_tag: only runs with this task tag.
            limit: at most this many.
            offset: skip this many (paging).
        """
        where: list[str] = []
        params: list[Any] = []
        for word in (search or "").split():
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern += "%"
            where.append(
                "(runs.prompt LIKE ? ESCAPE '\\' OR coalesce(runs.system_prompt, '') LIKE ?"
                " ESCAPE '\\' OR EXISTS (SELECT 1 FROM results s WHERE s.run_id = runs.id AND"
                " (coalesce(s.answer, '') LIKE ? ESCAPE '\\' OR s.model_name LIKE ?"
                " ESCAPE '\\')))"
            )
            params += [pattern] * 4
        if model:
            where.append(
                "EXISTS (SELECT 1 FROM results m WHERE m.run_id = runs.id AND"
                " (m.model_key = ? OR m.model_name = ?))"
            )
            params += [model, model]
        if task_tag:
            where.append("runs.task_tag = ?")
            params.append(task_tag)
        sql = (
            "SELECT runs.id, runs.created_at, runs.prompt, runs.blind, runs.task_tag,"
            " runs.conversation_id, runs.turn,"
            " (SELECT group_concat(model_name, char(31)) FROM (SELECT model_name FROM results r"
            "   WHERE r.run_id = runs.id ORDER BY pane_index)) AS names,"
            " (SELECT count(*) FROM votes v WHERE v.run_id = runs.id) AS n_votes,"
            " (SELECT count(*) FROM results r WHERE r.run_id = runs.id AND r.status='error')"
            "   AS failed,"
            " (SELECT count(*) FROM results r WHERE r.run_id = runs.id AND r.status='pending')"
            "   AS pending"
            " FROM runs"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY runs.created_at DESC, runs.id DESC LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
        return [
            RunSummary(
                id=int(r["id"]),
                created_at=parse_time(r["created_at"]),
                prompt=r["prompt"],
                model_names=tuple(r["names"].split("\x1f")) if r["names"] else (),
                blind=bool(r["blind"]),
                voted=int(r["n_votes"]) > 0,
                task_tag=r["task_tag"],
                failed=int(r["failed"]),
                pending=int(r["pending"]),
                conversation_id=r["conversation_id"],
                turn=int(r["turn"] or 0),
            )
            for r in self._read(sql, params)
        ]

    def count_runs(self) -> int:
        """How many runs are saved."""
        return int(self._read("SELECT count(*) FROM runs")[0][0])

    def list_models(self) -> list[ModelSeen]:
        """Every model that appears in the history, most used first (latest name shown)."""
        rows = self._read(
            "SELECT model_key, count(DISTINCT run_id) AS n,"
            " (SELECT model_name FROM results x WHERE x.model_key = r.model_key"
            "  ORDER BY x.id DESC LIMIT 1) AS name"
            " FROM results r GROUP BY model_key ORDER BY n DESC, name"
        )
        return [ModelSeen(r["model_key"], r["name"], int(r["n"])) for r in rows]

    def list_voters(self) -> list[str]:
        """Everyone who has voted, alphabetically."""
        return [r[0] for r in self._read("SELECT DISTINCT voter FROM votes ORDER BY voter")]

    def list_task_tags(self) -> list[str]:
        """Every task tag used, alphabetically."""
        return [
            r[0]
            for r in self._read(
                "SELECT DISTINCT task_tag FROM runs WHERE task_tag IS NOT NULL ORDER BY task_tag"
            )
        ]

    def iter_votes(
        self, *, voter: str | None = None, task_tag: str | None = None
    ) -> list[tuple[RunRecord, VoteRecord]]:
        """Every vote (optionally one person's, one task tag's) with its run."""
        where, params = ["1=1"], []
        if voter:
            where.append("v.voter = ?")
            params.append(voter)
        if task_tag:
            where.append("runs.task_tag = ?")
            params.append(task_tag)
        rows = self._read(
            "SELECT DISTINCT runs.* FROM runs JOIN votes v ON v.run_id = runs.id WHERE "
            + " AND ".join(where) + " ORDER BY runs.id",
            params,
        )
        out = []
        for run in self._runs_from_rows(rows) if rows else []:
            for vote in run.votes:
                if voter is None or vote.voter == voter:
                    out.append((run, vote))
        return out

    def model_results(self, *, task_tag: str | None = None) -> list[ResultRecord]:
        """Every finished result (for speed and memory medians)."""
        sql = "SELECT results.* FROM results JOIN runs ON runs.id = results.run_id" \
              " WHERE results.status = 'done'"
        params: list[Any] = []
        if task_tag:
            sql += " AND runs.task_tag = ?"
            params.append(task_tag)
        return [_result_from_row(r) for r in self._read(sql, params)]

    def measured_tokens_per_s(
        self, model: ModelIdentity, *, latest: int = MEASURED_LATEST
    ) -> float | None:
        """Decode speed this model file really had here: the median of its latest answers.

        Only finished answers of at least :data:`MEASURED_MIN_TOKENS` tokens count, and only
        those that had the most CPU threads this model ever had here (answers that shared
        the cores with other models are slower and would understate it). Matched by the
        model's key (hash, else name, size and time), or its path when no key was saved.

        Returns:
            tokens per second, or ``None`` when the model has not answered here.
        """
        rows = self._read(
            "SELECT tokens_per_s, threads, metrics_json FROM results"
            " WHERE status = 'done' AND tokens_per_s > 0 AND (model_key = ? OR"
            " (model_key IS NULL AND model_path = ?)) ORDER BY id DESC LIMIT 200",
            (model.key, model.path),
        )
        found: list[tuple[float, int]] = []
        for r in rows:
            data = _json_or(r["metrics_json"], {})
            tokens = data.get("output_tokens", 0) if isinstance(data, dict) else 0
            if isinstance(tokens, int) and tokens >= MEASURED_MIN_TOKENS:
                found.append((float(r["tokens_per_s"]), int(r["threads"] or 0)))
        if not found:
            return None
        most = max(t for _, t in found)
        recent = [v for v, t in found if t == most][: max(1, latest)]
        speeds = sorted(recent)
        mid = len(speeds) // 2
        return speeds[mid] if len(speeds) % 2 else (speeds[mid - 1] + speeds[mid]) / 2



def _json_or(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def _result_from_row(r: sqlite3.Row) -> ResultRecord:
    text = r["answer"] or ""
    metrics_data = _json_or(r["metrics_json"], None)
    metrics = metrics_from_dict(metrics_data, text) if isinstance(metrics_data, dict) else None
    error_data = _json_or(r["error_json"], None)
    error = None
    if isinstance(error_data, dict):
        error = ErrorInfo(
            str(error_data.get("message", "")), str(error_data.get("hint", "")),
            str(error_data.get("type", "SlmError")), str(error_data.get("detail", "")),
        )
    elif r["error"]:
        error = ErrorInfo(str(r["error"]))
    raw_status = r["status"]
    status: ResultStatus = raw_status if raw_status in ("pending", "error") else "done"
    model = ModelIdentity(
        display_name=r["model_name"],
        path=r["model_path"],
        sha256=r["model_sha256"],
        size_bytes=r["model_size"],
        mtime_ns=r["model_mtime_ns"],
        model_id=r["model_id"],
        quantization=r["model_quantization"],
    )
    return ResultRecord(
        pane_index=int(r["pane_index"]),
        model=model,
        status=status,
        text=text,
        metrics=metrics,
        error=error,
        finished_at=parse_time(r["finished_at"]) if r["finished_at"] else None,
        context_length=_int_or_none(r["context_length"]),
        threads=_int_or_none(r["threads"]),
    )


def _int_or_none(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) else None


def _vote_from_row(v: sqlite3.Row) -> VoteRecord:
    outcome: VoteOutcome = v["outcome"] if v["outcome"] in ("win", "tie", "all_bad") else "tie"
    winner = v["winner_pane"]
    if outcome == "win" and winner is None:
        outcome = "tie"
    vote = Vote(outcome, int(winner) if outcome == "win" else None)
    return VoteRecord(
        voter=v["voter"], vote=vote, blind=bool(v["blind"]), created_at=parse_time(v["created_at"])
    )

