"""The window says at start-up when nothing can be saved (a home folder that cannot be written)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.app import _warn_if_nothing_can_be_saved


def _shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)  # no modal dialog in a test run
    return texts


def test_broken_home_is_said_once_at_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    monkeypatch.setenv("SLM_PLAYGROUND_HOME", str(blocker / "home"))
    texts = _shown(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    _warn_if_nothing_can_be_saved(parent)
    assert len(texts) == 1
    assert "cannot create its folder" in texts[0] and "read their answers" in texts[0]


def test_nothing_is_said_when_all_is_well(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _shown(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    _warn_if_nothing_can_be_saved(parent)
    assert texts == []
