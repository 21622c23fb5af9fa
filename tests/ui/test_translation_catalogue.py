"""The shipped translations are complete and current: every marked string of the code is in
each .ts file, translated, with the same {fields}, and the .qm is compiled from it
(scripts/translations.py check, with PySide6's own lupdate)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script():  # noqa: ANN202 - a module loaded from scripts/
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" /
                                                  "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_catalogue_complete_and_current(code: str) -> None:
    problems = _script().problems(code)
    assert problems == [], "\n".join(problems[:40]) + (
        "\nRun: python scripts/translations.py update, translate, then compile"
    )
