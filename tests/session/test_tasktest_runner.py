"""The task-test runner on the real starter model: a small pack end to end, pause, cancel,
resume (also after the process is killed mid-run), and the CLI's JSON shape."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.core.generation import LoadSettings
from desktop.core.tasktests.pack import Pack, pack_from_dict, save_pack
from desktop.core.tasktests.store import RunStore, runs_dir
from desktop.session.tasktest import ModelRef, TaskTestRunner
from desktop.session.tasktest_events import (
    AnswerDone,
    AnswerStarted,
    Event,
    ModelLoaded,
    Progress,
    RunEnded,
    RunPlanned,
    time_left,
)

pytestmark = pytest.mark.slow

SETTINGS = LoadSettings(context_length=512, threads=2)


def small_pack(n: int = 2, max_tokens: int = 8) -> Pack:
    tasks: list[dict[str, Any]] = [
        {"id": "capital", "prompt": "What is the capital of France? Answer with one word.",
         "checks": [{"kind": "contains", "phrases": ["Paris"]},
                    {"kind": "max_words", "limit": 10}]},
        {"id": "json", "prompt": "Reply with the JSON {\"ok\": true} and nothing else.",
         "checks": [{"kind": "json", "keys": ["ok"]}]},
        {"id": "hello", "prompt": "Say hello to Ana.", "checks": []},
        {"id": "count", "prompt": "Count from one to five.",
         "checks": [{"kind": "matches", "pattern": "five|5"}]},
    ][:n]
    return pack_from_dict({"name": "Small", "instructions": "Answer briefly.",
                           "max_tokens": max_tokens, "tasks": tasks})


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        with self.lock:
            self.events.append(event)

    def of(self, kind: type) -> list[Any]:
        with self.lock:
            return [e for e in self.events if isinstance(e, kind)]


def test_small_pack_runs_on_the_starter_model(starter_path: Path) -> None:
    seen = Recorder()
    runner = TaskTestRunner.start(small_pack(3), [ModelRef(starter_path, "Starter")],
                                  on_event=seen, load_settings=SETTINGS, seed=7)
    store = runner.run()
    assert store.finished and store.answered == 3
    assert runner.loads == 1  # one load for the whole run
    assert isinstance(seen.events[0], RunPlanned) and isinstance(seen.events[-1], RunEnded)
    assert seen.of(RunEnded)[0].status == "finished"
    assert len(seen.of(ModelLoaded)) == 1
    progress = seen.of(Progress)
    assert progress[0].text.startswith("Task 1 of 3, model 1 of 1, ")
    assert progress[-1].answered == 2 and "left" in progress[-1].text
    done = [e.outcome for e in seen.of(AnswerDone)]
    assert [o.task_id for o in done] == ["capital", "json", "hello"]
    for o in done:
        assert o.error is None and o.output_tokens > 0 and o.peak_rss_bytes > 0
        assert o.ttft_s is not None and o.total_s is not None
    assert done[2].passed is None  # no checks: a person judges it
    assert [len(o.checks) for o in done] == [2, 1, 0]
    data = store.to_json()
    assert data["results"][0]["model"] == "Starter"
    assert data["results"][0]["unjudged"] == 1
    assert data["recommendation"]
    # greedy with a fixed seed: the saved answers read back identically
    again = RunStore.open(store.path)
    assert [o.answer for o in again.outcomes(0)] == [o.answer for o in done]
    assert again.settings["seed"] == 7


def test_pause_cancel_and_resume(starter_path: Path) -> None:
    seen = Recorder()
    runner = TaskTestRunner.start(small_pack(3), [starter_path], on_event=seen,
                                  load_settings=SETTINGS)
    worker = threading.Thread(target=runner.run)
    worker.start()
    try:
        deadline = time.monotonic() + 120
        while not seen.of(AnswerStarted) and time.monotonic() < deadline:
            time.sleep(0.02)
        runner.pause()  # the first answer finishes, then the run waits
        while not seen.of(AnswerDone) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)
        assert runner.paused
        assert len(seen.of(AnswerStarted)) == 1
        assert seen.of(Progress)[-1].paused
        assert seen.of(Progress)[-1].text.startswith("Paused at task 2 of 3")
        runner.resume_run()
        while len(seen.of(AnswerStarted)) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        runner.cancel()  # the answer in progress is dropped
    finally:
        worker.join(60)
    assert not worker.is_alive()
    assert seen.of(RunEnded)[0].status == "cancelled"
    store = RunStore.open(runner.store.run_id)
    assert not store.finished
    kept = store.answered
    assert 1 <= kept <= 2
    resumed = Recorder()
    again = TaskTestRunner.resume(runner.store.run_id, on_event=resumed)
    final = again.run()
    assert final.finished and final.answered == 3
    assert len(resumed.of(AnswerDone)) == 3 - kept  # only the missing answers were asked
    assert again.loads == 1


def cli(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=timeout, env=os.environ.copy())


def test_cli_json_shape(tmp_path: Path) -> None:
    pack = save_pack(small_pack(2), tmp_path / "small.json")
    out = tmp_path / "results.json"
    r = cli("test", str(pack), "--model", "starter", "--ctx", "512", "--json", "--out",
            str(out))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)  # stdout holds exactly one object
    assert {"pack", "results", "recommendation"} <= set(data)
    assert data["pack"] == "Small"
    (result,) = data["results"]
    assert {"model", "passed", "failed", "unjudged", "tasks"} <= set(result)
    assert result["passed"] + result["failed"] + result["unjudged"] == 2
    for task in result["tasks"]:
        assert {"id", "passed", "checks", "answer", "ttft_s", "tokens_per_s",
                "peak_rss_bytes"} <= set(task)
        assert task["passed"] in (True, False, None)
        for c in task["checks"]:
            assert set(c) == {"kind", "passed", "detail"}
    assert [t["id"] for t in result["tasks"]] == ["capital", "json"]
    assert json.loads(out.read_text(encoding="utf-8"))["pack"] == "Small"


def test_cli_errors_are_plain(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "Bad", "tasks": [{"id": "t", "checks": []}]}),
                   encoding="utf-8")
    r = cli("test", str(bad), "--model", "starter", "--json")
    assert r.returncode == 1
    assert r.stdout == ""
    assert 'task 1 ("t"): the field "prompt" is missing' in r.stderr
    assert "Traceback" not in r.stderr
    r = cli("test", "--list-packs", "--json")
    assert r.returncode == 0
    assert any(p["key"] == "office-starter" and p["tasks"] >= 15
               for p in json.loads(r.stdout)["packs"])


def test_resume_after_the_process_is_killed(tmp_path: Path) -> None:
    pack = save_pack(small_pack(4, max_tokens=12), tmp_path / "four.json")
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "test", str(pack), "--model", "starter", "--ctx",
         "512", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        run_file: Path | None = None
        while time.monotonic() < deadline and proc.poll() is None:
            files = list(runs_dir().glob("*.jsonl"))
            if files:
                run_file = files[0]
                lines = run_file.read_text(encoding="utf-8").splitlines()
                if sum('"type": "answer"' in line for line in lines) >= 1:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the app and its model runner, mid-run
    finally:
        proc.wait(30)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert run_file is not None
    killed = RunStore.open(run_file)
    assert not killed.finished
    kept = {o.task_id: o.answer for o in killed.outcomes(0)}
    assert 1 <= len(kept) < 4
    r = cli("test", "--resume", killed.run_id, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [t["id"] for t in data["results"][0]["tasks"]] == ["capital", "json", "hello",
                                                              "count"]
    assert data["finished"] is True
    records = [json.loads(line) for line in run_file.read_text(encoding="utf-8").splitlines()]
    answers = [rec["id"] for rec in records if rec.get("type") == "answer"]
    assert sorted(answers) == ["capital", "count", "hello", "json"]  # none asked twice
    for task in data["results"][0]["tasks"]:
        if task["id"] in kept:
            assert task["answer"] == kept[task["id"]]


def test_time_left_words() -> None:
    assert time_left(None) == "working out the time left"
    assert time_left(20) == "less than a minute left"
    assert time_left(240) == "about 4 minutes left"
    assert time_left(60) == "about 1 minute left"
    assert time_left(3 * 3600) == "about 3.0 hours left"


def test_warm_runner_from_the_pool_is_reused(starter_path: Path) -> None:
    from desktop.session.pool import ModelPool

    pool = ModelPool()
    try:
        first = TaskTestRunner.start(small_pack(1), [starter_path], load_settings=SETTINGS,
                                     pool=pool)
        assert first.run().finished and first.loads == 1
        second = TaskTestRunner.start(small_pack(1), [starter_path], load_settings=SETTINGS,
                                      pool=pool)
        assert second.run().finished
        assert second.loads == 0  # the model stayed warm in the window's pool
        assert second.decided(0).threads == 2 and second.decided(0).context_length == 512
    finally:
        pool.close_all()


def test_models_together_in_memory_aware_waves(starter_path: Path) -> None:
    seen = Recorder()
    runner = TaskTestRunner.start(
        small_pack(1), [ModelRef(starter_path, "A"), ModelRef(starter_path, "B")],
        on_event=seen, load_settings=SETTINGS, together=True)
    waves = runner.plan()
    assert sorted(i for wave in waves for i in wave) == [0, 1]
    store = runner.run()
    assert store.finished and runner.loads == 2
    assert [s.model for s in store.summaries()] == ["A", "B"]
    assert seen.of(RunPlanned)[0].waves == waves
