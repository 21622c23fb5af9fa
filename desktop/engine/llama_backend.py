"""GGUF models through llama-cpp-python (all modern architectures).

Generation drives ``Llama.generate`` token by token so a stop request is honoured between
tokens, and llama.cpp's abort callback lets a stop interrupt prompt processing too.
Chat prompts use the model's own template (see :mod:`desktop.engine.chat`).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import EngineError
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
from desktop.engine.chat import render_chat
from desktop.engine.types import BackendName, GenerateRequest, LoadSettings

log = logging.getLogger("desktop.engine.llama")
native_log = logging.getLogger("desktop.engine.llama.native")

_LEVELS = {2: logging.WARNING, 3: logging.ERROR}
_log_callback: Any = None


def route_native_log() -> None:
    """Send llama.cpp's own log lines to Python logging instead of raw stderr."""
    global _log_callback
    import llama_cpp

    if _log_callback is not None:
        return

    @llama_cpp.llama_log_callback  # type: ignore[untyped-decorator]
    def _cb(level: int, text: bytes, _user: ctypes.c_void_p) -> None:
        try:
            msg = text.decode("utf-8", "replace").rstrip()
        except Exception:  # noqa: BLE001 - never raise into C
            return
        if msg:
            native_log.log(_LEVELS.get(level, logging.DEBUG), "%s", msg)

    _log_callback = _cb
    llama_cpp.llama_log_set(_cb, ctypes.c_void_p(0))


def context_override(
    architecture: str, native_context: int | None
) -> dict[str, bool | int | float | str] | None:
    """Cap an implausible native context in the model's header (issue 14).

    llama.cpp allocates memory in proportion to the context a file claims, whatever context
    it is loaded with: a header claiming 2^31 - 1 tokens cost 8.6 GB and 30 s before the
    first word. Above :data:`~desktop.core.fit.estimate.MAX_NATIVE_CONTEXT` the header value
    is overridden with that cap (the fit estimate uses the same cap).
    """
    from desktop.core.fit.estimate import plausible_context

    if not architecture or not native_context:
        return None
    capped = plausible_context(native_context)
    if capped == native_context:
        return None
    return {f"{architecture}.context_length": capped}


