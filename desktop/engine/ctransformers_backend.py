"""Legacy GGML ``.bin`` models through ctransformers (gpt2, gptj, gpt_neox, falcon, llama,
mpt, starcoder, dolly-v2, replit).

ctransformers cannot read GGUF; :mod:`desktop.core.modelfiles.detect` only routes legacy GGML files
here. The prompt is evaluated in batches we drive ourselves, so a stop request is honoured
between batches as well as between tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import EngineError
from desktop.core.i18n import N_, _
from desktop.engine.backend import (
    GenerationStats,
    LoadInfo,
    StopMatcher,
    Utf8Stream,
    answer_budget,
    default_threads,
    load_errors,
    pick_context,
)
from desktop.engine.chat import plain_transcript
from desktop.engine.types import BackendName, GenerateRequest, LoadSettings

log = logging.getLogger("desktop.engine.ctransformers")

NO_CHAT_NOTE = N_(
    "This older model has no chat format, so it continues your text instead of answering "
    "as a chat."
)


class CTransformersBackend:
    """One legacy GGML model loaded in ctransformers."""

    name: BackendName = "ctransformers"

    def __init__(self) -> None:
        self.stats = GenerationStats()
        self._llm: Any = None
        self._threads = 1
        self._batch = 8

    def load(
        self,
        path: Path,
        settings: LoadSettings,
        *,
        model_type: str,
        native_context: int | None = None,
    ) -> LoadInfo:
        """Load ``path`` as ``model_type``; raise plain-language errors on failure."""
        from ctransformers import AutoModelForCausalLM

        ctx = pick_context(settings.context_length, native_context)
        self._threads = settings.threads or default_threads()
        self._batch = max(1, min(settings.batch_size, ctx))
        with load_errors(
            path,
            f"The model file {path.name} could not be opened by the engine for older models. "
            "It may be damaged or of an unsupported kind.",
            f"ctransformers ({model_type})",
        ):
            self._llm = AutoModelForCausalLM.from_pretrained(
                str(path),
                model_type=model_type,
                local_files_only=True,
                context_length=ctx,
                threads=self._threads,
                batch_size=self._batch,
                seed=settings.seed,
                gpu_layers=0,
            )
        log.info("loaded %s as %s (ctx=%d)", path.name, model_type, ctx)
        return LoadInfo(
            backend=self.name,
            context_length=ctx,
            threads=self._threads,
            chat_template=False,
            architecture=model_type,
        )

    def generate(self, request: GenerateRequest, should_stop: Callable[[], bool]) -> Iterator[str]:
        """Yield text pieces for ``request``; see :class:`~desktop.engine.backend.Backend`."""
        llm = self._llm
        if llm is None:
            raise EngineError(_("No model is loaded."), detail="generate() before load()")
        stats = self.stats = GenerationStats()
        if request.messages is not None:
            prompt = plain_transcript(request.messages)
            stats.note = _(NO_CHAT_NOTE)
        else:
            prompt = request.prompt or ""
        tokens: list[int] = list(llm.tokenize(prompt))
        stats.prompt_tokens = len(tokens)
        s = request.sampling
        budget = answer_budget(len(tokens), int(llm.context_length), s.max_tokens)
        threads = request.threads or self._threads
        llm.reset()
        for i in range(0, len(tokens), self._batch):
            if should_stop():
                stats.stop_reason = "cancelled"
                return
            llm.eval(tokens[i : i + self._batch], batch_size=self._batch, threads=threads)
        text_out = Utf8Stream()
        matcher = StopMatcher(s.stop)
        stats.stop_reason = "length"
        seed = -1 if s.seed is None else s.seed
        while stats.output_tokens < budget:
            if should_stop():
                stats.stop_reason = "cancelled"
                break
            token = llm.sample(
                top_k=s.top_k,
                top_p=s.top_p,
                temperature=s.temperature,
                repetition_penalty=s.repeat_penalty,
                last_n_tokens=64,
                seed=seed,
            )
            if llm.is_eos_token(token):
                stats.stop_reason = "end_of_text"
                break
            stats.output_tokens += 1
            piece = text_out.feed(llm.detokenize([token], decode=False))
            shown = matcher.feed(piece) if piece else ""
            if shown:
                yield shown
            if matcher.matched:
                stats.stop_reason = "stop_sequence"
                break
            if stats.output_tokens >= budget:
                break
            llm.eval([token], batch_size=self._batch, threads=threads)
        if not matcher.matched:
            tail = matcher.feed(text_out.flush()) + matcher.flush()
            if tail:
                yield tail

    def close(self) -> None:
        """Free the model."""
        self._llm = None  # ctransformers frees the model when the object is collected
