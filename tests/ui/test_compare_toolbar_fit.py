"""The Compare page's tool row at 1024x640 with larger text in German, French and Spanish:
every button whole and inside the window (the groups wrap onto more lines), and English at
1366x768 still one line. Also the row's wrapping on its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.session.servers import privacy_note
from desktop.ui.i18n import install_language
from desktop.ui.theme import apply_text_size
from desktop.ui.widgets.responsive import ResponsiveRow

#: the tool row's controls, as the page names them, left to right
TOOL_ROW = (
    "system_toggle", "advanced_toggle", "blind_check", "share_button", "add_button",
    "stop_button", "start_over_button", "follow_up_button", "run_button",
)


def _compare_page(qtbot: QtBot, width: int, height: int) -> tuple[QWidget, QWidget]:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(window)
    window.setMinimumSize(100, 100)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(1)
    QApplication.processEvents()
    return window, window.compare


def _problems(window: QWidget, page: QWidget) -> list[str]:
    """Each tool-row control outside the window or narrower than its words need."""
    frame = window.rect()
    problems = []
    for name in TOOL_ROW:
        w = getattr(page, name)
        where = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        what = f"{name} {w.text()!r}"
        if not w.isVisibleTo(window):
            problems.append(f"{what} is hidden")
        elif not frame.contains(where):
            problems.append(f"{what} lies outside the window ({where} not in {frame})")
        elif w.width() < w.sizeHint().width():
            problems.append(f"{what} is clipped ({w.width()} < {w.sizeHint().width()})")
        elif w.visibleRegion() != QRegion(w.rect()):  # cut by its row or under the panes
            problems.append(f"{what} is partly hidden ({w.visibleRegion().boundingRect()})")
    return problems


@pytest.mark.parametrize("scale", [1.25, 1.5])
@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_tool_row_fits_1024x640_with_larger_text(
    qtbot: QtBot, look: QApplication, code: str, scale: float
) -> None:
    install_language(code)
    apply_text_size(look, scale)
    window, page = _compare_page(qtbot, 1024, 640)
    assert _problems(window, page) == []
    # a model on a server: the note next to Run takes room too
    page.server_note.setText(privacy_note(["office-gpu.example.org"]))
    page.server_note.show()
    note = page.server_note
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()), timeout=3000)
    QApplication.processEvents()
    assert _problems(window, page) == []
    # The note comes last, so it is what a page out of height cuts short, not Run. At
    # 1024x640 with larger text the page has less height than it asks for (the panes get
    # less than their minimum too; that is the page's to solve): at 125 % the note still
    # shows, at 150 % it may be cut off (the page's subtitle says it as well).
    if scale == 1.25:
        assert not note.visibleRegion().isEmpty()
    window.close()


def test_tool_row_is_one_line_in_english_at_1366x768(qtbot: QtBot, look: QApplication) -> None:
    window, page = _compare_page(qtbot, 1366, 768)
    row = page.run_button.parentWidget().parentWidget()
    assert isinstance(row, ResponsiveRow)
    assert row.line_count == 1
    centers = {getattr(page, n).mapTo(window, getattr(page, n).rect().center()).y()
               for n in TOOL_ROW}
    assert max(centers) - min(centers) <= 2, centers  # all on one line
    assert _problems(window, page) == []
    window.close()


def test_groups_wrap_whole_and_keep_their_order(qtbot: QtBot) -> None:
    row = ResponsiveRow()
    qtbot.addWidget(row)
    buttons = [QPushButton(f"Button number {n}") for n in range(6)]
    row.first.addWidget(buttons[0])
    row.first.addWidget(buttons[1])
    row.second.addWidget(buttons[2])
    third = row.add_group()
    for b in buttons[3:]:
        third.addWidget(b)
    row.resize(row.sizeHint().width() + 50, row.heightForWidth(row.sizeHint().width() + 50))
    row.show()
    QApplication.processEvents()
    assert row.line_count == 1 and not row.stacked
    # the first group takes the room left: the others sit at the right edge
    assert buttons[-1].mapTo(row, buttons[-1].rect().topRight()).x() >= row.width() - 2
    narrow = max(row.minimumSizeHint().width(), third.sizeHint().width() + 10)
    row.resize(narrow, row.heightForWidth(narrow))
    QApplication.processEvents()
    assert row.stacked
    tops = [b.mapTo(row, b.rect().topLeft()) for b in buttons]
    assert tops[0].y() == tops[1].y() and tops[3].y() == tops[4].y() == tops[5].y()
    assert tops[3].y() > tops[2].y() >= tops[0].y()
    for b in buttons:
        assert b.width() >= b.sizeHint().width()
        assert row.rect().contains(QRect(b.mapTo(row, b.rect().topLeft()), b.size()))
    # taller when wrapped, and the parent layout is told so
    assert row.heightForWidth(narrow) > row.heightForWidth(row.sizeHint().width())
