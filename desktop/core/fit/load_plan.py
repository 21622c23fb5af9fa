"""The one decision of how a model is loaded here: its context length and CPU threads.

Everything that needs those numbers asks :func:`decide_load`: the memory planner of a
comparison (so its estimate assumes the context the runner really loads), the runner
client (which sends the runner concrete values; the runner itself decides nothing), and
the CLI. The rules:

* **context**: the person's (or the policy's) context when set, never above the model's
  own; otherwise the model's own context capped at 4096
  (:func:`~desktop.core.fit.shape.default_context`), capped again at the largest context
  the fit estimate says still runs well on this computer.
* **threads**: the person's (or the policy's) thread count when set, else the physical
  cores (hyper-threads slow llama.cpp down). Models answering at the same time share them:
  :func:`thread_share`.
* **load mode** (``use_mmap``) when not set: read into memory when llama.cpp repacks the
  file's weights on this processor (mapped, the file would stay resident next to the
  repacked copy), else mapped: :func:`~desktop.core.fit.estimate.use_mmap_here`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path

import psutil

from desktop.core.config.policy import Policy, effective_load_settings
from desktop.core.errors import SlmError
from desktop.core.fit.estimate import max_context_runs_well, use_mmap_here
from desktop.core.fit.shape import ModelShape, default_context
from desktop.core.generation import LoadSettings
from desktop.core.machine.hardware import HardwareInfo

log = logging.getLogger("desktop.core.fit.load_plan")


def physical_cores() -> int:
    """Physical cores of this computer, at least 1."""
    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)


def thread_share(threads: int, parallel: int) -> int:
    """Threads for each of ``parallel`` models answering at once out of ``threads``."""
    return max(1, threads // max(1, parallel))


def decide_load(
    shape: ModelShape | None,
    hardware: HardwareInfo | None,
    settings: LoadSettings,
    policy: Policy | None = None,
) -> LoadSettings:
    """Concrete load settings for one model on this computer (see the module docstring).

    Args:
        shape: the model (``None`` when its file could not be read: then only the
            person's context, or none, is kept, and the engine's default applies).
        hardware: this computer (``None``: the context is not capped by the fit estimate,
            threads come from :func:`physical_cores`).
        settings: what the person asked for (``None`` values mean "pick for me").
        policy: the organisation's policy, laid over ``settings``.

    Returns:
        ``settings`` with ``threads`` always set and ``context_length`` set whenever the
        model could be read.
    """
    # The policy's context and threads: fixed when locked, else defaults for unset values
    # (the one rule, in core.config.policy).
    asked = effective_load_settings(settings, policy)
    threads = asked.threads or (
        hardware.cpu_physical_cores if hardware is not None and hardware.cpu_physical_cores
        else physical_cores()
    )
    ctx = asked.context_length
    if shape is not None:
        native = shape.native_context or None
        if ctx:
            ctx = min(ctx, native) if native else ctx
        else:
            ctx = default_context(native)
            if hardware is not None:
                best = max_context_runs_well(shape, hardware)
                if best:
                    ctx = min(ctx, best)
    mmap = asked.use_mmap
    if mmap is None and shape is not None:
        mmap = use_mmap_here(shape, hardware)
    return dataclasses.replace(
        asked, context_length=ctx, threads=max(1, int(threads)), use_mmap=mmap
    )


def read_shape(path: str | os.PathLike[str]) -> ModelShape | None:
    """The model's shape from its file header, or ``None`` when it cannot be read."""
    try:
        return ModelShape.from_file(Path(path))
    except (SlmError, OSError, ValueError, KeyError, TypeError) as error:
        log.debug("cannot read the shape of %s: %s", path, error)
        return None


def decide_load_for_file(
    path: str | os.PathLike[str],
    settings: LoadSettings,
    *,
    hardware: HardwareInfo | None = None,
    policy: Policy | None = None,
) -> LoadSettings:
    """:func:`decide_load` for a model file, probing this computer when needed.

    Cheap: reads the file's header, and the hardware (without a bandwidth measurement)
    only when the context has to be chosen.
    """
    if (
        settings.context_length and settings.threads and settings.use_mmap is not None
        and policy is None
    ):
        return settings
    shape = read_shape(path)
    if hardware is None and shape is not None and not settings.context_length:
        from desktop.core.machine.hardware import probe_hardware

        try:
            hardware = probe_hardware(measure_bandwidth=False)
        except (OSError, ValueError, SlmError) as error:
            log.debug("hardware probe failed: %s", error)
    return decide_load(shape, hardware, settings, policy)
