"""The warm-runner pool with real runners: reuse, settings, idle limit, make room, close."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest

from desktop.core.generation import LoadSettings
from desktop.core.machine.meter import Meter
from desktop.session.pool import ModelPool

pytestmark = pytest.mark.slow

SMALL = LoadSettings(context_length=512, threads=1)


def test_warm_runner_is_reused_and_idle_ones_are_limited(starter_path: Path) -> None:
    meter = Meter()
    pool = ModelPool(meter, max_idle=1)
    try:
        a = pool.acquire(starter_path, SMALL, "a")
        loaded, fresh = pool.ensure_loaded(a)
        assert fresh and loaded.context_length == 512 and a.pid is not None
        assert a.pid in meter.tracked_runners().values()
        assert pool.ensure_loaded(a)[1] is False  # already loaded
        b = pool.acquire(starter_path, SMALL, "b")  # a is busy: a second client
        assert b is not a
        pool.ensure_loaded(b)
        assert pool.release(a) == []
        assert pool.loaded_bytes(starter_path, SMALL) > 50_000_000
        assert pool.loaded_bytes(starter_path, LoadSettings(context_length=1024)) == 0
        surplus = pool.release(b)  # two idle runners, one allowed: the oldest goes
        assert surplus == [a]
        pool.close_clients(surplus)
        assert not a.alive and b.alive
        again = pool.acquire(starter_path, SMALL, "again", prefer=b)
        assert again is b  # the warm one, no new process
        other = pool.acquire(starter_path, LoadSettings(context_length=640, threads=1), "o")
        assert other is not b  # other settings: another runner
        pool.release(other)
        pool.release(again)
        assert pool.idle_bytes() > 50_000_000
    finally:
        pids = pool.pids()
        pool.close_all()
    assert pool.pids() == [] and len(pool) == 0
    for pid in pids:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    with pytest.raises(RuntimeError):
        pool.acquire(starter_path, SMALL, "late")


def test_make_room_unloads_idle_runners_oldest_first(starter_path: Path) -> None:
    pool = ModelPool(max_idle=4)
    try:
        first = pool.acquire(starter_path, SMALL, "first")
        pool.ensure_loaded(first)
        second = pool.acquire(starter_path, SMALL, "second")
        pool.ensure_loaded(second)
        pool.release(first)
        pool.release(second)
        # asking for more memory than the computer has frees every idle runner but `keep`
        freed = pool.make_room(psutil.virtual_memory().total * 4, keep={id(second)})
        assert freed == ["first"]
        assert not first.alive and second.alive
        assert pool.make_room(0) == []
    finally:
        pool.close_all()


def test_close_all_ends_every_runner_at_once_even_unresponsive_ones(starter_path: Path) -> None:
    """Ctrl+C and closing the window: all runners are asked together, stragglers killed."""
    import os
    import signal
    import time

    pool = ModelPool(max_idle=4)
    clients = [pool.acquire(starter_path, SMALL, f"m{i}") for i in range(2)]
    for c in clients:
        pool.ensure_loaded(c)
    pids = pool.pids()
    assert len(pids) == 2
    for pid in pids:  # frozen runners: they can neither unload nor exit by themselves
        os.kill(pid, signal.SIGSTOP)
    started = time.monotonic()
    pool.close_all(grace_s=1.0)
    took = time.monotonic() - started
    # one after the other would be 2 x 1 s of grace; together it is one grace and a kill
    assert took < 1.9, took
    assert pool.pids() == [] and not any(c.alive for c in clients)
    for pid in pids:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
