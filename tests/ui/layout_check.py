"""Layout checks shared by the small-screen tests (also run in a child process with
``QT_SCALE_FACTOR`` set, where the whole window is scaled).

:func:`layout_problems` opens every page of a real main window at a given size and lists
what a person would see broken: a control outside the window, a button, check box or
label narrower than its words need, widgets of one layout drawn over each other, a label
lower than its text needs, and on the Models page a column below its minimum.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QSplitter,
    QWidget,
)


def _scrolls(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie outside the window (it scrolls)."""
    p = widget.parentWidget()
    while p is not None:
        parent = p.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is p:
            return True
        p = parent
    return False


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places (nested layouts included)."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _laid_out(item.layout())
    return found


def _name(w: QWidget) -> str:
    text = getattr(w, "text", None)
    label = text() if callable(text) and not isinstance(w, QComboBox) else ""
    return f"{type(w).__name__} {str(label)[:30]!r} {w.objectName()}"


def _blank(w: QWidget, window: QWidget) -> bool:
    """A plain container with nothing shown in it (draws nothing, e.g. an empty group)."""
    return type(w) is QWidget and not any(
        c.isVisibleTo(window)
        for c in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    )


def overlap_problems(window: QWidget, name: str) -> list[str]:
    """Widgets drawn over each other, or text cut in height, on the page now shown.

    Two visible widgets placed by the same layout must not overlap, and a label gets at
    least the height its text needs (a word-wrapped one: for its width).
    """
    problems: list[str] = []
    for parent in [window, *window.findChildren(QWidget)]:
        if not parent.isVisibleTo(window) or parent.window() is not window:
            continue
        layout = parent.layout()
        if layout is None or isinstance(parent, QSplitter):
            continue
        kids = [
            w for w in _laid_out(layout) if w.isVisibleTo(window) and not _blank(w, window)
        ]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                both = a.geometry().intersected(b.geometry())
                if both.width() > 0 and both.height() > 0:
                    problems.append(
                        f"{name}: {_name(a)} and {_name(b)} overlap ({a.geometry()} and "
                        f"{b.geometry()})"
                    )
    for label in window.findChildren(QLabel):
        if (
            not label.isVisibleTo(window)
            or label.window() is not window
            or not label.text()
            or isinstance(label.parentWidget(), QAbstractSpinBox | QComboBox)
        ):
            continue
        need = (
            label.heightForWidth(label.width()) if label.wordWrap()
            else label.sizeHint().height()
        )
        if label.height() + 1 < need:
            problems.append(f"{name}: {_name(label)} is cut in height ({label.height()} < {need})")
    return problems


def page_problems(window: QWidget, name: str) -> list[str]:
    """What is clipped, off-window or drawn over something else on the page now shown."""
    problems: list[str] = overlap_problems(window, name)
    frame = window.rect()
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        if not isinstance(w, QAbstractButton | QLabel | QLineEdit | QComboBox):
            continue
        label = getattr(w, "text", lambda: "")() if not isinstance(w, QComboBox) else ""
        what = f"{name}: {type(w).__name__} {label[:30]!r} {w.objectName()}"
        rect = w.rect().translated(w.mapTo(window, w.rect().topLeft()))
        if not _scrolls(w) and not frame.contains(rect):
            problems.append(f"{what} lies outside the window ({rect} not in {frame})")
        elif (
            isinstance(w, QAbstractButton)
            and not _scrolls(w)
            and w.visibleRegion() != QRegion(w.rect())
        ):  # cut by a row too low for its lines, or under another widget
            problems.append(f"{what} is partly hidden ({w.visibleRegion().boundingRect()})")
        wraps = isinstance(w, QLabel) and w.wordWrap()
        if wraps or (isinstance(w, QLabel) and not w.text()):
            continue
        need = w.minimumSizeHint().width()
        if w.width() + 1 < need:
            problems.append(f"{what} is clipped ({w.width()} < {need})")
        boxed = isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
        if (
            isinstance(w, QLineEdit)
            and not boxed
            and w.width() < w.fontMetrics().horizontalAdvance("M" * 8)
        ):
            problems.append(f"{what} is too narrow to type in ({w.width()})")
    return problems


def models_problems(window: QWidget) -> list[str]:
    """The Models page: every column at least its minimum, the name never collapsed, the
    row buttons inside the list."""
    from desktop.ui.model_list import COL_ACTION, COL_NAME

    page = window.models  # type: ignore[attr-defined]
    problems = []
    for col, minimum in page.column_minimums().items():
        if not page.table.isColumnHidden(col) and page.table.columnWidth(col) < minimum:
            problems.append(f"Models: column {col} is {page.table.columnWidth(col)} < {minimum}")
    if page.table.columnWidth(COL_NAME) < 100:
        problems.append("Models: the name column collapsed")
    viewport = page.table.viewport().rect()
    if page.proxy.rowCount():
        cell = page.table.visualRect(page.proxy.index(0, COL_ACTION))
        if not viewport.contains(cell):
            problems.append(f"Models: the Download column is cut off ({cell} not in {viewport})")
    if page.search.width() < page.search.fontMetrics().horizontalAdvance("Filter by name"):
        problems.append(f"Models: the filter box is clipped ({page.search.width()})")
    return problems


def layout_problems(width: int, height: int) -> list[str]:
    """Open the real window at ``width`` x ``height``, show every page, list the problems."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    window = MainWindow(restore_geometry=False, start_meter=False)
    window.setMinimumSize(100, 100)
    window.resize(width, height)
    window.show()
    problems: list[str] = []
    try:
        deadline = QTimer()
        loop = QEventLoop()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        poll = QTimer()
        poll.timeout.connect(
            lambda: loop.quit() if window.models.hardware is not None else None
        )
        poll.start(50)
        deadline.start(30_000)
        loop.exec()
        poll.stop()
        deadline.stop()
        for i in range(window.nav.count()):
            window.show_page(i)
            app.processEvents()
            problems += page_problems(window, window.nav.item(i).text())
        window.show_page(0)
        app.processEvents()
        problems += models_problems(window)
    finally:
        window.close()
        app.processEvents()
    return problems


def main() -> None:
    """Child-process entry: print the problems at the size given as argv as JSON.

    ``python -m tests.ui.layout_check WIDTH HEIGHT [LANGUAGE [TEXT_SIZE]]``: the window in
    that language (en, de, fr, es) and with that text size (1.0 normal, 1.25, 1.5).
    """
    from desktop.ui.app import get_app
    from desktop.ui.i18n import install_language
    from desktop.ui.theme import apply_text_size

    app = get_app()
    width, height = int(sys.argv[1]), int(sys.argv[2])
    if len(sys.argv) > 3:
        install_language(sys.argv[3])
    if len(sys.argv) > 4:
        apply_text_size(app, float(sys.argv[4]))
    print("PROBLEMS " + json.dumps(layout_problems(width, height)))


if __name__ == "__main__":
    main()
