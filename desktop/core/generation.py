"""Plain generation value types shared by every layer: load settings, sampling, chat
messages, requests and the metrics of one answer. Frozen, so they cross threads and processes.

Values people type are checked in one place: ``validate()`` on :class:`LoadSettings`,
:class:`SamplingParams` and :class:`GenerateRequest` raises
:class:`~desktop.core.errors.InputError` with plain words (a context of -1, no answer
length, a temperature that is not a number, a seed too big for the engine, text that is
not valid UTF-8 ...). Call it where a request is built, before anything is loaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from desktop.core.errors import InputError
from desktop.core.i18n import _

#: "server": the answer came from a model server (``desktop.engine.server_client``).
BackendName = Literal["llama.cpp", "ctransformers", "server"]
StopReason = Literal["length", "stop_sequence", "end_of_text", "cancelled", "error"]

#: Ranges accepted by ``validate()`` (the engines' own limits, or far beyond any use).
MIN_CONTEXT_LENGTH = 16
MAX_CONTEXT_LENGTH = 1_048_576
MAX_THREADS = 1024
MAX_SEED = 2**32 - 1  # llama.cpp keeps the seed in 32 bits
MAX_ANSWER_TOKENS = 1_048_576
MAX_TEMPERATURE = 10.0
#: A comparison puts 1 to 4 models side by side (the window's panes, ``compare --model``).
MIN_COMPARE_MODELS = 1
MAX_COMPARE_MODELS = 4


def _big(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _whole(value: object, what: str, low: int, high: int, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(
            _("{what} must be a whole number from {big} to {big2} (it was {value!r}).").format(
                what=what, big=_big(low), big2=_big(high), value=value
            ),
            detail=f"{what}={value!r}",
        )


def _number(value: object, what: str, low: float, high: float, *, above_low: bool = False) -> None:
    ok = (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and (value > low if above_low else value >= low)
        and value <= high
    )
    if not ok:
        lowest = f"more than {low:g}" if above_low else f"{low:g}"
        raise InputError(
            _("{what} must be a number from {lowest} to {high:g} (it was {value!r}).").format(
                what=what, lowest=lowest, high=high, value=value
            ),
            detail=f"{what}={value!r}",
        )


def check_text(text: str, what: str = "The text") -> None:
    """Refuse text that is not valid Unicode (e.g. bytes that were not UTF-8).

    Raises:
        InputError: ``text`` holds unpaired surrogates (how Python keeps undecodable bytes).
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            _(
                "{what} contains characters that are not valid text (it may have been saved in "
                "another encoding than UTF-8)."
            ).format(what=what),
            hint=_("Save or type the text again as UTF-8 and try again."),
            detail=f"{exc}",
        ) from None


def check_compare_models(count: int) -> None:
    """A comparison takes 1 to 4 models (one message, the same everywhere).

    Raises:
        InputError: fewer or more models.
    """
    if not MIN_COMPARE_MODELS <= count <= MAX_COMPARE_MODELS:
        raise InputError(
            _(
                "A comparison takes {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models "
                "({count} were given)."
            ).format(
                MIN_COMPARE_MODELS=MIN_COMPARE_MODELS,
                MAX_COMPARE_MODELS=MAX_COMPARE_MODELS,
                count=count,
            ),
            hint=_(
                "Pick {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models and try again."
            ).format(MIN_COMPARE_MODELS=MIN_COMPARE_MODELS, MAX_COMPARE_MODELS=MAX_COMPARE_MODELS),
            detail=f"models={count}",
        )


@dataclass(frozen=True)
class LoadSettings:
    """How to load a model. ``None`` means "pick a sensible value for this model"."""

    context_length: int | None = None
    threads: int | None = None
    batch_size: int = 512
    seed: int = 0
    #: Map the file (True) or read it into memory (False); ``None``: the load plan picks
    #: (``desktop.core.fit.estimate.use_mmap_here``: no mapping when weights are repacked).
    use_mmap: bool | None = None
    gpu_layers: int = 0

    def validate(self) -> LoadSettings:
        """Check every value is in range; return ``self``.

        Raises:
            InputError: a value is out of range (plain words).
        """
        _whole(self.context_length, "The context length", MIN_CONTEXT_LENGTH,
               MAX_CONTEXT_LENGTH, optional=True)
        _whole(self.threads, "The number of CPU threads", 1, MAX_THREADS, optional=True)
        _whole(self.batch_size, "The batch size", 1, MAX_CONTEXT_LENGTH)
        _whole(self.seed, "The seed", 0, MAX_SEED)
        _whole(self.gpu_layers, "The number of GPU layers", 0, 100_000)
        return self


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

    def validate(self) -> SamplingParams:
        """Check every value is in range (finite numbers only); return ``self``.

        Raises:
            InputError: a value is out of range or not a number (plain words).
        """
        _number(self.temperature, "The temperature", 0.0, MAX_TEMPERATURE)
        _number(self.top_p, "Top-p", 0.0, 1.0)
        _whole(self.top_k, "Top-k", 0, 1_000_000)
        _number(self.min_p, "Min-p", 0.0, 1.0)
        _number(self.repeat_penalty, "The repeat penalty", 0.0, 10.0, above_low=True)
        _whole(self.max_tokens, "The longest answer (in tokens)", 1, MAX_ANSWER_TOKENS)
        _whole(self.seed, "The seed", 0, MAX_SEED, optional=True)
        for stop in self.stop:
            check_text(stop, "A stop word")
        return self


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

    def validate(self) -> GenerateRequest:
        """Check the text is valid and the settings are in range; return ``self``.

        Raises:
            InputError: something the person typed cannot be used (plain words).
        """
        if (self.prompt is None) == (self.messages is None):
            raise InputError(_("Give either a text to continue or chat messages, not both."),
                             detail=f"prompt={self.prompt is not None} "
                             f"messages={self.messages is not None}")
        if self.prompt is not None:
            check_text(self.prompt, "The prompt")
        for message in self.messages or ():
            check_text(message.content, "The message" if message.role == "user"
                       else "The instructions for the model")
        _whole(self.threads, "The number of CPU threads", 1, MAX_THREADS, optional=True)
        self.sampling.validate()
        return self


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
    #: Prompt tokens the engine read for this answer; fewer than ``prompt_tokens`` when the
    #: start of the prompt (a follow-up's document and earlier turns) was still cached.
    prompt_eval_tokens: int | None = None
