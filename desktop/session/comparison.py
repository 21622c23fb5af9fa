"""One comparison: a prompt (or conversation) answered by one to four models.

:class:`ComparisonSession` is what happens when Run is pressed, for the window and the CLI
alike. It

1. decides how each model is loaded (:func:`desktop.core.fit.load_plan.decide_load` on the
   model's own settings, :meth:`ComparisonRequest.load_for`: the same context and threads
   the runner will use) and what memory it needs at that context,
2. plans memory-aware waves with the one scheduler (:func:`desktop.core.fit.schedule.plan_runs`),
3. runs each wave, borrowing warm runners from the :class:`~desktop.session.pool.ModelPool`
   (models answering side by side share the processor cores),
4. streams :mod:`desktop.session.events` per pane, honours :meth:`ComparisonSession.stop`
   (one pane or all; a pane still waiting simply never starts),
5. owns every result (text, metrics, stop reason, context and threads actually used) and
   saves the run to the history as it happens.

Views consume the events by iterating :meth:`ComparisonSession.events` or through the
``on_event`` callback, which runs on the session's worker threads. Nothing here imports Qt.

    session = ComparisonSession(ComparisonRequest.ask("Hi", [path_a, path_b]), pool=pool)
    session.start()
    for event in session.events():
        ...
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import threading
from collections.abc import Callable, Iterator, Sequence

from desktop.core.config.policy import Policy
from desktop.core.errors import CancelledError, OutOfMemoryError, SlmError
from desktop.core.fit.load_plan import thread_share
from desktop.core.generation import (
    MAX_COMPARE_MODELS,
    GenerationMetrics,
    LoadSettings,
)
from desktop.core.history.store import History, Vote, VoteRecord
from desktop.core.i18n import _
from desktop.core.machine.hardware import HardwareInfo
from desktop.core.machine.meter import Meter
from desktop.core.servers.registry import is_server_ref
from desktop.engine.client import ModelClient
from desktop.engine.types import FinishedEvent, LoadedEvent, ProgressEvent, TokenEvent
from desktop.session.events import (
    HistoryFailed,
    ModelSpec,
    PaneFailed,
    PaneFinished,
    PaneLoaded,
    PaneLoading,
    PaneResult,
    PaneStarted,
    PaneStopped,
    PaneWaiting,
    RunFinished,
    RunPlanned,
    SessionEvent,
    TokenBatch,
)
from desktop.session.pool import ModelPool
from desktop.session.request import ComparisonRequest
from desktop.session.waves import plan_waves

log = logging.getLogger("desktop.session.comparison")

MAX_MODELS = MAX_COMPARE_MODELS

EventCallback = Callable[[SessionEvent], None]


def as_slm_error(error: BaseException) -> SlmError:
    """Any exception as a plain-language :class:`SlmError` (the detail kept for the log)."""
    if isinstance(error, SlmError):
        return error
    if isinstance(error, MemoryError):
        return OutOfMemoryError(_("The computer ran out of memory."), detail=repr(error))
    return SlmError(_("Something unexpected went wrong."), detail=repr(error))


class _Pane:
    """The session's mutable state of one pane (guarded by the session's lock)."""

    def __init__(self, index: int, model: ModelSpec, key: str) -> None:
        self.index = index
        self.model = model
        self.key = key
        self.state = "planned"  # planned, waiting, starting, loading, running, ended
        self.stop_requested = False
        self.load = LoadSettings()
        self.need = 0
        self.client: ModelClient | None = None
        self.chunks: list[str] = []
        self.tokens = 0
        self.context_length: int | None = None
        self.threads: int | None = None
        self.rss_seen = 0
        self.result: PaneResult | None = None


class ComparisonSession:
    """Runs one :class:`ComparisonRequest`. See the module docstring.

    Args:
        request: what to ask.
        pool: where warm runners are borrowed from (long-lived, shared between runs).
        history: where the run is saved; ``None`` saves nothing.
        on_event: called with every event, on the session's worker threads. It must be
            quick and must not raise (exceptions are logged and ignored).
        meter: told when panes start and finish and how many tokens they wrote.
        meter_keys: the meter's key per pane (default ``"pane-0"`` ...).
        hardware: this computer (default: probed when the run is planned).
        policy: the organisation's policy, laid over ``request.load``.
        available_bytes: memory free for the run (default: free memory now plus what idle
            warm runners hold). Tests pass a smaller figure to force waves.

    Attributes:
        run_id: the history id once saved (``None`` when not saved).
    """

    def __init__(
        self,
        request: ComparisonRequest,
        *,
        pool: ModelPool,
        history: History | None = None,
        on_event: EventCallback | None = None,
        meter: Meter | None = None,
        meter_keys: Sequence[str] = (),
        hardware: HardwareInfo | None = None,
        policy: Policy | None = None,
        available_bytes: Callable[[], int] | None = None,
    ) -> None:
        self.request = request
        self.pool = pool
        self.history = history
        self.run_id: int | None = None
        self._on_event = on_event
        self._meter = meter
        self._hardware = hardware
        self._policy = policy
        self._available = available_bytes
        keys = list(meter_keys) or [f"pane-{i}" for i in range(len(request.models))]
        self._panes = [_Pane(i, m, keys[i]) for i, m in enumerate(request.models)]
        self._lock = threading.RLock()
        self._events: queue.SimpleQueue[SessionEvent] = queue.SimpleQueue()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._history_reported = False
        self._finished: RunFinished | None = None
        #: The client each model index used last (kept warm and preferred next time).
        self.last_clients: dict[int, ModelClient] = {}

    # --- running ------------------------------------------------------------------------

    def start(self) -> None:
        """Save the run (every model "pending") and start answering in the background."""
        if self._thread is not None:
            raise RuntimeError("a comparison session runs once")
        self._save_start()
        self._thread = threading.Thread(target=self._main, name="slm-comparison", daemon=True)
        self._thread.start()

    def run(self) -> RunFinished:
        """Start and wait until every pane has ended (blocking)."""
        self.start()
        self.wait()
        assert self._finished is not None
        return self._finished

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the run to end; True when it has."""
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        """True once :class:`RunFinished` was sent."""
        return self._done.is_set()

    def events(self, timeout: float | None = None) -> Iterator[SessionEvent]:
        """Every event, in order, until :class:`RunFinished` (blocking iterator).

        Args:
            timeout: give up after this many seconds without an event
                (raises ``TimeoutError``); ``None`` waits as long as it takes.
        """
        while True:
            try:
                event = self._events.get(timeout=timeout)
            except queue.Empty:
                raise TimeoutError("no event from the comparison in time") from None
            yield event
            if isinstance(event, RunFinished):
                return

    def stop(self, pane: int | None = None) -> None:
        """Stop one pane's answer, or every answer (returns at once; any thread).

        A pane waiting for its wave never starts; a loading model is ended; an answer in
        progress stops after its current token (what it wrote so far is kept).
        """
        targets = self._panes if pane is None else [self._panes[pane]]
        for p in targets:
            with self._lock:
                if p.state == "ended":
                    continue
                p.stop_requested = True
                state, client = p.state, p.client
            if state in ("planned", "waiting"):
                self._end(p, self._stopped(p, started=False))
            elif state == "loading" and client is not None:
                client.abort()
            elif state == "running" and client is not None:
                client.stop()

    def note_rss(self, pane: int, rss_bytes: int) -> None:
        """Remember memory a meter saw for this pane's runner (the peak is kept)."""
        p = self._panes[pane]
        with self._lock:
            p.rss_seen = max(p.rss_seen, int(rss_bytes))

    def runner_pid(self, pane: int) -> int | None:
        """The process id of the runner answering in ``pane`` right now."""
        client = self._panes[pane].client
        return client.pid if client is not None else None

    def pane_state(self, pane: int) -> str:
        """``planned``, ``waiting``, ``starting``, ``loading``, ``running`` or ``ended``."""
        return self._panes[pane].state

    @property
    def results(self) -> tuple[PaneResult | None, ...]:
        """Each pane's result once it ended (``None`` while it has not)."""
        with self._lock:
            return tuple(p.result for p in self._panes)

    def vote(self, vote: Vote) -> VoteRecord | None:
        """Save the person's vote on this run (``None`` when the run is not saved).

        Raises:
            HistoryError: the vote could not be saved.
        """
        if self.history is None or self.run_id is None:
            return None
        return self.history.record_vote(self.run_id, vote)

    # --- the run ------------------------------------------------------------------------

    def _main(self) -> None:
        error: SlmError | None = None
        try:
            waves = self._plan()
            earlier: list[int] = []
            for i, wave in enumerate(waves):
                if i > 0:
                    for index in wave:
                        p = self._panes[index]
                        with self._lock:
                            waiting = p.state == "planned"
                            if waiting:
                                p.state = "waiting"
                        if waiting:
                            self._emit(PaneWaiting(index, tuple(earlier)))
                earlier.extend(wave)
            for wave in waves:
                self._run_wave(wave)
        except BaseException as exc:  # noqa: BLE001 - every pane must end, plainly
            error = as_slm_error(exc)
            if not isinstance(exc, SlmError):
                log.exception("comparison failed")
        for p in self._panes:
            if p.result is None:
                if error is not None:
                    self._end(p, PaneResult(p.index, p.model, "error", error=error,
                                            started=False))
                else:
                    self._end(p, self._stopped(p, started=False))
        results = tuple(p.result for p in self._panes if p.result is not None)
        self._finished = RunFinished(results, self.run_id, error)
        self._emit(self._finished)
        self._done.set()

    def _plan(self) -> list[tuple[int, ...]]:
        """Decide each model's load settings and memory, then the waves."""
        plan = plan_waves(
            [p.model.path for p in self._panes],
            [self.request.load_for(p.index) for p in self._panes], pool=self.pool,
            hardware=self._hardware, policy=self._policy,
            available_bytes=self._available() if self._available is not None else None,
        )
        for p, load, need in zip(self._panes, plan.loads, plan.needs, strict=True):
            p.load, p.need = load, need
        log.info("comparison plan: %s %s", plan.mode, plan.waves)
        self._emit(RunPlanned(plan.waves, plan.mode, plan.needs))
        return list(plan.waves)

    def _run_wave(self, wave: tuple[int, ...]) -> None:
        panes = [self._panes[i] for i in wave]
        with self._lock:
            live = [p for p in panes if p.state in ("planned", "waiting")]
            for p in live:
                p.state = "starting"
        if not live:
            return
        clients: dict[int, ModelClient] = {}
        for p in live:
            try:
                clients[p.index] = self.pool.acquire(
                    p.model.path, p.load, p.model.name, prefer=self.last_clients.get(p.index)
                )
            except Exception:  # noqa: BLE001 - the pool is closed: the window is closing
                log.info("pane %d not started: the runner pool is closed", p.index)
                self._end(p, self._stopped(p, started=False))
        keep = {id(c) for c in clients.values()}
        workers = []
        for p in live:
            client = clients.get(p.index)
            if client is None:
                continue
            with self._lock:
                p.client = client
            self.last_clients[p.index] = client
            # Server models use none of this computer's cores: only local ones share them.
            local = sum(1 for c in clients.values() if not is_server_ref(c.path))
            threads = thread_share(p.load.threads or 1, max(1, local))
            worker = threading.Thread(
                target=self._answer, args=(p, client, keep, threads),
                name=f"slm-answer-{p.index}", daemon=True,
            )
            workers.append(worker)
            worker.start()
        for worker in workers:
            worker.join()

    def _answer(self, p: _Pane, client: ModelClient, keep: set[int], threads: int) -> None:
        """One pane's answer, on its own thread: make room, load, generate, end."""
        meter = self._meter
        if meter is not None:
            meter.pane_started(p.key)
        self._emit(PaneStarted(p.index))
        metrics: GenerationMetrics | None = None
        result: PaneResult | None = None
        try:
            self.pool.make_room(p.need, keep=keep)
            with self._lock:
                if p.stop_requested:
                    raise CancelledError(_("Stopped before it started."))
                p.state = "loading"
            if client.loaded is None or not client.alive:
                self._emit(PaneLoading(p.index))
            loaded, fresh = self.pool.ensure_loaded(client)
            self._note_loaded(p, loaded, threads, fresh)
            with self._lock:
                if p.stop_requested:
                    raise CancelledError(_("Stopped."))
                p.state = "running"
            request = self.request.generate_request(p.index, threads)
            resent_stop = False
            for event in client.generate(request):
                if p.stop_requested and not resent_stop:
                    client.stop()  # a stop that came just as the answer began
                    resent_stop = True
                if isinstance(event, TokenEvent):
                    with self._lock:
                        p.chunks.append(event.text)
                        first = p.tokens == 0
                        p.tokens += event.count
                    if first:  # in the log file: when each pane began writing
                        log.info("pane %d is writing", p.index)
                    if meter is not None:
                        meter.record_tokens(p.key, event.count)
                    self._emit(TokenBatch(p.index, event.text, event.count, first))
                elif isinstance(event, ProgressEvent) and event.stage == "loading":
                    self._emit(PaneLoading(p.index))
                elif isinstance(event, LoadedEvent):  # the runner was started again
                    self._note_loaded(p, event, threads, True)
                elif isinstance(event, FinishedEvent):
                    metrics = event.metrics
            if metrics is None:
                raise SlmError(_("The model stopped without finishing its answer."))
            result = self._finished_result(p, metrics)
        except CancelledError:
            result = self._stopped(p, started=True)
        except BaseException as exc:  # noqa: BLE001 - shown in the pane, never a traceback
            error = as_slm_error(exc)
            if isinstance(exc, SlmError):
                log.info("pane %d failed: %s (%s)", p.index, error, error.detail)
            else:
                log.exception("pane %d failed", p.index)
            result = self._stopped(p, started=True) if p.stop_requested else self._failed(p, error)
        finally:
            if meter is not None:
                meter.pane_finished(p.key)
            surplus = self.pool.release(client)
            if surplus:
                self.pool.close_clients(surplus)
            self._end(p, result or self._stopped(p, started=True))

    def _note_loaded(self, p: _Pane, loaded: LoadedEvent, threads: int, fresh: bool) -> None:
        on_server = loaded.backend == "server"  # its context and cores are the server's
        with self._lock:
            p.context_length = None if on_server else loaded.context_length
            p.threads = None if on_server else threads
        if fresh:
            self._emit(
                PaneLoaded(
                    p.index, loaded.load_s, loaded.context_length, threads,
                    chat_format=loaded.chat_template or on_server,
                )
            )

    # --- results ------------------------------------------------------------------------

    def _text(self, p: _Pane) -> str:
        with self._lock:
            return "".join(p.chunks)

    def _finished_result(self, p: _Pane, metrics: GenerationMetrics) -> PaneResult:
        text = metrics.text or self._text(p)
        metrics = dataclasses.replace(
            metrics, text=text, peak_rss_bytes=max(metrics.peak_rss_bytes, p.rss_seen)
        )
        stopped = metrics.stop_reason == "cancelled" or p.stop_requested
        if stopped and metrics.stop_reason != "cancelled":
            metrics = dataclasses.replace(metrics, stop_reason="cancelled")
        return PaneResult(
            p.index, p.model, "stopped" if stopped else "done", text=text, metrics=metrics,
            context_length=p.context_length, threads=p.threads,
        )

    def _stopped(self, p: _Pane, *, started: bool) -> PaneResult:
        why = "Stopped." if started else "Stopped before it started."
        return PaneResult(
            p.index, p.model, "stopped", text=self._text(p), error=CancelledError(why),
            context_length=p.context_length if started else None,
            threads=p.threads if started else None, started=started,
        )

    def _failed(self, p: _Pane, error: SlmError) -> PaneResult:
        return PaneResult(
            p.index, p.model, "error", text=self._text(p), error=error,
            context_length=p.context_length, threads=p.threads,
        )

    def _end(self, p: _Pane, result: PaneResult) -> None:
        """Keep a pane's result (once), save it, and tell the views."""
        with self._lock:
            if p.state == "ended":
                return
            p.state = "ended"
            p.result = result
            p.client = None
        self._save_result(result)
        if result.status == "done":
            self._emit(PaneFinished(p.index, result))
        elif result.status == "stopped":
            self._emit(PaneStopped(p.index, result))
        else:
            assert result.error is not None
            self._emit(PaneFailed(p.index, result.error, result))

    # --- history ------------------------------------------------------------------------

    def _history_failed(self, error: SlmError) -> None:
        log.warning("history: %s (%s)", error.message, error.detail)
        if not self._history_reported:
            self._history_reported = True
            self._emit(HistoryFailed(error))

    def _save_start(self) -> None:
        if self.history is None:
            return
        r = self.request
        try:
            self.run_id = self.history.start_run(
                r.prompt,
                system_prompt=r.instructions,
                sampling=r.sampling,
                load_settings=r.load,
                models=r.models,
                blind=r.blind is not None,
                blind_seed=r.blind.seed if r.blind is not None else None,
                blind_order=r.blind.order if r.blind is not None else None,
                task_tag=r.task_tag,
            )
        except SlmError as error:
            self._history_failed(error)
        except (TypeError, ValueError) as error:
            self._history_failed(SlmError(_("This comparison could not be saved."),
                                          detail=repr(error)))

    def _save_result(self, result: PaneResult) -> None:
        if self.history is None or self.run_id is None:
            return
        outcome: GenerationMetrics | BaseException
        if result.metrics is not None:
            outcome = result.metrics
        else:
            outcome = result.error or SlmError(_("The model stopped without finishing its answer."))
        try:
            self.history.add_result(
                self.run_id, result.pane, result.model, outcome, text=result.text,
                context_length=result.context_length, threads=result.threads,
            )
        except SlmError as error:
            self._history_failed(error)

    def _emit(self, event: SessionEvent) -> None:
        self._events.put(event)
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:  # noqa: BLE001 - a view's bug must not stop the run
                log.exception("a comparison view failed on %s", type(event).__name__)
