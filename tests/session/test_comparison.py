"""ComparisonSession with real runners on the starter model, no Qt: waves, stop, crashes,
thread shares, the context each answer ran with, and the run saved in the history."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from desktop.core.fit.load_plan import decide_load_for_file, thread_share
from desktop.core.generation import LoadSettings, SamplingParams
from desktop.core.history.store import History
from desktop.session.comparison import ComparisonSession
from desktop.session.events import (
    PaneFailed,
    PaneFinished,
    PaneLoaded,
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

pytestmark = pytest.mark.slow

GREEDY = SamplingParams(temperature=0.0, max_tokens=6, seed=1)
LONG = SamplingParams(temperature=0.0, max_tokens=400, seed=1)
STORY = "Write a long story about a lighthouse keeper."
SETTINGS = LoadSettings(context_length=1024, threads=2)
TIMEOUT = 180


def _ask(starter: Path, prompt: str = "Name a fruit.", *, n: int = 2,
         sampling: SamplingParams = GREEDY) -> ComparisonRequest:
    return ComparisonRequest.ask(prompt, [starter] * n, sampling=sampling, load=SETTINGS,
                                 instructions="Answer briefly.")


def _wait_tokens(session: ComparisonSession, pane: int, seen: dict[int, int]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while seen.get(pane, 0) < 3:
        assert time.monotonic() < deadline, "no tokens in time"
        assert not session.done
        time.sleep(0.02)


def test_side_by_side_shares_threads_records_context_and_saves(
    pool: ModelPool, starter_path: Path, tmp_path: Path
) -> None:
    with History(tmp_path / "h.db") as history:
        session = ComparisonSession(_ask(starter_path), pool=pool, history=history)
        session.start()
        events = list(session.events(timeout=TIMEOUT))
        assert isinstance(events[0], RunPlanned) and events[0].waves == ((0, 1),)
        assert isinstance(events[-1], RunFinished)
        for pane in (0, 1):
            mine = [e for e in events if getattr(e, "pane", None) == pane]
            assert isinstance(mine[0], PaneStarted) and isinstance(mine[-1], PaneFinished)
            batches = [e for e in mine if isinstance(e, TokenBatch)]
            assert batches and batches[0].first and not any(b.first for b in batches[1:])
        results = events[-1].results
        decided = decide_load_for_file(starter_path, SETTINGS)
        for r in results:
            assert r.status == "done" and r.text and r.metrics is not None
            assert r.metrics.text == r.text and 1 <= r.metrics.output_tokens <= 6
            assert r.threads == thread_share(2, 2) == 1  # two models share two threads
            assert r.context_length == decided.context_length == 1024
        run = history.get_run(session.run_id or 0)
        assert run.prompt == "Name a fruit." and run.system_prompt == "Answer briefly."
        assert [r.status for r in run.results] == ["done", "done"]
        assert [(r.context_length, r.threads) for r in run.results] == [(1024, 1)] * 2
        assert [r.text for r in run.results] == [r.text for r in results]


def test_waves_take_turns_and_each_uses_every_thread(
    pool: ModelPool, starter_path: Path, tmp_path: Path
) -> None:
    seen: list[SessionEvent] = []
    with History(tmp_path / "h.db") as history:
        session = ComparisonSession(
            _ask(starter_path), pool=pool, history=history, on_event=seen.append,
            available_bytes=lambda: 1,  # too little memory for two: one after the other
        )
        finished = session.run()
    plan = next(e for e in seen if isinstance(e, RunPlanned))
    assert plan.mode == "sequential" and plan.waves == ((0,), (1,))
    waiting = [e for e in seen if isinstance(e, PaneWaiting)]
    assert waiting == [PaneWaiting(1, (0,))]
    # the second pane starts only after the first one ended
    order = [(type(e).__name__, getattr(e, "pane", None)) for e in seen]
    assert order.index(("PaneFinished", 0)) < order.index(("PaneStarted", 1))
    assert [r.threads for r in finished.results] == [2, 2]
    assert all(r.status == "done" for r in finished.results)


def test_stop_one_pane_keeps_its_words_and_the_other_finishes(
    pool: ModelPool, starter_path: Path, tmp_path: Path
) -> None:
    seen: dict[int, int] = {}

    def count(event: SessionEvent) -> None:
        if isinstance(event, TokenBatch):
            seen[event.pane] = seen.get(event.pane, 0) + event.count

    request = ComparisonRequest.ask(
        STORY, [starter_path] * 2, load=SETTINGS,
        sampling=SamplingParams(temperature=0.0, max_tokens=60, seed=1),
    )
    with History(tmp_path / "h.db") as history:
        session = ComparisonSession(request, pool=pool, history=history, on_event=count)
        session.start()
        _wait_tokens(session, 0, seen)
        session.stop(0)
        assert session.wait(TIMEOUT)
        left, right = session.results
        assert left is not None and right is not None
        assert left.status == "stopped" and left.stop_reason == "cancelled" and left.text
        assert left.metrics is not None and left.metrics.output_tokens < 60
        assert right.status == "done"
        saved = history.get_run(session.run_id or 0).results
        assert saved[0].metrics is not None and saved[0].metrics.stop_reason == "cancelled"
        assert saved[0].text == left.text
        assert saved[1].status == "done"


def test_stop_all_while_the_second_wave_waits(
    pool: ModelPool, starter_path: Path, tmp_path: Path
) -> None:
    seen: dict[int, int] = {}
    events: list[SessionEvent] = []

    def note(event: SessionEvent) -> None:
        events.append(event)
        if isinstance(event, TokenBatch):
            seen[event.pane] = seen.get(event.pane, 0) + event.count

    with History(tmp_path / "h.db") as history:
        session = ComparisonSession(
            _ask(starter_path, STORY, sampling=LONG), pool=pool, history=history,
            on_event=note, available_bytes=lambda: 1,
        )
        session.start()
        _wait_tokens(session, 0, seen)
        stopped_at = time.monotonic()
        session.stop()
        assert session.wait(TIMEOUT)
        assert time.monotonic() - stopped_at < 5
        first, second = session.results
        assert first is not None and first.status == "stopped" and first.started
        assert second is not None and second.status == "stopped" and not second.started
        assert second.text == "" and second.threads is None
        assert not any(isinstance(e, PaneStarted) and e.pane == 1 for e in events)
        assert [type(e) for e in events if getattr(e, "pane", None) == 1][-1] is PaneStopped
        saved = history.get_run(session.run_id or 0).results
        assert saved[0].metrics is not None and saved[0].metrics.stop_reason == "cancelled"
        assert saved[1].status == "error" and saved[1].error is not None
        assert saved[1].error.type == "CancelledError"


def test_runner_killed_mid_wave_fails_one_pane_only(
    pool: ModelPool, starter_path: Path, tmp_path: Path
) -> None:
    seen: dict[int, int] = {}
    pids: dict[int, int] = {}

    def note(event: SessionEvent) -> None:
        if isinstance(event, TokenBatch):
            seen[event.pane] = seen.get(event.pane, 0) + event.count

    request = ComparisonRequest.ask(
        "Write a long story about a cat.", [starter_path] * 2, load=SETTINGS,
        sampling=SamplingParams(temperature=0.0, max_tokens=120, seed=1),
    )
    with History(tmp_path / "h.db") as history:
        session = ComparisonSession(request, pool=pool, history=history, on_event=note)
        session.start()
        _wait_tokens(session, 0, seen)
        pid = session.runner_pid(0)
        assert pid is not None
        pids[0] = pid
        os.kill(pid, signal.SIGKILL)
        assert session.wait(TIMEOUT)
        left, right = session.results
        assert left is not None and left.status == "error" and left.error is not None
        assert "stopped unexpectedly" in left.error.message
        assert right is not None and right.status == "done"
        saved = history.get_run(session.run_id or 0).results
        assert saved[0].status == "error" and saved[1].status == "done"
    assert pids[0] not in pool.pids()  # the dead runner is forgotten
    again = ComparisonSession(_ask(starter_path, n=1), pool=pool).run()
    assert again.results[0].status == "done"


def test_stop_while_loading_ends_the_load(starter_path: Path) -> None:
    fresh = ModelPool()
    try:
        loading = threading.Event()

        def note(event: SessionEvent) -> None:
            if type(event).__name__ == "PaneLoading":
                loading.set()

        session = ComparisonSession(_ask(starter_path, n=1), pool=fresh, on_event=note)
        session.start()
        assert loading.wait(TIMEOUT)
        session.stop()
        assert session.wait(10)
        result = session.results[0]
        assert result is not None and result.status == "stopped"
    finally:
        fresh.close_all()
    assert fresh.pids() == []


def test_bad_model_file_fails_plainly(pool: ModelPool, tmp_path: Path, starter_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("just some notes")
    events: list[SessionEvent] = []
    request = ComparisonRequest.ask("Hi", [bad, starter_path], sampling=GREEDY, load=SETTINGS)
    finished = ComparisonSession(request, pool=pool, on_event=events.append).run()
    failed = [e for e in events if isinstance(e, PaneFailed)]
    assert len(failed) == 1 and failed[0].pane == 0
    assert "notes.gguf" in failed[0].error.message
    assert "Traceback" not in failed[0].error.message
    assert finished.results[1].status == "done"
    assert not any(isinstance(e, PaneLoaded) and e.pane == 0 for e in events)
