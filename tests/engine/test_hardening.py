"""Issue 14, runtime part: hostile model files and misbehaving runners end plainly.

Real runners on real (tiny, generated) models: an absurd claimed context, an unsafe chat
template, a runner that stops responding, out-of-memory conditions, quiet exits.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core.errors import EngineError
from desktop.core.generation import GenerateRequest, LoadSettings, SamplingParams
from desktop.engine.client import ModelClient
from desktop.engine.types import FinishedEvent, TokenEvent
from tests.factories import SIMPLE_CHAT_TEMPLATE, make_tiny_gguf

BOMB = "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"


def answer(client: ModelClient, request: GenerateRequest) -> FinishedEvent:
    for event in client.generate(request):
        if isinstance(event, FinishedEvent):
            return event
    raise AssertionError("no FinishedEvent")


def test_absurd_claimed_context_is_capped(tmp_path: Path) -> None:
    """A header claiming 2^31 - 1 tokens: before, 8.6 GB and ~30-60 s to the first word."""
    from desktop.core.fit.shape import MAX_NATIVE_CONTEXT, ModelShape

    path = make_tiny_gguf(tmp_path / "huge-ctx.gguf", context_length=2**31 - 1,
                          chat_template=SIMPLE_CHAT_TEMPLATE)
    assert ModelShape.from_file(path).native_context == MAX_NATIVE_CONTEXT
    started = time.monotonic()
    with ModelClient(path, LoadSettings(context_length=512, seed=1)) as client:
        done = answer(client, GenerateRequest.chat("hi", sampling=SamplingParams(max_tokens=4)))
    assert time.monotonic() - started < 20
    assert done.metrics.peak_rss_bytes < 1_000_000_000


def test_unsafe_chat_template_is_refused_by_the_runner(tmp_path: Path) -> None:
    """The adversarial pass's template grew memory at ~120 MB/s with no end."""
    path = make_tiny_gguf(tmp_path / "bomb.gguf", chat_template=BOMB)
    started = time.monotonic()
    with ModelClient(path, LoadSettings(context_length=256, seed=1)) as client:
        with pytest.raises(EngineError) as info:
            answer(client, GenerateRequest.chat("hi", sampling=SamplingParams(max_tokens=4)))
        assert "chat format is unsafe" in info.value.message
        assert time.monotonic() - started < 30
        # the runner is still usable: plain text continuation needs no template
        plain = GenerateRequest(prompt="hello", sampling=SamplingParams(max_tokens=3))
        done = answer(client, plain)
        assert done.metrics.output_tokens >= 1


# --- a runner that stops responding ------------------------------------------------------


def test_stopped_runner_is_detected_and_ended(starter_path: Path) -> None:
    """SIGSTOP mid-answer: before, the CLI and the pane waited forever."""
    import os
    import signal

    import psutil

    from desktop.engine.client import RunnerStalledError

    long_answer = GenerateRequest.chat("Write a long story about a cat.",
                                       sampling=SamplingParams(max_tokens=400, seed=1))
    with ModelClient(starter_path, LoadSettings(context_length=1024, seed=1)) as client:
        client.load()
        client.stall_after_s = 3.0
        pid = client.pid
        assert pid is not None
        started = time.monotonic()
        with pytest.raises(RunnerStalledError) as info:
            for event in client.generate(long_answer):
                if isinstance(event, TokenEvent) and event.index == 1:
                    os.kill(pid, signal.SIGSTOP)
        assert "stopped responding" in info.value.message
        assert time.monotonic() - started < 3.0 + 45  # generous: a busy 2-core machine
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == "zombie"
        # the next answer gets a fresh runner
        done = answer(client, GenerateRequest.chat("Hi", sampling=SamplingParams(max_tokens=3)))
        assert done.metrics.output_tokens >= 1


def test_a_busy_runner_is_not_taken_for_a_stalled_one(starter_path: Path) -> None:
    """Reading a long prompt sends nothing for a while but uses the processor."""
    with ModelClient(starter_path, LoadSettings(context_length=4096, seed=1)) as client:
        client.load()
        client.stall_after_s = 0.5
        prompt = "The quick brown fox jumps over the lazy dog. " * 60
        done = answer(client, GenerateRequest(prompt=prompt,
                                              sampling=SamplingParams(max_tokens=2)))
        assert done.metrics.stop_reason != "cancelled"


# --- out of memory ------------------------------------------------------------------------

OOM_SCRIPT = """
import json, resource, sys

def main():
    limit = int(sys.argv[2]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from desktop.core.errors import SlmError
    from desktop.core.generation import GenerateRequest, LoadSettings, SamplingParams
    from desktop.engine.client import ModelClient

    client = ModelClient(sys.argv[1], LoadSettings(context_length=2048, threads=2))
    try:
        for _ in client.generate(GenerateRequest.chat("Hi", sampling=SamplingParams(max_tokens=3))):
            pass
        result = {"ok": True}
    except SlmError as error:
        result = {"type": type(error).__name__, "message": error.message, "hint": error.hint}
    client.close()
    print(json.dumps(result))

if __name__ == "__main__":
    main()
"""


