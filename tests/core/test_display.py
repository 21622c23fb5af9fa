"""Tests for the window check: recorded /etc/os-release files and ldd outputs, a real ldd run.

The recordings are in ``tests/data/display`` (see its README): ``ldd`` on PySide6's X11 and
Wayland plugins on a Debian 12 machine that lacked ``libxcb-icccm4``, ``libxcb-keysyms1`` and
``libwayland-cursor0`` (issue 18), and again once they were installed.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from desktop.core.machine.display import XCB_PLUGIN, LddRunner, check_display, parse_ldd
from desktop.core.machine.os_release import (
    OsRelease,
    package_manager,
    parse_os_release,
    read_os_release,
)
from desktop.core.machine.system_packages import (
    LIBRARY_PACKAGES,
    PACKAGE_MANAGERS,
    XCB_LIBRARIES,
    install_commands,
    packages_for,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "display"
XCB_MISSING = "ldd_libqxcb_debian12_missing.txt"
XCB_OK = "ldd_libqxcb_debian12_ok.txt"
WAYLAND_MISSING = "ldd_libqwayland_debian12_missing.txt"
WAYLAND_OK = "ldd_libqwayland_debian12_ok.txt"


def release(name: str) -> OsRelease:
    return parse_os_release((DATA / f"os-release-{name}").read_text(encoding="utf-8"))


def recorded_ldd(**outputs: str) -> LddRunner:
    """An ldd that replays a recording per plugin file name (``libqxcb_so=...``)."""

    def run(library: Path, env: Mapping[str, str] | None) -> str | None:
        return (DATA / outputs[library.name.replace(".", "_")]).read_text(encoding="utf-8")

    return run


def no_ldd(library: Path, env: Mapping[str, str] | None) -> str | None:
    raise AssertionError(f"ldd must not run for {library}")


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    """A plugin folder with the X11 and Wayland plugins (their ldd output is replayed)."""
    folder = tmp_path / "plugins"
    (folder / "platforms").mkdir(parents=True)
    for name in (XCB_PLUGIN, "libqwayland.so", "libqoffscreen.so"):
        (folder / "platforms" / name).write_bytes(b"\x7fELF")
    return folder


X11 = {"DISPLAY": ":0"}


# --- the distribution ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("recording", "manager", "name"),
    [
        ("debian-12", "apt", "Debian GNU/Linux 12 (bookworm)"),
        ("ubuntu-24.04", "apt", "Ubuntu 24.04.3 LTS"),
        ("kali-rolling", "apt", "Kali GNU/Linux Rolling"),
        ("fedora-39", "dnf", "Fedora Linux 39 (Container Image)"),
        ("rocky-9.3", "dnf", "Rocky Linux 9.3 (Blue Onyx)"),
        ("amazonlinux-2023", "dnf", "Amazon Linux 2023"),
        ("opensuse-leap-15.5", "zypper", "openSUSE Leap 15.5"),
        ("opensuse-tumbleweed", "zypper", "openSUSE Tumbleweed"),
        ("arch", "pacman", "Arch Linux"),
        ("alpine-3.19", None, "Alpine Linux v3.19"),
        ("gentoo", None, "Gentoo Linux"),
    ],
)
def test_distribution_family_from_recorded_os_release(
    recording: str, manager: str | None, name: str
) -> None:
    parsed = release(recording)
    assert parsed.name == name
    assert package_manager(parsed) == manager


def test_os_release_fields_quotes_comments_and_id_like() -> None:
    rocky = release("rocky-9.3")
    assert rocky.id == "rocky" and rocky.id_like == ("rhel", "centos", "fedora")
    assert rocky.version_id == "9.3"
    tumbleweed = release("opensuse-tumbleweed")  # has commented-out lines
    assert tumbleweed.id == "opensuse-tumbleweed" and tumbleweed.version_id == "20250527"
    odd = parse_os_release("ID=\"Ubuntu\"\nbroken line\nNAME='It\\'s'\nID_LIKE=\n")
    assert odd.id == "ubuntu" and odd.id_like == () and odd.name
    assert package_manager(None) is None


def test_read_os_release_falls_back_to_usr_lib(tmp_path: Path) -> None:
    fallback = tmp_path / "usr-lib-os-release"
    shutil.copy(DATA / "os-release-arch", fallback)
    assert read_os_release([tmp_path / "missing", fallback]) == release("arch")
    assert read_os_release([tmp_path / "missing"]) is None


# --- ldd and packages ----------------------------------------------------------------------


def test_recorded_ldd_output_names_each_missing_library_once() -> None:
    text = (DATA / XCB_MISSING).read_text(encoding="utf-8")
    assert text.count("libxcb-icccm.so.4 => not found") == 2  # listed twice by ldd
    assert parse_ldd(text) == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    assert parse_ldd((DATA / WAYLAND_MISSING).read_text()) == ("libwayland-cursor.so.0",)
    assert parse_ldd((DATA / XCB_OK).read_text()) == ()


def test_every_library_has_a_package_on_every_package_manager() -> None:
    for library, packages in LIBRARY_PACKAGES.items():
        assert set(packages) == set(PACKAGE_MANAGERS), library
        assert all(p and " " not in p for p in packages.values()), library
    for library in XCB_LIBRARIES:
        assert library in LIBRARY_PACKAGES
    # Everything the recorded plugins link against from the system is known.
    for recording in (XCB_OK, WAYLAND_OK):
        for line in (DATA / recording).read_text().splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.startswith("/lib") and name.startswith(("libxcb", "libX", "libxkb", "libway")):
                assert name in LIBRARY_PACKAGES, name


def test_packages_are_listed_once_and_unknown_libraries_kept_apart() -> None:
    packages, unknown = packages_for(
        ["libxcb-randr.so.0", "libxcb-shm.so.0", "libfoo.so.3", "libxcb-icccm.so.4"], "dnf"
    )
    assert packages == ("libxcb", "xcb-util-wm")
    assert unknown == ("libfoo.so.3",)
    assert install_commands(["libxcb-cursor.so.0"]) == {
        "apt": "sudo apt-get install libxcb-cursor0",
        "dnf": "sudo dnf install xcb-util-cursor",
        "zypper": "sudo zypper install libxcb-cursor0",
        "pacman": "sudo pacman -S --needed xcb-util-cursor",
    }


# --- the check -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("recording", "command"),
    [
        ("debian-12", "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"),
        ("ubuntu-24.04", "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"),
        ("fedora-39", "sudo dnf install xcb-util-wm xcb-util-keysyms"),
        ("rocky-9.3", "sudo dnf install xcb-util-wm xcb-util-keysyms"),
        ("opensuse-leap-15.5", "sudo zypper install libxcb-icccm4 libxcb-keysyms1"),
        ("arch", "sudo pacman -S --needed xcb-util-wm xcb-util-keysyms"),
    ],
)
def test_missing_x11_libraries_are_named_with_the_install_command(
    plugins: Path, recording: str, command: str
) -> None:
    result = check_display(
        plugins,
        env=X11,
        os_release=release(recording),
        require_display=True,
        system="linux",
        ldd=recorded_ldd(libqxcb_so=XCB_MISSING),
    )
    assert not result.ok and result.status == "missing" and result.platform == "xcb"
    assert result.missing == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    assert result.message == (
        "SLM Playground cannot open its window: this computer lacks 2 system libraries that "
        "the window toolkit (Qt) needs to draw on the screen (libxcb-icccm.so.4 and "
        "libxcb-keysyms.so.1)."
    )
    assert result.command == command
    assert f"\n    {command}\n" in result.hint
    assert release(recording).name in result.hint
    assert "IT team" in result.hint
    assert result.to_json()["command"] == command


def test_unknown_distribution_gets_the_command_of_each_family(plugins: Path) -> None:
    result = check_display(
        plugins,
        env=X11,
        os_release=release("alpine-3.19"),
        system="linux",
        ldd=recorded_ldd(libqxcb_so=XCB_MISSING),
    )
    assert not result.ok and result.command is None and result.package_manager is None
    for line in (
        "apt: sudo apt-get install libxcb-icccm4 libxcb-keysyms1",
        "dnf: sudo dnf install xcb-util-wm xcb-util-keysyms",
        "zypper: sudo zypper install libxcb-icccm4 libxcb-keysyms1",
        "pacman: sudo pacman -S --needed xcb-util-wm xcb-util-keysyms",
    ):
        assert line in result.hint


def test_a_library_without_a_known_package_gets_a_search_command(plugins: Path) -> None:
    def ldd(library: Path, env: Mapping[str, str] | None) -> str:
        return "\tlibxcb-cursor.so.0 => not found\n\tlibxcb-weird.so.9 => not found\n"

    result = check_display(
        plugins, env=X11, os_release=release("fedora-39"), system="linux", ldd=ldd
    )
    assert result.command == "sudo dnf install xcb-util-cursor"
    assert "dnf provides '*/libxcb-weird.so.9'" in result.hint


def test_all_libraries_present_is_ok(plugins: Path) -> None:
    result = check_display(
        plugins,
        env=X11,
        os_release=release("debian-12"),
        require_display=True,
        system="linux",
        ldd=recorded_ldd(libqxcb_so=XCB_OK),
    )
    assert result.ok and result.status == "ok" and result.use_platform is None
    assert result.message == "" and result.package_manager == "apt"


def test_wayland_is_used_when_x11_cannot_load_but_wayland_can(plugins: Path) -> None:
    result = check_display(
        plugins,
        env={"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
        os_release=release("debian-12"),
        require_display=True,
        system="linux",
        ldd=recorded_ldd(libqxcb_so=XCB_MISSING, libqwayland_so=WAYLAND_OK),
    )
    assert result.ok and result.status == "wayland"
    assert result.use_platform == "wayland" and result.platform == "wayland"
    assert result.missing == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")


@pytest.mark.parametrize(
    ("env", "wayland_recording"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0"}, WAYLAND_MISSING),  # Wayland cannot load either
        ({"DISPLAY": ":0"}, WAYLAND_OK),  # no Wayland session to fall back to
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, WAYLAND_OK),  # X11 asked
    ],
)
def test_no_wayland_fallback(plugins: Path, env: dict[str, str], wayland_recording: str) -> None:
    result = check_display(
        plugins,
        env=env,
        os_release=release("debian-12"),
        system="linux",
        ldd=recorded_ldd(libqxcb_so=XCB_MISSING, libqwayland_so=wayland_recording),
    )
    assert not result.ok and result.status == "missing" and result.use_platform is None
    assert result.command == "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"


def test_explicit_wayland_is_checked(plugins: Path) -> None:
    result = check_display(
        plugins,
        env={"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
        os_release=release("arch"),
        system="linux",
        ldd=recorded_ldd(libqwayland_so=WAYLAND_MISSING),
    )
    assert not result.ok and result.platform == "wayland"
    assert result.command == "sudo pacman -S --needed wayland"


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "eglfs", "wayland;xcb"])
def test_headless_or_chosen_platforms_are_not_checked(plugins: Path, platform: str) -> None:
    result = check_display(
        plugins,
        env={"QT_QPA_PLATFORM": platform},
        require_display=True,
        system="linux",
        ldd=no_ldd,
    )
    assert result.ok and result.status == "skipped" and result.platform == platform


def test_other_systems_need_no_check(plugins: Path) -> None:
    for system in ("win32", "darwin"):
        result = check_display(plugins, env={}, require_display=True, system=system, ldd=no_ldd)
        assert result.ok and result.status == "not-needed"


def test_no_desktop_session(plugins: Path) -> None:
    refused = check_display(plugins, env={}, require_display=True, system="linux", ldd=no_ldd)
    assert not refused.ok and refused.status == "no-display"
    assert "DISPLAY" in refused.message and "ssh -X" in refused.hint
    # selftest over SSH: the libraries are still checked.
    libraries = check_display(
        plugins,
        env={},
        os_release=release("debian-12"),
        system="linux",
        ldd=recorded_ldd(libqxcb_so=XCB_MISSING),
    )
    assert libraries.status == "missing"


def test_unknowns_never_block(tmp_path: Path, plugins: Path) -> None:
    def ldd_missing(library: Path, env: Mapping[str, str] | None) -> None:
        return None

    for folder, ldd in ((None, no_ldd), (tmp_path / "nothing", no_ldd), (plugins, ldd_missing)):
        result = check_display(
            folder, env=X11, os_release=release("debian-12"), system="linux", ldd=ldd
        )
        assert result.ok and result.status == "unknown"


# --- a real ldd on a copy of PySide6's plugin --------------------------------------------


def _pyside_qt() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return qt if (qt / "plugins" / "platforms" / XCB_PLUGIN).is_file() else None


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None or _pyside_qt() is None,
    reason="needs Linux, ldd and PySide6's xcb plugin",
)
def test_real_ldd_on_a_plugin_copy_with_a_library_hidden(tmp_path: Path) -> None:
    """Copy libqxcb.so next to every Qt library but one: the real loader misses that one."""
    qt = _pyside_qt()
    assert qt is not None
    copy = tmp_path / "Qt"
    (copy / "plugins" / "platforms").mkdir(parents=True)
    shutil.copy2(qt / "plugins" / "platforms" / XCB_PLUGIN, copy / "plugins" / "platforms")
    (copy / "lib").mkdir()
    hidden = "libQt6XcbQpa.so.6"
    for library in (qt / "lib").iterdir():
        if library.name != hidden:
            (copy / "lib" / library.name).symlink_to(library)
    env = {"DISPLAY": ":0", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = check_display(
        copy / "plugins", env=env, os_release=release("debian-12"), system="linux"
    )
    assert not result.ok and result.status == "missing"
    assert result.own_missing == (hidden,)
    assert hidden in (result.message + result.hint)
    assert result.hint.startswith("Install SLM Playground again")
    # The untouched plugin resolves every Qt library of its own.
    real = check_display(qt / "plugins", env=env, os_release=release("debian-12"), system="linux")
    assert real.own_missing == ()
