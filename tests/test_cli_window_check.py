"""The window check where people meet it: `slm-playground` (the app command), `selftest`.

Each runs in a fresh process, as a person would start it, with ``QT_QPA_PLATFORM`` removed so
the check is not skipped. The missing libraries come from an ``ldd`` placed first on ``PATH``
that replays the output recorded on a Debian 12 machine lacking ``libxcb-icccm4`` and
``libxcb-keysyms1`` (``tests/data/display``); the install command expected is the one for
the distribution this test runs on. Helpers of :mod:`desktop.ui.platform_check` are tested
directly at the end (plugin folder, Wayland fallback, the dialog for menu launches).
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from desktop.core.machine.display import XCB_PLUGIN
from desktop.core.machine.os_release import package_manager, read_os_release
from desktop.core.machine.system_packages import install_command, install_commands, packages_for
from desktop.ui import platform_check
from desktop.ui.platform_check import (
    check_platform,
    qt_plugins_dir,
    show_without_qt,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "display"
MISSING = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux check")


def expected_advice() -> list[str]:
    """What the hint must contain on this machine's distribution."""
    manager = package_manager(read_os_release())
    if manager is None:
        return list(install_commands(MISSING).values())
    packages, _ = packages_for(MISSING, manager)
    return [install_command(packages, manager)]


def write_tool(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tool = folder / name
    tool.write_text(f"#!/bin/sh\n{body}\n")
    tool.chmod(0o755)
    return tool


@pytest.fixture
def replayed_ldd_env(tmp_path: Path) -> dict[str, str]:
    """An environment where ``ldd`` on the X11 plugin reports the recorded missing libraries."""
    bin_dir = tmp_path / "bin"
    write_tool(bin_dir, "ldd", f'cat "{DATA / "ldd_libqxcb_debian12_missing.txt"}"')
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_"))}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}", DISPLAY=":0")
    return env


def run_with_terminal(args: list[str], env: Mapping[str, str]) -> tuple[int, str, str]:
    """Run ``python -m desktop ARGS`` with stderr on a terminal (so no dialog is tried)."""
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", *args],
            cwd=ROOT,
            env=dict(env),
            stdout=subprocess.PIPE,
            stderr=slave,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        os.close(slave)
        slave = -1
        chunks: list[bytes] = []
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the child closed its side
                break
            if not chunk:
                break
            chunks.append(chunk)
        out, _ = proc.communicate(timeout=120)
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)
    return proc.returncode, out, b"".join(chunks).decode(errors="replace").replace("\r\n", "\n")


def test_app_command_says_what_to_install_instead_of_qts_abort(
    replayed_ldd_env: dict[str, str],
) -> None:
    code, out, err = run_with_terminal([], replayed_ldd_env)
    assert code == 1, out + err
    assert err.startswith("Error: SLM Playground cannot open its window")
    assert "libxcb-icccm.so.4 and libxcb-keysyms.so.1" in err
    for command in expected_advice():
        assert command in err
    assert "qt.qpa" not in err and "Traceback" not in err


def test_app_command_without_a_desktop_session(replayed_ldd_env: dict[str, str]) -> None:
    env = dict(replayed_ldd_env)
    del env["DISPLAY"]
    code, _out, err = run_with_terminal([], env)
    assert code == 1
    assert "no desktop screen was found" in err


def test_the_advice_speaks_the_windows_language(replayed_ldd_env: dict[str, str]) -> None:
    """--lang (and so Settings, the policy, the computer) reaches the check before the window."""
    code, _out, err = run_with_terminal(["--lang", "de"], replayed_ldd_env)
    assert code == 1
    assert err.startswith("Fehler: SLM Playground kann sein Fenster nicht öffnen")
    assert "libxcb-icccm.so.4 und libxcb-keysyms.so.1" in err
    for command in expected_advice():
        assert command in err  # commands stay as they are typed
    env = dict(replayed_ldd_env, LANGUAGE="fr", LANG="fr_FR.UTF-8")
    del env["DISPLAY"]
    code, _out, err = run_with_terminal([], env)
    assert code == 1
    assert "aucun écran de bureau n’a été trouvé" in err