@pytest.mark.parametrize("limit_mb", [150, 300, 500])
def test_out_of_memory_is_named_plainly(tmp_path: Path, starter_path: Path,
                                        limit_mb: int) -> None:
    """Under an address-space limit: before, "damaged" file (300 MB), a 77-line backtrace on
    stdout and "crashed" (500 MB), Python's MemoryError traceback (150 MB)."""
    import json
    import subprocess
    import sys

    script = tmp_path / "oom.py"
    script.write_text(OOM_SCRIPT)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(script), str(starter_path), str(limit_mb)],
                          cwd=root, capture_output=True, text=True, timeout=180,
                          env={**__import__("os").environ, "PYTHONPATH": str(root)})
    assert done.stderr == ""  # nothing from the runner reaches the terminal
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout[:3000]  # only the script's own line: stdout stays clean
    result = json.loads(lines[0])
    assert result.get("type") == "OutOfMemoryError", result
    assert result["message"].startswith("There is not enough memory for")
    assert "close other programs" in result["hint"].lower()
    assert "smaller" in result["hint"]


def test_engine_allocation_failure_output_is_named_as_memory() -> None:
    """The words llama.cpp prints when an allocation fails, however the runner ended."""
    from desktop.core.errors import OutOfMemoryError
    from desktop.engine.client import explain_exit

    backtrace = ("ggml.c:1601: GGML_ASSERT(ctx->mem_buffer != NULL) failed\n"
                 + "".join(f"#{i} 0x7f00 in ggml_something ()\n" for i in range(70)))
    error = explain_exit(-6, name="m.gguf", output=backtrace)
    assert isinstance(error, OutOfMemoryError)
    assert "not enough memory" in error.message
    for words in ("MemoryError", "std::bad_alloc", "RuntimeError: can't start new thread"):
        assert isinstance(explain_exit(1, name="m.gguf", output=words), OutOfMemoryError)
    assert "crashed" in explain_exit(-11, name="m.gguf", output="Segmentation fault").message


NATIVE_SCRIPT = """
import ctypes, os, sys
from desktop.engine.runner_io import redirect_output
redirect_output(sys.argv[1])
os.write(1, b"raw fd 1\\n")
os.write(2, b"raw fd 2\\n")
libc = ctypes.CDLL(None)
libc.puts(b"from C stdout")
libc.fflush(None)
print("python stdout")
print("python stderr", file=sys.stderr)
"""


def test_raw_output_goes_to_the_runner_file_not_the_terminal(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "runner.out"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", NATIVE_SCRIPT, str(out)], cwd=root,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    text = out.read_text()
    for words in ("raw fd 1", "raw fd 2", "from C stdout", "python stdout", "python stderr"):
        assert words in text


# --- quiet ends: Ctrl+C and a killed app ------------------------------------------------------

PARENT_SCRIPT = """
import sys, time
from desktop.core.generation import GenerateRequest, LoadSettings, SamplingParams
from desktop.engine.client import ModelClient

def main():
    client = ModelClient(sys.argv[1], LoadSettings(context_length=1024, seed=1))
    try:
        if sys.argv[2] == "starting":
            print("ready", flush=True)
            client.load()
        else:
            request = GenerateRequest.chat("Write a very long story.",
                                           sampling=SamplingParams(max_tokens=2000))
            for event in client.generate(request):
                if type(event).__name__ == "TokenEvent" and event.index == 2:
                    print("ready", flush=True)
        time.sleep(60)
    except KeyboardInterrupt:
        print("stopped", flush=True)

if __name__ == "__main__":
    main()
"""


@pytest.mark.parametrize(("when", "how"), [
    ("starting", "ctrl-c"), ("answering", "ctrl-c"), ("answering", "kill"),
    ("answering", "term"),
])
def test_runner_ends_quietly_when_interrupted_or_orphaned(
    tmp_path: Path, starter_path: Path, when: str, how: str
) -> None:
    """Before: Ctrl+C printed the runner's BrokenPipeError traceback; killing the app printed
    runner tracebacks and "leaked semaphore" warnings."""
    import os
    import signal
    import subprocess
    import sys

    import psutil

    script = tmp_path / "parent.py"
    script.write_text(PARENT_SCRIPT)
    root = Path(__file__).resolve().parents[2]
    parent = subprocess.Popen(
        [sys.executable, str(script), str(starter_path), when], cwd=root,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().strip() == "ready"
        if when == "starting":
            time.sleep(0.3)  # the runner is still importing
        runners = psutil.Process(parent.pid).children(recursive=True)
        if how == "ctrl-c":  # the terminal sends SIGINT to the whole process group
            os.killpg(parent.pid, signal.SIGINT)
        else:
            parent.send_signal(signal.SIGKILL if how == "kill" else signal.SIGTERM)
        out, err = parent.communicate(timeout=60)
        if how == "ctrl-c":
            assert "stopped" in out
        _, alive = psutil.wait_procs(runners, timeout=10)
        assert not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]
        time.sleep(0.5)  # the resource tracker (if any) speaks as it ends
        assert "Traceback" not in err, err[-3000:]
        assert "BrokenPipeError" not in err and "KeyboardInterrupt" not in err
        assert "leaked" not in err, err[-3000:]
    finally:
        with __import__("contextlib").suppress(ProcessLookupError):
            os.killpg(parent.pid, signal.SIGKILL)
