"""Issue 14: names from files never reach the terminal raw (escape codes in a model's file
name in compare's column heads), and a damaged history is told about once, then not again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.compare import _columns
from desktop.core.history.store import default_history_path
from desktop.session.events import ModelSpec, PaneResult

EVIL = "evil\x1b]0;pwned\x07\x1b[31mred\u202e.gguf"


def test_compare_heads_print_names_without_escape_codes() -> None:
    results = [PaneResult(0, ModelSpec(Path("/m") / EVIL, EVIL), "done", text="Hello"),
               PaneResult(1, ModelSpec(Path("/m/b.gguf"), "b.gguf"), "done", text="Hi")]
    shown = _columns(results)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "evilred.gguf" in shown.splitlines()[0]


def test_compare_of_a_file_named_with_escape_codes(
    tmp_path: Path, starter_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command, with a real model file whose name carries escape codes."""
    model = tmp_path / EVIL
    model.symlink_to(starter_path)
    rc = main(["compare", "--model", str(model), "--prompt", "Hello", "--max-tokens", "2",
               "--temperature", "0", "--no-history"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert out.splitlines()[0].startswith("evilred.gguf")


def test_history_tells_about_a_damaged_file_once(capsys: pytest.CaptureFixture[str]) -> None:
    db = default_history_path()
    db.write_bytes(b"this is not sqlite at all" * 100)
    assert main(["history"]) == 0
    out, err = capsys.readouterr()
    notes = [line for line in err.splitlines() if line.startswith("Note:")]
    assert len(notes) == 1 and "none of it could be read" in notes[0], err
    assert "history.db.damaged-" in notes[0]
    assert "No saved comparisons yet." in out
    assert main(["history", "--json"]) == 0  # told once: not again
    out, err = capsys.readouterr()
    assert "Note:" not in err
    assert "notice" not in json.loads(out)