def test_selftest_reports_a_failed_display_check_with_the_same_advice(
    replayed_ldd_env: dict[str, str],
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", "--display-only", "--json"],
        cwd=ROOT,
        env=replayed_ldd_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is False
    (check,) = report["checks"]
    assert check["name"] == "display" and check["status"] == "missing"
    assert check["missing"] == list(MISSING)
    assert check["error"].startswith("SLM Playground cannot open its window")
    for command in expected_advice():
        assert command in check["hint"]
    plain = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", "--display-only"],
        cwd=ROOT,
        env=replayed_ldd_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert plain.returncode == 1
    assert plain.stdout.startswith("[FAIL] display: SLM Playground cannot open its window")
    assert expected_advice()[0] in plain.stdout and "Some checks failed." in plain.stdout


def test_selftest_gui_fails_the_window_check_without_starting_qt(
    replayed_ldd_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import build_parser
    from desktop.cli.selftest import _gui

    for name in ("QT_QPA_PLATFORM", "QT_PLUGIN_PATH", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PATH", replayed_ldd_env["PATH"])
    monkeypatch.setenv("DISPLAY", ":0")
    result = _gui(build_parser().parse_args(["selftest", "--gui"]))
    assert result["ok"] is False
    assert "libxcb-icccm.so.4" in result["error"]
    assert expected_advice()[0] in result["hint"]


def test_offscreen_is_not_checked(replayed_ldd_env: dict[str, str]) -> None:
    env = dict(replayed_ldd_env, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", "--display-only"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[PASS] display: not checked (Qt platform set to offscreen)" in done.stdout


def test_display_only_is_not_combined_with_gui() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", "--display-only", "--gui"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--display-only" in done.stderr


# --- desktop.ui.platform_check -------------------------------------------------------------


def test_plugin_folder_is_pyside6s_or_qt_plugin_path(tmp_path: Path) -> None:
    found = qt_plugins_dir({})
    assert found is not None and (found / "platforms" / XCB_PLUGIN).is_file()
    assert found.parts[-3:] == ("PySide6", "Qt", "plugins")
    own = tmp_path / "plugins"
    (own / "platforms").mkdir(parents=True)
    (own / "platforms" / XCB_PLUGIN).write_bytes(b"\x7fELF")
    assert qt_plugins_dir({"QT_PLUGIN_PATH": f"{tmp_path / 'none'}{os.pathsep}{own}"}) == own
    # A folder without the X11 plugin does not hide PySide6's.
    (own / "platforms" / XCB_PLUGIN).unlink()
    assert qt_plugins_dir({"QT_PLUGIN_PATH": str(own)}) == found


def test_wayland_fallback_sets_qt_qpa_platform() -> None:
    recordings = {
        XCB_PLUGIN: "ldd_libqxcb_debian12_missing.txt",
        "libqwayland.so": "ldd_libqwayland_debian12_ok.txt",
    }

    def ldd(library: Path, env: Mapping[str, str] | None) -> str:
        return (DATA / recordings[library.name]).read_text()

    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    result = check_platform(require_display=True, env=env, ldd=ldd)
    assert result.ok and result.status == "wayland"
    assert env["QT_QPA_PLATFORM"] == "wayland"
    # Without a Wayland session nothing is changed.
    env = {"DISPLAY": ":0"}
    result = check_platform(require_display=True, env=env, ldd=ldd)
    assert not result.ok and "QT_QPA_PLATFORM" not in env


def test_menu_launch_shows_the_advice_in_the_desktops_dialog(tmp_path: Path) -> None:
    record = tmp_path / "shown.txt"
    bin_dir = tmp_path / "bin"
    write_tool(
        bin_dir,
        "kdialog",
        f'printf "%s\\n" "$@" > "{record}"; echo "$LD_LIBRARY_PATH" >> "{record}"',
    )
    env = {
        "PATH": str(bin_dir),
        "LD_LIBRARY_PATH": "/bundle/_internal",
        "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
    }
    assert show_without_qt("Install libxcb-icccm4.", env=env) == "kdialog"
    args = record.read_text().splitlines()
    assert args[:4] == ["--title", platform_check.TITLE, "--error", "Install libxcb-icccm4."]
    assert args[-1] == "/usr/local/lib"  # the system tool does not load the bundle's libraries
    # zenity comes first when both are there; a tool that fails lets the next one try.
    write_tool(bin_dir, "zenity", "exit 5")
    assert show_without_qt("x", env=env) == "kdialog"
    write_tool(bin_dir, "zenity", "exit 0")
    assert show_without_qt("x", env=env) == "zenity"
    assert show_without_qt("x", env={"PATH": str(tmp_path / "empty")}) is None
