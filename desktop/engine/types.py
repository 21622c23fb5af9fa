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

from dataclasses import dataclass, field
from typing import Literal

BackendName = Literal["llama.cpp", "ctransformers"]
StopReason = Literal["length", "stop_sequence", "end_of_text", "cancelled", "error"]


@dataclass(frozen=True)
class LoadSettings:
    """How to load a model. ``None`` means "pick a sensible value for this model"."""

    context_length: int | None = None
    threads: int | None = None
    batch_size: int = 512
    seed: int = 0
    use_mmap: bool = True
    gpu_layers: int = 0


@dataclass(frozen=True)
class SamplingParams:
    """Sampling settings for one generation. Defaults suit a chat answer."""

    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    max_tokens: int = 512
    stop: tuple[str, ...] = ()
    seed: int | None = None


@dataclass(frozen=True)
class ChatMessage:
    """One chat turn: ``role`` is "system", "user" or "assistant"."""

    role: str
    content: str


@dataclass(frozen=True)
class GenerateRequest:
    """One prompt to answer: either plain text (``prompt``) or chat ``messages``.

    ``threads`` overrides the CPU threads for this answer only: when several models answer
    at once they share the cores instead of fighting over them.
    """

    prompt: str | None = None
    messages: tuple[ChatMessage, ...] | None = None
    sampling: SamplingParams = field(default_factory=SamplingParams)
    threads: int | None = None

    @classmethod
    def chat(
        cls,
        user: str,
        *,
        system: str | None = None,
        sampling: SamplingParams | None = None,
        threads: int | None = None,
    ) -> GenerateRequest:
        """Build a chat request from a user message and an optional system prompt."""
        msgs = ([ChatMessage("system", system)] if system else []) + [ChatMessage("user", user)]
        return cls(messages=tuple(msgs), sampling=sampling or SamplingParams(), threads=threads)


@dataclass(frozen=True)
class GenerationMetrics:
    """Honest numbers for one generation, as the person experienced them.

    ``tokens_per_s`` is wall-clock decode speed at the client: output tokens after the first
    divided by the time since the first token arrived. ``engine_tokens_per_s`` is the
    backend's own eval rate for the same generation, when the backend reports one.
    """

    text: str
    prompt_tokens: int
    output_tokens: int
    load_s: float
    ttft_s: float | None
    tokens_per_s: float | None
    total_s: float
    stop_reason: StopReason
    peak_rss_bytes: int
    engine_tokens_per_s: float | None = None
    backend: BackendName | None = None
    note: str = ""


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
