"""A quick memory bandwidth probe, measured once and cached.

Token generation on a CPU reads every weight once per token, so memory speed sets the pace.
The probe copies a 64 MiB buffer a few times with numpy (one core, well under a second) and
reports bytes moved per second (read + write). The answer is cached as JSON in
:func:`desktop.core.paths.cache_dir` and reused until the computer looks different
(another CPU, RAM size or core count).
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.files import atomic_write_text

log = logging.getLogger("desktop.core.machine.bandwidth")

CACHE_FILE = "memory_bandwidth.json"
_BUFFER_BYTES = 64 * 1024 * 1024
_TIME_BUDGET_S = 0.6
_MAX_ROUNDS = 8


def measure_bandwidth_bytes_per_s(
    buffer_bytes: int = _BUFFER_BYTES, budget_s: float = _TIME_BUDGET_S
) -> float:
    """Measure memory copy bandwidth now (bytes read + written per second, best round).

    Args:
        buffer_bytes: size of the buffer copied each round (large enough to miss the caches).
        budget_s: stop starting new rounds after this many seconds (allocation included).
    """
    import numpy as np

    start = time.perf_counter()
    count = max(1, buffer_bytes // 8)
    source = np.ones(count, dtype=np.float64)  # touched now, so page faults are not timed
    target = np.zeros(count, dtype=np.float64)
    np.copyto(target, source)
    best = float("inf")
    for _ in range(_MAX_ROUNDS):
        t0 = time.perf_counter()
        np.copyto(target, source)
        best = min(best, time.perf_counter() - t0)
        if time.perf_counter() - start > budget_s:
            break
    moved = 2.0 * source.nbytes
    return moved / max(best, 1e-9)


def _cache_path() -> Path:
    return paths.cache_dir() / CACHE_FILE


def _read_cache(key: str) -> float | None:
    try:
        data: Any = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    value = data.get("bytes_per_s")
    if isinstance(value, int | float) and value > 0:
        return float(value)
    return None


def _write_cache(key: str, value: float) -> None:
    try:
        atomic_write_text(
            _cache_path(),
            json.dumps({"key": key, "bytes_per_s": value, "measured_at": time.time()}),
        )
    except OSError as exc:
        log.warning("could not cache the memory bandwidth: %s", exc)


def memory_bandwidth(*, measure: bool = True, key: str = "") -> float | None:
    """Memory bandwidth in bytes per second, from the cache or measured once.

    Args:
        measure: measure when nothing is cached for ``key`` (otherwise return ``None``).
        key: describes the computer; a different key means measure again.
    """
    cached = _read_cache(key)
    if cached is not None or not measure:
        return cached
    try:
        value = measure_bandwidth_bytes_per_s()
    except MemoryError:
        log.warning("not enough memory to measure memory bandwidth")
        return None
    log.info("memory bandwidth: %.1f GB/s", value / 1e9)
    _write_cache(key, value)
    return value
