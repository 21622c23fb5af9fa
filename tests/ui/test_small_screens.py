"""The window on a real laptop: it fits the screen, and every page works at 1024x640,
with larger text (125 %, 150 %) and with the whole window scaled (QT_SCALE_FACTOR)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.i18n import install_language
from desktop.ui.screen_fit import fits_a_screen, fitted_rect
from desktop.ui.theme import apply_text_size
from tests.ui.layout_check import layout_problems

ROOT = Path(__file__).resolve().parents[2]


def test_first_launch_fits_a_small_screen() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40-pixel task bar
    r = fitted_rect(laptop, QSize(1280, 820), QSize(800, 540))
    assert laptop.contains(r) and r.height() <= 728 - 2 * 16 and r.width() == 1280
    small = QRect(0, 0, 1024, 600)
    r = fitted_rect(small, QSize(1280, 820), QSize(800, 540))
    assert small.contains(r) and r.width() <= 1024 and r.height() <= 600
    big = QRect(1920, 0, 2560, 1400)  # a second monitor to the right
    r = fitted_rect(big, QSize(1280, 820))
    assert r.size() == QSize(1280, 820) and big.contains(r)


def test_saved_geometry_only_if_it_fits() -> None:
    screens = [QRect(0, 0, 1366, 728)]
    assert fits_a_screen(QRect(40, 40, 1200, 650), screens)
    # saved on a large monitor that is gone now
    assert not fits_a_screen(QRect(1500, 100, 1280, 820), screens)
    assert not fits_a_screen(QRect(0, 0, 1280, 820), screens)  # taller than this screen


def test_window_opens_inside_the_available_screen(qtbot: QtBot) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry()), (window.geometry(), area)
    assert window.minimumSize().width() <= area.width()
    window.close()


def test_a_saved_geometry_off_screen_is_not_restored(qtbot: QtBot) -> None:
    from desktop.ui.main_window import MainWindow, _window_settings

    window = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(window)
    window.setGeometry(3000, 2000, 1280, 820)  # as if saved on a big second monitor
    _window_settings().setValue("geometry", window.saveGeometry())
    window.close()
    again = MainWindow(restore_geometry=True, start_meter=False)
    qtbot.addWidget(again)
    area = again.screen().availableGeometry()
    assert area.contains(again.geometry()), (again.geometry(), area)
    again.close()


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_every_page_at_1024x640(qtbot: QtBot, text_size: None, scale: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_size(app, scale)
    problems = layout_problems(1024, 640)
    assert problems == []


@pytest.mark.parametrize("scale", [1.25, 1.5])
@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_every_page_at_1024x640_in_other_languages(
    qtbot: QtBot, text_size: None, language: None, code: str, scale: float
) -> None:
    """German, French and Spanish words are longer (issue #17): at 1024x640 with larger
    text every button, check box and label on every page is still whole and inside the
    window (the Models top bar and the History buttons wrap onto more lines)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(code)
    apply_text_size(app, scale)
    assert layout_problems(1024, 640) == []


@pytest.mark.slow
@pytest.mark.parametrize("factor", ["1.25", "1.5"])
def test_every_page_at_1024x640_scaled(tmp_path: Path, factor: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=factor)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_check", "1024", "640"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("PROBLEMS "))
    assert json.loads(line.removeprefix("PROBLEMS ")) == []
