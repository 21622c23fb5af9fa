"""Build the real PyInstaller bundle and smoke-test it.

Runs in CI (``CI=true``) and wherever ``SLM_BUILD_BUNDLE=1`` is set; skipped otherwise.

About a minute on 2 cores with a warm PyInstaller cache (see packaging/README.md):

    SLM_BUILD_BUNDLE=1 .venv/bin/python -m pytest tests/packaging/test_bundle.py -q
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from desktop.core.machine import cpu_check

pytestmark = [
    pytest.mark.slow,
    pytest.mark.bundle,
    pytest.mark.timeout(1200),
    pytest.mark.skipif(
        os.environ.get("SLM_BUILD_BUNDLE", "1" if os.environ.get("CI") == "true" else "0")
        != "1",
        reason="builds the PyInstaller bundle; set SLM_BUILD_BUNDLE=1 to run",
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, build_py: ModuleType) -> dict[str, Path]:
    """Run ``packaging/build.py`` once into temporary folders (build, smoke test, package)."""
    out = tmp_path_factory.mktemp("bundle")
    dist, work = out / "dist", out / "build"
    done = subprocess.run(
        [
            sys.executable,
            str(build_py.PACKAGING / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        timeout=1100,
        check=False,
    )
    assert done.returncode == 0, f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    summary = json.loads(done.stdout[done.stdout.rindex("\n{") :])
    folder, exe, internal = build_py.bundle_paths(dist)
    return {"dist": dist, "folder": folder, "exe": exe, "internal": internal, "summary": summary}  # type: ignore[dict-item]


def _run(exe: Path, args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SLM_", "HF_"))}
    env.update(
        SLM_PLAYGROUND_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        HF_HUB_OFFLINE="1",
        SLM_PLAYGROUND_SYSTEM_POLICY="",
    )
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_build_smoke_tested_the_starter_model(built: dict[str, Path]) -> None:
    summary = built["summary"]
    assert isinstance(summary, dict)
    smoke = summary["smoke"]
    assert smoke["starter run"]["backend"] == "llama.cpp"
    assert smoke["starter run"]["output_tokens"] > 0
    assert "_internal" in smoke["starter run"]["model"] or ".app" in smoke["starter run"]["model"]
    assert summary["timings_s"]["PyInstaller"] > 0


def test_bundle_records_what_its_engine_needs(built: dict[str, Path]) -> None:
    record = cpu_check.load_requirements_file(built["internal"] / "engine_cpu.json")
    assert record is not None
    assert cpu_check.check_cpu(required=record).ok  # built here, so it runs here


def test_frozen_app_runs_a_legacy_ggml_model_through_ctransformers(
    built: dict[str, Path], tmp_path: Path
) -> None:
    from tests.factories import make_gpt2_ggml

    model = make_gpt2_ggml(tmp_path / "tiny-gpt2.bin")
    done = _run(
        built["exe"],
        [
            "run",
            "--model",
            str(model),
            "--prompt",
            "hello",
            "--max-tokens",
            "4",
            "--temperature",
            "0",
            "--json",
        ],
        tmp_path / "home",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["backend"] == "ctransformers"


def test_frozen_app_explains_an_unusable_model_file(built: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 20)
    done = _run(built["exe"], ["run", "--model", str(bad), "--prompt", "x"], tmp_path / "home")
    assert done.returncode == 1
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux archive")
def test_linux_archive_installs_per_user_and_runs(built: dict[str, Path], tmp_path: Path) -> None:
    tarballs = list(built["dist"].glob("slm-playground-*-linux-*.tar.gz"))
    assert len(tarballs) == 1
    with tarfile.open(tarballs[0]) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (top,) = (tmp_path / "unpacked").iterdir()
    assert {p.name for p in top.iterdir()} == {
        "slm-playground",
        "install.sh",
        "slm-playground.desktop",
        "slm-playground.png",
    }
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(
        ["sh", str(top / "install.sh")], env=env, check=True, timeout=300, capture_output=True
    )
    installed = home / ".local" / "bin" / "slm-playground"
    done = _run(
        installed,
        [
            "run",
            "--model",
            "starter",
            "--prompt",
            "The sky is",
            "--max-tokens",
            "3",
            "--temperature",
            "0",
            "--json",
        ],
        tmp_path / "h",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["output_tokens"] > 0
    shutil.rmtree(top)  # the archive copy is no longer needed; the installed one still runs
    assert _run(installed, ["--version"], tmp_path / "h").returncode == 0
