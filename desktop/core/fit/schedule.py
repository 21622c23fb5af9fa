"""Which models of a comparison run at the same time, so memory is never exceeded.

Given each model's memory need (:func:`desktop.core.fit.estimate.estimate_memory`) and the memory
free now, :func:`plan_runs` groups the models into *waves*: the models of one wave run side
by side, and a wave starts only when the previous one has finished and unloaded. When all
models fit in one wave the plan is ``"parallel"``, otherwise ``"sequential"``.

Waves keep the person's order: models are taken one by one and added to the current wave
while the wave still fits; a model that does not fit starts the next wave. Only a share of
the free memory is planned (:data:`BUDGET_SHARE`), leaving room for long prompts, the window
and the system (see ``docs/fit.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

#: Share of the free memory that running models may use together.
BUDGET_SHARE = 0.85


@dataclass(frozen=True)
class SchedulePlan:
    """How to run a set of models on one prompt.

    Attributes:
        mode: ``"parallel"`` (one wave, all at once) or ``"sequential"`` (several waves).
        waves: model names per wave, in running order.
        budget_bytes: the memory the plan allowed for one wave.
        over_budget: models that need more than the budget even alone (each runs in a wave
            of its own, and may fail or push the system into swapping).
    """

    mode: Literal["parallel", "sequential"]
    waves: tuple[tuple[str, ...], ...]
    budget_bytes: int = 0
    over_budget: tuple[str, ...] = ()

    @property
    def order(self) -> tuple[str, ...]:
        """Every model name in running order."""
        return tuple(name for wave in self.waves for name in wave)

    def to_json(self) -> dict[str, Any]:
        """``{"schedule": "parallel"|"sequential", "waves": [[...]], "order": [...]}``."""
        return {
            "schedule": self.mode,
            "waves": [list(w) for w in self.waves],
            "order": list(self.order),
            "over_budget": list(self.over_budget),
        }


def plan_runs(
    needs: Sequence[tuple[str, int]],
    available_bytes: int,
    *,
    budget_share: float = BUDGET_SHARE,
    max_parallel: int | None = None,
) -> SchedulePlan:
    """Plan which models run together and which wait.

    Args:
        needs: ``(name, need_bytes)`` per model, in the order the person chose.
        available_bytes: memory free now (``HardwareInfo.ram_available_bytes``).
        budget_share: share of ``available_bytes`` one wave may use together.
        max_parallel: at most this many models in one wave (e.g. the number of cores).

    Returns:
        The plan; an empty ``needs`` gives a parallel plan with no waves.

    Raises:
        ValueError: a need is negative or ``max_parallel`` is below 1.
    """
    if max_parallel is not None and max_parallel < 1:
        raise ValueError("max_parallel must be at least 1")
    if any(need < 0 for _, need in needs):
        raise ValueError("memory needs cannot be negative")
    budget = max(0, int(available_bytes * budget_share))
    waves: list[list[str]] = []
    current: list[str] = []
    used = 0
    over: list[str] = []
    for name, need in needs:
        if need > budget:
            over.append(name)
        full = max_parallel is not None and len(current) >= max_parallel
        if current and (used + need > budget or full):
            waves.append(current)
            current, used = [], 0
        current.append(name)
        used += need
    if current:
        waves.append(current)
    return SchedulePlan(
        mode="parallel" if len(waves) <= 1 else "sequential",
        waves=tuple(tuple(w) for w in waves),
        budget_bytes=budget,
        over_budget=tuple(over),
    )
