"""Issue 14 (runtime part) through the command line, run as a person would (a real process):
unsafe chat formats, cut-off and unrecognised GGML files, named pipes, huge claimed contexts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.factories import make_legacy_ggml, make_tiny_gguf

ROOT = Path(__file__).resolve().parent.parent

BOMB = "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, "SLM_PLAYGROUND_SYSTEM_POLICY": ""},
    )


def test_fit_reports_an_unsafe_chat_format(tmp_path: Path) -> None:
    bomb = make_tiny_gguf(tmp_path / "bomb.gguf", chat_template=BOMB)
    done = cli("fit", str(bomb), "--json")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["badge"] == "unsupported"
    assert "chat format is unsafe" in data["reason"]
    plain = cli("fit", str(bomb))
    assert plain.returncode == 1 and "chat format is unsafe" in plain.stdout
    assert "Traceback" not in plain.stderr


def test_import_refuses_an_unsafe_chat_format(tmp_path: Path, isolated_home: Path) -> None:
    bomb = make_tiny_gguf(tmp_path / "bomb.gguf", chat_template=BOMB)
    done = cli("import", str(bomb))
    assert done.returncode == 1
    assert "chat format is unsafe" in done.stderr and "Traceback" not in done.stderr
    assert not list(isolated_home.rglob("bomb*.gguf"))  # nothing was copied
    assert bomb.exists()


def test_fit_refuses_a_cut_off_ggml_file(tmp_path: Path) -> None:
    path = make_legacy_ggml(tmp_path / "gpt2.bin", "gpt2")
    data = path.read_bytes()
    assert cli("fit", str(path)).returncode == 0
    path.write_bytes(data[: len(data) * 2 // 3])
    done = cli("fit", str(path))
    assert done.returncode == 1
    assert "incomplete" in done.stderr and "Traceback" not in done.stderr


def test_fit_fails_for_an_unrecognised_ggml_file(tmp_path: Path) -> None:
    path = tmp_path / "odd.bin"
    path.write_bytes(b"lmgg" + b"\x07" * 400)  # the ggml magic, then no layout we know
    done = cli("fit", str(path))
    assert done.returncode == 1
    assert "Can't run here" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_fit_refuses_a_named_pipe_at_once(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        return
    fifo = tmp_path / "x.gguf"
    os.mkfifo(fifo)
    done = cli("fit", str(fifo), timeout=60)  # before: waited for a writer forever
    assert done.returncode == 1
    assert "named pipe" in done.stderr and "Traceback" not in done.stderr


def _limit_address_space(mb: int) -> Callable[[], None]:
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (mb * 1024 * 1024, mb * 1024 * 1024))

    return apply


@pytest.mark.parametrize("limit_mb", [150, 300, 500])
def test_run_out_of_memory_is_plain_and_stdout_stays_clean(limit_mb: int) -> None:
    """Under an address-space limit (the adversarial pass's three cases): before, a "damaged"
    file (300 MB), a 77-line native backtrace on stdout plus "crashed" (500 MB), Python's
    MemoryError traceback (150 MB)."""
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "run", "--model", "starter", "--chat", "hi",
         "--max-tokens", "3", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
        env={**os.environ, "SLM_PLAYGROUND_SYSTEM_POLICY": ""},
        preexec_fn=_limit_address_space(limit_mb),
    )
    assert done.returncode == 1
    assert done.stdout.strip() in ("", "{}") or json.loads(done.stdout) is not None
    assert "not enough memory" in done.stderr.lower(), done.stderr[-2000:]
    assert "close other programs" in done.stderr.lower()
    for bad in ("Traceback", "damaged", "crashed", "GGML_ASSERT", "MemoryError"):
        assert bad not in done.stderr + done.stdout, done.stderr[-2000:]
