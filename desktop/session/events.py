"""What a comparison run tells its views: frozen events, one model per pane, and results.

A :class:`~desktop.session.comparison.ComparisonSession` reports everything as the frozen
dataclasses below, from its worker threads (views that need another thread, like the
window, hand them over themselves). Per pane, in order::

    PaneWaiting?            runs in a later wave, to save memory
    PaneStarted             its wave began (the prompt is read next)
    PaneLoading? PaneLoaded?  the model was not warm and is being loaded
    TokenBatch*             new text (a few tokens at a time, ~25 ms apart)
    PaneFinished | PaneStopped | PaneFailed   exactly one; carries the PaneResult

A pane stopped before its wave began gets only ``PaneStopped`` (``started`` is False).
Around the panes: :class:`RunPlanned` once the waves are known, :class:`HistoryFailed` at
most once, and :class:`RunFinished` last of all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.core.errors import SlmError
from desktop.core.generation import GenerationMetrics, StopReason
from desktop.core.servers.registry import parse_server_ref

PaneStatus = Literal["done", "stopped", "error"]


@dataclass(frozen=True)
class ModelSpec:
    """One model of a comparison: its file and the name people see.

    ``id``, ``quantization`` and ``sha256`` are kept in the history when known (a library
    model); :meth:`of` fills them from a library model or a picker choice.
    """

    path: Path
    name: str
    id: str | None = None
    quantization: str | None = None
    sha256: str | None = None

    @property
    def display_name(self) -> str:
        """The name people see (what the history records)."""
        return self.name

    @classmethod
    def of(cls, model: object) -> ModelSpec:
        """A spec from a path, a library ``InstalledModel`` or a picker ``ModelChoice``."""
        if isinstance(model, ModelSpec):
            return model
        if isinstance(model, str | os.PathLike):
            path = Path(model)
            return cls(path=path, name=_server_model_name(path) or path.name)
        path_value = getattr(model, "path", None)
        if path_value is None:
            raise TypeError(f"cannot tell which model file {model!r} is")
        path = Path(path_value)
        name = getattr(model, "display_name", None) or getattr(model, "name", None)
        ident = getattr(model, "id", None) or getattr(model, "model_id", None)
        quant = getattr(model, "quantization", None)
        sha = getattr(model, "sha256", None)
        return cls(
            path=path,
            name=str(name) if name else path.name,
            id=str(ident) if ident else None,
            quantization=str(quant) if quant else None,
            sha256=str(sha) if sha else None,
        )


@dataclass(frozen=True)
class PaneResult:
    """How one pane's answer ended; the session owns it and saves it.

    Attributes:
        pane: the pane's index in the comparison.
        model: which model answered.
        status: ``"done"``, ``"stopped"`` (by the person, or before it started) or
            ``"error"``.
        text: everything the model wrote (also when stopped or failed part-way).
        metrics: the numbers, when the answer ran (also when stopped mid-answer).
        error: the plain-language error of a failed (or never started) answer.
        context_length: the context the model was loaded with, when it was loaded.
        threads: the CPU threads this answer ran with (its share when models ran side by
            side), when it ran.
        started: whether the answer began (False: stopped while waiting for its wave).
    """

    pane: int
    model: ModelSpec
    status: PaneStatus
    text: str = ""
    metrics: GenerationMetrics | None = None
    error: SlmError | None = None
    context_length: int | None = None
    threads: int | None = None
    started: bool = True

    @property
    def stop_reason(self) -> StopReason:
        """Why the answer ended: the engine's reason, ``"cancelled"`` or ``"error"``."""
        if self.status == "stopped":
            return "cancelled"
        if self.status == "error" or self.metrics is None:
            return "error"
        return self.metrics.stop_reason


def _server_model_name(path: Path) -> str | None:
    """ "MODEL (on SERVER)" for a server model's reference, else ``None``."""
    try:
        ref = parse_server_ref(path)
    except SlmError:
        return None
    return f"{ref.model_id} (on {ref.server})" if ref is not None else None


# --- events -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunPlanned:
    """The waves are known: ``waves[0]`` runs first, each a tuple of pane indices."""

    waves: tuple[tuple[int, ...], ...]
    mode: Literal["parallel", "sequential"]
    need_bytes: tuple[int, ...]


@dataclass(frozen=True)
class PaneWaiting:
    """The pane runs in a later wave, after the panes in ``after`` (to save memory)."""

    pane: int
    after: tuple[int, ...]


@dataclass(frozen=True)
class PaneStarted:
    """The pane's wave began; it reads the prompt next (or loads its model first)."""

    pane: int


@dataclass(frozen=True)
class PaneLoading:
    """The pane's model is being loaded (it was not warm)."""

    pane: int


@dataclass(frozen=True)
class PaneLoaded:
    """The pane's model is ready, loaded just now with this context and these threads.

    ``chat_format`` is False for a model without a chat format (a base model): it
    continues the text instead of answering it, and the window says so.
    """

    pane: int
    load_s: float
    context_length: int
    threads: int
    chat_format: bool = True


@dataclass(frozen=True)
class TokenBatch:
    """New text: ``count`` tokens; ``first`` marks the answer's first words."""

    pane: int
    text: str
    count: int
    first: bool


@dataclass(frozen=True)
class PaneFinished:
    """The pane's answer ended normally (``result.status == "done"``)."""

    pane: int
    result: PaneResult


@dataclass(frozen=True)
class PaneStopped:
    """The pane was stopped; ``result.started`` is False if it never began."""

    pane: int
    result: PaneResult


@dataclass(frozen=True)
class PaneFailed:
    """The pane's answer failed; ``error`` speaks plainly (never a traceback)."""

    pane: int
    error: SlmError
    result: PaneResult


@dataclass(frozen=True)
class HistoryFailed:
    """Something could not be saved in the history (reported once per run)."""

    error: SlmError


@dataclass(frozen=True)
class RunFinished:
    """Every pane ended; the results in pane order and the history id (if saved)."""

    results: tuple[PaneResult, ...]
    run_id: int | None
    error: SlmError | None = None


PaneEvent = (
    PaneWaiting | PaneStarted | PaneLoading | PaneLoaded | TokenBatch | PaneFinished
    | PaneStopped | PaneFailed
)
SessionEvent = RunPlanned | PaneEvent | HistoryFailed | RunFinished
