"""Memory-aware waves for a set of models (:func:`plan_waves`): each model's load settings
and memory need, and which models answer together.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import psutil

from desktop.core.config.policy import Policy
from desktop.core.errors import SlmError
from desktop.core.fit.estimate import estimate_memory
from desktop.core.fit.load_plan import decide_load, read_shape, thread_share
from desktop.core.fit.schedule import plan_runs
from desktop.core.generation import LoadSettings
from desktop.core.machine.hardware import HardwareInfo
from desktop.core.servers.registry import is_server_ref
from desktop.session.pool import ModelPool

log = logging.getLogger("desktop.session.waves")


#: Memory a runner needs beyond the file when the model's shape cannot be read.
RUNNER_OVERHEAD_BYTES = 160 * 1024 * 1024


@dataclass(frozen=True)
class WavePlan:
    """How a set of models runs: each one's load settings and memory, and the waves.

    Attributes:
        loads: per model, the concrete load settings (:func:`decide_load`).
        needs: per model, the memory it needs in bytes (what a warm runner holds, else the
            fit estimate at that context).
        waves: model indices per wave, in running order.
        mode: ``"parallel"`` (one wave) or ``"sequential"``.
    """

    loads: tuple[LoadSettings, ...]
    needs: tuple[int, ...]
    waves: tuple[tuple[int, ...], ...]
    mode: Literal["parallel", "sequential"]

    def threads(self, index: int) -> int:
        """The threads model ``index`` answers with: its share within its wave."""
        wave = next(w for w in self.waves if index in w)
        return thread_share(self.loads[index].threads or 1, len(wave))


def plan_waves(
    paths: Sequence[Path],
    settings: LoadSettings | Sequence[LoadSettings],
    *,
    pool: ModelPool | None = None,
    hardware: HardwareInfo | None = None,
    policy: Policy | None = None,
    available_bytes: int | None = None,
) -> WavePlan:
    """Plan memory-aware waves for these model files (comparisons and task tests).

    Args:
        paths: the model files, in order (the same file may appear more than once).
        settings: the person's load settings (``None`` values: decided per model), one for
            every model, or one per model in ``paths``' order (e.g. a longer context for the
            one model a document did not fit); each model's memory need is worked out at its
            own context.
        pool: warm runners to count (their memory is reused, idle ones may be freed).
        hardware: this computer (default: probed now, without a bandwidth measurement).
        policy: the organisation's policy.
        available_bytes: memory free for the run (default: free now plus idle runners).
    """
    if hardware is None:
        from desktop.core.machine.hardware import probe_hardware

        try:
            hardware = probe_hardware(measure_bandwidth=False)
        except (OSError, ValueError, SlmError):
            log.debug("hardware probe failed", exc_info=True)
    if isinstance(settings, LoadSettings):
        per_model: Sequence[LoadSettings] = [settings] * len(paths)
    else:
        per_model = settings
        if len(per_model) != len(paths):
            raise ValueError("plan_waves needs one LoadSettings per model")
    loads: list[LoadSettings] = []
    needs: list[int] = []
    for path, asked in zip(paths, per_model, strict=True):
        path = Path(path)
        shape = read_shape(path)
        load = decide_load(shape, hardware, asked, policy)
        warm = pool.loaded_bytes(path, load) if pool is not None else 0
        if is_server_ref(path):
            need = 0  # the model runs on its server: no memory here
        elif shape is not None:
            need = estimate_memory(shape, load.context_length).need_bytes
        else:
            try:
                size = path.stat().st_size
            except OSError:
                size = 0
            need = int(size * 1.1) + RUNNER_OVERHEAD_BYTES
        loads.append(load)
        needs.append(warm or need)
    if available_bytes is None:
        idle = pool.idle_bytes() if pool is not None else 0
        available_bytes = int(psutil.virtual_memory().available) + idle
    plan = plan_runs([(str(i), n) for i, n in enumerate(needs)], available_bytes)
    return WavePlan(
        loads=tuple(loads),
        needs=tuple(needs),
        waves=tuple(tuple(int(k) for k in wave) for wave in plan.waves),
        mode=plan.mode,
    )
