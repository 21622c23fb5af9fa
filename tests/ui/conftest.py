"""Qt widget test fixtures: dangling thread/timer checks, Qt warnings fail, a main window,
and a language / text size that a test may change and that is put back afterwards."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.qtguard import mark_qt_items, no_dangling_qt  # noqa: F401 - fixture

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt warnings fail the UI tests."""
    mark_qt_items(items, HERE)


@pytest.fixture(autouse=True)
def _qt_guard(no_dangling_qt: None) -> None:  # noqa: F811
    """Every UI test is checked for leftover threads and timers."""


@pytest.fixture
def main_window(qtbot: QtBot) -> Iterator[object]:
    """The real main window, shown offscreen; closed (all runners ended) afterwards."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(restore_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def language() -> Iterator[None]:
    """The language changed freely in the test; English (and no environment trace) after."""
    from PySide6.QtCore import QLocale

    from desktop.core import i18n
    from desktop.ui.i18n import install_language

    before = os.environ.get(i18n.ENV_VAR)
    yield
    install_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.C))
    if before is None:
        os.environ.pop(i18n.ENV_VAR, None)
    else:
        os.environ[i18n.ENV_VAR] = before


@pytest.fixture
def text_size() -> Iterator[None]:
    """The app's look (theme and text size) changed freely in the test, undone afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    yield
    app.setStyleSheet(sheet)
    app.setFont(font)


@pytest.fixture
def look(text_size: None, language: None) -> QApplication:
    """Language and text size changed freely in the test; English, normal size after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
