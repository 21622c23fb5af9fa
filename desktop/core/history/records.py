"""Records of the comparison history: what a run, a result, a model and a vote are.

Qt-free, plain frozen dataclasses (safe to hand between threads), plus their JSON forms.
Stored by :class:`desktop.core.history.store.History`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from desktop.core.errors import SlmError
from desktop.core.generation import GenerationMetrics, SamplingParams
from desktop.core.i18n import _

MAX_PANES = 4

ResultStatus = Literal["pending", "done", "error"]
VoteOutcome = Literal["win", "tie", "all_bad"]


def now() -> datetime:
    """The current time (UTC)."""
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """A stored time stamp (UTC, milliseconds)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_time(text: str | None) -> datetime:
    """A stored time stamp back (the epoch when missing or unreadable)."""
    if not text:
        return datetime.fromtimestamp(0, UTC)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)



@dataclass(frozen=True)
class ModelIdentity:
    """Which model file answered, precisely enough to group runs by model.

    Attributes:
        display_name: the name people saw.
        path: the model file.
        sha256: the file's SHA-256 when known (downloads, imports).
        size_bytes: file size, when known.
        mtime_ns: modification time, used with the size when no hash is known.
        model_id: the library id, when it came from the library.
        quantization: e.g. ``"Q4_K_M"``, when known.
    """

    display_name: str
    path: str
    sha256: str | None = None
    size_bytes: int | None = None
    mtime_ns: int | None = None
    model_id: str | None = None
    quantization: str | None = None

    @property
    def key(self) -> str:
        """A stable key for "the same model": its hash, else file name, size and time."""
        if self.sha256:
            return f"sha256:{self.sha256.lower()}"
        if self.path.startswith("server:"):  # a model on a server: its reference
            return self.path
        name = Path(self.path).name
        return f"file:{name}:{self.size_bytes or 0}:{self.mtime_ns or 0}"

    @classmethod
    def from_file(
        cls,
        path: str | os.PathLike[str],
        *,
        display_name: str | None = None,
        sha256: str | None = None,
        model_id: str | None = None,
        quantization: str | None = None,
    ) -> ModelIdentity:
        """Describe a model file; the hash comes from the library index when not given.

        Never hashes the file (that can take minutes for big models).
        """
        p = Path(path)
        size: int | None = None
        mtime: int | None = None
        with contextlib.suppress(OSError):
            st = p.stat()
            size, mtime = int(st.st_size), int(st.st_mtime_ns)
        if sha256 is None:
            sha256 = _indexed_sha256(p)
        return cls(
            display_name=display_name or p.name,
            path=str(p),
            sha256=sha256.lower() if sha256 else None,
            size_bytes=size,
            mtime_ns=mtime,
            model_id=model_id,
            quantization=quantization,
        )

    @classmethod
    def of(cls, model: object) -> ModelIdentity:
        """Build an identity from a library ``InstalledModel``, a picker choice or a path.

        Any object with a ``path`` works; ``display_name`` (or ``name``), ``sha256``,
        ``id`` and ``quantization`` are used when present.
        """
        if isinstance(model, ModelIdentity):
            return model
        if isinstance(model, (str, os.PathLike)):
            return cls.from_file(model)
        path = getattr(model, "path", None)
        if path is None:
            raise TypeError(f"cannot tell which model file {model!r} is")
        name = getattr(model, "display_name", None) or getattr(model, "name", None)
        return cls.from_file(
            path,
            display_name=str(name) if name else None,
            sha256=getattr(model, "sha256", None),
            model_id=_opt_str(getattr(model, "id", None)),
            quantization=_opt_str(getattr(model, "quantization", None)),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return dataclasses.asdict(self) | {"key": self.key}


def _opt_str(value: object) -> str | None:
    return str(value) if value else None


def _indexed_sha256(path: Path) -> str | None:
    """The hash the library already knows for this file, if any (cheap: a JSON read)."""
    try:
        from desktop.core.library.index import ModelIndex

        entry = ModelIndex().load().get(str(path.absolute()))
    except Exception:  # noqa: BLE001 - the index is a convenience, never a requirement
        return None
    value = entry.get("sha256") if entry else None
    return str(value) if value else None


@dataclass(frozen=True)
class ErrorInfo:
    """How a model's answer failed, in the words the person saw."""

    message: str
    hint: str = ""
    type: str = "SlmError"
    detail: str = ""

    @classmethod
    def of(cls, error: BaseException) -> ErrorInfo:
        """Keep what matters of an exception (plain message for an :class:`SlmError`)."""
        if isinstance(error, SlmError):
            return cls(error.message, error.hint, type(error).__name__, error.detail)
        return cls(
            "The model stopped with an unexpected problem.",
            SlmError.default_hint,
            type(error).__name__,
            repr(error),
        )


@dataclass(frozen=True)
class ResultRecord:
    """One model's part of a run."""

    pane_index: int
    model: ModelIdentity
    status: ResultStatus
    text: str = ""
    metrics: GenerationMetrics | None = None
    error: ErrorInfo | None = None
    finished_at: datetime | None = None
    #: The context length (tokens) and CPU threads this answer actually ran with; ``None``
    #: for answers saved before version 3 of the history, or that never started.
    context_length: int | None = None
    threads: int | None = None


@dataclass(frozen=True)
class Vote:
    """A judgement of one run, in real pane indices (never blind labels).

    ``outcome`` is ``"win"`` (``winner`` beat every other pane: "A is better", or "this one
    is best" for three or four panes), ``"tie"`` or ``"all_bad"`` ("both are bad").
    """

    outcome: VoteOutcome
    winner: int | None = None

    def __post_init__(self) -> None:
        if self.outcome == "win" and self.winner is None:
            raise ValueError("a winning vote needs the winning pane")
        if self.outcome != "win" and self.winner is not None:
            raise ValueError("only a winning vote names a pane")

    def describe(self, names: Mapping[int, str]) -> str:
        """Plain words, e.g. "Phi-3 was better" or "It was a tie"."""
        if self.outcome == "win" and self.winner is not None:
            fallback = _("Pane {number}").format(number=self.winner + 1)
            return _("{name} was best").format(name=names.get(self.winner, fallback))
        return _("It was a tie") if self.outcome == "tie" else _("All answers were bad")


@dataclass(frozen=True)
class VoteRecord:
    """A stored vote."""

    voter: str
    vote: Vote
    blind: bool
    created_at: datetime


@dataclass(frozen=True)
class RunRecord:
    """One comparison run with everything needed to show, export or re-run it."""

    id: int
    created_at: datetime
    prompt: str
    system_prompt: str | None
    sampling: SamplingParams
    load_settings: Mapping[str, Any]
    blind: bool
    blind_seed: int | None
    blind_order: tuple[int, ...] | None
    task_tag: str | None
    results: tuple[ResultRecord, ...]
    votes: tuple[VoteRecord, ...]
    #: For a turn of a conversation: the id of its first turn's run, and which turn (from
    #: 0). ``None`` and 0 for a one-shot comparison.
    conversation_id: int | None = None
    turn: int = 0
    #: Documents attached to this turn, as ``(name, text)`` pairs (the text the models got).
    attachments: tuple[tuple[str, str], ...] = ()

    @property
    def models(self) -> tuple[ModelIdentity, ...]:
        """The models in pane order."""
        return tuple(r.model for r in self.results)

    @property
    def voted(self) -> bool:
        """Whether anyone has voted on this run."""
        return bool(self.votes)

    def vote_by(self, voter: str) -> VoteRecord | None:
        """This person's vote, if any."""
        return next((v for v in self.votes if v.voter == voter), None)

    def result(self, pane_index: int) -> ResultRecord | None:
        """The result in this pane, if any."""
        return next((r for r in self.results if r.pane_index == pane_index), None)


@dataclass(frozen=True)
class RunSummary:
    """One line of the history list."""

    id: int
    created_at: datetime
    prompt: str
    model_names: tuple[str, ...]
    blind: bool
    voted: bool
    task_tag: str | None
    failed: int
    pending: int
    #: For a turn of a conversation: its first run's id, and which turn (from 0).
    conversation_id: int | None = None
    turn: int = 0


@dataclass(frozen=True)
class ModelSeen:
    """A model that appears in the history (for the History page's model filter)."""

    key: str
    display_name: str
    runs: int


# --- (de)serialisation --------------------------------------------------------------------

_METRIC_FIELDS = {f.name for f in dataclasses.fields(GenerationMetrics)}
_SAMPLING_FIELDS = {f.name for f in dataclasses.fields(SamplingParams)}


def sampling_to_dict(params: SamplingParams) -> dict[str, Any]:
    """A JSON-ready form of sampling settings."""
    data = dataclasses.asdict(params)
    data["stop"] = list(params.stop)
    return data


def sampling_from_dict(data: Mapping[str, Any]) -> SamplingParams:
    """Sampling settings back from JSON (unknown keys ignored, missing ones default)."""
    known = {k: v for k, v in data.items() if k in _SAMPLING_FIELDS}
    if "stop" in known:
        known["stop"] = tuple(str(s) for s in known["stop"] or ())
    try:
        return SamplingParams(**known)
    except TypeError:
        return SamplingParams()


def metrics_to_dict(metrics: GenerationMetrics) -> dict[str, Any]:
    """A JSON-ready form of metrics (the answer text included)."""
    return dataclasses.asdict(metrics)


def metrics_from_dict(data: Mapping[str, Any], text: str) -> GenerationMetrics | None:
    """Metrics back from JSON written by this or another version (``None`` if unusable)."""
    known = {k: v for k, v in data.items() if k in _METRIC_FIELDS and k != "text"}
    defaults: dict[str, Any] = {
        "prompt_tokens": 0, "output_tokens": 0, "load_s": 0.0, "ttft_s": None,
        "tokens_per_s": None, "total_s": 0.0, "stop_reason": "length", "peak_rss_bytes": 0,
    }
    try:
        return GenerationMetrics(text=text, **(defaults | known))
    except TypeError:
        return None
