"""The parent side of a runner: a plain Python object a worker thread iterates.

    client = ModelClient(path)
    for event in client.generate(GenerateRequest.chat("Hello")):
        ...

``generate`` blocks and is meant for one worker thread at a time; ``stop()`` may be
called from any thread. If the runner dies, ``generate`` raises a plain-language
:class:`RunnerCrashedError` (or :class:`OutOfMemoryError`), the process is reaped, and the
next ``generate`` starts a fresh runner.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import psutil

from desktop.core import errors
from desktop.core.errors import EngineError, OutOfMemoryError, RunnerCrashedError, SlmError
from desktop.core.fit.load_plan import decide_load_for_file
from desktop.core.i18n import _
from desktop.engine.runner import runner_main
from desktop.engine.runner_io import (
    StopFlag,
    child_stderr_to,
    discard_output,
    looks_out_of_memory,
    new_output_file,
    out_of_memory_error,
    sigint_blocked,
)
from desktop.engine.types import (
    ErrorEvent,
    FinishedEvent,
    GenerateCommand,
    GenerateRequest,
    GenerationMetrics,
    LoadCommand,
    LoadedEvent,
    LoadSettings,
    ProgressEvent,
    TokenEvent,
    UnloadCommand,
)

log = logging.getLogger("desktop.engine.client")

#: How long a runner may take to honour a stop before it is ended by force.
STOP_GRACE_S = 2.0
#: How often the client checks that the runner is still alive while waiting.
POLL_S = 0.05
#: A runner that sends nothing for this long while answering, and uses no processor time
#: meanwhile, has stopped responding (stopped, deadlocked) and is ended. Generous: a
#: runner that is busy (a long prompt) always uses the processor.
STALL_S = 60.0
#: The same while loading: a base time plus the file read at a slow disk's speed.
STALL_LOAD_S = 120.0
STALL_LOAD_BYTES_PER_S = 20e6
#: "Uses no processor time": less than this share of one core between two samples.
_IDLE_CPU_SHARE = 0.02

_ctx = multiprocessing.get_context("spawn")


def error_from_dict(data: dict[str, str]) -> SlmError:
    """Rebuild an ``SlmError`` sent by a runner."""
    cls = getattr(errors, data.get("type", ""), None)
    if not (isinstance(cls, type) and issubclass(cls, SlmError)):
        cls = EngineError
    return cls(data.get("message", "Something went wrong."), hint=data.get("hint") or None,
               detail=data.get("detail", ""))


#: Windows reports crashes as NTSTATUS exit codes rather than signals.
_WINDOWS_CRASHES = {
    0xC0000005: "access violation",
    0xC000001D: "illegal instruction",
    0xC00000FD: "stack overflow",
    0xC0000409: "stack buffer overrun",
}
_WINDOWS_OUT_OF_MEMORY = {0xC0000017, 0xC000012D}  # no memory / commitment limit


def explain_exit(exitcode: int | None, *, name: str, output: str = "") -> SlmError:
    """Turn a runner's exit code into a plain-language error (POSIX signals or Windows codes).

    ``output`` is the end of the runner's raw output: when it shows that an allocation
    failed (a ``GGML_ASSERT`` on a memory buffer, ``MemoryError``, ``bad_alloc``...), the
    error says there is not enough memory instead of "crashed".
    """
    sigkill = getattr(signal, "SIGKILL", 9)
    code = exitcode & 0xFFFFFFFF if exitcode is not None else None
    if exitcode not in (0, None) and looks_out_of_memory(output):
        return out_of_memory_error(name, detail=f"runner exit code {exitcode}; output:\n"
                                                f"{output[-2000:]}")  # fmt: skip
    if exitcode == -sigkill or code in _WINDOWS_OUT_OF_MEMORY:
        return OutOfMemoryError(
            _(
                "The model {name} stopped unexpectedly. The computer probably ran out of "
                "memory (the system ended it)."
            ).format(name=name),
            detail=f"runner killed (exit code {exitcode})",
        )
    if exitcode is not None and exitcode < 0:
        try:
            sig = signal.Signals(-exitcode).name
        except ValueError:
            sig = str(-exitcode)
        return RunnerCrashedError(
            _("The model {name} stopped unexpectedly (it crashed inside the model engine).").format(
                name=name
            ),
            detail=f"runner ended by signal {sig}",
        )
    if code in _WINDOWS_CRASHES:
        return RunnerCrashedError(
            _("The model {name} stopped unexpectedly (it crashed inside the model engine).").format(
                name=name
            ),
            detail=f"runner crashed: {_WINDOWS_CRASHES[code]} (exit code {code:#x})",
        )
    return RunnerCrashedError(
        _("The model {name} stopped unexpectedly.").format(name=name),
        detail=f"runner exited with code {exitcode}",
    )


@functools.lru_cache(maxsize=1)
def _cpu_problem() -> str | None:
    from desktop.core.machine.cpu_check import check_cpu

    cpu = check_cpu()
    return None if cpu.ok else cpu.message + "\x00" + ", ".join(cpu.missing)


def _require_cpu() -> None:
    """Refuse plainly, instead of "illegal instruction", on a processor the engine can't use."""
    problem = _cpu_problem()
    if problem:
        message, missing = problem.split("\x00")
        raise EngineError(message, hint=_("Ask your IT contact for a newer computer."),
                          detail=f"missing CPU features: {missing}")