class LlamaCppBackend:
    """One GGUF model loaded in llama.cpp."""

    name: BackendName = "llama.cpp"

    def __init__(self) -> None:
        self.stats = GenerationStats()
        self._llm: Any = None
        self._path = Path()
        self._template: str | None = None
        self._threads = 1
        self._stop: Callable[[], bool] = lambda: False
        self._abort_cb: Any = None

    # --- loading --------------------------------------------------------------------

    def load(
        self,
        path: Path,
        settings: LoadSettings,
        *,
        native_context: int | None = None,
        architecture: str = "",
    ) -> LoadInfo:
        """Load ``path`` with ``settings``; raise plain-language errors on failure."""
        import llama_cpp

        from desktop.core.fit.estimate import use_mmap_for_file

        route_native_log()
        self._path = path
        ctx = pick_context(settings.context_length, native_context)
        threads = self._threads = settings.threads or default_threads()
        with load_errors(
            path,
            f"The model file {path.name} could not be opened. It may be damaged, incomplete, "
            "or made for a newer version of the engine.",
            "llama_cpp.Llama",
        ):
            self._llm = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=ctx,
                n_batch=min(settings.batch_size, ctx),
                n_threads=threads,
                n_threads_batch=threads,
                seed=settings.seed,
                # None only when the load plan was bypassed: the same rule, decided here.
                use_mmap=(
                    settings.use_mmap if settings.use_mmap is not None
                    else use_mmap_for_file(path)
                ),
                n_gpu_layers=settings.gpu_layers,
                kv_overrides=context_override(architecture, native_context),
                verbose=False,
            )
        llm = self._llm
        self._template = llm.metadata.get("tokenizer.chat_template") or None
        self._abort_cb = llama_cpp.ggml_abort_callback(lambda _data: bool(self._stop()))
        arch = architecture or llm.metadata.get("general.architecture", "")
        log.info("loaded %s (ctx=%d, threads=%d, arch=%s)", path.name, ctx, threads, arch)
        return LoadInfo(
            backend=self.name,
            context_length=llm.n_ctx(),
            threads=threads,
            chat_template=self._template is not None,
            architecture=arch,
        )

    # --- generation -----------------------------------------------------------------

    def _prompt_tokens(self, request: GenerateRequest) -> tuple[list[int], str]:
        llm = self._llm
        note = ""
        if request.messages is not None:
            model = llm._model
            bos = model.token_bos()
            eos = model.token_eos()
            bos_text = model.token_get_text(bos) if bos >= 0 else ""
            eos_text = model.token_get_text(eos) if eos >= 0 else ""
            rendered = render_chat(
                self._template, request.messages, bos_token=bos_text, eos_token=eos_text
            )
            note = rendered.note
            text = rendered.text
            add_bos = model.add_bos_token() and not (bos_text and text.startswith(bos_text))
            tokens = llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=True)
        else:
            tokens = llm.tokenize((request.prompt or "").encode("utf-8"), add_bos=True,
                                  special=False)
        return list(tokens), note

    def _abort_checks(self, on: bool) -> None:
        """Let llama.cpp ask "stop?" while it computes (only during prompt processing).

        llama.cpp calls the abort callback after every graph node, about a thousand times
        per token; a Python callback that often slows decoding by ~10 %, so it is only
        installed while a (possibly long) prompt is processed. Between generated tokens the
        stop flag is checked by the loop instead.
        """
        import llama_cpp

        callback = self._abort_cb if on else llama_cpp.ggml_abort_callback()  # NULL: no checks
        llama_cpp.llama_set_abort_callback(self._llm._ctx.ctx, callback, None)

    def generate(self, request: GenerateRequest, should_stop: Callable[[], bool]) -> Iterator[str]:
        """Yield text pieces for ``request``; see :class:`~desktop.engine.backend.Backend`."""
        import llama_cpp

        llm = self._llm
        if llm is None:
            raise EngineError("No model is loaded.", detail="generate() before load()")
        self._stop = should_stop
        stats = self.stats = GenerationStats()
        tokens, stats.note = self._prompt_tokens(request)
        stats.prompt_tokens = len(tokens)
        s = request.sampling
        budget = answer_budget(len(tokens), llm.n_ctx(), s.max_tokens)
        if s.seed is not None:
            llm.set_seed(s.seed)
        threads = request.threads or self._threads
        llm._ctx.set_n_threads(threads, threads)
        model = llm._model
        vocab = model.vocab
        text_out = Utf8Stream()
        matcher = StopMatcher(s.stop)
        ctx = llm._ctx.ctx
        llama_cpp.llama_perf_context_reset(ctx)
        stats.stop_reason = "length"
        gen = llm.generate(
            tokens,
            top_k=s.top_k,
            top_p=s.top_p,
            min_p=s.min_p,
            temp=s.temperature,
            repeat_penalty=s.repeat_penalty,
            reset=True,
        )
        prev: list[int] = []
        self._abort_checks(True)
        try:
            while True:
                if should_stop():
                    stats.stop_reason = "cancelled"
                    break
                try:
                    token = next(gen)
                except StopIteration:
                    break
                except RuntimeError as exc:
                    if should_stop():
                        stats.stop_reason = "cancelled"
                        llm.reset()
                        break
                    raise EngineError(
                        "The model stopped working while answering.",
                        detail=f"llama.cpp: {exc}",
                    ) from exc
                if not prev:
                    self._abort_checks(False)  # prompt done: check between tokens from now on
                if llama_cpp.llama_vocab_is_eog(vocab, token):
                    stats.stop_reason = "end_of_text"
                    break
                stats.output_tokens += 1
                piece = text_out.feed(llm.detokenize([token], prev_tokens=prev))
                prev.append(token)
                shown = matcher.feed(piece) if piece else ""
                if shown:
                    yield shown
                if matcher.matched:
                    stats.stop_reason = "stop_sequence"
                    break
                if stats.output_tokens >= budget:
                    stats.stop_reason = "length"
                    break
        finally:
            self._abort_checks(False)
            gen.close()
        if not matcher.matched:
            tail = matcher.feed(text_out.flush()) + matcher.flush()
            if tail:
                yield tail
        perf = llama_cpp.llama_perf_context(ctx)
        if perf.n_eval > 0 and perf.t_eval_ms > 0:
            stats.engine_tokens_per_s = perf.n_eval / (perf.t_eval_ms / 1000.0)

    def close(self) -> None:
        """Free the model and its context."""
        if self._llm is not None:
            self._llm.close()
            self._llm = None

