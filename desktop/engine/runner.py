"""The runner: a child process that owns exactly one loaded model.

A native crash or an out-of-memory kill in the model engine ends only this process; the
window and the other runners keep working. The runner serves the message protocol
documented in :mod:`desktop.engine.types` and ends itself when its parent goes away.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
import traceback
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event as MpEvent
from pathlib import Path
from typing import Any

import psutil

from desktop.core.errors import EngineError, OutOfMemoryError, SlmError
from desktop.core.i18n import _
from desktop.core.modelfiles.detect import inspect_model_file
from desktop.engine.backend import Backend
from desktop.engine.runner_io import (
    NativeTail,
    StopFlag,
    exception_is_out_of_memory,
    ignore_sigint,
    out_of_memory_error,
    redirect_output,
)
from desktop.engine.types import (
    ErrorEvent,
    FinishedEvent,
    GenerateCommand,
    GenerationMetrics,
    LoadCommand,
    LoadedEvent,
    TokenEvent,
    UnloadCommand,
)

log = logging.getLogger("desktop.engine.runner")

#: Tokens are sent to the app in small batches at most this often. Waking the app for
#: every token costs the model a few percent of its speed when it has every core; a
#: window redraws at most ~60 times a second anyway. The first and last words are never
#: held back, so time to first token and total time stay exact.
SEND_EVERY_S = 0.025


class RssSampler:
    """Peak resident memory of this process during a block of work.

    On Linux the kernel keeps the exact peak (``VmHWM``), which we reset at the start by
    writing ``5`` to ``/proc/self/clear_refs``: no sampling at all. Elsewhere a thread
    samples with psutil. (A sampling thread in the runner competes with the model for
    Python's lock between tokens and cost ~3 % decode speed on a 2-core machine.)
    """

    def __init__(self, interval: float = 0.05) -> None:
        self._proc = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self.peak = self._proc.memory_info().rss
        self._kernel_peak = _reset_kernel_peak()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.peak = max(self.peak, self._proc.memory_info().rss)

    def __enter__(self) -> RssSampler:
        if not self._kernel_peak:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._kernel_peak:
            self.peak = max(self.peak, _kernel_peak_bytes() or 0)
        else:
            self._stop.set()
            self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)


def _reset_kernel_peak() -> bool:
    """Reset Linux's peak-RSS counter for this process; False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return _kernel_peak_bytes() is not None
    except OSError:
        return False


def _kernel_peak_bytes() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _die_with_parent(parent_pid: int) -> None:
    """End this process soon after the parent dies (crash or normal exit).

    A watcher thread polls the parent. (Linux's PR_SET_PDEATHSIG is not used: it fires
    when the *thread* that started the runner ends, which would kill warm models started
    from a short-lived worker thread.)
    """

    def watch() -> None:
        while True:
            time.sleep(0.25)
            if os.getppid() != parent_pid or not psutil.pid_exists(parent_pid):
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _load(cmd: LoadCommand) -> tuple[Backend, LoadedEvent]:
    path = Path(cmd.path)
    started = time.perf_counter()
    info = inspect_model_file(path)  # which engine; the settings are used as given
    backend: Any
    if info.backend == "llama.cpp":
        from desktop.engine.llama_backend import LlamaCppBackend

        backend = LlamaCppBackend()
        native = info.gguf.context_length if info.gguf is not None else None
        loaded = backend.load(path, cmd.settings, native_context=native,
                              architecture=info.architecture)
    else:
        from desktop.engine.ctransformers_backend import CTransformersBackend

        backend = CTransformersBackend()
        ggml = info.ggml
        loaded = backend.load(
            path,
            cmd.settings,
            model_type=info.architecture,
            native_context=ggml.n_ctx if ggml is not None and ggml.n_ctx else None,
        )
    event = LoadedEvent(
        backend=loaded.backend,
        context_length=loaded.context_length,
        threads=loaded.threads,
        load_s=time.perf_counter() - started,
        rss_bytes=psutil.Process().memory_info().rss,
        chat_template=loaded.chat_template,
        architecture=loaded.architecture,
    )
    return backend, event


def _generate(
    backend: Backend, cmd: GenerateCommand, conn: Connection, stop: StopFlag | MpEvent,
    load_s: float,
) -> None:
    started = time.perf_counter()
    first: float | None = None
    last = sent_at = started
    pieces: list[str] = []
    unsent: list[str] = []
    sent_tokens = index = 0

    def flush() -> None:
        nonlocal sent_tokens, index, sent_at
        count = backend.stats.output_tokens - sent_tokens
        conn.send(TokenEvent(text="".join(unsent), index=index, count=count))
        unsent.clear()
        sent_tokens += count
        index += 1
        sent_at = time.perf_counter()

    with RssSampler() as rss:
        for piece in backend.generate(cmd.request, stop.is_set):
            last = time.perf_counter()
            pieces.append(piece)
            unsent.append(piece)
            if first is None:
                first = last
                flush()  # the first words go out at once (time to first token)
            elif last - sent_at >= SEND_EVERY_S:
                flush()
        if unsent:
            flush()  # the last words go out as soon as the answer ends
    stats = backend.stats
    n = stats.output_tokens
    decode_s = last - first if first is not None else 0.0
    conn.send(
        FinishedEvent(
            GenerationMetrics(
                text="".join(pieces),
                prompt_tokens=stats.prompt_tokens,
                output_tokens=n,
                load_s=load_s,
                ttft_s=(first - started) if first is not None else None,
                tokens_per_s=(n - 1) / decode_s if n > 1 and decode_s > 0 else None,
                total_s=time.perf_counter() - started,
                stop_reason=stats.stop_reason,
                peak_rss_bytes=rss.peak,
                engine_tokens_per_s=stats.engine_tokens_per_s,
                backend=backend.name,
                note=stats.note,
                prompt_eval_tokens=stats.prompt_eval_tokens,
            )
        )
    )


def _as_error(exc: BaseException, native: str = "") -> dict[str, str]:
    if exception_is_out_of_memory(exc, native):
        return out_of_memory_error(detail=f"{type(exc).__name__}: {exc}\n{native}").to_dict()
    if isinstance(exc, SlmError):
        return exc.to_dict()
    if isinstance(exc, MemoryError):
        return OutOfMemoryError(
            _("The computer ran out of memory while running the model."), detail=repr(exc)
        ).to_dict()
    return EngineError(
        _("The model engine hit an unexpected problem."),
        detail="".join(traceback.format_exception(exc)),
    ).to_dict()


def runner_main(
    conn: Connection,
    stop: StopFlag | MpEvent,
    parent_pid: int,
    log_level: int,
    output_path: str | None = None,
) -> None:
    """Serve commands from ``conn`` until unloaded or the parent goes away.

    Raw output (llama.cpp's asserts and backtraces, Python's own last words) goes to
    ``output_path``, never to the app's terminal; Ctrl+C is ignored (the app decides).
    """
    redirect_output(output_path)
    ignore_sigint()
    _die_with_parent(parent_pid)
    from desktop.core.logs import setup_logging

    setup_logging(verbose=log_level <= logging.DEBUG)
    native = NativeTail()
    logging.getLogger("desktop.engine.llama.native").addHandler(native)
    backend: Backend | None = None
    load_s = 0.0
    try:
        while True:
            try:
                cmd = conn.recv()
            except (EOFError, OSError):
                break
            native.lines.clear()
            try:
                if isinstance(cmd, LoadCommand):
                    backend, loaded = _load(cmd)
                    load_s = loaded.load_s
                    conn.send(loaded)
                elif isinstance(cmd, GenerateCommand):
                    if backend is None:
                        raise EngineError(_("No model is loaded."), detail="generate before load")
                    _generate(backend, cmd, conn, stop, load_s)
                elif isinstance(cmd, UnloadCommand):
                    break
            except (BrokenPipeError, ConnectionResetError, EOFError):
                break  # the app went away (closed, Ctrl+C): nobody to answer, end quietly
            except BaseException as exc:  # noqa: BLE001 - report everything, keep serving
                if isinstance(exc, KeyboardInterrupt | SystemExit):
                    raise
                log.warning("runner error: %s", exc, exc_info=True)
                try:
                    conn.send(ErrorEvent(_as_error(exc, native.text())))
                except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
                    break
    finally:
        if backend is not None:
            backend.close()
        conn.close()
    _leave()


def _leave() -> None:
    """End the runner process at once after an orderly unload.

    The model is freed and the app told; what is left is the interpreter's teardown (a full
    garbage collection, some 700 modules with llama.cpp and numpy), which took 0.1-0.8 s
    while the app waited for the process to end: on every close, and at the end of every
    task test. Nothing is left to write but the log and the raw-output file (flushed
    first). Only in a runner process: called in-process (a test), it simply returns.
    """
    if multiprocessing.parent_process() is None:
        return
    from desktop.core.logs import exit_now

    exit_now(0)
