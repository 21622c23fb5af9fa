"""Immutable requests and events exchanged with model runners.

Requests are built by the caller (GUI thread, CLI) and handed to a runner; events come
back. All are frozen dataclasses so they can cross threads and processes safely.

Message protocol between the client (parent) and a runner (child process), over a
``multiprocessing`` pipe, one pickled object per message:

======================  ==========================================================
parent -> runner        meaning
======================  ==========================================================
``LoadCommand``         load a model file with :class:`LoadSettings`
``GenerateCommand``     generate for a :class:`GenerateRequest`; the runner answers
                        with ``TokenEvent`` ... then one ``FinishedEvent``
``UnloadCommand``       free the model; the runner exits
======================  ==========================================================

Stop is not a message: the client sets a shared ``multiprocessing.Event`` which the runner
checks between tokens and from llama.cpp's abort callback during prompt processing, so a
stop takes effect even while the runner is busy.

======================  ==========================================================
runner -> parent        meaning
======================  ==========================================================
``ProgressEvent``       loading / prompt processing progress (fraction may be None)
``LoadedEvent``         the model is ready (backend, context, load time, memory)
``TokenEvent``          new text (one or a few tokens, sent at most every 25 ms)
``FinishedEvent``       the generation ended; carries :class:`GenerationMetrics`
``ErrorEvent``          a plain-language error (a serialised ``SlmError``)
======================  ==========================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.core.generation import (
    BackendName,
    ChatMessage,
    GenerateRequest,
    GenerationMetrics,
    LoadSettings,
    SamplingParams,
    StopReason,
)

__all__ = [
    "BackendName",
    "ChatMessage",
    "Event",
    "ErrorEvent",
    "FinishedEvent",
    "GenerateCommand",
    "GenerateRequest",
    "GenerationMetrics",
    "LoadCommand",
    "LoadSettings",
    "LoadedEvent",
    "ProgressEvent",
    "SamplingParams",
    "StopReason",
    "TokenEvent",
    "UnloadCommand",
]


# --- commands (parent -> runner) ----------------------------------------------------


@dataclass(frozen=True)
class LoadCommand:
    path: str
    settings: LoadSettings


@dataclass(frozen=True)
class GenerateCommand:
    request: GenerateRequest


@dataclass(frozen=True)
class UnloadCommand:
    pass


# --- events (runner -> parent) ------------------------------------------------------


@dataclass(frozen=True)
class ProgressEvent:
    stage: Literal["loading", "prompt"]
    fraction: float | None = None


@dataclass(frozen=True)
class LoadedEvent:
    backend: BackendName
    context_length: int
    threads: int
    load_s: float
    rss_bytes: int
    chat_template: bool
    architecture: str = ""


@dataclass(frozen=True)
class TokenEvent:
    """New text: ``count`` tokens (a runner may batch a few tokens into one event)."""

    text: str
    index: int
    count: int = 1


@dataclass(frozen=True)
class FinishedEvent:
    metrics: GenerationMetrics


@dataclass(frozen=True)
class ErrorEvent:
    error: dict[str, str]


Event = ProgressEvent | LoadedEvent | TokenEvent | FinishedEvent | ErrorEvent
