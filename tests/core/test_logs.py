"""Issue 14: logging degrades quietly when the log file cannot be written (a full disk).

Before, every log line printed ``--- Logging error ---`` and a traceback on stderr (~1,900
lines for one comparison). Now: one warning, then the file is left alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import logging
from desktop.core.logs import setup_logging
setup_logging()
log = logging.getLogger("desktop.test")
for i in range(2000):
    log.warning("line %d of a long comparison", i)
print("still running")
"""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_full_disk_gives_one_warning_not_a_flood(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    (home / "logs" / "slm-playground.log").symlink_to("/dev/full")  # every write: ENOSPC
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "SLM_PLAYGROUND_HOME": str(home)},
    )
    assert done.returncode == 0
    assert done.stdout.strip() == "still running"
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr[:2000]
    assert "log file" in lines[0] and "could not be written" in lines[0]
    assert "Logging error" not in done.stderr and "Traceback" not in done.stderr


def test_a_runner_on_a_full_disk_stays_quiet(
    tmp_path: Path, starter_path: Path, monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The runner's own log handler: one warning at most, however much it logs."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full (Linux)")
    from desktop.core.generation import GenerateRequest, LoadSettings, SamplingParams
    from desktop.engine.client import ModelClient
    from desktop.engine.types import FinishedEvent

    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    (home / "logs" / "slm-playground.log").symlink_to("/dev/full")
    monkeypatch.setenv("SLM_PLAYGROUND_HOME", str(home))
    with ModelClient(starter_path, LoadSettings(context_length=512, seed=1)) as client:
        for _ in range(3):
            events = list(client.generate(
                GenerateRequest.chat("Say hi", sampling=SamplingParams(max_tokens=8))))
            assert isinstance(events[-1], FinishedEvent)
    err = capfd.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("could not be written") <= 1
