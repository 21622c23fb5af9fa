"""The write side of the history (:class:`HistoryWrites`, which :class:`History` inherits):
starting runs, saving answers and errors, votes, task tags, conversation turns, deletion.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from desktop.core.errors import HistoryError
from desktop.core.generation import GenerationMetrics, LoadSettings, SamplingParams
from desktop.core.history.records import (
    MAX_PANES,
    ErrorInfo,
    ModelIdentity,
    ResultStatus,
    Vote,
    VoteRecord,
    iso,
    metrics_to_dict,
    now,
    sampling_to_dict,
)
from desktop.core.i18n import _


def default_voter() -> str:
    """The name votes are recorded under unless the person picks one: the OS user name."""
    try:
        name = getpass.getuser().strip()
    except Exception:  # noqa: BLE001 - no user name on some systems (containers, services)
        name = ""
    return name or "me"


class HistoryWrites:
    """Writes to the history database; :class:`~desktop.core.history.store.History` supplies
    the transaction (:meth:`_write`)."""

    def _write(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One transaction (the store runs it on its shared connection, under its lock)."""
        raise NotImplementedError

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
