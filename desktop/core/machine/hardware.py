"""What this computer has: memory, cores, CPU features, GPUs, memory speed and free disk.

RAM and core counts come from :mod:`psutil`; the processor from :mod:`desktop.core.machine.cpu`;
NVIDIA GPUs from ``nvidia-ml-py`` when it is installed (optional). No extra native dependency
is needed anywhere.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import psutil

from desktop.core import paths
from desktop.core.i18n import _
from desktop.core.machine.bandwidth import memory_bandwidth
from desktop.core.machine.cpu import (
    RELEVANT_FEATURES,
    Arch,
    CpuDescription,
    apple_gpu_share,
    cpu_arch,
    read_cpu,
)
from desktop.core.machine.cpu_check import check_cpu

log = logging.getLogger("desktop.core.machine.hardware")


@dataclass(frozen=True)
class GpuInfo:
    """One GPU the engine could offload to.

    For Apple Silicon ``vram_total_bytes`` is the share of the unified memory the GPU may use
    (about two thirds to three quarters of RAM), not the whole RAM.
    """

    name: str
    vram_total_bytes: int
    vram_free_bytes: int
    kind: Literal["nvidia", "apple"] = "nvidia"

    def to_json(self) -> dict[str, Any]:
        """The JSON object of ``slm-playground hardware --json``."""
        return {
            "name": self.name,
            "vram_total_bytes": self.vram_total_bytes,
            "vram_free_bytes": self.vram_free_bytes,
        }


@dataclass(frozen=True)
class HardwareInfo:
    """A snapshot of this computer, as the fit badges need it."""

    ram_total_bytes: int
    ram_available_bytes: int
    cpu_physical_cores: int
    cpu_logical_cores: int
    cpu_model: str
    cpu_features: tuple[str, ...]
    gpus: tuple[GpuInfo, ...]
    memory_bandwidth_bytes_per_s: float | None
    models_dir: Path
    disk_free_bytes: int
    unified_memory: bool = False
    cpu_arch: Arch = "x86_64"
    cpu_features_known: bool = True
    os_name: str = field(default_factory=platform.system)
    #: Plain sentence when the bundled engine cannot run on this processor, else "".
    engine_cpu_problem: str = ""

    def to_json(self) -> dict[str, Any]:
        """The JSON object of ``slm-playground hardware --json`` (keys fixed by issue 3)."""
        return {
            "ram_total_bytes": self.ram_total_bytes,
            "ram_available_bytes": self.ram_available_bytes,
            "cpu_physical_cores": self.cpu_physical_cores,
            "cpu_logical_cores": self.cpu_logical_cores,
            "cpu_model": self.cpu_model,
            "cpu_features": list(self.cpu_features),
            "gpus": [gpu.to_json() for gpu in self.gpus],
            "memory_bandwidth_bytes_per_s": self.memory_bandwidth_bytes_per_s,
            "models_dir": str(self.models_dir),
            "disk_free_bytes": self.disk_free_bytes,
        }

def read_nvidia_gpus() -> tuple[GpuInfo, ...]:
    """NVIDIA GPUs and their free memory through ``nvidia-ml-py``; empty when unavailable."""
    try:
        import pynvml  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return ()
    gpus: list[GpuInfo] = []
    try:  # pragma: no cover - needs an NVIDIA driver
        pynvml.nvmlInit()
        try:
            for index in range(pynvml.nvmlDeviceGetCount()):
                handle = pynvml.nvmlDeviceGetHandleByIndex(index)
                name = pynvml.nvmlDeviceGetName(handle)
                memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
                gpus.append(
                    GpuInfo(
                        name=name.decode() if isinstance(name, bytes) else str(name),
                        vram_total_bytes=int(memory.total),
                        vram_free_bytes=int(memory.free),
                    )
                )
        finally:
            pynvml.nvmlShutdown()
    except Exception as exc:  # noqa: BLE001 - no driver, no GPU, or a broken one
        log.debug("NVIDIA GPUs not readable: %s", exc)
        return ()
    return tuple(gpus)


def disk_free_bytes(folder: Path) -> int:
    """Free bytes on the disk holding ``folder`` (its nearest existing parent if missing)."""
    probe = Path(folder).expanduser().absolute()
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return int(shutil.disk_usage(probe).free)
    except OSError as exc:
        log.warning("could not read free disk space of %s: %s", probe, exc)
        return 0


def _cores(cpu: CpuDescription) -> tuple[int, int]:
    logical = psutil.cpu_count(logical=True) or cpu.logical_cores or os.cpu_count() or 1
    physical = psutil.cpu_count(logical=False) or cpu.physical_cores or logical
    return int(physical), int(logical)


def bandwidth_key(cpu_model: str, ram_total: int, logical_cores: int | None) -> str:
    """What the cached bandwidth reading belongs to: another value means measure again."""
    return f"{cpu_model}|{ram_total}|{logical_cores}"


def probe_hardware(
    *, models_dir: Path | None = None, measure_bandwidth: bool = True
) -> HardwareInfo:
    """Look at this computer: memory, cores, CPU, GPUs, bandwidth and free disk.

    Args:
        models_dir: the folder models are stored in (default: the app's models folder).
        measure_bandwidth: measure memory bandwidth once (under a second, then cached) when no
            cached value exists; with ``False`` only a cached value is used.

    Returns:
        A :class:`HardwareInfo` snapshot. Never raises for missing details: unknown values
        get safe defaults and a log line.
    """

    folder = Path(models_dir) if models_dir is not None else paths.default_models_dir()
    memory = psutil.virtual_memory()
    cpu, mac = read_cpu()
    physical, logical = _cores(cpu)
    gpus = list(read_nvidia_gpus())
    unified = bool(mac and mac.apple_silicon)
    if unified and mac is not None:  # pragma: no cover - macOS only
        share = apple_gpu_share(int(memory.total), mac.gpu_wired_limit_bytes)
        gpus.append(
            GpuInfo(
                name=_("{model} GPU (shared memory)").format(model=cpu.model),
                vram_total_bytes=share,
                vram_free_bytes=min(share, int(memory.available)),
                kind="apple",
            )
        )
    return HardwareInfo(
        ram_total_bytes=int(memory.total),
        ram_available_bytes=int(memory.available),
        cpu_physical_cores=physical,
        cpu_logical_cores=logical,
        cpu_model=cpu.model,
        cpu_features=cpu.features,
        gpus=tuple(gpus),
        memory_bandwidth_bytes_per_s=memory_bandwidth(
            measure=measure_bandwidth, key=bandwidth_key(cpu.model, int(memory.total), logical)
        ),
        models_dir=folder,
        disk_free_bytes=disk_free_bytes(folder),
        unified_memory=unified,
        cpu_arch=cpu_arch(),
        cpu_features_known=cpu.features_known,
        engine_cpu_problem=check_cpu().message,
    )


def describe(info: HardwareInfo) -> list[str]:
    """Plain-language lines about this computer, for people (the ``hardware`` command)."""
    from desktop.core.units import format_bytes

    lines = [
        _("Memory: {size} in total, {size2} free right now.").format(
            size=format_bytes(info.ram_total_bytes), size2=format_bytes(info.ram_available_bytes)
        ),
        _(
            "Processor: {cpu_model}, {cpu_physical_cores} cores ({cpu_logical_cores} threads)."
        ).format(
            cpu_model=info.cpu_model,
            cpu_physical_cores=info.cpu_physical_cores,
            cpu_logical_cores=info.cpu_logical_cores,
        ),
    ]
    if info.cpu_features:
        lines.append(
            _("Processor features used by the engine: ") + ", ".join(info.cpu_features) + "."
        )
    elif not info.cpu_features_known:
        lines.append(_("Processor features: could not be read on this system."))
    if info.memory_bandwidth_bytes_per_s:
        lines.append(
            _("Memory speed: about {memory_bandwidth_bytes_per_s:.0f} GB per second.").format(
                memory_bandwidth_bytes_per_s=info.memory_bandwidth_bytes_per_s / 1e9
            )
        )
    if info.gpus:
        for gpu in info.gpus:
            lines.append(
                _("Graphics: {name}, {size} ({size2} free).").format(
                    name=gpu.name,
                    size=format_bytes(gpu.vram_total_bytes),
                    size2=format_bytes(gpu.vram_free_bytes),
                )
            )
    else:
        lines.append(
            _("Graphics: no graphics card that models can use; the processor does the work.")
        )
    free = format_bytes(info.disk_free_bytes)
    lines.append(
        _("Models folder: {models_dir} ({free} free on this disk).").format(
            models_dir=info.models_dir, free=free
        )
    )
    return lines


def feature_set(info: HardwareInfo) -> Mapping[str, bool]:
    """``{feature: present}`` for every relevant feature (handy for the UI's details panel)."""
    have = set(info.cpu_features)
    return {name: name in have for name in RELEVANT_FEATURES}
