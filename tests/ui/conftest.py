"""Qt widget test fixtures: dangling thread/timer checks, Qt warnings fail, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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
