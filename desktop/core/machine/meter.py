"""Live resource meter: a Qt-free sampler with a rolling window.

The window polls :meth:`Meter.sample` from a timer (2 to 4 times a second). Workers only
*record* token counts with :meth:`Meter.record_tokens` (cheap, thread-safe); rates are
computed here, at sampling time, never per token on the GUI thread.

What one sample holds: system RAM (used / total), CPU %, the resident memory of every
tracked runner process (one per loaded model, read with :mod:`psutil` from its pid), and
tokens per second for every pane, each with a short history for a sparkline.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import psutil

Clock = Callable[[], float]


@dataclass(frozen=True)
class RunnerSample:
    """Memory of one runner process (one loaded model) at sampling time."""

    key: str
    name: str
    pid: int
    rss_bytes: int


@dataclass(frozen=True)
class PaneSample:
    """Generation speed of one pane at sampling time.

    ``tokens_per_s`` is the rate over the last couple of seconds (0 when idle);
    ``history`` holds the recent rates, oldest first, for a sparkline.
    """

    pane: str
    active: bool
    tokens: int
    tokens_per_s: float
    peak_tokens_per_s: float
    history: tuple[float, ...]


@dataclass(frozen=True)
class MeterSnapshot:
    """Everything the meter strip shows, frozen at one moment."""

    time: float
    ram_total_bytes: int
    ram_used_bytes: int
    ram_available_bytes: int
    cpu_percent: float
    app_rss_bytes: int
    runners: tuple[RunnerSample, ...] = ()
    panes: tuple[PaneSample, ...] = ()
    ram_history: tuple[float, ...] = ()
    cpu_history: tuple[float, ...] = ()

    @property
    def ram_fraction(self) -> float:
        """Share of system RAM in use, 0.0 to 1.0."""
        if self.ram_total_bytes <= 0:
            return 0.0
        return min(1.0, max(0.0, self.ram_used_bytes / self.ram_total_bytes))

    @property
    def models_rss_bytes(self) -> int:
        """Memory used by all loaded models together."""
        return sum(r.rss_bytes for r in self.runners)

    def pane(self, pane: str) -> PaneSample | None:
        """The sample of one pane, or ``None`` if the meter does not know it."""
        for p in self.panes:
            if p.pane == pane:
                return p
        return None


@dataclass
class _PaneState:
    active: bool = False
    tokens: int = 0
    events: deque[tuple[float, int]] = field(default_factory=deque)  # (time, tokens so far)
    history: deque[float] = field(default_factory=deque)
    peak: float = 0.0
    started: float = 0.0


@dataclass
class _RunnerState:
    name: str
    pid: int
    process: psutil.Process | None


class Meter:
    """Samples system and per-model resources into a rolling window.

    Args:
        history: how many samples each sparkline keeps.
        rate_window_s: tokens per second are averaged over this many seconds.
        clock: a monotonic clock in seconds (tests pass a fake one).
    """

    def __init__(
        self, *, history: int = 60, rate_window_s: float = 2.0, clock: Clock = time.monotonic
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._history = history
        self._rate_window = rate_window_s
        self._panes: dict[str, _PaneState] = {}
        self._runners: dict[str, _RunnerState] = {}
        self._ram_history: deque[float] = deque(maxlen=history)
        self._cpu_history: deque[float] = deque(maxlen=history)
        self._self = psutil.Process()
        self._last: MeterSnapshot | None = None
        psutil.cpu_percent(interval=None)  # the first reading is meaningless; prime it

    # --- runners ------------------------------------------------------------------

    def track_runner(self, key: str, pid: int, name: str = "") -> None:
        """Start reporting the memory of the process ``pid`` under ``key``."""
        try:
            process: psutil.Process | None = psutil.Process(pid)
        except psutil.Error:
            process = None
        with self._lock:
            self._runners[key] = _RunnerState(name=name or key, pid=pid, process=process)

    def untrack_runner(self, key: str) -> None:
        """Stop reporting the runner ``key`` (its model was unloaded)."""
        with self._lock:
            self._runners.pop(key, None)

    def tracked_runners(self) -> dict[str, int]:
        """Tracked runner keys and their pids."""
        with self._lock:
            return {k: r.pid for k, r in self._runners.items()}

    # --- panes (called from worker threads) -----------------------------------------

    def pane_started(self, pane: str) -> None:
        """A pane began a new answer: reset its count and peak."""
        with self._lock:
            state = self._panes.setdefault(pane, _PaneState(history=deque(maxlen=self._history)))
            state.active = True
            state.tokens = 0
            state.events.clear()
            state.peak = 0.0
            state.started = self._clock()

    def record_tokens(self, pane: str, count: int = 1, at: float | None = None) -> None:
        """Record that ``pane`` produced ``count`` more tokens (thread-safe, cheap)."""
        now = self._clock() if at is None else at
        with self._lock:
            state = self._panes.setdefault(pane, _PaneState(history=deque(maxlen=self._history)))
            state.tokens += count
            state.events.append((now, state.tokens))

    def pane_finished(self, pane: str) -> None:
        """A pane's answer ended (finished, stopped or failed)."""
        with self._lock:
            state = self._panes.get(pane)
            if state is not None:
                state.active = False

    def forget_pane(self, pane: str) -> None:
        """Drop a pane that was removed from the window."""
        with self._lock:
            self._panes.pop(pane, None)

    def peak_tokens_per_s(self, pane: str) -> float:
        """The highest sampled rate of the pane's current (or last) answer."""
        with self._lock:
            state = self._panes.get(pane)
            return state.peak if state is not None else 0.0

    # --- sampling --------------------------------------------------------------------

    def _rate(self, state: _PaneState, now: float) -> float:
        """Tokens per second over the last window, measured from the first token on."""
        if not state.active or not state.events:
            return 0.0
        cutoff = now - self._rate_window
        # Keep one event at or before the cutoff as the baseline; drop older ones.
        while len(state.events) > 1 and state.events[1][0] <= cutoff:
            state.events.popleft()
        t0, n0 = state.events[0]
        n1 = state.events[-1][1]
        span = now - t0
        if span <= 1e-6 or n1 <= n0:
            return 0.0
        return (n1 - n0) / span

    def sample(self) -> MeterSnapshot:
        """Take one sample now and return it (call 2 to 4 times a second)."""
        now = self._clock()
        vm = psutil.virtual_memory()
        cpu = float(psutil.cpu_percent(interval=None))
        try:
            app_rss = int(self._self.memory_info().rss)
        except psutil.Error:
            app_rss = 0
        with self._lock:
            runners_copy = list(self._runners.items())
        runners: list[RunnerSample] = []
        for key, r in runners_copy:
            rss = 0
            if r.process is not None:
                try:
                    rss = int(r.process.memory_info().rss)
                except psutil.Error:
                    rss = 0
            runners.append(RunnerSample(key=key, name=r.name, pid=r.pid, rss_bytes=rss))
        used = int(vm.total - vm.available)
        panes: list[PaneSample] = []
        with self._lock:
            self._ram_history.append(used / vm.total if vm.total else 0.0)
            self._cpu_history.append(cpu)
            for name, state in self._panes.items():
                rate = self._rate(state, now)
                state.history.append(rate)
                state.peak = max(state.peak, rate)
                panes.append(
                    PaneSample(
                        pane=name,
                        active=state.active,
                        tokens=state.tokens,
                        tokens_per_s=rate,
                        peak_tokens_per_s=state.peak,
                        history=tuple(state.history),
                    )
                )
            snap = MeterSnapshot(
                time=now,
                ram_total_bytes=int(vm.total),
                ram_used_bytes=used,
                ram_available_bytes=int(vm.available),
                cpu_percent=cpu,
                app_rss_bytes=app_rss,
                runners=tuple(runners),
                panes=tuple(panes),
                ram_history=tuple(self._ram_history),
                cpu_history=tuple(self._cpu_history),
            )
            self._last = snap
        return snap

    @property
    def last(self) -> MeterSnapshot | None:
        """The most recent sample, or ``None`` before the first one."""
        with self._lock:
            return self._last
