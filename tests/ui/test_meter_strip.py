"""The meter strip shows the sampler's snapshot: RAM bar, models' memory, CPU, sparklines."""

from __future__ import annotations

import os

from pytestqt.qtbot import QtBot

from desktop.core.machine.meter import Meter
from desktop.ui.widgets.meter import POLL_MS, MeterStrip


class FakeClock:
    def __init__(self) -> None:
        self.now = 10.0

    def __call__(self) -> float:
        return self.now


def test_strip_polls_and_shows_system_values(qtbot: QtBot) -> None:
    strip = MeterStrip(Meter())
    qtbot.addWidget(strip)
    strip.show()
    assert 2 <= 1000 / POLL_MS <= 4  # 2 to 4 Hz
    with qtbot.waitSignal(strip.sampled, timeout=3000):
        strip.start()
    with qtbot.waitSignal(strip.sampled, timeout=3000) as blocker:
        pass
    snap = blocker.args[0]
    assert snap.ram_total_bytes > 0
    assert 0 < strip.ram_bar.fraction <= 1
    assert " of " in strip.ram_label.text() and "GB" in strip.ram_label.text()
    assert strip.cpu_label.text().endswith("%")
    assert strip.models_label.text() == "None"
    assert strip.idle_label.isVisibleTo(strip)
    strip.stop()
    assert not strip.timer.isActive()


def test_strip_shows_runner_memory_and_pane_speed(qtbot: QtBot) -> None:
    clock = FakeClock()
    meter = Meter(clock=clock)
    meter.track_runner("r", os.getpid(), "Test model")
    info = {"p1": ("Left model", "#2f6fde")}
    strip = MeterStrip(meter, info.get)
    qtbot.addWidget(strip)
    meter.pane_started("p1")
    for _ in range(30):
        meter.record_tokens("p1")
        clock.now += 0.04  # 25 tokens/s
        strip.refresh()
    assert strip.models_label.text().startswith("Test model ")
    assert "MB" in strip.models_label.text()
    speed = strip.speed_widget("p1")
    assert speed is not None
    assert speed.name.text() == "● Left model"
    assert 16 <= float(speed.value.text()) <= 20  # 25 tokens/s shown as words/s (x 0.75)
    assert max(speed.spark.values) > 20
    assert not strip.idle_label.isVisibleTo(strip)
    meter.pane_finished("p1")
    strip.refresh()
    assert speed.value.text() == "–"
    # a pane the page no longer knows disappears from the strip
    info.clear()
    strip.refresh()
    assert strip.speed_widget("p1") is None
    strip.grab()  # paints without errors
