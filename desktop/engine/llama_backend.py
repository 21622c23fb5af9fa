"""GGUF models through llama-cpp-python (all modern architectures).

A stop is honoured within a fraction of a second even while a long document is read (see
:meth:`LlamaCppBackend._read_prompt`), and the part of the prompt still
cached from the previous answer (a follow-up's document and earlier turns) is not read
again. The answer is decoded token by token with direct llama.cpp calls, checking for a stop
between tokens.
Chat prompts use the model's own template (see :mod:`desktop.engine.chat`).
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import EngineError
from desktop.core.i18n import _
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

#: ggml's log levels (NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5) in Python's terms.
#: INFO is the chatter of every load (hundreds of lines): debug here. Errors stay errors, so
#: an allocation failure is in the log and explains a failed load (issue 14).
_LEVELS = {3: logging.WARNING, 4: logging.ERROR}

#: A stop while a long prompt is read takes effect within about this many seconds.
CHUNK_S = 0.25
#: How often llama.cpp's abort callback looks at the stop flag (it runs far more often).
ABORT_POLL_S = 0.02
#: Batches shorter than this do not say much about the reading speed.
MIN_MEASURE = 32
#: Room for the text of one token.
PIECE_BYTES = 256
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


def _long_piece(vocab: Any, token: int) -> bytes:
    """The text of a token longer than :data:`PIECE_BYTES` (rare: long special tokens)."""
    import llama_cpp

    size = -int(llama_cpp.llama_token_to_piece(vocab, token, None, 0, 0, False))
    buf = ctypes.create_string_buffer(max(1, size))
    n = llama_cpp.llama_token_to_piece(vocab, token, buf, len(buf), 0, False)
    return buf.raw[: max(0, n)]


def _prompt_evaluated(ctx: Any, ours: int) -> int:
    """Prompt tokens llama.cpp itself says it evaluated since the last perf reset.

    ``ours`` (what we handed it) is used when llama.cpp keeps no counts (``no_perf``).
    """
    import llama_cpp

    llama_cpp.llama_synchronize(ctx)  # llama.cpp adds a batch to its counts when it syncs
    perf = llama_cpp.llama_perf_context(ctx)
    # llama.cpp reports at least 1 of each; a count with no time behind it is that floor
    batches = perf.n_p_eval if perf.t_p_eval_ms > 0 else 0
    singles = perf.n_eval if perf.t_eval_ms > 0 else 0
    return int(batches + singles) if batches + singles else ours


def context_override(
    architecture: str, native_context: int | None
) -> dict[str, bool | int | float | str] | None:
    """Cap an implausible native context in the model's header (issue 14).

    llama.cpp allocates memory in proportion to the context a file claims, whatever context
    it is loaded with: a header claiming 2^31 - 1 tokens cost 8.6 GB and 30 s before the
    first word. Above :data:`~desktop.core.fit.shape.MAX_NATIVE_CONTEXT` the header value
    is overridden with that cap (the fit estimate uses the same cap).
    """
    from desktop.core.fit.shape import plausible_context

    if not architecture or not native_context:
        return None
    capped = plausible_context(native_context)
    if capped == native_context:
        return None
    return {f"{architecture}.context_length": capped}


class NativeStopFlag:
    """A stop flag llama.cpp reads between the steps of its computation without Python.

    llama.cpp asks its abort callback ``bool (*)(void *data)`` after every step (about a
    thousand per batch of prompt). A Python callback there costs a trip into the
    interpreter each time (measured ~10 % of prompt speed on a busy 2-core machine). Here
    the callback is the C library's ``atoi`` and ``data`` a two-byte string we own, ``"0"``
    or ``"1"``: ``atoi`` returns 0 or 1 in the return register, which is how C returns a
    ``bool`` on every platform we ship for. A watcher thread sets ``"1"`` when the person
    stops (it polls the stop flag every :data:`ABORT_POLL_S`; the thread reading the prompt
    is in C meanwhile, so the watcher costs it nothing).
    """

    def __init__(self) -> None:
        import llama_cpp

        self._text = ctypes.create_string_buffer(b"0", 2)
        self.data = ctypes.cast(self._text, ctypes.c_void_p)
        self.callback = ctypes.cast(_libc().atoi, llama_cpp.ggml_abort_callback)
        self._done = threading.Event()
        self._watcher: threading.Thread | None = None

    @property
    def raised(self) -> bool:
        """True once the flag says stop."""
        return self._text.value == b"1"

    def watch(self, should_stop: Callable[[], bool]) -> None:
        """Lower the flag and raise it as soon as ``should_stop()`` says so (until
        :meth:`unwatch`)."""
        self.unwatch()
        self._text.value = b"0"
        self._done = done = threading.Event()

        def run() -> None:
            while not done.wait(ABORT_POLL_S):
                if should_stop():
                    self._text.value = b"1"
                    return

        self._watcher = threading.Thread(target=run, name="llama-stop-watch", daemon=True)
        self._watcher.start()

    def unwatch(self) -> None:
        """Stop watching (the flag keeps its value)."""
        self._done.set()
        if self._watcher is not None:
            self._watcher.join()
            self._watcher = None


def _libc() -> Any:
    """The C library (``msvcrt`` on Windows)."""
    import ctypes.util
    import sys

    if sys.platform == "win32":
        return ctypes.CDLL("msvcrt")
    return ctypes.CDLL(ctypes.util.find_library("c") or None)


class LlamaCppBackend:
    """One GGUF model loaded in llama.cpp."""

    name: BackendName = "llama.cpp"

    def __init__(self) -> None:
        self.stats = GenerationStats()
        self._llm: Any = None
        self._path = Path()
        self._template: str | None = None
        self._threads = 1
        #: Prompt reading speed measured on this computer (tokens/s): is a stop check needed?
        self._prompt_tokens_per_s: float | None = None
        self._stop: Callable[[], bool] = lambda: False
        self._abort_cb: Any = None
        self._abort_on = False
        self._next_poll = 0.0
        #: llama.cpp's stop check without Python (None: not available, Python is asked)
        self._native_stop: NativeStopFlag | None = None

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
                # What llama.cpp's own tools pick ("auto") on a processor: flash attention,
                # which reads and answers faster (bench/longprompt.py); with layers on a
                # graphics card its support varies, so it stays off there.
                flash_attn=settings.gpu_layers == 0,
                kv_overrides=context_override(architecture, native_context),
                verbose=False,
            )
        llm = self._llm
        self._template = llm.metadata.get("tokenizer.chat_template") or None
        self._abort_cb = llama_cpp.ggml_abort_callback(lambda _data: self._should_abort())
        try:
            self._native_stop = NativeStopFlag()
        except (OSError, AttributeError, TypeError) as exc:  # no C library found
            log.info("stop checks through Python: %r", exc)
            self._native_stop = None
        self._abort_on = False
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

    # --- the prompt: reuse what is cached, read the rest in stoppable chunks ------------

    def _reuse_prefix(self, tokens: list[int]) -> int:
        """Keep the cached tokens this prompt starts with; return how many (never all of it).

        A follow-up question repeats the document and the earlier turns, so only the new
        part needs reading. At least the last token is always read again, so the model has
        fresh next-word scores to start the answer from.
        """
        import numpy as np

        llm = self._llm
        cached = int(llm.n_tokens)
        limit = min(cached, len(tokens) - 1)
        if limit <= 0:
            llm.reset()
            return 0
        ids = llm.input_ids[:limit]
        differ = np.flatnonzero(ids != np.asarray(tokens[:limit], dtype=ids.dtype))
        same = int(differ[0]) if differ.size else limit
        if same < cached and (same == 0 or not llm._ctx.kv_cache_seq_rm(-1, same, -1)):
            llm.reset()  # nothing shared, or a model whose cache cannot be cut (recurrent)
            return 0
        llm.n_tokens = same
        return same

    def _read_prompt(self, tokens: list[int], should_stop: Callable[[], bool]) -> bool:
        """Evaluate ``tokens`` into the cache, checking ``should_stop`` between batches.

        llama.cpp reads the prompt in batches of ``n_batch`` tokens (its fastest way) and
        asks its abort callback after every step of the computation. That callback is
        :class:`NativeStopFlag` (no Python at all). Where the C library cannot be found, a
        Python callback is used only for batches expected to take longer than
        :data:`CHUNK_S` (always the first, before this computer's speed is known), and it
        only looks at the clock and asks the stop flag every :data:`ABORT_POLL_S`. (Smaller
        batches would need no callback, but each batch pays the computation's fixed cost,
        about a thousand steps with the threads meeting after each, and reads slower.)

        Returns:
            False when stopped (what was read stays cached for next time).
        """
        llm = self._llm
        batch = int(llm.n_batch)
        done = 0
        try:
            while done < len(tokens):
                if should_stop():
                    return False
                part = tokens[done:done + batch]
                slow = self._native_stop is not None or self._may_be_slow(len(part))
                self._abort_checks(slow, should_stop)
                started = time.perf_counter()
                try:
                    llm.eval(part)
                except RuntimeError as exc:
                    if should_stop():
                        return False  # llama.cpp gave up mid-batch; that batch is not cached
                    llm.reset()
                    raise EngineError(_("The model stopped working while reading your text."),
                                      detail=f"llama.cpp: {exc}") from exc
                took = time.perf_counter() - started
                done += len(part)
                if took > 0 and len(part) >= MIN_MEASURE:
                    self._prompt_tokens_per_s = len(part) / took
        finally:
            self._abort_checks(False, should_stop)
        return True

    def _may_be_slow(self, n: int) -> bool:
        """Whether reading ``n`` tokens may take longer than :data:`CHUNK_S` here."""
        speed = self._prompt_tokens_per_s
        return speed is None or n / speed > CHUNK_S

    def _abort_checks(self, on: bool, should_stop: Callable[[], bool]) -> None:
        """Let llama.cpp ask "stop?" during its computation, or not at all."""
        import llama_cpp

        self._stop = should_stop
        self._next_poll = 0.0
        if on == self._abort_on:
            return
        native = self._native_stop
        data: Any = None
        if not on:
            callback = llama_cpp.ggml_abort_callback()  # NULL: no checks
            if native is not None:
                native.unwatch()
        elif native is not None:
            native.watch(should_stop)
            callback, data = native.callback, native.data
        else:
            callback = self._abort_cb
        llama_cpp.llama_set_abort_callback(self._llm._ctx.ctx, callback, data)
        self._abort_on = on

    def _should_abort(self) -> bool:
        """The abort callback: the clock every time, the stop flag every ABORT_POLL_S."""
        now = time.monotonic()
        if now < self._next_poll:
            return False
        self._next_poll = now + ABORT_POLL_S
        return bool(self._stop())

    # --- generation -----------------------------------------------------------------

    def generate(self, request: GenerateRequest, should_stop: Callable[[], bool]) -> Iterator[str]:
        """Yield text pieces for ``request``; see :class:`~desktop.engine.backend.Backend`.

        The prompt's beginning that is still cached from the previous answer (a follow-up's
        document and earlier turns) is not read again; ``stats.prompt_eval_tokens`` says
        how many tokens were read. The answer is decoded one token at a time with direct
        llama.cpp calls (sample, text of the token, decode): a few ctypes calls per token.
        """
        import llama_cpp

        llm = self._llm
        if llm is None:
            raise EngineError(_("No model is loaded."), detail="generate() before load()")
        stats = self.stats = GenerationStats()
        tokens, stats.note = self._prompt_tokens(request)
        stats.prompt_tokens = len(tokens)
        if not tokens:
            raise EngineError(_("There is nothing to answer."), hint=_("Type a question first."),
                              detail="empty prompt")
        s = request.sampling
        n_ctx = int(llm.n_ctx())
        budget = answer_budget(len(tokens), n_ctx, s.max_tokens)
        if s.seed is not None:
            llm.set_seed(s.seed)
        threads = request.threads or self._threads
        llm._ctx.set_n_threads(threads, threads)
        ctx = llm._ctx.ctx
        llama_cpp.llama_perf_context_reset(ctx)
        cached = self._reuse_prefix(tokens)
        stats.stop_reason = "length"
        read = self._read_prompt(tokens[cached:], should_stop)
        stats.prompt_eval_tokens = _prompt_evaluated(ctx, len(tokens) - cached)
        if not read:
            stats.stop_reason = "cancelled"
            return
        sampler = llm._init_sampler(top_k=s.top_k, top_p=s.top_p, min_p=s.min_p,
                                    temp=s.temperature, repeat_penalty=s.repeat_penalty)
        text_out = Utf8Stream()
        matcher = StopMatcher(s.stop)
        vocab = llm._model.vocab
        sample, is_eog = llama_cpp.llama_sampler_sample, llama_cpp.llama_vocab_is_eog
        to_piece, decode = llama_cpp.llama_token_to_piece, llama_cpp.llama_decode
        chain = sampler.sampler
        buf = ctypes.create_string_buffer(PIECE_BYTES)
        one = (llama_cpp.llama_token * 1)()
        batch = llama_cpp.llama_batch_get_one(one, 1)
        input_ids = llm.input_ids
        n = int(llm.n_tokens)
        t_eval = 0.0
        try:
            while True:
                token = sample(chain, ctx, -1)
                if is_eog(vocab, token):
                    stats.stop_reason = "end_of_text"
                    break
                stats.output_tokens += 1
                size = to_piece(vocab, token, buf, PIECE_BYTES, 0, False)
                piece = text_out.feed(buf.raw[:size] if size >= 0 else _long_piece(vocab, token))
                shown = matcher.feed(piece) if piece else ""
                if shown:
                    yield shown
                if matcher.matched:
                    stats.stop_reason = "stop_sequence"
                    break
                if stats.output_tokens >= budget or n >= n_ctx:
                    stats.stop_reason = "length"
                    break
                if should_stop():
                    stats.stop_reason = "cancelled"
                    break
                one[0] = token
                started = time.perf_counter()
                if decode(ctx, batch) != 0:
                    raise EngineError(_("The model stopped working while answering."),
                                      detail="llama_decode failed during the answer")
                t_eval += time.perf_counter() - started
                input_ids[n] = token  # so the next question can reuse this answer's cache
                n += 1
                llm.n_tokens = n
        finally:
            sampler.close()
        if not matcher.matched:
            tail = matcher.feed(text_out.flush()) + matcher.flush()
            if tail:
                yield tail
        decoded = stats.output_tokens - 1
        if decoded > 0 and t_eval > 0:
            stats.engine_tokens_per_s = decoded / t_eval

    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` takes for this model (as plain text, no chat format)."""
        if self._llm is None:
            raise EngineError(_("No model is loaded."), detail="count_tokens() before load()")
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def close(self) -> None:
        """Free the model and its context."""
        if self._native_stop is not None:
            self._native_stop.unwatch()
        if self._llm is not None:
            self._llm.close()
            self._llm = None

