"""What a task test run reports to its views (frozen dataclasses sent from the worker
threads): planned, loading, answers, failures, progress with the time left, and the end.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from desktop.core.i18n import _, format_number
from desktop.core.tasktests.results import TaskOutcome


@dataclass(frozen=True)
class RunPlanned:
    """The run is about to start: its id, the waves of models, answers in and to do."""

    run_id: str
    waves: tuple[tuple[int, ...], ...]
    answered: int
    total: int


@dataclass(frozen=True)
class ModelLoading:
    """A model is being loaded for its turn."""

    model_index: int
    name: str


@dataclass(frozen=True)
class ModelLoaded:
    """A model is loaded (``load_s`` seconds)."""

    model_index: int
    name: str
    load_s: float


@dataclass(frozen=True)
class AnswerStarted:
    """A model started on a task."""

    model_index: int
    task_id: str


@dataclass(frozen=True)
class AnswerText:
    """New text of the answer in progress."""

    model_index: int
    task_id: str
    text: str


@dataclass(frozen=True)
class AnswerDone:
    """An answer is finished, checked and saved."""

    model_index: int
    outcome: TaskOutcome


@dataclass(frozen=True)
class ModelFailed:
    """A model could not be loaded; its remaining tasks are left for a later resume."""

    model_index: int
    name: str
    message: str
    hint: str


@dataclass(frozen=True)
class Progress:
    """Where the run is: "task 7 of 20, model 2 of 3, about 4 minutes left"."""

    answered: int
    total: int
    task_number: int
    task_total: int
    model_number: int
    model_total: int
    eta_s: float | None
    paused: bool = False

    @property
    def fraction(self) -> float:
        """Share of the answers in, 0 to 1."""
        return self.answered / self.total if self.total else 1.0

    @property
    def text(self) -> str:
        """The progress line people read."""
        where = _(
            "task {task_number} of {task_total}, model {model_number} of {model_total}"
        ).format(
            task_number=self.task_number,
            task_total=self.task_total,
            model_number=self.model_number,
            model_total=self.model_total,
        )
        if self.paused:
            return _("Paused at {where}").format(where=where)
        return f"{where[0].upper()}{where[1:]}, {time_left(self.eta_s)}"


@dataclass(frozen=True)
class RunEnded:
    """The run ended: ``finished`` (every answer in), ``cancelled`` or ``incomplete``
    (a model failed; resume to retry it)."""

    run_id: str
    status: Literal["finished", "cancelled", "incomplete"]
    message: str = ""


Event = (RunPlanned | ModelLoading | ModelLoaded | AnswerStarted | AnswerText | AnswerDone
         | ModelFailed | Progress | RunEnded)


def time_left(eta_s: float | None) -> str:
    """ "about 4 minutes left" (or "working out the time left")."""
    if eta_s is None:
        return _("working out the time left")
    if eta_s < 50:
        return _("less than a minute left")
    minutes = round(eta_s / 60)
    if minutes < 90:
        if minutes == 1:
            return _("about 1 minute left")
        return _("about {minutes} minutes left").format(minutes=minutes)
    return _("about {hours} hours left").format(hours=format_number(eta_s / 3600, 1))


def progress_dict(progress: Progress) -> dict[str, Any]:
    """A progress event as plain JSON (``--json-progress`` style output)."""
    return {**asdict(progress), "text": progress.text, "fraction": progress.fraction}
