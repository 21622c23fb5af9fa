"""A quick memory bandwidth probe, robust to a busy computer, cached while it is fresh.

Token generation on a CPU reads every weight once per token, so memory speed sets the pace.
The probe copies a 64 MiB buffer a few times with numpy (one core, well under a second) and
reports bytes moved per second (read + write), the best round of a few tries.

A reading taken while other programs keep the processor busy can be far too low (two fresh
profiles on one machine read 17.3 and 7.0 GB/s; 11-40 GB/s within minutes on a busy 2-core
machine), so the probe repeats and keeps the best, and also measures how busy the
processor was meanwhile (:func:`probe`). Only a quiet reading is cached (JSON in
:func:`desktop.core.paths.cache_dir`); a busy one is used for this time only, and never
below a cached reading. The cache is reused until the computer looks different (another
CPU, RAM size or core count) or the reading is older than :data:`STALE_AFTER_S`.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from desktop.core import paths
from desktop.core.files import atomic_write_text

log = logging.getLogger("desktop.core.machine.bandwidth")

CACHE_FILE = "memory_bandwidth.json"
_BUFFER_BYTES = 64 * 1024 * 1024
_TIME_BUDGET_S = 0.6
_MAX_ROUNDS = 8
#: A cached reading is measured again after this long (a week).
STALE_AFTER_S = 7 * 24 * 3600.0
#: A reading is "quiet" when other programs used less than this share of all cores meanwhile.
QUIET_SHARE = 0.25
#: Tries per probe (the best counts) and the pause between them.
_TRIES = 3
_TRY_BUDGET_S = 0.2
_PAUSE_S = 0.05


@dataclass(frozen=True)
class Reading:
    """One probe: the best bandwidth seen and how busy other programs kept the processor."""

    bytes_per_s: float
    #: Share of all cores (0..1) other programs used while the probe ran.
    busy_share: float

    @property
    def quiet(self) -> bool:
        """True when the computer was quiet enough for the reading to be kept."""
        return self.busy_share < QUIET_SHARE


def _busy_seconds() -> float:
    t = psutil.cpu_times()
    idle = float(t.idle) + float(getattr(t, "iowait", 0.0))
    return float(sum(t)) - idle


def _own_seconds() -> float:
    t = psutil.Process().cpu_times()
    return float(t.user + t.system)


def measure_bandwidth_bytes_per_s(
    buffer_bytes: int = _BUFFER_BYTES, budget_s: float = _TIME_BUDGET_S
) -> float:
    """Measure memory copy bandwidth now (bytes read + written per second, best round).

    Args:
        buffer_bytes: size of the buffer copied each round (large enough to miss the caches).
        budget_s: stop starting new rounds after this many seconds (allocation included).
    """
    start = time.perf_counter()
    source, target = _buffers(buffer_bytes)
    return _best_copy(source, target, budget_s - (time.perf_counter() - start))


def _buffers(buffer_bytes: int) -> tuple[Any, Any]:
    import numpy as np

    count = max(1, buffer_bytes // 8)
    source = np.ones(count, dtype=np.float64)  # touched now, so page faults are not timed
    target = np.zeros(count, dtype=np.float64)
    np.copyto(target, source)
    return source, target


def _best_copy(source: Any, target: Any, budget_s: float) -> float:
    """Bytes moved per second in the fastest of a few copies of ``source`` into ``target``."""
    import numpy as np

    start = time.perf_counter()
    best = float("inf")
    for _ in range(_MAX_ROUNDS):
        t0 = time.perf_counter()
        np.copyto(target, source)
        best = min(best, time.perf_counter() - t0)
        if time.perf_counter() - start > budget_s:
            break
    return 2.0 * float(source.nbytes) / max(best, 1e-9)


def probe(tries: int = _TRIES, budget_s: float = _TRY_BUDGET_S) -> Reading:
    """Measure the bandwidth a few times (best counts) and how busy the processor was.

    Stops early once a try was quiet. Takes well under a second.
    """
    best = 0.0
    busy = 1.0
    cores = max(1, psutil.cpu_count() or 1)
    source, target = _buffers(_BUFFER_BYTES)
    for attempt in range(max(1, tries)):
        if attempt:
            time.sleep(_PAUSE_S)
        wall0, busy0, own0 = time.perf_counter(), _busy_seconds(), _own_seconds()
        value = _best_copy(source, target, budget_s)
        wall = max(1e-6, time.perf_counter() - wall0)
        others = max(0.0, (_busy_seconds() - busy0) - (_own_seconds() - own0))
        share = min(1.0, others / (wall * cores))
        best = max(best, value)
        busy = min(busy, share)
        if share < QUIET_SHARE and attempt >= 1:
            break
    return Reading(best, busy)


def _cache_path() -> Path:
    return paths.cache_dir() / CACHE_FILE


def _read_cache(key: str) -> tuple[float, float] | None:
    """``(bytes per second, measured at)`` of the cached reading for ``key``."""
    try:
        data: Any = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    value = data.get("bytes_per_s")
    when = data.get("measured_at")
    if isinstance(value, int | float) and value > 0:
        return float(value), float(when) if isinstance(when, int | float) else 0.0
    return None


def _write_cache(key: str, reading: Reading) -> None:
    try:
        atomic_write_text(
            _cache_path(),
            json.dumps({
                "key": key, "bytes_per_s": reading.bytes_per_s, "measured_at": time.time(),
                "busy_share": round(reading.busy_share, 3),
            }),
        )
    except OSError as exc:
        log.warning("could not cache the memory bandwidth: %s", exc)


def memory_bandwidth(*, measure: bool = True, key: str = "") -> float | None:
    """Memory bandwidth in bytes per second, from the cache or measured now.

    A fresh cached reading is returned as is. Otherwise (none, or older than
    :data:`STALE_AFTER_S`) the probe runs; a quiet reading is cached, a busy one is only
    used this time, and never below an older cached reading.

    Args:
        measure: measure when nothing fresh is cached for ``key`` (otherwise return the
            cached value, however old, or ``None``).
        key: describes the computer; a different key means measure again.
    """
    cached = _read_cache(key)
    if cached is not None and (not measure or time.time() - cached[1] < STALE_AFTER_S):
        return cached[0]
    if not measure:
        return None
    try:
        reading = probe()
    except MemoryError:
        log.warning("not enough memory to measure memory bandwidth")
        return cached[0] if cached else None
    log.info(
        "memory bandwidth: %.1f GB/s (other programs used %.0f %% of the processor)",
        reading.bytes_per_s / 1e9, 100 * reading.busy_share,
    )
    if reading.quiet:
        _write_cache(key, reading)
        return reading.bytes_per_s
    return max(reading.bytes_per_s, cached[0] if cached else 0.0)
