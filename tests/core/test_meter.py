"""The Qt-free meter: system readings, runner memory by pid, tokens per second per pane."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from desktop.core.machine.meter import Meter


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_sample_reads_the_real_system() -> None:
    snap = Meter().sample()
    assert snap.ram_total_bytes > 0
    assert 0 < snap.ram_used_bytes <= snap.ram_total_bytes
    assert snap.ram_available_bytes > 0
    assert 0.0 <= snap.cpu_percent <= 100.0
    assert 0.0 < snap.ram_fraction <= 1.0
    assert snap.app_rss_bytes > 10_000_000  # this Python process
    assert snap.runners == () and snap.panes == ()


def test_runner_memory_is_read_from_its_pid() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; b = bytearray(30_000_000); time.sleep(30)"]
    )
    try:
        meter = Meter()
        meter.track_runner("r1", child.pid, "Tiny model")
        deadline = time.monotonic() + 10
        rss = 0
        while time.monotonic() < deadline:
            snap = meter.sample()
            rss = snap.runners[0].rss_bytes
            if rss > 30_000_000:
                break
            time.sleep(0.05)
        assert snap.runners[0].name == "Tiny model"
        assert snap.runners[0].pid == child.pid
        assert rss > 30_000_000
        assert snap.models_rss_bytes == rss
        child.kill()
        child.wait()
        # a runner that died reads as 0, never raises
        assert meter.sample().runners[0].rss_bytes == 0
        meter.untrack_runner("r1")
        assert meter.sample().runners == ()
    finally:
        child.kill()
        child.wait()


def test_unknown_pid_is_harmless() -> None:
    meter = Meter()
    meter.track_runner("ghost", 2**22 + 12345, "Ghost")
    assert meter.sample().runners[0].rss_bytes == 0


def test_tokens_per_second_from_recorded_counts() -> None:
    clock = FakeClock()
    meter = Meter(clock=clock, rate_window_s=2.0)
    meter.pane_started("left")
    clock.now += 0.5  # prompt processing: no tokens yet
    assert meter.sample().pane("left").tokens_per_s == 0.0  # type: ignore[union-attr]
    for _ in range(21):  # 20 tokens per second for one second
        meter.record_tokens("left")
        clock.now += 0.05
    snap = meter.sample()
    left = snap.pane("left")
    assert left is not None and left.active
    assert left.tokens == 21
    assert left.tokens_per_s == pytest.approx(20.0, rel=0.1)
    # a long answer: only the recent window counts
    for _ in range(200):
        meter.record_tokens("left")
        clock.now += 0.02  # 50 tokens per second
    assert meter.sample().pane("left").tokens_per_s == pytest.approx(50, rel=0.1)  # type: ignore[union-attr]
    meter.pane_finished("left")
    after = meter.sample().pane("left")
    assert after is not None and not after.active and after.tokens_per_s == 0.0
    assert after.peak_tokens_per_s == pytest.approx(50, rel=0.1)
    assert meter.peak_tokens_per_s("left") == pytest.approx(50, rel=0.1)
    assert len(after.history) == 4  # one entry per sample


def test_a_stall_lowers_the_rate() -> None:
    clock = FakeClock()
    meter = Meter(clock=clock, rate_window_s=1.0)
    meter.pane_started("p")
    for _ in range(11):
        meter.record_tokens("p")
        clock.now += 0.1
    fast = meter.sample().pane("p").tokens_per_s  # type: ignore[union-attr]
    clock.now += 3.0  # nothing for three seconds
    slow = meter.sample().pane("p").tokens_per_s  # type: ignore[union-attr]
    assert slow < fast / 2


def test_new_answer_resets_count_and_peak() -> None:
    clock = FakeClock()
    meter = Meter(clock=clock)
    meter.pane_started("p")
    for _ in range(10):
        meter.record_tokens("p")
        clock.now += 0.01
    meter.sample()
    assert meter.peak_tokens_per_s("p") > 0
    meter.pane_started("p")
    snap = meter.sample().pane("p")
    assert snap is not None and snap.tokens == 0
    meter.forget_pane("p")
    assert meter.sample().pane("p") is None


def test_history_is_bounded() -> None:
    meter = Meter(history=5)
    for _ in range(12):
        snap = meter.sample()
    assert len(snap.ram_history) == 5
    assert len(snap.cpu_history) == 5


def test_workers_record_from_many_threads() -> None:
    meter = Meter()
    meter.pane_started("a")

    def work() -> None:
        for _ in range(2000):
            meter.record_tokens("a")

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for _ in range(20):
        meter.sample()
    for t in threads:
        t.join()
    assert meter.sample().pane("a").tokens == 8000  # type: ignore[union-attr]
