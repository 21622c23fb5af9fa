"""The Compare page on a small laptop with larger text (issues 15 and 17): after a real
answer in two panes, nothing is drawn over anything else and each answer keeps a readable
height; the page scrolls when the window is too short for that. At 1366x768 with normal
text it does not scroll and the panes fill the page.

Real window (pytest-qt, offscreen), real runners on the starter model.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.generation import SamplingParams
from desktop.ui.i18n import install_language
from desktop.ui.pages.compare import ComparePage
from desktop.ui.theme import apply_text_size
from desktop.ui.widgets.fitscroll import FitScrollArea
from desktop.ui.widgets.pane import PaneView
from tests.ui.layout_check import overlap_problems

#: what a person must at least see of an answer, in lines of its text
READABLE_LINES = 4


def _answer_in_two_panes(qtbot: QtBot, width: int, height: int) -> tuple[QWidget, ComparePage]:
    """The real window at this size, two panes on the starter model, one answer each."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(window)
    window.setMinimumSize(100, 100)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(1)
    page = window.compare
    page.add_pane()
    page.sampling = lambda: SamplingParams(  # type: ignore[method-assign]
        temperature=0.0, max_tokens=24, seed=1
    )
    page.prompt.setPlainText("Write a short reminder about Friday's team lunch.")
    page.run_all()
    qtbot.waitUntil(lambda: not page.running, timeout=300_000)
    assert all(p.metrics is not None for p in page.panes), [p.status.text() for p in page.panes]
    # the numbers' last relayout and the page's refit take a few turns of the event loop
    try:
        qtbot.waitUntil(lambda: not any(_pane_problems(p) for p in page.panes), timeout=3000)
    except qtbot.TimeoutError:
        pass  # the test says what is wrong
    return window, page


def _rect(w: QWidget, top: QWidget) -> QRect:
    return QRect(w.mapTo(top, w.rect().topLeft()), w.size())


def _pane_problems(pane: PaneView) -> list[str]:
    """The pane's numbers drawn over each other or cut, its answer too low, the pane
    itself lower than it needs."""
    problems = []
    labels: list[QLabel] = []
    for m in pane._metrics():  # noqa: SLF001 - the numbers under the answer
        labels += [m.caption, m.value]
    for label in labels:
        need = label.sizeHint().height()
        if label.height() < need:
            problems.append(f"{label.text()!r} cut ({label.height()} < {need})")
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if _rect(a, pane).intersects(_rect(b, pane)):
                problems.append(f"{a.text()!r} over {b.text()!r}")
    copy = _rect(pane.copy_button, pane)
    problems += [f"Copy over {lb.text()!r}" for lb in labels if _rect(lb, pane).intersects(copy)]
    lines = pane.output.viewport().height() / pane.output.fontMetrics().lineSpacing()
    if lines < READABLE_LINES:
        problems.append(f"the answer shows {lines:.1f} lines")
    if pane.height() < pane.minimum_height_for_width(pane.width()):
        problems.append(f"the pane is squeezed ({pane.height()})")
    if not pane.rect().contains(_rect(pane.copy_button, pane)):
        problems.append("Copy lies outside the pane")
    return problems


@pytest.mark.parametrize("scale", [1.25, 1.5])
@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_two_answers_readable_at_1024x640_with_larger_text(
    qtbot: QtBot, look: QApplication, code: str, scale: float
) -> None:
    install_language(code)
    apply_text_size(look, scale)
    window, page = _answer_in_two_panes(qtbot, 1024, 640)
    for pane in page.panes:
        assert _pane_problems(pane) == [], pane.title
    assert overlap_problems(window, "Compare") == []
    # too short for the whole page: it scrolls, and Run showed the answers
    scroll = page.body_scroll
    if scroll.scrolls:
        view = scroll.viewport()
        for pane in page.panes:
            assert view.rect().contains(_rect(pane, view)), (_rect(pane, view), view.rect())
        scroll.verticalScrollBar().setValue(0)  # the prompt is still there, above
        QApplication.processEvents()
        assert view.rect().contains(_rect(page.prompt, view))
    window.close()