class ModelClient:
    """One model in its own runner process."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        settings: LoadSettings | None = None,
        *,
        name: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.settings = settings or LoadSettings()
        self.name = name or self.path.name
        self.loaded: LoadedEvent | None = None
        self._proc: Any = None
        self._conn: Connection | None = None
        self._stop = StopFlag(_ctx)
        self._lock = threading.RLock()
        self._killed_by_us = False
        self.last_used = 0.0
        #: Seconds of silence (with no processor use) after which a runner counts as
        #: stalled; ``None``: :data:`STALL_S` answering, load-aware while loading.
        self.stall_after_s: float | None = None
        #: The end of the last finished runner's raw output (for diagnosis).
        self.last_output = ""
        self._output: str | None = None
        self._watch: _StallWatch | None = None

    # --- state ----------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The runner's process id while it runs."""
        return self._proc.pid if self._proc is not None and self._proc.is_alive() else None

    @property
    def alive(self) -> bool:
        """True while the runner process runs."""
        return self._proc is not None and self._proc.is_alive()

    def rss_bytes(self) -> int:
        """Resident memory of the runner (0 when not running)."""
        pid = self.pid
        if pid is None:
            return 0
        try:
            return int(psutil.Process(pid).memory_info().rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            return 0

    # --- process management ---------------------------------------------------------

    def _start(self) -> None:
        _require_cpu()
        parent, child = _ctx.Pipe()
        self._stop.clear()
        self._killed_by_us = False
        self._output = new_output_file()
        proc = _ctx.Process(
            target=runner_main,
            args=(child, self._stop, os.getpid(), logging.getLogger("desktop").level,
                  self._output),
            name=f"slm-runner:{self.name}",
            daemon=True,
        )
        # The runner starts deaf to Ctrl+C (the app decides), and with its raw output in
        # its own file from the first instruction.
        with sigint_blocked(), child_stderr_to(self._output):
            proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        log.info("runner %d started for %s", proc.pid, self.name)

    def _reap(self, grace_s: float = 5.0) -> int | None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self.loaded = None
        if conn is not None:
            conn.close()
        if proc is None:
            return None
        proc.join(timeout=grace_s)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)
        code: int | None = proc.exitcode
        with contextlib.suppress(ValueError):
            proc.close()
        self.last_output = discard_output(self._output)
        self._output = None
        self._watch = None
        return code

    def _recv(self) -> Any:
        """Next message from the runner; raise a plain error if it died."""
        conn, proc = self._conn, self._proc
        assert conn is not None and proc is not None
        while True:
            try:
                if conn.poll(POLL_S):
                    msg = conn.recv()
                    if self._watch is not None:
                        self._watch.heard()
                    return msg
            except (EOFError, OSError):
                pass
            else:
                if proc.is_alive():
                    self._check_stall()
                    continue
                if conn.poll(0):
                    continue  # drain what it sent before it ended
            killed_by_us = self._killed_by_us
            code = self._reap()
            if killed_by_us:
                raise _Cancelled()
            raise explain_exit(code, name=self.name, output=self.last_output)

    def _check_stall(self) -> None:
        """End a runner that stopped responding, with a plain error."""
        watch = self._watch
        if watch is None or not watch.stalled() or self._proc is None:
            return
        pid = self._proc.pid
        log.warning("runner %s sent nothing for %.0f s and used no processor time; ending it",
                    pid, watch.silent_s())
        with contextlib.suppress(Exception):
            self._proc.kill()
        self._reap()
        raise RunnerStalledError(
            _("The model {name} stopped responding, so it was ended.").format(name=self.name),
            hint=_("Try again. If it keeps happening, pick another model or restart the computer."),
            detail=f"runner {pid}: no message for {watch.silent_s():.0f} s and no processor "
            f"use for {watch.idle_s():.0f} s",
        )

    def _stall_limit(self, message: object) -> float:
        if self.stall_after_s is not None:
            return self.stall_after_s
        if isinstance(message, LoadCommand):
            try:
                size = self.path.stat().st_size
            except OSError:
                size = 0
            return STALL_LOAD_S + size / STALL_LOAD_BYTES_PER_S
        return STALL_S

    def _send(self, message: object) -> None:
        assert self._conn is not None
        try:
            self._conn.send(message)
        except (BrokenPipeError, OSError) as exc:
            code = self._reap()
            raise explain_exit(code, name=self.name, output=self.last_output) from exc
        if isinstance(message, LoadCommand | GenerateCommand) and self._proc is not None:
            self._watch = _StallWatch(self._proc.pid, self._stall_limit(message))

    # --- public API -----------------------------------------------------------------

    def load(self) -> LoadedEvent:
        """Start the runner and load the model (blocking).

        Raises:
            SlmError: the file cannot be loaded, or the runner died while loading.
        """
        with self._lock:
            if self.loaded is not None and self.alive:
                return self.loaded
            if self._proc is not None:
                self._reap()
            # The runner executes what it is told: concrete context and threads, decided
            # here by the one rule in desktop.core.fit.load_plan (callers usually pass
            # concrete settings already; the session always does).
            self.settings = decide_load_for_file(self.path, self.settings)
            self._start()
            self._send(LoadCommand(str(self.path), self.settings))
            try:
                msg = self._recv()
            except _Cancelled:
                raise errors.CancelledError(_("Loading was stopped.")) from None
            if isinstance(msg, ErrorEvent):
                self._shutdown()
                raise error_from_dict(msg.error)
            assert isinstance(msg, LoadedEvent), msg
            self.loaded = msg
            return msg

    def generate(
        self, request: GenerateRequest
    ) -> Iterator[ProgressEvent | LoadedEvent | TokenEvent | FinishedEvent]:
        """Answer ``request``, yielding events as they come (blocking iterator).

        Loads the model first if needed (yielding its ``LoadedEvent``). The final event is
        a ``FinishedEvent`` whose metrics use the wall-clock times seen here.

        Raises:
            SlmError: plain-language errors; ``RunnerCrashedError``/``OutOfMemoryError``
                if the runner died. The client stays usable afterwards.
        """
        with self._lock:
            self.last_used = time.monotonic()
            if self.loaded is None or not self.alive:
                yield ProgressEvent(stage="loading")
                yield self.load()
            loaded = self.loaded
            assert loaded is not None
            self._stop.clear()
            sent = time.perf_counter()
            self._send(GenerateCommand(request))
            first: float | None = None
            last = sent
            stop_asked: float | None = None
            while True:
                try:
                    msg = self._recv_with_stop_deadline(stop_asked)
                except _Cancelled:
                    yield FinishedEvent(self._cancelled_metrics(loaded, sent, first, last))
                    return
                if self._stop.is_set() and stop_asked is None:
                    stop_asked = time.perf_counter()
                if isinstance(msg, TokenEvent):
                    last = time.perf_counter()
                    if first is None:
                        first = last
                    yield msg
                elif isinstance(msg, FinishedEvent):
                    self.last_used = time.monotonic()
                    yield FinishedEvent(self._wall_clock(msg.metrics, sent, first, last))
                    return
                elif isinstance(msg, ErrorEvent):
                    raise error_from_dict(msg.error)

    def _recv_with_stop_deadline(self, stop_asked: float | None) -> Any:
        """Receive, ending the runner if a stop is not honoured within ``STOP_GRACE_S``."""
        assert self._conn is not None
        while True:
            if self._stop.is_set():
                stop_asked = stop_asked or time.perf_counter()
                if time.perf_counter() - stop_asked > STOP_GRACE_S and self._proc is not None:
                    log.warning("runner %s ignored stop; ending it", self.pid)
                    self._killed_by_us = True
                    self._proc.kill()
            if self._conn.poll(POLL_S) or not self.alive:
                return self._recv()
            self._check_stall()

    def _wall_clock(
        self, m: GenerationMetrics, sent: float, first: float | None, last: float
    ) -> GenerationMetrics:
        n = m.output_tokens
        decode = last - first if first is not None else 0.0
        return replace(
            m,
            load_s=self.loaded.load_s if self.loaded else m.load_s,
            ttft_s=(first - sent) if first is not None else None,
            tokens_per_s=(n - 1) / decode if n > 1 and decode > 0 else None,
            total_s=time.perf_counter() - sent,
        )

    def _cancelled_metrics(
        self, loaded: LoadedEvent, sent: float, first: float | None, last: float
    ) -> GenerationMetrics:
        return GenerationMetrics(
            text="",
            prompt_tokens=0,
            output_tokens=0,
            load_s=loaded.load_s,
            ttft_s=(first - sent) if first is not None else None,
            tokens_per_s=None,
            total_s=time.perf_counter() - sent,
            stop_reason="cancelled",
            peak_rss_bytes=0,
            backend=loaded.backend,
            note="The model was restarted to stop it quickly.",
        )

    def stop(self) -> None:
        """Ask the current generation to stop (any thread; returns at once)."""
        self._stop.set()

    def abort(self) -> None:
        """End the runner now (any thread; returns at once), e.g. to stop a load.

        A load in progress raises ``CancelledError``; an answer in progress ends as
        cancelled. The model is no longer warm afterwards.
        """
        self._stop.set()
        proc = self._proc
        if proc is not None:
            self._killed_by_us = True
            with contextlib.suppress(Exception):
                proc.kill()

    def _shutdown(self, grace_s: float = 5.0) -> None:
        if self._proc is None:
            return
        with contextlib.suppress(Exception):
            if self._conn is not None and self._proc.is_alive():
                self._conn.send(UnloadCommand())
        self._reap(grace_s)

    def close(self, *, grace_s: float = 5.0) -> None:
        """Unload the model and end its runner; its memory goes back to the system.

        Args:
            grace_s: how long the runner may take to exit by itself; then it is killed
                (closing everything at Ctrl+C or when the window closes uses a short one).
        """
        self._stop.set()
        with self._lock:
            self._shutdown(grace_s)

    def __enter__(self) -> ModelClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if self._proc is not None and self._proc.is_alive():
                self._proc.kill()
        with contextlib.suppress(Exception):
            if self._output:
                os.unlink(self._output)


