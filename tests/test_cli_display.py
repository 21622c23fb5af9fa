"""Names from model files are printed without terminal escape codes; plain words for folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.config.policy import SYSTEM_POLICY_ENV
from desktop.core.text import printable
from tests.factories import make_tiny_gguf

EVIL = "Evil\x1b[2J\x1b]0;owned\x07Model\x1b[31m\u202etxt.exe\r\nNext"


@pytest.fixture(autouse=True)
def no_system_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SYSTEM_POLICY_ENV, "")


def test_printable_strips_escapes_and_controls_only() -> None:
    assert printable(EVIL) == "EvilModeltxt.exe  Next"
    assert printable("Café 模型 🙂 Q4_K_M") == "Café 模型 🙂 Q4_K_M"
    assert printable("a\x9b31mb\x7fc\x00d") == "abcd"
    assert printable("line one\nline two\tx", keep_newlines=True) == "line one\nline two\tx"


def _has_controls(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\n" or 0x7F <= ord(c) < 0xA0 for c in text) or (
        "\u202e" in text
    )


def test_import_and_models_print_no_escape_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = make_tiny_gguf(tmp_path / "evil.gguf", name=EVIL)
    assert main(["import", str(model)]) == 0
    out = capsys.readouterr()
    assert "EvilModel" in out.out and not _has_controls(out.out + out.err)
    assert main(["models"]) == 0
    out = capsys.readouterr()
    assert "EvilModel" in out.out and not _has_controls(out.out + out.err)


def test_import_of_a_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "my-models"
    folder.mkdir()
    assert main(["import", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "“my-models” is a folder, not a model file." in err
    assert "not found" not in err
