"""The real window, driven like a person would: two panes on the real starter model."""

from __future__ import annotations

import os
import re
import signal

import psutil
import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.pane import PaneView

pytestmark = pytest.mark.slow

#: The machine running the tests is small and busy; answers are short to stay fast.
RUN_TIMEOUT_MS = 180_000


def _number(text: str) -> float:
    """The first number in ``text`` as the window wrote it: grouped and with the decimal
    separator of its language ("1,234.5", "1.234,5", "1 234,5")."""
    match = re.search(r"\d[\d.,\u00a0\u202f]*", text)
    assert match, f"no number in {text!r}"
    written = match.group().strip()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # as desktop.ui.fmt.number writes it
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    value, ok = locale.toDouble(written)
    assert ok, f"{written!r} is not a number in {locale.name()}"
    return value


def _count(text: str) -> int:
    """A whole number shown in the window, grouped or not ("1,234" -> 1234)."""
    value = _number(text)
    assert value == int(value), f"{text!r} is not a whole number"
    return int(value)


def _ask(qtbot: QtBot, w: MainWindow, prompt: str, max_tokens: int) -> None:
    page = w.compare
    page.prompt.setPlainText(prompt)
    page.advanced.max_tokens.setValue(max_tokens)
    page.advanced.temperature.setValue(0.0)


def _check_answer(pane: PaneView, max_tokens: int) -> None:
    assert pane.state == "done", (pane.status.text(), pane.error)
    assert pane.output.toPlainText().strip()
    assert 0 < _number(pane.m_ttft.value.text()) < 120
    assert 0 < _number(pane.m_speed.value.text()) < 5000
    assert 1 <= _count(pane.m_tokens.value.text()) <= max_tokens
    ram = pane.m_ram.value.text()
    assert ram.endswith(("MB", "GB")) and _number(ram) > 0
    assert pane.metrics is not None and pane.metrics.peak_rss_bytes > 50_000_000


def test_two_panes_answer_with_numbers_and_meter(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    page = w.compare
    _ask(qtbot, w, "Name three colours.", 8)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        qtbot.keyClick(page.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    for pane in page.panes:
        _check_answer(pane, 8)
    # the meter saw both runners and both panes' tokens
    w.meter_strip.refresh()
    snap = w.meter_strip.snapshot
    assert snap is not None
    assert len(snap.runners) == 2
    assert all(r.rss_bytes > 50_000_000 for r in snap.runners)
    for pane in page.panes:
        sample = snap.pane(pane.pane_id)
        assert sample is not None and 1 <= sample.tokens <= 8 and not sample.active
    assert "MB" in w.meter_strip.models_label.text()
    assert 0 < w.meter_strip.ram_bar.fraction < 1
    pids = set(page.pool.pids())
    assert len(pids) == 2

    # a second run reuses the warm runners (no new processes)
    _ask(qtbot, w, "Say hello.", 4)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_all()
    for pane in page.panes:
        _check_answer(pane, 4)
        assert not pane.status.text().startswith("Model ready")
    assert set(page.pool.pids()) == pids

    # closing the window ends every runner
    w.close()
    assert page.pool.pids() == []
    for pid in pids:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_escape_stops_every_answer(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    page = w.compare
    _ask(qtbot, w, "Write a long story about a lighthouse keeper.", 2000)
    with qtbot.waitSignal(page.run_started):
        page.run_button.click()
    qtbot.waitUntil(lambda: all(p.state == "writing" for p in page.panes), timeout=RUN_TIMEOUT_MS)
    assert page.stop_button.isEnabled() and not page.run_button.isEnabled()
    with qtbot.waitSignal(page.run_finished, timeout=15_000):
        qtbot.keyClick(page.prompt, Qt.Key.Key_Escape)
    for pane in page.panes:
        assert pane.state == "stopped", pane.status.text()
        assert pane.status.text() == "Stopped"
        assert pane.error_box.isHidden()
        assert _count(pane.m_tokens.value.text()) < 2000
    assert page.run_button.isEnabled()


def test_one_pane_stop_button(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    page = w.compare
    # long enough answers that the stop surely lands while the left pane is still writing
    _ask(qtbot, w, "Write a long story about a cat.", 120)
    left, right = page.panes
    page.run_all()
    qtbot.waitUntil(lambda: left.state == "writing", timeout=RUN_TIMEOUT_MS)
    left.stop_button.click()
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        pass
    assert left.state == "stopped"
    _check_answer(right, 120)


def test_killed_runner_shows_error_while_other_pane_finishes(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    page = w.compare
    _ask(qtbot, w, "Write a long story about a cat.", 120)
    left, right = page.panes
    page.run_all()
    qtbot.waitUntil(lambda: left.state == "writing", timeout=RUN_TIMEOUT_MS)
    pid = page.runner_pid(left)
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        pass
    assert left.state == "error"
    assert left.error_box.isVisibleTo(left)
    text = left.error_box.text()
    assert "stopped unexpectedly" in text
    assert "Traceback" not in text
    _check_answer(right, 120)
    # the window stays usable: the dead runner is replaced on the next run
    _ask(qtbot, w, "Say hi.", 3)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_all()
    assert left.state == "done" and right.state == "done"
    assert pid not in page.pool.pids()


def test_panes_take_turns_when_memory_is_short(qtbot: QtBot, window: MainWindow) -> None:
    """With too little memory for both models, the second pane waits for the first."""
    w = window
    page = w.compare
    _ask(qtbot, w, "Say yes.", 3)
    left, right = page.panes
    page.available_memory = lambda: 1  # too little memory for two models at once
    page.run_all()
    qtbot.waitUntil(lambda: right.state == "waiting", timeout=10_000)
    assert (
        right.status.text() == "Waiting: runs after SmolLM2 135M Instruct (starter) to save memory"
    )
    assert left.state in ("loading", "thinking", "writing")
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        pass
    assert left.state == "done" and right.state == "done"


def test_closing_while_generating_ends_every_runner(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    page = w.compare
    _ask(qtbot, w, "Write a long story about a lighthouse keeper.", 2000)
    page.run_all()
    qtbot.waitUntil(lambda: all(p.state == "writing" for p in page.panes), timeout=RUN_TIMEOUT_MS)
    pids = page.pool.pids()
    assert len(pids) == 2
    w.close()
    assert page.pool.pids() == []
    assert not page.running and not any(p.answering for p in page.panes)
    for pid in pids:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_empty_prompt_asks_for_text(qtbot: QtBot, window: MainWindow) -> None:
    page = window.compare
    page.prompt.setPlainText("   ")
    page.run_all()
    assert not page.running
    assert page.notice.isVisibleTo(page)
    assert "Type a question" in page.notice.text()
