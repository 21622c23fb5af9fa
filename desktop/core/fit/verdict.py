"""The badge of a model on this computer (:func:`assess_fit`: runs well, slow, tight, too big,
no disk, can't run), the speed forecast behind it, and which variant of a model to pick.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from desktop.core.fit import speed
from desktop.core.fit.estimate import (
    MIB,
    MemoryEstimate,
    estimate_memory,
    max_context_runs_well,
    repacked_bytes,
    reserve_bytes,
    runs_well,
    use_mmap_here,
)
from desktop.core.fit.shape import ModelShape
from desktop.core.i18n import N_, _, current_language, translate
from desktop.core.machine.hardware import HardwareInfo
from desktop.core.units import format_bytes

#: Disk space kept free after a download: the larger of these.
DISK_MARGIN_MIN_BYTES = 512 * MIB
DISK_MARGIN_SHARE = 0.05


Badge = Literal["runs_well", "slow", "tight", "too_big", "no_disk", "unsupported"]

LABELS: Mapping[str, str] = {
    "runs_well": N_("Runs well"),
    "slow": N_("Fits, but slow"),
    "tight": N_("Runs, but close other apps"),
    "too_big": N_("Too big for this computer"),
    "no_disk": N_("Not enough disk space"),
    "unsupported": N_("Can't run here"),
}


#: Quality order of quantizations, best first (more bits keep more of the original model).
QUALITY_ORDER: tuple[str, ...] = tuple(
    sorted(speed.BITS_PER_WEIGHT, key=lambda q: -speed.BITS_PER_WEIGHT[q])
)


@dataclass(frozen=True)
class FitResult:
    """The badge of one model on this computer, with the numbers behind it."""

    badge: Badge
    label: str
    reason: str
    tokens_per_s_estimate: float
    words_per_s_estimate: float
    max_context_runs_well: int | None
    estimate: MemoryEstimate
    speed_text: str = ""
    #: This file's decode speed as measured here (median of its answers), when it has run.
    measured_tokens_per_s: float | None = None
    #: The short form of the same figure for list columns ("about 20 words/s").
    speed_short: str = ""
    #: The figure shown (measured when known, else the forecast), in words per second.
    words_per_s: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The JSON object of ``slm-playground fit --json`` (issue 3 keys, then extras)."""
        e = self.estimate
        return {
            "need_bytes": e.need_bytes,
            "weights_bytes": e.weights_bytes,
            "kv_cache_bytes": e.kv_cache_bytes,
            "other_bytes": e.other_bytes,
            "context_length": e.context_length,
            "badge": self.badge,
            "reason": self.reason,
            "tokens_per_s_estimate": round(self.tokens_per_s_estimate, 2),
            "max_context_runs_well": self.max_context_runs_well,
            "label": self.label,
            "words_per_s_estimate": round(self.words_per_s_estimate, 2),
            "speed": self.speed_text,
            "long_prompt_extra_bytes": e.long_prompt_extra_bytes,
            "measured_tokens_per_s": (
                round(self.measured_tokens_per_s, 2) if self.measured_tokens_per_s else None
            ),
        }


def forecast_tokens_per_s(
    shape: ModelShape, hardware: HardwareInfo, *, threads: int | None = None
) -> float:
    """Expected decode tokens per second for ``shape`` here (see :mod:`desktop.core.fit.speed`)."""
    return speed.forecast_tokens_per_s(
        weights_bytes=shape.weights_bytes,
        multiplied_weights=shape.multiplied_weights,
        n_vocab=shape.n_vocab,
        quantization=shape.quantization,
        hardware=hardware,
        threads=threads,
        weights_by_type=shape.multiplied_by_type,
        n_layers=shape.n_layers,
    )


def _gpu_fits(need: int, hardware: HardwareInfo) -> str | None:
    for gpu in hardware.gpus:
        if gpu.kind == "nvidia" and need <= gpu.vram_free_bytes:
            return gpu.name
    return None