def test_no_scrolling_at_1366x768_with_normal_text(qtbot: QtBot, look: QApplication) -> None:
    window, page = _answer_in_two_panes(qtbot, 1366, 768)
    scroll = page.body_scroll
    assert not scroll.scrolls and not scroll.verticalScrollBar().isVisible()
    body = scroll.widget()
    assert body.size() == scroll.viewport().size()  # no wasted room: the page as before
    for pane in page.panes:
        assert _pane_problems(pane) == []
        assert pane.m_ttft.y() == pane.m_ram.y()  # the numbers in one row, Copy beside
    # the panes take what the page has left, down to its bottom margin
    area = _rect(page.pane_area, body)
    assert body.height() - area.bottom() <= 12 + 2
    window.close()


def test_fit_scroll_counts_wrapped_text(qtbot: QtBot) -> None:
    body = QWidget()
    lay = QVBoxLayout(body)
    words = QLabel("Many words that wrap onto several lines when the page is narrow. " * 6)
    words.setWordWrap(True)
    lay.addWidget(words)
    tall = QWidget()
    tall.setMinimumHeight(200)
    lay.addWidget(tall)
    scroll = FitScrollArea(body)
    qtbot.addWidget(scroll)
    scroll.resize(900, 600)
    scroll.show()
    QApplication.processEvents()
    assert not scroll.scrolls and body.size() == scroll.viewport().size()
    scroll.resize(260, 300)  # the words need many lines: more than the window's height
    QApplication.processEvents()
    assert scroll.scrolls
    assert words.height() >= words.heightForWidth(words.width())
    assert tall.height() >= 200
    # scrolled to the end, it stays there when the window gets shorter or the body taller
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    scroll.resize(260, 250)
    QApplication.processEvents()
    assert bar.value() == bar.maximum() > 0
    tall.setMinimumHeight(260)
    QApplication.processEvents()
    assert bar.value() == bar.maximum() and tall.height() >= 260
    bar.setValue(0)  # scrolled up by the person: left there
    tall.setMinimumHeight(300)
    QApplication.processEvents()
    assert bar.value() == 0


@pytest.mark.parametrize("scale", [1.25, 1.5])
@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_no_page_draws_over_itself_at_1024x640(
    qtbot: QtBot, look: QApplication, code: str, scale: float
) -> None:
    """Models, Compare, History, Task tests: no widgets of one layout drawn over each
    other, no label lower than its text (the Task tests editor scrolls instead)."""
    from desktop.ui.main_window import MainWindow

    install_language(code)
    apply_text_size(look, scale)
    window = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(window)
    window.setMinimumSize(100, 100)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for i in range(window.nav.count()):
        window.show_page(i)
        QApplication.processEvents()
        problems += overlap_problems(window, window.nav.item(i).text())
    assert problems == []
    window.close()


def test_vote_buttons_wrap_whole_in_a_narrow_bar(qtbot: QtBot, look: QApplication) -> None:
    """Four panes' vote buttons in German at 150 % on a bar as wide as the Compare page at
    1024x640: each button whole (the ones that do not fit move onto the next line)."""
    from desktop.core.history.blind import BlindLayout
    from desktop.ui.widgets.vote import VoteBar

    install_language("de")
    apply_text_size(look, 1.5)
    bar = VoteBar()
    qtbot.addWidget(bar)
    bar.start(BlindLayout((3, 1, 0, 2), seed=1))
    bar.resize(740, bar.heightForWidth(740))
    bar.show()
    QApplication.processEvents()
    for b in [*bar.buttons, bar.question]:
        assert b.width() >= b.sizeHint().width(), b.text()
        assert bar.rect().contains(_rect(b, bar)), b.text()
    for i, a in enumerate(bar.buttons):
        for b in bar.buttons[i + 1:]:
            assert not _rect(a, bar).intersects(_rect(b, bar))
    bar.start(BlindLayout((1, 0), seed=2))  # a new run: only its own buttons
    assert len(bar.buttons) == 4
