"""Prompt library: ready-made office prompts, the person's own prompts, presets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.config.prompts import (
    PRESETS,
    PromptError,
    PromptLibrary,
    load_builtin_prompts,
    matching_preset,
    preset,
)
from desktop.engine.types import SamplingParams


def test_ready_made_office_prompts() -> None:
    prompts = {p.id: p for p in load_builtin_prompts()}
    assert set(prompts) >= {"summarise-email", "polite-reply", "extract-table", "translate",
                            "plain-english", "explain-formula"}
    for p in prompts.values():
        assert p.builtin and p.title and p.task_tag and p.description
        assert "text" in p.fields and p.preset in PRESETS
        assert set(p.fields) <= set(p.placeholders)  # every box has a hint
    email = prompts["summarise-email"].fill("Hi team, lunch moved to {Friday}. =SUM(A1)")
    assert "Hi team, lunch moved to {Friday}. =SUM(A1)" in email  # braces kept, single pass
    assert "{text}" not in email
    translate = prompts["translate"]
    assert "{language}" in translate.fill("Bonjour")  # missing values stay visible
    assert "into German" in translate.fill("Bonjour", language="German")
    assert translate.sampling() == PRESETS["precise"].sampling


def test_own_prompts_saved_atomically_and_reloaded() -> None:
    lib = PromptLibrary()
    assert lib.path.parent == paths.data_dir() and lib.own() == ()
    mine = lib.save("Shift swap", "Write a note asking to swap my shift: {text}",
                    task_tag="write", preset="creative")
    assert mine.id.startswith("my-") and not mine.builtin
    again = PromptLibrary()
    assert again.own() == (mine,)
    assert again.get(mine.id).fill("Monday") .endswith("Monday")
    assert again.all()[-1] == mine and "write" in again.task_tags()
    edited = again.save("Shift swap v2", "New: {text}", prompt_id=mine.id)
    assert [p.title for p in again.own()] == ["Shift swap v2"] and edited.id == mine.id
    # a ready-made prompt is never overwritten: saving it makes a copy
    copy = again.save("My summary", "Short: {text}", prompt_id="summarise-email")
    assert copy.id != "summarise-email"
    assert again.get("summarise-email").builtin
    assert again.delete(mine.id) and not again.delete(mine.id)
    assert [p.id for p in again.own()] == [copy.id]
    assert not list(lib.path.parent.glob(".my-prompts.json.*"))  # no temp files left
    with pytest.raises(PromptError):
        again.save("  ", "text")


def test_damaged_own_prompts_are_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text("{not json", encoding="utf-8")
    lib = PromptLibrary(path)
    assert lib.own() == ()
    assert list(tmp_path.glob("mine.json.damaged-*"))
    lib.save("After", "x {text}")
    assert json.loads(path.read_text())["prompts"][0]["title"] == "After"


def test_missing_builtin_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(PromptError) as err:
        PromptLibrary(builtin_path=tmp_path / "none.json").builtin()
    assert "Reinstall" in err.value.hint


def test_presets() -> None:
    assert set(PRESETS) == {"precise", "balanced", "creative"}
    temps = [preset(n).temperature for n in ("precise", "balanced", "creative")]
    assert temps == sorted(temps) and temps[0] < 0.3
    assert preset("balanced") == SamplingParams()  # the app's defaults
    assert preset("creative", max_tokens=100).max_tokens == 100
    assert matching_preset(preset("precise", max_tokens=9)) == "precise"
    assert matching_preset(SamplingParams(temperature=0.33)) is None
    with pytest.raises(KeyError):
        preset("wild")
