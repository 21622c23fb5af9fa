"""The memory-aware scheduler: which models run together, which wait, in which order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.fit.schedule import BUDGET_SHARE, SchedulePlan, plan_runs

GB = 1024**3


def test_everything_fits_runs_in_parallel() -> None:
    plan = plan_runs([("a", 1 * GB), ("b", 2 * GB), ("c", 1 * GB)], 16 * GB)
    assert plan.mode == "parallel"
    assert plan.waves == (("a", "b", "c"),)
    assert plan.order == ("a", "b", "c")
    assert plan.over_budget == ()


def test_too_much_together_runs_in_waves_keeping_the_order() -> None:
    plan = plan_runs([("a", 3 * GB), ("b", 3 * GB), ("c", 3 * GB), ("d", 1 * GB)], 8 * GB)
    # budget = 0.85 * 8 GB = 6.8 GB: a+b fit, c starts a new wave, d joins c.
    assert plan.mode == "sequential"
    assert plan.waves == (("a", "b"), ("c", "d"))
    assert plan.order == ("a", "b", "c", "d")


def test_a_model_bigger_than_the_budget_runs_alone_and_is_flagged() -> None:
    plan = plan_runs([("small", 1 * GB), ("huge", 20 * GB), ("tiny", GB // 2)], 8 * GB)
    assert plan.waves == (("small",), ("huge",), ("tiny",))
    assert plan.over_budget == ("huge",)
    assert plan.mode == "sequential"


def test_budget_is_a_share_of_free_memory() -> None:
    free = 10 * GB
    just_fits = int(free * BUDGET_SHARE) // 2
    assert plan_runs([("a", just_fits), ("b", just_fits)], free).mode == "parallel"
    assert plan_runs([("a", just_fits + 1), ("b", just_fits + 1)], free).mode == "sequential"
    assert plan_runs([("a", 6 * GB), ("b", 3 * GB)], free, budget_share=1.0).mode == "parallel"


def test_max_parallel_limits_a_wave() -> None:
    plan = plan_runs([(n, 1) for n in "abcde"], 100 * GB, max_parallel=2)
    assert plan.waves == (("a", "b"), ("c", "d"), ("e",))
    with pytest.raises(ValueError):
        plan_runs([("a", 1)], GB, max_parallel=0)


def test_edge_cases() -> None:
    assert plan_runs([], 8 * GB) == SchedulePlan(mode="parallel", waves=(), budget_bytes=int(
        8 * GB * BUDGET_SHARE))
    single = plan_runs([("only", 50 * GB)], 8 * GB)
    assert single.mode == "parallel" and single.waves == (("only",),)
    assert single.over_budget == ("only",)
    assert plan_runs([("a", 1), ("b", 1)], 0).mode == "sequential"
    with pytest.raises(ValueError):
        plan_runs([("a", -1)], GB)


def test_json_for_the_compare_command() -> None:
    data = plan_runs([("a", 5 * GB), ("b", 5 * GB)], 8 * GB).to_json()
    assert data == {
        "schedule": "sequential",
        "waves": [["a"], ["b"]],
        "order": ["a", "b"],
        "over_budget": [],
    }


@given(
    needs=st.lists(st.integers(min_value=0, max_value=64 * GB), max_size=6),
    free=st.integers(min_value=0, max_value=64 * GB),
)
def test_no_wave_of_several_models_exceeds_the_budget(needs: list[int], free: int) -> None:
    named = [(f"m{i}", n) for i, n in enumerate(needs)]
    plan = plan_runs(named, free)
    assert plan.order == tuple(name for name, _ in named)  # nothing lost, order kept
    size = dict(named)
    for wave in plan.waves:
        assert wave  # no empty waves
        if len(wave) > 1:
            assert sum(size[n] for n in wave) <= plan.budget_bytes
    assert (plan.mode == "parallel") == (len(plan.waves) <= 1)