def assess_fit(
    shape: ModelShape,
    hardware: HardwareInfo,
    *,
    context_length: int | None = None,
    downloaded: bool = True,
    engine_problem: str | None = None,
    gpu_offload: bool = False,
    threads: int | None = None,
    measured_tokens_per_s: float | None = None,
    use_mmap: bool | None = None,
) -> FitResult:
    """Decide the badge for ``shape`` on ``hardware``, with a one-line reason with numbers.

    The badge answers "is it good to use here?": memory first, then speed: a model that
    fits but writes slower than people read (:data:`speed.READING_WORDS_PER_S`) is
    ``slow`` ("Fits, but slow"), never "Runs well".

    Args:
        shape: the model file.
        hardware: this computer (:func:`desktop.core.machine.hardware.probe_hardware`).
        context_length: the chosen context (default: what the engine would pick).
        downloaded: False for a file still to download (then free disk space is checked).
        engine_problem: why no installed engine can run this file (from
            :class:`~desktop.core.errors.UnsupportedModelError`); gives ``unsupported``.
        gpu_offload: the engine offloads to an NVIDIA GPU, so fitting its free memory counts.
        threads: engine threads (default: physical cores).
        measured_tokens_per_s: this file's measured decode speed here, when it has run
            (``History.measured_tokens_per_s``); shown and judged instead of the forecast.
        use_mmap: the load mode (default: what the engine picks, :func:`use_mmap_here`).
    """
    mapped = use_mmap_here(shape, hardware) if use_mmap is None else use_mmap
    extra = repacked_bytes(shape, hardware) if mapped and not gpu_offload else 0
    estimate = estimate_memory(shape, context_length, mapped_repack_bytes=extra)
    need = estimate.need_bytes
    tps = forecast_tokens_per_s(shape, hardware, threads=threads)
    wps = speed.words_per_s(tps)
    figure = speed.speed_figure(tps, measured_tokens_per_s)
    speed_text = figure.sentence
    max_ctx = max_context_runs_well(shape, hardware)
    total, free = hardware.ram_total_bytes, hardware.ram_available_bytes
    needs = _("Needs about {size}").format(size=format_bytes(need))
    badge: Badge
    if engine_problem or hardware_problem(hardware):
        badge = "unsupported"
        reason = engine_problem or hardware_problem(hardware)
    elif gpu_offload and (gpu := _gpu_fits(need, hardware)):
        badge = "runs_well"
        reason = _("{needs}; it fits in the memory of the graphics card ({gpu}).").format(
            needs=needs, gpu=gpu
        )
    elif need > total - reserve_bytes(hardware):
        badge = "too_big"
        reason = _(
            "{needs}; this computer has {size} of memory in total, and about {size2} must "
            "stay free for the system."
        ).format(needs=needs, size=format_bytes(total), size2=format_bytes(reserve_bytes(hardware)))
    elif not downloaded and (
        shape.file_size_bytes
        + max(DISK_MARGIN_MIN_BYTES, int(DISK_MARGIN_SHARE * shape.file_size_bytes))
        > hardware.disk_free_bytes
    ):
        badge = "no_disk"
        reason = _("The download is {size}; only {size2} of disk space is free.").format(
            size=format_bytes(shape.file_size_bytes), size2=format_bytes(hardware.disk_free_bytes)
        )
    elif runs_well(need, hardware) and figure.slow:
        badge = "slow"
        reason = _("{needs}, which fits ({size} free), but it {lower_first}").format(
            needs=needs, size=format_bytes(free), lower_first=_lower_first(figure.sentence)
        )
    elif runs_well(need, hardware):
        badge = "runs_well"
        reason = _("{needs}; this computer has {size} free.").format(
            needs=needs, size=format_bytes(free)
        )
    else:
        badge = "tight"
        reason = _(
            "{needs}; only {size} is free right now (of {size2}). Close other apps first."
        ).format(needs=needs, size=format_bytes(free), size2=format_bytes(total))
        if figure.slow:
            reason += _(" It would also be slow: {speed_clause}.").format(
                speed_clause=_speed_clause(figure)
            )
    if badge == "unsupported":  # it will not run at all: no speed, no context to offer
        tps = wps = 0.0
        max_ctx = None
        speed_text = ""
        figure = speed.SpeedFigure(0.0)
    return FitResult(
        badge=badge,
        label=translate(LABELS[badge]),
        reason=reason,
        tokens_per_s_estimate=tps,
        words_per_s_estimate=wps,
        max_context_runs_well=max_ctx,
        estimate=estimate,
        speed_text=speed_text,
        measured_tokens_per_s=measured_tokens_per_s or None,
        speed_short=figure.short,
        words_per_s=figure.words_per_s,
    )


def _lower_first(sentence: str) -> str:
    """ "Writes about 2 words a second (...)." -> "writes about 2 words a second (...)."

    English only: other languages keep the sentence whole (their template ends in ":").
    """
    if current_language() != "en":
        return sentence
    if sentence.startswith("Measured here: "):
        return _("was measured here at ") + sentence[len("Measured here: "):]
    return sentence[:1].lower() + sentence[1:]


def _speed_clause(figure: speed.SpeedFigure) -> str:
    """ "about 2 words a second" (no feeling, no full stop) for a longer sentence."""
    words = speed.short_speed(figure.words_per_s, measured=figure.measured)
    if current_language() != "en":
        return words
    return words.replace("words/s", "words a second").replace("word/s", "word a second")


def hardware_problem(hardware: HardwareInfo) -> str:
    """A plain sentence when the engine cannot run on this computer at all, else ``""``."""
    if hardware.cpu_arch == "other":
        return _("This kind of processor is not supported by the model engine.")
    return hardware.engine_cpu_problem


def _quality_rank(quantization: str | None) -> float:
    return speed.bits_per_weight(quantization)


def recommend_variant(
    shapes: Sequence[ModelShape],
    hardware: HardwareInfo,
    *,
    context_length: int | None = None,
    downloaded: bool = False,
) -> tuple[int, str] | None:
    """Pick the file (quantization) to suggest among the files of one model.

    The best quality (most bits per weight) that runs well; when none does, the smallest that
    runs at all. ``None`` when no file can run here.

    Returns:
        ``(index into shapes, reason)``, e.g. ``(2, "Q4_K_M: best quality that fits
        comfortably")``.
    """
    results = [
        assess_fit(s, hardware, context_length=context_length, downloaded=downloaded)
        for s in shapes
    ]
    good = [i for i, r in enumerate(results) if r.badge == "runs_well"]
    if good:
        best = max(good, key=lambda i: (_quality_rank(shapes[i].quantization), -i))
        name = shapes[best].quantization or _("This file")
        if len(good) == len(shapes):
            why = _("best quality; every size fits comfortably")
        else:
            why = _("best quality that fits comfortably")
        return best, f"{name}: {why}"
    slow = [i for i, r in enumerate(results) if r.badge == "slow"]
    if slow:
        fast = max(slow, key=lambda i: (results[i].words_per_s, -i))
        name = shapes[fast].quantization or _("This file")
        return fast, _("{name}: the fastest; it fits but writes slowly here").format(name=name)
    tight = [i for i, r in enumerate(results) if r.badge == "tight"]
    if tight:
        small = min(tight, key=lambda i: (shapes[i].weights_bytes, i))
        name = shapes[small].quantization or _("This file")
        return small, _("{name}: the smallest; it runs if you close other apps").format(name=name)
    return None
