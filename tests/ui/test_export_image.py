"""A PNG picture of the panes, through QWidget.grab()."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.history.export import ExportError
from desktop.ui.export_image import grab_panes_png


def test_grab_panes_png(qtbot: QtBot, tmp_path: Path) -> None:
    panes = QWidget()
    qtbot.addWidget(panes)
    row = QHBoxLayout(panes)
    for name in ("Model A", "Model B"):
        text = QPlainTextEdit(f"{name}: Dear team, lunch is on Friday.")
        row.addWidget(QLabel(name))
        row.addWidget(text)
    panes.resize(640, 240)
    out = grab_panes_png(panes, tmp_path / "shots" / "compare")
    assert out == tmp_path / "shots" / "compare.png"
    image = QImage(str(out))
    assert not image.isNull()
    ratio = panes.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(640 * ratio), round(240 * ratio))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in out.parent.iterdir()] == ["compare.png"]  # no temp file left


def test_nothing_to_grab_is_a_plain_error(qtbot: QtBot, tmp_path: Path) -> None:
    empty = QWidget()
    qtbot.addWidget(empty)
    empty.resize(0, 0)
    with pytest.raises(ExportError) as err:
        grab_panes_png(empty, tmp_path / "x.png")
    assert "nothing to save" in err.value.message
    assert not (tmp_path / "x.png").exists()


def test_unwritable_target_is_a_plain_error(qtbot: QtBot, tmp_path: Path) -> None:
    w = QLabel("hi")
    qtbot.addWidget(w)
    w.resize(50, 20)
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ExportError):
        grab_panes_png(w, tmp_path / "file" / "x.png")


def test_picture_shows_the_question_above_the_panes(qtbot: QtBot, tmp_path: Path) -> None:
    panes = QWidget()
    qtbot.addWidget(panes)
    QHBoxLayout(panes).addWidget(QLabel("Model A: lunch is on Friday."))
    panes.resize(400, 120)
    plain = QImage(str(grab_panes_png(panes, tmp_path / "plain.png")))
    out = grab_panes_png(panes, tmp_path / "asked.png", caption="When is the team lunch?")
    image = QImage(str(out))
    assert image.width() == plain.width()
    assert image.height() > plain.height()  # the question sits above the answers
    top = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 30)}
    assert len(top) > 1  # something (the question's text) is drawn there
