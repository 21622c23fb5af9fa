"""`slm-playground import` and `slm-playground models` on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import paths
from desktop.core.config.policy import POLICY_ENV, SYSTEM_POLICY_ENV
from tests.factories import make_tiny_gguf


@pytest.fixture(autouse=True)
def no_system_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SYSTEM_POLICY_ENV, "")


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return make_tiny_gguf(tmp_path / "tiny-cli.Q8_0.gguf", file_type="Q8_0", name="Tiny CLI")


def test_models_lists_starter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("starter")
    assert "SmolLM2 135M Instruct" in out
    assert str(paths.default_models_dir()) in out


def test_import_then_models_json(tiny: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tiny)]) == 0
    out = capsys.readouterr().out
    assert "Copied" in out and "tiny-cli.q8_0" in out
    assert tiny.exists()
    assert (paths.default_models_dir() / tiny.name).is_file()

    assert main(["models", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["id"] for m in data["models"]] == ["starter", "tiny-cli.q8_0"]
    imported = data["models"][1]
    assert imported["source"] == "import" and imported["allowed"] is True
    assert imported["sha256"] and imported["size_bytes"] == tiny.stat().st_size
    assert data["folders"] == [{"path": str(paths.default_models_dir()), "read_only": False}]

    # the same file again: a plain note, nothing copied
    assert main(["import", str(tiny), "--move"]) == 0
    assert "already installed" in capsys.readouterr().out
    assert tiny.exists()


def test_import_move_json(tiny: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tiny), "--move", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "tiny-cli.q8_0" and not tiny.exists()


def test_import_wrong_file_plain_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "report.gguf"
    bad.write_text("Quarterly report, definitely not a model.")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: The file “report.gguf”")
    assert "Traceback" not in err
    assert list(paths.default_models_dir().iterdir()) == []


def test_models_with_policy(
    tmp_path: Path, tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    tiny.rename(shared / tiny.name)
    policy = tmp_path / "policy.toml"
    policy.write_text(
        f"""message = "Ask IT for more models."
[models]
folders = ['{shared}']
read_only_folders = ['{shared}']
allowed = ["nothing-matches-*"]
"""
    )
    monkeypatch.setenv(POLICY_ENV, str(policy))
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ask IT for more models.")
    line = next(x for x in out.splitlines() if x.startswith("tiny-cli"))
    assert "shared, read-only" in line and "not allowed" in line


def test_entry_point_subprocess(tmp_path: Path) -> None:
    """The real console entry runs headless and prints JSON."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "models", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["models"][0]["id"] == "starter"
