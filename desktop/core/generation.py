"""Plain generation value types shared by every layer: load settings, sampling, chat
messages, requests and the metrics of one answer. Frozen, so they cross threads and processes."""

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
