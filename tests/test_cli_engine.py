"""The headless ``run`` and ``compare`` commands, through the real entry point."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.slow

KEYS = {"model", "backend", "text", "prompt_tokens", "output_tokens", "load_s", "ttft_s",
        "tokens_per_s", "total_s", "peak_rss_bytes", "stop_reason"}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=120)


def test_run_json_has_only_one_object() -> None:
    r = cli("run", "--model", "starter", "--chat", "Say hello.", "--max-tokens", "8",
            "--temperature", "0", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert KEYS <= set(data)
    assert data["backend"] == "llama.cpp"
    assert 0 < data["output_tokens"] <= 8
    assert data["peak_rss_bytes"] > 0


def test_run_streams_text() -> None:
    r = cli("run", "--model", "starter", "--prompt", "One, two, three,", "--max-tokens", "5",
            "--temperature", "0")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()
    assert "tokens" in r.stderr  # the plain summary line


def test_compare_json(gpt2_ggml_cli: Path) -> None:
    r = cli("compare", "--model", "starter", "--model", str(gpt2_ggml_cli), "--prompt", "Hi",
            "--max-tokens", "6", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["schedule"] in ("parallel", "sequential")
    assert [d["backend"] for d in data["results"]] == ["llama.cpp", "ctransformers"]
    for d in data["results"]:
        assert KEYS <= set(d)
    assert isinstance(data["history_id"], int)  # kept in the history, like the window does
    hist = cli("history", "--json")
    assert hist.returncode == 0, hist.stderr
    assert '"Hi"' in hist.stdout


def test_compare_text_columns() -> None:
    r = cli("compare", "--model", "starter", "--model", "starter", "--prompt", "Hi",
            "--max-tokens", "6")
    assert r.returncode == 0, r.stderr
    assert " | " in r.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["run", "--model", "/nowhere/model.gguf", "--chat", "hi"], "There is no model file"),
        (["run", "--model", "{bad}", "--chat", "hi"], "There is no installed model called"),
    ],
)
def test_plain_errors_without_traceback(args: list[str], words: str) -> None:
    r = cli(*args)
    assert r.returncode == 1
    assert words in r.stderr
    assert "Traceback" not in r.stderr


def test_bad_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("just some notes")
    r = cli("run", "--model", str(bad), "--chat", "hi", "--json")
    assert r.returncode == 1
    assert "notes.gguf" in r.stderr
    assert "Traceback" not in r.stderr
    assert r.stdout == ""


@pytest.fixture(scope="module")
def gpt2_ggml_cli(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.factories import make_gpt2_ggml

    return make_gpt2_ggml(tmp_path_factory.mktemp("cli") / "tiny-gpt2.bin")


def test_run_refuses_a_model_the_policy_does_not_allow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gpt2_ggml_cli: Path
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[models]\nallowed = ["qwen*"]\n', encoding="utf-8")
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(policy))
    r = cli("run", "--model", str(gpt2_ggml_cli), "--prompt", "hi", "--max-tokens", "2")
    assert r.returncode == 1
    assert "does not allow" in r.stderr and "Traceback" not in r.stderr
    ok = cli("run", "--model", "starter", "--prompt", "hi", "--max-tokens", "2")
    assert ok.returncode == 0, ok.stderr  # the starter is always allowed


def _streaming_runners(parent: psutil.Process, count: int) -> bool:
    """``count`` runner processes that have been busy for a while (loaded and writing).

    CPU time, not wall time: loading the starter costs a runner about 1-2 s of CPU, so 5 s
    means it has been writing for seconds, however busy the test machine is.
    """
    try:
        kids = [k for k in parent.children(recursive=True)
                if k.memory_info().rss > 50_000_000 and sum(k.cpu_times()[:2]) > 5.0]
    except psutil.Error:
        return False
    return len(kids) >= count


def _panes_writing(log_file: Path, count: int) -> bool:
    """Whether ``count`` panes have written their first words (the session logs each)."""
    try:
        text = log_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return all(f"pane {i} is writing" in text for i in range(count))


def _ctrl_c(proc: subprocess.Popen[str]) -> tuple[str, str, float]:
    """Press Ctrl+C (SIGINT to the whole process group); returns (stdout, stderr, seconds)."""
    sent = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    return out, err, time.monotonic() - sent


def _kill_if_running(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_ctrl_c_on_compare_stops_at_once_and_keeps_the_answers(isolated_home: Path) -> None:
    """Ctrl+C in a terminal (SIGINT to the whole process group, runners included), sent once
    both panes have written words (read from the app's log) and the runners keep writing."""
    from desktop.core.logs import LOG_FILE

    log_file = isolated_home / "logs" / LOG_FILE
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "compare", "--model", "starter", "--model", "starter",
         "--prompt", "Write a long story about a lighthouse keeper.", "--max-tokens", "2000",
         "--temperature", "0", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + 240
        while not (_panes_writing(log_file, 2) and _streaming_runners(parent, 2)):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the models did not start writing in time"
            time.sleep(0.1)
        out, err, took = _ctrl_c(proc)
    finally:
        _kill_if_running(proc)
    assert proc.returncode == 130, err
    assert took < 2, took  # goal 1 s; 0.25-0.5 s measured with 20 jobs on 2 cores
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert "Stopped" in err
    data = json.loads(out)
    assert data["stopped"] is True
    assert [r["status"] for r in data["results"]] == ["stopped", "stopped"]
    assert all(r["text"] for r in data["results"])  # both were writing
    assert all(r.get("output_tokens", 0) < 2000 for r in data["results"])
    from desktop.core.history.store import History

    with History() as history:
        run = history.get_run(data["history_id"])
    assert "pending" not in [r.status for r in run.results]
    for saved, shown in zip(run.results, data["results"], strict=True):
        assert saved.text == shown["text"]
        if saved.metrics is not None:  # stopped mid-answer: what it wrote, marked cancelled
            assert saved.metrics.stop_reason == "cancelled"
            assert saved.context_length and saved.threads  # what the answer ran with
        else:  # stopped before it wrote anything
            assert saved.error is not None and saved.error.type == "CancelledError"


def test_ctrl_c_on_run_stops_at_once() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "run", "--model", "starter", "--chat",
         "Write a long story about a lighthouse keeper.", "--max-tokens", "2000",
         "--temperature", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.read(1)  # the answer is streaming
        out, err, took = _ctrl_c(proc)
    finally:
        _kill_if_running(proc)
    assert proc.returncode == 130, err
    assert took < 5, took
    assert "Traceback" not in err and "Stopped." in err
    assert "tokens" in err  # the numbers of what was written
