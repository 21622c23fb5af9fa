"""Running a task test: every task of a pack through one to four models, kept as it goes.

    runner = TaskTestRunner.start(pack, [ModelRef(path, "Qwen2.5 1.5B")], on_event=print)
    store = runner.run()          # blocking; pause(), resume(), cancel() from any thread
    print(store.recommendation())

How a run goes:

* **Models load once per run** and the tasks stream through them: a model is loaded, answers
  every task it has not answered yet, then is unloaded before the next model's turn.
* **Memory-aware**: models take turns by default, so each model has the whole computer and
  the speeds in the results compare fairly. With ``together=True`` models that fit in memory
  together (:func:`desktop.core.fit.schedule.plan_runs`) answer at the same time, sharing the
  processor cores; the ones that do not fit wait for the next wave.
* **Repeatable**: greedy decoding (temperature 0) and a fixed seed, so a rerun gives the same
  answers.
* **Kept as it goes**: each finished answer is written to the run's file
  (:class:`desktop.core.tasktests.store.RunStore`) before the next one starts. After the
  app or the process is closed or killed, :meth:`TaskTestRunner.resume` carries on with the
  answers still missing.
* **Pause / cancel**: pausing lets the current answer finish and waits; cancelling stops the
  current answer at once (it is not kept). Both are safe from any thread.

Events (frozen dataclasses) go to ``on_event`` from the worker threads; views hand them to
their own thread themselves.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop.core.cancel import CancelToken
from desktop.core.config.policy import Policy
from desktop.core.errors import CancelledError, SlmError
from desktop.core.fit.load_plan import decide_load, read_shape, thread_share
from desktop.core.generation import GenerateRequest, LoadSettings, SamplingParams
from desktop.core.i18n import _
from desktop.core.tasktests.checks import run_checks
from desktop.core.tasktests.pack import Pack, Task
from desktop.core.tasktests.results import TaskOutcome
from desktop.core.tasktests.store import RunModel, RunStore
from desktop.engine.client import ModelClient
from desktop.engine.server_client import open_model_client
from desktop.engine.types import FinishedEvent, GenerationMetrics, LoadedEvent, TokenEvent
from desktop.session.tasktest_events import (
    AnswerDone,
    AnswerStarted,
    AnswerText,
    Event,
    ModelFailed,
    ModelLoaded,
    ModelLoading,
    Progress,
    RunEnded,
    RunPlanned,
)

if TYPE_CHECKING:
    from desktop.session.pool import ModelPool

log = logging.getLogger("desktop.session.tasktest")

#: At most this many models in one task test.
MAX_MODELS = 4
#: The fixed seed of a run unless the caller picks one.
DEFAULT_SEED = 0


@dataclass(frozen=True)
class ModelRef:
    """A model of a task test: its file and the name people see."""

    path: Path
    name: str

    @classmethod
    def of(cls, model: object) -> ModelRef:
        """From a path, or anything with ``path`` and ``display_name`` / ``name``."""
        if isinstance(model, ModelRef):
            return model
        if isinstance(model, str | os.PathLike):
            return cls(Path(model), Path(model).name)
        path = Path(getattr(model, "path"))  # noqa: B009 - a clear AttributeError is fine
        name = getattr(model, "display_name", None) or getattr(model, "name", None)
        return cls(path, str(name) if name else path.name)


def greedy_sampling(max_tokens: int, seed: int = DEFAULT_SEED) -> SamplingParams:
    """Sampling for task tests: always the most likely word, so reruns repeat the answers."""
    return SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, max_tokens=max_tokens,
                          seed=seed)


def task_request(pack: Pack, task: Task, *, seed: int = DEFAULT_SEED,
                 threads: int | None = None) -> GenerateRequest:
    """The chat request for one task (the pack's instructions as the system prompt)."""
    return GenerateRequest.chat(
        pack.user_prompt(task),
        system=pack.system_prompt(task) or None,
        sampling=greedy_sampling(pack.answer_tokens(task), seed),
        threads=threads,
    )


def outcome_of(task: Task, model: str, metrics: GenerationMetrics) -> TaskOutcome:
    """Check one finished answer."""
    return TaskOutcome(
        task_id=task.id,
        model=model,
        answer=metrics.text,
        checks=run_checks(task, metrics.text),
        ttft_s=metrics.ttft_s,
        tokens_per_s=metrics.tokens_per_s,
        total_s=metrics.total_s,
        peak_rss_bytes=metrics.peak_rss_bytes,
        output_tokens=metrics.output_tokens,
    )


def _memory_need(path: Path, settings: LoadSettings) -> int:
    """The fit estimate of a model's memory at its decided context (file size when the
    header cannot be read)."""
    from desktop.core.fit.estimate import estimate_memory

    shape = read_shape(path)
    if shape is not None:
        return estimate_memory(shape, settings.context_length).need_bytes
    try:
        return int(path.stat().st_size * 1.1)
    except OSError:
        return 0


# --- the runner ---------------------------------------------------------------------------


class TaskTestRunner:
    """Runs (or resumes) one task test. See the module docstring.

    Args:
        store: the run's file (new or resumed).
        on_event: called with every event, from worker threads.
        load_settings: what the person asked for (context, threads; ``None`` = pick); each
            model's concrete settings come from the one rule,
            :func:`desktop.core.fit.load_plan.decide_load` (the seed is the run's).
        together: let models that fit in memory together answer at the same time.
        pool: borrow warm runners from the window's pool (a model already loaded for a
            comparison is not loaded again) instead of starting its own.
        policy: the organisation's policy, laid over ``load_settings``.
    """

    def __init__(
        self,
        store: RunStore,
        *,
        on_event: Callable[[Event], None] | None = None,
        load_settings: LoadSettings | None = None,
        together: bool | None = None,
        pool: ModelPool | None = None,
        policy: Policy | None = None,
    ) -> None:
        self.store = store
        self.pool = pool
        self.policy = policy
        self.pack = store.pack
        self.models = store.models
        settings = dict(store.settings)
        self.seed = int(settings.get("seed", DEFAULT_SEED))
        self.together = bool(settings.get("together", False) if together is None else together)
        base = load_settings or LoadSettings(
            context_length=settings.get("context_length"), threads=settings.get("threads"))
        self.load_settings = LoadSettings(
            context_length=base.context_length, threads=base.threads,
            batch_size=base.batch_size, seed=self.seed, use_mmap=base.use_mmap,
            gpu_layers=base.gpu_layers)
        self._on_event = on_event
        self._cancel = CancelToken()
        self._running = threading.Event()
        self._running.set()
        self._lock = threading.Lock()
        self._clients: list[ModelClient] = []
        self._answer_seconds: list[float] = []
        self._parallel = 1
        self._decided: dict[int, LoadSettings] = {}
        #: model loads this run did (one per model per run is the goal).
        self.loads = 0

    # --- construction -------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        pack: Pack,
        models: Sequence[object],
        *,
        on_event: Callable[[Event], None] | None = None,
        load_settings: LoadSettings | None = None,
        seed: int = DEFAULT_SEED,
        together: bool = False,
        folder: Path | None = None,
        pool: ModelPool | None = None,
        policy: Policy | None = None,
    ) -> TaskTestRunner:
        """A new run of ``pack`` on ``models`` (1 to 4: paths or :class:`ModelRef`).

        Raises:
            SlmError: no models or too many; the run file cannot be written.
        """
        refs = [ModelRef.of(m) for m in models]
        if not 1 <= len(refs) <= MAX_MODELS:
            raise SlmError(
                _("A task test runs on 1 to {MAX_MODELS} models.").format(MAX_MODELS=MAX_MODELS),
                hint=_("Pick between 1 and {MAX_MODELS} models.").format(MAX_MODELS=MAX_MODELS),
            )
        settings = load_settings or LoadSettings()
        store = RunStore.create(
            pack, [RunModel(r.name, str(r.path)) for r in refs], folder=folder,
            settings={"seed": seed, "together": together,
                      "context_length": settings.context_length, "threads": settings.threads},
        )
        return cls(store, on_event=on_event, load_settings=settings, pool=pool, policy=policy)

    @classmethod
    def resume(
        cls,
        run: str | os.PathLike[str],
        *,
        on_event: Callable[[Event], None] | None = None,
        load_settings: LoadSettings | None = None,
        pool: ModelPool | None = None,
        policy: Policy | None = None,
    ) -> TaskTestRunner:
        """Carry on with a saved run (its id or file): only the missing answers are asked.

        Raises:
            RunStoreError: no such run.
        """
        return cls(RunStore.open(run), on_event=on_event, load_settings=load_settings,
                   pool=pool, policy=policy)

    # --- control (any thread) -----------------------------------------------------------

    def pause(self) -> None:
        """Stop after the current answer and wait until :meth:`resume_run`."""
        self._running.clear()

    def resume_run(self) -> None:
        """Carry on after :meth:`pause`."""
        self._running.set()

    @property
    def paused(self) -> bool:
        """True while paused."""
        return not self._running.is_set()

    def cancel(self) -> None:
        """Stop now; the answer in progress is dropped, finished ones are kept."""
        self._cancel.cancel()
        self._running.set()
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            abort = getattr(client, "abort", None)
            if callable(abort) and client.loaded is None:
                abort()  # a load in progress ends at once
            else:
                client.stop()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.cancelled

    # --- running ------------------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:  # a view's bug must not stop the run
                log.exception("task test event handler failed")

    def _pending(self, index: int) -> list[Task]:
        return [t for t in self.pack.tasks if not self.store.done(index, t.id)]

    def decided(self, index: int) -> LoadSettings:
        """How model ``index`` is loaded: context and threads by the one rule
        (:func:`~desktop.core.fit.load_plan.decide_load`), decided once per run."""
        if index not in self._decided:
            path = Path(self.models[index].path)
            hardware = None
            if not self.load_settings.context_length:
                from desktop.core.machine.hardware import probe_hardware

                try:
                    hardware = probe_hardware(measure_bandwidth=False)
                except (OSError, ValueError, SlmError):
                    log.debug("hardware probe failed", exc_info=True)
            self._decided[index] = decide_load(read_shape(path), hardware, self.load_settings,
                                               self.policy)
        return self._decided[index]

    def plan(self) -> tuple[tuple[int, ...], ...]:
        """Waves of model indexes: one model per wave unless ``together``; then models
        that fit in memory together share a wave (:func:`plan_runs`), the rest wait."""
        todo = [i for i in range(len(self.models)) if self._pending(i)]
        if not self.together or len(todo) < 2:
            return tuple((i,) for i in todo)
        import psutil

        from desktop.core.fit.schedule import plan_runs

        needs = [(str(i), _memory_need(Path(self.models[i].path), self.decided(i)))
                 for i in todo]
        available = int(psutil.virtual_memory().available)
        if self.pool is not None:
            available += self.pool.idle_bytes()
        planned = plan_runs(needs, available)
        return tuple(tuple(int(x) for x in wave) for wave in planned.waves)

    def progress(self, model_index: int, task: Task, *, paused: bool = False) -> Progress:
        """The progress line for ``model_index`` starting ``task``."""
        answered, total = self.store.answered, self.store.total
        eta = None
        if self._answer_seconds:
            each = sum(self._answer_seconds) / len(self._answer_seconds)
            eta = (total - answered) * each / max(1, self._parallel)
        return Progress(
            answered=answered, total=total,
            task_number=self.pack.tasks.index(task) + 1, task_total=len(self.pack.tasks),
            model_number=model_index + 1, model_total=len(self.models), eta_s=eta,
            paused=paused,
        )

    def run(self) -> RunStore:
        """Ask every missing answer (blocking) and return the run's store.

        Model failures do not raise: they are reported as :class:`ModelFailed` and the run
        ends ``incomplete``. Cancelling ends it ``cancelled``.
        """
        waves = self.plan()
        self._emit(RunPlanned(self.store.run_id, waves, self.store.answered, self.store.total))
        failures: list[str] = []
        for wave in waves:
            if self._cancel.cancelled:
                break
            self._parallel = len(wave)
            share = None
            if len(wave) > 1:
                share = thread_share(self.decided(wave[0]).threads or 1, len(wave))
            if len(wave) == 1:
                failures += self._run_model(wave[0], share)
            else:
                with ThreadPoolExecutor(max_workers=len(wave),
                                        thread_name_prefix="slm-tasktest") as pool:
                    for found in pool.map(self._run_model, wave, [share] * len(wave)):
                        failures += found
        if self._cancel.cancelled:
            status: Literal["finished", "cancelled", "incomplete"] = "cancelled"
            message = _("Stopped. The finished answers are kept; resume to carry on.")
        elif failures or self.store.answered < self.store.total:
            status = "incomplete"
            message = " ".join(failures) or _("Some answers are missing; resume to carry on.")
        else:
            status, message = "finished", ""
            self.store.mark_finished()
        self._emit(RunEnded(self.store.run_id, status, message))
        return self.store

    def _wait_if_paused(self, index: int, task: Task) -> None:
        if self._running.is_set():
            return
        self._emit(self.progress(index, task, paused=True))
        while not self._running.wait(0.1):
            pass

    def _run_model(self, index: int, threads: int | None) -> list[str]:
        """One model's turn: load once, answer every missing task, unload."""
        ref = self.models[index]
        todo = self._pending(index)
        if not todo or self._cancel.cancelled:
            return []
        path = Path(ref.path)
        try:
            settings = self.decided(index)
            if self.pool is not None:
                client = self.pool.acquire(path, settings, ref.name)
            else:
                client = open_model_client(path, settings, name=ref.name)  # or a server
        except Exception as exc:  # noqa: BLE001 - the pool is closed: the window closes
            log.debug("no runner for %s: %r", ref.name, exc)
            return []
        with self._lock:
            self._clients.append(client)
        try:
            warm = client.loaded is not None and client.alive
            if not warm:
                self._emit(ModelLoading(index, ref.name))
            try:
                loaded, fresh = self._load(client, path, settings)
            except CancelledError:
                return []
            except SlmError as error:
                if self._cancel.cancelled:
                    return []
                self._emit(ModelFailed(index, ref.name, error.message, error.hint))
                return [f"{ref.name}: {error.message}"]
            self.loads += int(fresh)
            self._emit(ModelLoaded(index, ref.name, loaded.load_s if fresh else 0.0))
            for task in todo:
                self._wait_if_paused(index, task)
                if self._cancel.cancelled:
                    break
                self._emit(self.progress(index, task))
                self._emit(AnswerStarted(index, task.id))
                outcome = self._answer(client, index, task, threads)
                if outcome is None:  # cancelled mid-answer: not kept
                    break
                self.store.add_outcome(index, outcome)
                if outcome.total_s is not None:
                    self._answer_seconds.append(outcome.total_s)
                self._emit(AnswerDone(index, outcome))
            return []
        finally:
            with self._lock:
                self._clients.remove(client)
            if self.pool is not None:
                self.pool.close_clients(self.pool.release(client))  # stays warm if it may
            else:
                client.close()

    def _load(self, client: ModelClient, path: Path, settings: LoadSettings
              ) -> tuple[LoadedEvent, bool]:
        """Load ``client`` unless warm; returns the load event and whether it loaded now."""
        if self.pool is None:
            warm = client.loaded is not None and client.alive
            return client.load(), not warm
        if client.loaded is None or not client.alive:
            self.pool.make_room(_memory_need(path, settings), keep={id(client)})
        return self.pool.ensure_loaded(client)

    def _answer(self, client: ModelClient, index: int, task: Task,
                threads: int | None) -> TaskOutcome | None:
        name = self.models[index].name
        request = task_request(self.pack, task, seed=self.seed, threads=threads)
        metrics: GenerationMetrics | None = None
        started = time.perf_counter()
        try:
            for event in client.generate(request):
                if isinstance(event, TokenEvent):
                    self._emit(AnswerText(index, task.id, event.text))
                elif isinstance(event, LoadedEvent):
                    self.loads += 1  # the runner had died and was started again
                elif isinstance(event, FinishedEvent):
                    metrics = event.metrics
        except SlmError as error:
            if self._cancel.cancelled:
                return None
            log.warning("task %s on %s failed: %s", task.id, name, error.detail or error)
            return TaskOutcome(task_id=task.id, model=name, error=error.message,
                               total_s=time.perf_counter() - started)
        if metrics is None or metrics.stop_reason == "cancelled" or self._cancel.cancelled:
            return None
        return outcome_of(task, name, metrics)


def run_summary(store: RunStore) -> dict[str, Any]:
    """The documented JSON of a run (``slm-playground test --json``)."""
    return store.to_json()
