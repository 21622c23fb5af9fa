"""The read side of the history (:class:`HistoryQueries`, which :class:`History` inherits):
runs, conversations' turns, models, voters, task tags, votes and measured speeds, and the
decoding of database rows into :mod:`desktop.core.history.records`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from desktop.core.errors import HistoryError
from desktop.core.history.records import (
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
    parse_time,
    sampling_from_dict,
)
from desktop.core.i18n import _

#: Measured speed: the median of this many latest answers of a model ...
MEASURED_LATEST = 10
#: ... each at least this long (a few tokens say little about the steady speed).
MEASURED_MIN_TOKENS = 16


class HistoryQueries:
    """Reads of the history database; :class:`~desktop.core.history.store.History` supplies
    the connection (:meth:`_read`)."""

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Rows of one query (the store runs it on its shared connection, under its lock)."""
        raise NotImplementedError

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
