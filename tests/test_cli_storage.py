"""A home folder that cannot be written: plain words, no tracebacks, answers still shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.errors import StorageError
from desktop.core.history.store import History

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def broken_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder that can never be created, even by root: a file is in the way."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the home folder should be")
    home = blocker / "home"
    monkeypatch.setenv("SLM_PLAYGROUND_HOME", str(home))
    return home


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT,
        timeout=300, env=os.environ.copy(),
    )


def test_core_raises_a_plain_typed_error(broken_home: Path) -> None:
    with pytest.raises(StorageError) as err:
        paths.data_dir()
    assert "cannot create its folder" in err.value.message
    assert isinstance(err.value, OSError)  # soft "could not write" paths stay soft
    problem = paths.storage_problem()
    assert problem is not None and str(broken_home) in problem.message
    with pytest.raises(StorageError):
        History()


def test_storage_problem_is_none_when_all_is_well() -> None:
    assert paths.storage_problem() is None


@pytest.mark.parametrize("command", [["models"], ["history"], ["history", "--leaderboard"]])
def test_commands_give_plain_errors(broken_home: Path, command: list[str]) -> None:
    done = _cli(*command)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "Error: The app cannot create its folder" in done.stderr


def test_run_still_shows_the_answer_and_says_why_nothing_is_saved(broken_home: Path) -> None:
    done = _cli("run", "--model", "starter", "--prompt", "Hello", "--max-tokens", "3",
                "--temperature", "0")
    assert "Traceback" not in done.stderr, done.stderr
    assert "Note: The app cannot create its folder" in done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()  # the answer was printed


def test_compare_still_shows_both_answers_with_one_plain_line(broken_home: Path) -> None:
    done = _cli("compare", "--model", "starter", "--model", "starter", "--prompt", "Hello",
                "--max-tokens", "3", "--temperature", "0", "--json")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [r["status"] for r in data["results"]] == ["done", "done"]
    assert all(r["text"].strip() for r in data["results"])  # both answers printed
    assert data["history_id"] is None  # nothing saved, and nothing pretends it was
    notes = [line for line in done.stderr.splitlines() if line.startswith("Note:")]
    assert len(notes) == 1 and "cannot create its folder" in notes[0], done.stderr
