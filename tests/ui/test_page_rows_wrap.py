"""The Models page's top bar and the History page's buttons (issue #17): one line on a
1366x768 window in English, more lines at 1024x640 with larger text in Spanish, every
button whole and fully visible either way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.i18n import install_language
from desktop.ui.theme import apply_text_size

#: the Models top bar, left to right, as the page names its controls
MODELS_BAR = ("search", "fits", "installed", "tag", "hub_button", "import_button")
#: the History page's buttons under the selected comparison
HISTORY_BUTTONS = ("rerun_button", "rerun_other_button", "export_button", "delete_button")


def _window(qtbot: QtBot, width: int, height: int) -> QWidget:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(window)
    window.setMinimumSize(100, 100)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def _show(window: QWidget, page: QWidget) -> None:
    window.show_page(window.stack.indexOf(page))  # type: ignore[attr-defined]
    QApplication.processEvents()


def _problems(window: QWidget, page: QWidget, names: tuple[str, ...]) -> list[str]:
    """Each control outside the window, narrower than its words, or partly hidden."""
    frame = window.rect()
    problems = []
    for name in names:
        w = getattr(page, name)
        where = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        if not w.isVisibleTo(window):
            problems.append(f"{name} is hidden")
        elif not frame.contains(where):
            problems.append(f"{name} lies outside the window ({where} not in {frame})")
        elif w.width() < w.minimumSizeHint().width():
            problems.append(f"{name} is clipped ({w.width()} < {w.minimumSizeHint().width()})")
        elif w.visibleRegion() != QRegion(w.rect()):
            problems.append(f"{name} is partly hidden ({w.visibleRegion().boundingRect()})")
    return problems


def _lines(window: QWidget, page: QWidget, names: tuple[str, ...]) -> int:
    """On how many lines the controls sit (by their vertical centres)."""
    centres = sorted(
        getattr(page, n).mapTo(window, getattr(page, n).rect().center()).y() for n in names
    )
    return 1 + sum(1 for a, b in zip(centres, centres[1:], strict=False) if b - a > 4)


def test_one_line_each_in_english_at_1366x768(qtbot: QtBot, look: QApplication) -> None:
    window = _window(qtbot, 1366, 768)
    models = window.models  # type: ignore[attr-defined]
    _show(window, models)
    assert models.bar.line_count == 1
    assert _lines(window, models, MODELS_BAR) == 1
    assert _problems(window, models, MODELS_BAR) == []
    # the filter box takes the room left; the actions end at the right edge
    right = models.import_button.mapTo(models, models.import_button.rect().topRight()).x()
    assert right >= models.bar.mapTo(models, models.bar.rect().topRight()).x() - 2
    history = window.history_page  # type: ignore[attr-defined]
    _show(window, history)
    assert history.buttons_row.line_count == 1
    assert _lines(window, history, HISTORY_BUTTONS) == 1
    assert _problems(window, history, HISTORY_BUTTONS) == []
    # the buttons flow from the left, in their order
    lefts = [getattr(history, n).mapTo(history, getattr(history, n).rect().topLeft()).x()
             for n in HISTORY_BUTTONS]
    assert lefts == sorted(lefts)
    window.close()


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_rows_wrap_at_1024x640_with_150_percent_text(
    qtbot: QtBot, look: QApplication, code: str
) -> None:
    install_language(code)
    apply_text_size(look, 1.5)
    window = _window(qtbot, 1024, 640)
    models = window.models  # type: ignore[attr-defined]
    _show(window, models)
    assert _problems(window, models, MODELS_BAR) == []
    assert models.bar.stacked  # the actions moved under the filters, whole
    history = window.history_page  # type: ignore[attr-defined]
    _show(window, history)
    assert _problems(window, history, HISTORY_BUTTONS) == []
    assert history.buttons_row.stacked
    window.close()
