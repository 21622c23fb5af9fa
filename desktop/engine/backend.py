"""The small interface every inference backend implements, and shared helpers.

A backend lives inside a runner process. It loads one model file, generates text pieces
for a request while checking a stop callback between tokens, reports counts, and frees
its memory on ``close()``.
"""

from __future__ import annotations

import codecs
import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import psutil

from desktop.core.errors import EngineError, ModelFileError, OutOfMemoryError
from desktop.core.i18n import _
from desktop.engine.types import BackendName, GenerateRequest, LoadSettings, StopReason


@dataclass
class GenerationStats:
    """Counts a backend reports after a generation."""

    prompt_tokens: int = 0
    output_tokens: int = 0
    stop_reason: StopReason = "length"
    engine_tokens_per_s: float | None = None
    note: str = ""
    #: Prompt tokens the engine actually read (the rest came from its cache); None: unknown.
    prompt_eval_tokens: int | None = None


@dataclass(frozen=True)
class LoadInfo:
    """What a backend says about a loaded model."""

    backend: BackendName
    context_length: int
    threads: int
    chat_template: bool
    architecture: str


class Backend(Protocol):
    """One loaded model inside a runner process."""

    name: BackendName
    stats: GenerationStats

    def load(self, path: Path, settings: LoadSettings) -> LoadInfo:
        """Load the model file; raise an ``SlmError`` with plain words on failure."""
        ...

    def generate(self, request: GenerateRequest, should_stop: Callable[[], bool]) -> Iterator[str]:
        """Yield text pieces; check ``should_stop`` between tokens; fill ``stats``."""
        ...

    def close(self) -> None:
        """Free the model's memory."""
        ...


def default_threads() -> int:
    """Physical cores (hyper-threads slow llama.cpp down), at least 1."""
    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)


@contextlib.contextmanager
def load_errors(path: Path, cannot_open: str, engine: str) -> Iterator[None]:
    """Turn an engine's load failure into a plain error naming the file.

    Args:
        path: the model file.
        cannot_open: what to tell people when the engine refuses the file.
        engine: the engine's name, for the log detail.
    """
    try:
        yield
    except MemoryError as exc:
        raise OutOfMemoryError(
            _("There is not enough memory to open {name}.").format(name=path.name), detail=repr(exc)
        ) from exc
    except (ValueError, RuntimeError, OSError) as exc:
        raise ModelFileError(cannot_open, detail=f"{engine} failed: {exc}") from exc


def answer_budget(prompt_tokens: int, context_length: int, max_tokens: int) -> int:
    """How many tokens the answer may have; a plain error when the prompt leaves no room.

    Raises:
        EngineError: the prompt does not fit in the model's context.
    """
    if prompt_tokens >= context_length - 1:
        raise EngineError(
            _("Your text is too long for this model to read at once."),
            hint=_('Shorten the text, or choose more "Memory for long texts" in Settings.'),
            detail=f"prompt tokens {prompt_tokens} >= context {context_length}",
        )
    return min(max_tokens, context_length - prompt_tokens)


def share_threads(parallel: int, threads: int | None = None) -> int:
    """Threads for each of ``parallel`` models answering at once (they share the cores)."""
    from desktop.core.fit.load_plan import thread_share

    return thread_share(threads or default_threads(), parallel)


def pick_context(requested: int | None, native: int | None) -> int:
    """Context length: the request (never above the model's own), else the fit default."""
    from desktop.core.fit.shape import default_context

    if not requested:
        return default_context(native)
    return min(requested, native) if native else requested


class StopMatcher:
    """Streams text while holding back anything that could be the start of a stop sequence."""

    def __init__(self, stops: tuple[str, ...]) -> None:
        self.stops = tuple(s for s in stops if s)
        self._held = ""
        self.matched = False

    def feed(self, piece: str) -> str:
        """Add generated text; return what can be shown now."""
        if not self.stops:
            return piece
        text = self._held + piece
        cut = min((i for i in (text.find(s) for s in self.stops) if i >= 0), default=-1)
        if cut >= 0:
            self.matched = True
            self._held = ""
            return text[:cut]
        keep = 0
        for s in self.stops:
            for n in range(min(len(s) - 1, len(text)), 0, -1):
                if text.endswith(s[:n]):
                    keep = max(keep, n)
                    break
        self._held = text[len(text) - keep:] if keep else ""
        return text[: len(text) - keep]

    def flush(self) -> str:
        """Return held-back text at the end of a generation."""
        held, self._held = self._held, ""
        return held


class Utf8Stream:
    """Joins token bytes into text without breaking multi-byte characters."""

    def __init__(self) -> None:
        self._dec = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> str:
        return self._dec.decode(data)

    def flush(self) -> str:
        return self._dec.decode(b"", final=True)
