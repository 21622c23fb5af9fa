"""Shared checks for Qt tests: no QThread or QTimer may outlive a test, Qt warnings fail.

Imported by ``tests/ui/conftest.py`` and ``tests/e2e/conftest.py``. The thread/timer
tracking follows napari's ``dangling_qthreads`` idea: ``QThread.start`` and ``QTimer.start``
are wrapped for the test so every started object is remembered (weakly) and checked once
pytest-qt has closed the test's widgets.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

#: Qt messages the offscreen platform prints that say nothing about our code.
QT_LOG_IGNORE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    r"QFont::setPointSizeF: Point size <= 0",
)


def mark_qt_items(items: list[pytest.Item], folder: Path) -> None:
    """Make Qt warnings fail every test under ``folder`` (qt_log_level_fail = WARNING)."""
    for item in items:
        if folder in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


def _alive(obj: object, check: str) -> bool:
    try:
        return bool(getattr(obj, check)())
    except RuntimeError:  # the C++ object is gone: nothing is running
        return False


@pytest.fixture
def no_dangling_qt(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if a QThread still runs or a QTimer is still active after it."""
    threads: weakref.WeakSet[QThread] = weakref.WeakSet()
    timers: weakref.WeakSet[QTimer] = weakref.WeakSet()
    thread_start = QThread.start
    timer_start = QTimer.start

    def start_thread(self: QThread, *args: object) -> None:
        threads.add(self)
        thread_start(self, *args)  # type: ignore[arg-type]

    def start_timer(self: QTimer, *args: object) -> None:
        timers.add(self)
        timer_start(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QThread, "start", start_thread)
    monkeypatch.setattr(QTimer, "start", start_timer)
    yield
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline:
        qapp.processEvents()
        if not any(_alive(t, "isRunning") for t in list(threads)):
            break
        time.sleep(0.02)
    running = [t.objectName() or repr(t) for t in list(threads) if _alive(t, "isRunning")]
    active = [
        t.objectName() or f"QTimer(interval={t.interval()}, parent={t.parent()!r})"
        for t in list(timers)
        if _alive(t, "isActive")
    ]
    for t in list(timers):
        if _alive(t, "isActive"):
            t.stop()
    problems = []
    if running:
        problems.append(f"QThreads still running after the test: {running}")
    if active:
        problems.append(f"QTimers still active after the test: {active}")
    if problems:
        pytest.fail("; ".join(problems))
