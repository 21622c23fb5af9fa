"""The window check in packaging: install.sh stops with the advice, the README's package table.

``install.sh`` is run for real on a stand-in bundle whose program is either a script (to see
exactly what install.sh asks and does with the answer) or the real CLI from this source tree,
with an ``ldd`` first on ``PATH`` that replays the output recorded on a Debian 12 machine
lacking ``libxcb-icccm4`` and ``libxcb-keysyms1``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop.core.machine.os_release import package_manager, read_os_release
from desktop.core.machine.system_packages import (
    WAYLAND_LIBRARIES,
    XCB_LIBRARIES,
    install_command,
    install_commands,
    packages_for,
)
from tests.packaging.helpers import PACKAGING, ROOT

INSTALL = PACKAGING / "linux" / "install.sh"
README = PACKAGING / "README.md"
DATA = ROOT / "tests" / "data" / "display"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux install")


def test_readme_lists_the_packages_of_every_distribution_family() -> None:
    text = README.read_text(encoding="utf-8")
    for manager, command in install_commands(XCB_LIBRARIES).items():
        assert f"`{command}`" in text, manager
    for manager in ("apt", "dnf", "pacman"):
        packages, unknown = packages_for(WAYLAND_LIBRARIES, manager)
        assert not unknown and f"`{' '.join(packages)}`" in text, manager
    assert "selftest --display-only" in text and "--skip-check" in text


def test_the_bundle_must_hold_the_x11_plugin(build_py: ModuleType, tmp_path: Path) -> None:
    missing = build_py.check_layout(tmp_path)
    if sys.platform.startswith("linux"):
        assert any(p.endswith("platforms/libqxcb.so") for p in missing)


def _unpacked(tmp_path: Path, program: str) -> Path:
    unpacked = tmp_path / "slm-playground-x"
    app = unpacked / "slm-playground"
    app.mkdir(parents=True)
    exe = app / "slm-playground"
    exe.write_text(program)
    exe.chmod(0o755)
    shutil.copy2(INSTALL, unpacked / "install.sh")
    shutil.copy2(PACKAGING / "linux" / "slm-playground.desktop", unpacked)
    (unpacked / "slm-playground.png").write_bytes(b"\x89PNG")
    return unpacked


def _install(unpacked: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(unpacked / "install.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@linux_only
def test_install_stops_with_the_programs_advice_and_can_skip_the_check(tmp_path: Path) -> None:
    asked = tmp_path / "asked.txt"
    program = (
        "#!/bin/sh\n"
        f'echo "$* QT_QPA_PLATFORM=${{QT_QPA_PLATFORM:-unset}}" >> "{asked}"\n'
        'if [ "$1 $2" = "selftest --display-only" ]; then\n'
        "  echo '[FAIL] display: this computer lacks libxcb-cursor.so.0.'\n"
        "  echo '    sudo apt-get install libxcb-cursor0'\n"
        "  exit 1\n"
        "fi\n"
    )
    unpacked = _unpacked(tmp_path, program)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "QT_QPA_PLATFORM": "offscreen",  # an administrator's setting must not hide the problem
    }
    prefix = home / ".local" / "opt" / "slm-playground"
    done = _install(unpacked, env)
    assert done.returncode == 1
    assert "sudo apt-get install libxcb-cursor0" in done.stderr
    assert "was not installed" in done.stderr and "--skip-check" in done.stderr
    assert not prefix.exists()
    assert asked.read_text().splitlines() == ["selftest --display-only QT_QPA_PLATFORM=unset"]
    done = _install(unpacked, env, "--skip-check")
    assert done.returncode == 0, done.stderr
    assert (prefix / "slm-playground").is_file()
    assert len(asked.read_text().splitlines()) == 1  # not asked again
    assert _install(unpacked, env, "--uninstall").returncode == 0  # no check to uninstall


@linux_only
def test_install_with_the_real_program_names_the_packages(tmp_path: Path) -> None:
    program = f'#!/bin/sh\ncd "{ROOT}" && exec "{sys.executable}" -m desktop "$@"\n'
    unpacked = _unpacked(tmp_path, program)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ldd = bin_dir / "ldd"
    ldd.write_text(f'#!/bin/sh\ncat "{DATA / "ldd_libqxcb_debian12_missing.txt"}"\n')
    ldd.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "SLM_PLAYGROUND_HOME": str(tmp_path / "slm-home"),
    }
    done = _install(unpacked, env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "[FAIL] display: SLM Playground cannot open its window" in done.stderr
    assert "libxcb-icccm.so.4 and libxcb-keysyms.so.1" in done.stderr
    manager = package_manager(read_os_release())
    missing = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    if manager is None:
        expected = list(install_commands(missing).values())
    else:
        expected = [install_command(packages_for(missing, manager)[0], manager)]
    for command in expected:
        assert command in done.stderr
    assert not (home / ".local" / "opt" / "slm-playground").exists()
