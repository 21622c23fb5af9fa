"""The layering rules (ui | cli -> session -> engine -> core; no Qt below the UI), and proof that
each contract is active."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_every_module_has_a_docstring() -> None:
    import ast

    missing = []
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not ast.get_docstring(tree) and path.stat().st_size > 0:
            missing.append(os.fspath(path.relative_to(ROOT)))
    assert not missing, f"modules without a docstring: {missing}"


def _lint_copy(tmp_path: Path, bad_module: str, source: str) -> subprocess.CompletedProcess[str]:
    """Run import-linter on a copy of the package with one offending module added."""
    shutil.copytree(
        ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / bad_module).write_text(f'"""A deliberate layering mistake."""\n\n{source}\n')
    code = (
        "import sys\n"
        "from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))\n"
    )
    # The copy comes first on sys.path (the editable install's finder runs after it).
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=240)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("bad_module", "source", "contract"),
    [
        ("desktop/core/_bad.py", "import desktop.engine.client", "Layers"),
        ("desktop/engine/_bad.py", "import desktop.session.comparison", "Layers"),
        ("desktop/cli/_bad.py", "import desktop.ui.pages.history", "Layers"),
        ("desktop/session/_bad.py", "import PySide6.QtCore", "never import Qt"),
    ],
)
def test_contracts_fail_on_a_violation(
    tmp_path: Path, bad_module: str, source: str, contract: str
) -> None:
    """Each contract is active: one wrong import in a copy of the package breaks it."""
    done = _lint_copy(tmp_path, bad_module, source)
    assert done.returncode != 0, done.stdout
    broken = [line for line in done.stdout.splitlines() if "BROKEN" in line]
    assert any(contract in line for line in broken), done.stdout