class _Cancelled(Exception):
    """Internal: the runner was ended by us to honour a stop."""


class RunnerStalledError(RunnerCrashedError):
    """The runner sent nothing for a long time while using no processor time; it was ended."""


class _StallWatch:
    """Notices a runner that stopped responding: silent for ``limit_s`` *and* idle.

    The runner's processor time is sampled about once a second (a cheap ``psutil`` call),
    so a busy runner (a long prompt, a slow computer) is never taken for a stalled one.
    A stopped (``SIGSTOP``) or deadlocked runner uses none.
    """

    def __init__(self, pid: int, limit_s: float) -> None:
        self.pid = pid
        self.limit_s = limit_s
        self._every_s = min(1.0, max(0.1, limit_s / 2))
        now = time.monotonic()
        self._last_message = self._last_busy = self._sampled = now
        self._cpu = self._cpu_s()

    def _cpu_s(self) -> float | None:
        try:
            times = psutil.Process(self.pid).cpu_times()
        except (psutil.Error, OSError):
            return None
        return float(times.user + times.system)

    def heard(self) -> None:
        """A message arrived."""
        self._last_message = time.monotonic()

    def silent_s(self) -> float:
        """Seconds since the last message."""
        return time.monotonic() - self._last_message

    def idle_s(self) -> float:
        """Seconds the runner is known to have used no processor time (between samples)."""
        return self._sampled - self._last_busy

    def stalled(self) -> bool:
        """True once the runner has been both silent and idle for ``limit_s``."""
        now = time.monotonic()
        if now - self._sampled >= self._every_s:
            cpu = self._cpu_s()
            if cpu is None or self._cpu is None or cpu - self._cpu > _IDLE_CPU_SHARE * (
                now - self._sampled
            ):
                self._last_busy = now
            self._cpu, self._sampled = cpu, now
        return self.silent_s() >= self.limit_s and self.idle_s() >= self.limit_s
