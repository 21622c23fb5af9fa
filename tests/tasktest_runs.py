"""A stored task-test run built from fixed answers (real checks, a person's judgements, a
multi-line answer), for the export tests."""

from __future__ import annotations

from pathlib import Path

from desktop.core.tasktests.checks import run_checks
from desktop.core.tasktests.pack import pack_from_dict
from desktop.core.tasktests.results import TaskOutcome
from desktop.core.tasktests.store import RunModel, RunStore

ANSWERS = {
    ("Good model", "capital"): "Paris",
    ("Good model", "items"): "- Anna sends the budget\n- Ben books the room",
    ("Weak model", "capital"): "I am an AI assistant.",
    ("Weak model", "items"): "Anna budget",
}


def fixed_run(folder: Path) -> RunStore:
    """A finished two-model run of a three-task pack, answers fixed, checks run for real."""
    pack = pack_from_dict({
        "format": "slm-playground-task-pack", "version": 1, "name": "Front desk",
        "tasks": [
            {"id": "capital", "title": "Capital", "prompt": "Capital of France?",
             "checks": [{"kind": "contains", "phrases": ["Paris"]}]},
            {"id": "items", "title": "Action items", "prompt": "List the action items.",
             "checks": [{"kind": "contains", "phrases": ["Ben"]}]},
            {"id": "hello", "title": "Greeting", "prompt": "Say hello to Ana.", "checks": []},
        ],
    })
    store = RunStore.create(pack, [RunModel("Good model", "/m/good.gguf"),
                                   RunModel("Weak model", "/m/weak.gguf")], folder=folder)
    for index, model in enumerate(("Good model", "Weak model")):
        for task in pack.tasks:
            answer = ANSWERS.get((model, task.id), "Hello Ana!")
            store.add_outcome(index, TaskOutcome(
                task.id, model, answer=answer, checks=run_checks(task, answer), ttft_s=0.4,
                total_s=1.4, tokens_per_s=12.0, output_tokens=8, peak_rss_bytes=300_000_000))
    store.set_judgement(0, "hello", "pass")
    store.set_judgement(1, "hello", "fail")
    store.mark_finished()
    return store
