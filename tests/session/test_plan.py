"""Wave planning for comparisons and task tests (no runner is started)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.fit.estimate import estimate_memory
from desktop.core.fit.load_plan import decide_load_for_file
from desktop.core.fit.shape import ModelShape
from desktop.core.generation import LoadSettings
from desktop.session.waves import plan_waves

SETTINGS = LoadSettings(context_length=1024, threads=4)


def test_models_that_fit_run_together_and_share_the_threads(starter_path: Path) -> None:
    plan = plan_waves([starter_path] * 3, SETTINGS, available_bytes=64 * 1024**3)
    assert plan.mode == "parallel" and plan.waves == ((0, 1, 2),)
    need = estimate_memory(ModelShape.from_file(starter_path), 1024).need_bytes
    assert plan.needs == (need,) * 3
    assert plan.loads == (decide_load_for_file(starter_path, SETTINGS),) * 3
    assert [plan.threads(i) for i in range(3)] == [1, 1, 1]


def test_too_little_memory_makes_them_take_turns(starter_path: Path, tmp_path: Path) -> None:
    unreadable = tmp_path / "notes.gguf"
    unreadable.write_text("not a model")
    plan = plan_waves([starter_path, unreadable], SETTINGS, available_bytes=1)
    assert plan.mode == "sequential" and plan.waves == ((0,), (1,))
    assert plan.threads(0) == plan.threads(1) == 4  # alone, each uses every thread
    assert plan.loads[1].context_length == 1024 and plan.needs[1] > 0
