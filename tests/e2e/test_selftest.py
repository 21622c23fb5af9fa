"""`slm-playground selftest --gui --screenshot --json` in a fresh process, offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_selftest_gui_passes_and_saves_a_screenshot(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "selftest",
            "--gui",
            "--json",
            "--max-tokens",
            "4",
            "--screenshot",
            str(shot),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=280,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] is True
    names = [c["name"] for c in report["checks"]]
    assert names == ["hardware", "processor", "display", "starter model", "window"]
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["display"]["status"] == "skipped"  # offscreen: no window libraries needed
    assert checks["processor"]["missing"] == []
    gen = checks["starter model"]
    assert gen["output_tokens"] > 0 and gen["peak_rss_bytes"] > 50_000_000
    window = checks["window"]
    assert len(window["panes"]) == 2
    assert all(p["state"] == "done" and p["output_tokens"] > 0 for p in window["panes"])
    assert window["runners_left"] == []
    # the accessibility audit of every page: controls reachable by Tab, all of them named
    a11y = window["accessibility"]
    assert [p["page"] for p in a11y["pages"]] == ["Models", "Compare", "History", "Task tests"]
    assert all(p["focusable"] >= 5 for p in a11y["pages"])
    assert a11y["unnamed"] == []
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_selftest_screenshot_needs_gui(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", "--screenshot", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "--gui" in proc.stderr
