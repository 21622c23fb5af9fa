"""Task-test runs kept on disk as they happen, one JSON-lines file per run.

``data_dir()/tasktests/<run id>.jsonl`` starts with a ``run`` line (the whole pack, the
models and the settings, so a run resumes even if the pack file changed or vanished), then
one line per event: ``answer`` (a finished answer with its checks and numbers), ``judgement``
(a person's pass / fail / skip) and ``finished``. Each line is written and flushed to disk
before the next answer starts, so a run killed at any moment keeps every finished answer; a
half-written last line (the process died mid-write) is ignored when reading. Later lines win
(an answer written twice, a judgement changed).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.errors import SlmError
from desktop.core.i18n import N_, _
from desktop.core.tasktests.pack import Pack, pack_from_dict, pack_to_dict
from desktop.core.tasktests.results import (
    JUDGEMENTS,
    Judgement,
    ModelSummary,
    TaskOutcome,
    outcome_from_record,
    recommend,
    summarize,
)

log = logging.getLogger("desktop.core.tasktests.store")

STORE_VERSION = 1


class RunStoreError(SlmError):
    """A task-test run could not be saved or read back."""

    default_hint = (N_("Task-test runs are kept in the app's data folder. Check that the disk is "
                    "not full or read-only."))


def runs_dir() -> Path:
    """The folder of task-test run files."""
    folder = paths.data_dir() / "tasktests"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class RunModel:
    """A model of a run: its display name and file."""

    name: str
    path: str


@dataclass(frozen=True)
class RunInfo:
    """A line of the list of runs."""

    run_id: str
    pack_name: str
    created_at: str
    models: tuple[str, ...]
    answered: int
    total: int
    finished: bool


class RunStore:
    """One run's file. Thread-safe; every write reaches the disk before it returns.

    Use :meth:`create` for a new run and :meth:`open` to read (and resume) an old one.
    """

    def __init__(self, path: Path, header: Mapping[str, Any]) -> None:
        self.path = path
        self.run_id = path.stem
        self.pack: Pack = pack_from_dict(header["pack"])
        self.models: tuple[RunModel, ...] = tuple(
            RunModel(str(m["name"]), str(m["path"])) for m in header["models"])
        self.settings: dict[str, Any] = dict(header.get("settings", {}))
        self.created_at = str(header.get("created_at", ""))
        self.finished = False
        self._outcomes: dict[tuple[int, str], TaskOutcome] = {}
        self._judgements: dict[tuple[int, str], Judgement | None] = {}
        self._lock = threading.Lock()
        self._torn = False

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def create(cls, pack: Pack, models: Sequence[RunModel], *,
               settings: Mapping[str, Any] | None = None,
               folder: Path | None = None) -> RunStore:
        """Start a new run file.

        Raises:
            RunStoreError: the file cannot be written.
        """
        now = datetime.now(UTC)
        run_id = now.strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)
        path = (folder or runs_dir()) / f"{run_id}.jsonl"
        header = {
            "type": "run",
            "version": STORE_VERSION,
            "created_at": now.isoformat(timespec="seconds"),
            "pack": pack_to_dict(pack),
            "pack_file": str(pack.source) if pack.source else None,
            "models": [{"name": m.name, "path": m.path} for m in models],
            "settings": dict(settings or {}),
        }
        store = cls(path, header)
        store._append(header)
        return store

    @classmethod
    def open(cls, run: str | os.PathLike[str]) -> RunStore:
        """Read a run back: a run id (in :func:`runs_dir`) or a run file's path.

        Raises:
            RunStoreError: no such run, or its file is not a run.
        """
        path = Path(run)
        if path.suffix != ".jsonl":
            path = runs_dir() / f"{run}.jsonl"
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise RunStoreError(_("There is no saved task-test run {stem}.").format(stem=path.stem),
                                hint=_("List the runs in the Task tests page.")) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise RunStoreError(
                _("The task-test run {stem} could not be read.").format(stem=path.stem),
                detail=repr(exc),
            ) from None
        records = []
        for n, line in enumerate(raw.splitlines()):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                # only the last line can be half-written by a killed process
                log.warning("%s: line %d unreadable, skipped", path, n + 1)
        if not records or records[0].get("type") != "run":
            raise RunStoreError(_("The file {name} is not a task-test run.").format(name=path.name))
        try:
            store = cls(path, records[0])
        except (KeyError, TypeError, SlmError) as exc:
            raise RunStoreError(_("The task-test run {stem} is damaged.").format(stem=path.stem),
                                detail=repr(exc)) from None
        for rec in records[1:]:
            store._apply(rec)
        store._torn = bool(raw) and not raw.endswith("\n")  # the next write starts a new line
        return store

    # --- reading ------------------------------------------------------------------------

    def _apply(self, rec: Mapping[str, Any]) -> None:
        kind = rec.get("type")
        try:
            if kind == "answer":
                key = (int(rec["model_index"]), str(rec["id"]))
                self._outcomes[key] = outcome_from_record(rec)
            elif kind == "judgement":
                key = (int(rec["model_index"]), str(rec["task_id"]))
                value = rec.get("judgement")
                self._judgements[key] = value if value in JUDGEMENTS else None
            elif kind == "finished":
                self.finished = True
        except (KeyError, TypeError, ValueError):
            log.warning("%s: unreadable %s record skipped", self.path, kind)

    def outcome(self, model_index: int, task_id: str) -> TaskOutcome | None:
        """The answer of one model to one task, with the latest judgement, if any."""
        with self._lock:
            found = self._outcomes.get((model_index, task_id))
            if found is None:
                return None
            key = (model_index, task_id)
            if key in self._judgements:
                found = found.with_judgement(self._judgements[key])
            return found

    def done(self, model_index: int, task_id: str) -> bool:
        """True when this answer is already in (a resumed run skips it)."""
        with self._lock:
            return (model_index, task_id) in self._outcomes

    @property
    def answered(self) -> int:
        """Answers in so far."""
        with self._lock:
            return len(self._outcomes)

    @property
    def total(self) -> int:
        """Answers the run asks for (tasks x models)."""
        return len(self.pack.tasks) * len(self.models)

    def outcomes(self, model_index: int) -> list[TaskOutcome]:
        """One model's answers so far, in pack order."""
        found = [self.outcome(model_index, t.id) for t in self.pack.tasks]
        return [o for o in found if o is not None]

    def summaries(self) -> list[ModelSummary]:
        """One summary per model, in the run's model order."""
        n = len(self.pack.tasks)
        return [summarize(m.name, self.outcomes(i), n) for i, m in enumerate(self.models)]

    def recommendation(self) -> str:
        """The plain recommendation for the answers so far."""
        return recommend(self.summaries())

    def to_json(self) -> dict[str, Any]:
        """The documented ``test --json`` object (plus the run id and whether it finished)."""
        return {
            "pack": self.pack.name,
            "run_id": self.run_id,
            "finished": self.finished,
            "results": [s.to_json() for s in self.summaries()],
            "recommendation": self.recommendation(),
        }

    def info(self) -> RunInfo:
        """This run's line in the list of runs."""
        return RunInfo(self.run_id, self.pack.name, self.created_at,
                       tuple(m.name for m in self.models), self.answered, self.total,
                       self.finished)

    # --- writing ------------------------------------------------------------------------

    def _append(self, record: Mapping[str, Any]) -> None:
        line = ("\n" if self._torn else "") + json.dumps(record, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8", newline="\n") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
            self._torn = False
        except OSError as exc:
            raise RunStoreError(_("The task-test answer could not be saved."),
                                detail=repr(exc)) from None

    def add_outcome(self, model_index: int, outcome: TaskOutcome) -> None:
        """Keep one finished answer (on disk before this returns)."""
        record = {"type": "answer", "model_index": model_index, **outcome.to_record()}
        with self._lock:
            self._append(record)
            self._outcomes[(model_index, outcome.task_id)] = outcome
            self._judgements.pop((model_index, outcome.task_id), None)

    def set_judgement(self, model_index: int, task_id: str,
                      judgement: Judgement | None) -> None:
        """Keep a person's verdict on one answer (``None`` clears it)."""
        if judgement is not None and judgement not in JUDGEMENTS:
            raise ValueError(f"judgement must be one of {JUDGEMENTS}")
        with self._lock:
            self._append({"type": "judgement", "model_index": model_index,
                          "task_id": task_id, "judgement": judgement})
            self._judgements[(model_index, task_id)] = judgement

    def mark_finished(self) -> None:
        """Note that every answer is in."""
        with self._lock:
            if not self.finished:
                self._append({"type": "finished"})
                self.finished = True


def list_runs(folder: Path | None = None) -> list[RunInfo]:
    """Saved runs, newest first (unreadable files are skipped)."""
    out = []
    for path in sorted((folder or runs_dir()).glob("*.jsonl"), reverse=True):
        try:
            out.append(RunStore.open(path).info())
        except RunStoreError as exc:
            log.warning("skipping run %s: %s", path, exc.message)
    return out
