"""End-to-end fixtures: the real window on the real starter model, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.qtguard import mark_qt_items, no_dangling_qt  # noqa: F401 - fixture

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt warnings fail the end-to-end tests."""
    mark_qt_items(items, HERE)


@pytest.fixture(autouse=True)
def _qt_guard(no_dangling_qt: None) -> None:  # noqa: F811
    """Every end-to-end test is checked for leftover threads and timers."""


@pytest.fixture
def window(qtbot: QtBot, starter_path: Path) -> Iterator[object]:
    """The real main window with two panes on the starter model."""
    from desktop.ui.main_window import MainWindow

    w = MainWindow(restore_geometry=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.compare
    page.add_pane()
    assert [p.choice.path for p in page.panes] == [starter_path, starter_path]
    yield w
    w.close()
