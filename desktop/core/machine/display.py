"""Can this Linux computer open the window? Qt's platform plugin and the system libraries it needs.

On Linux the window is drawn through Qt's ``xcb`` (X11) or ``wayland`` platform plugin. The
plugins come with PySide6 (and with the bundle), but the system libraries they link against
(``libxcb-cursor.so.0``, ``libxcb-icccm.so.4``, ...) do not, and a fresh desktop often lacks
a few. Qt then prints only "Could not load the Qt platform plugin "xcb" ... even though it was
found" and exits. :func:`check_display` asks the dynamic loader (``ldd``) which libraries the
plugin cannot find *before* any Qt code runs, and turns them into plain words plus the exact
install command for this distribution (apt, dnf, zypper or pacman, from ``/etc/os-release``).

Qt-free: the caller passes Qt's plugin folder (``.../PySide6/Qt/plugins``) and applies the
answer (e.g. ``QT_QPA_PLATFORM=wayland`` when X11 cannot load but Wayland can).
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

log = logging.getLogger("desktop.core.machine.display")

PackageManager = Literal["apt", "dnf", "zypper", "pacman"]
#: The package managers we give commands for, in the order documentation lists them.
PACKAGE_MANAGERS: tuple[PackageManager, ...] = ("apt", "dnf", "zypper", "pacman")

#: Where the distribution is described (the first that exists wins; freedesktop.org spec).
OS_RELEASE_PATHS = (Path("/etc/os-release"), Path("/usr/lib/os-release"))

#: File names of Qt's Linux platform plugins, inside ``<plugins>/platforms/``.
XCB_PLUGIN = "libqxcb.so"
WAYLAND_PLUGINS = ("libqwayland.so", "libqwayland-generic.so", "libqwayland-egl.so")

#: Platforms that draw no window on a screen: nothing to check (tests, servers, ``selftest``).
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc"})

# ID / ID_LIKE words of /etc/os-release -> package manager. ID_LIKE names the parent
# distribution ("ubuntu debian", "rhel centos fedora", "suse opensuse"), so derivatives
# (Mint, Pop!_OS, Kali, Rocky, Alma, Oracle, Amazon Linux, Manjaro, EndeavourOS) need no entry.
_MANAGER_BY_ID: Mapping[str, PackageManager] = {
    "debian": "apt",
    "ubuntu": "apt",
    "raspbian": "apt",
    "fedora": "dnf",
    "rhel": "dnf",
    "centos": "dnf",
    "suse": "zypper",
    "opensuse": "zypper",
    "sles": "zypper",
    "arch": "pacman",
}

#: System libraries Qt's xcb and wayland plugins load (directly or through Qt's own
#: libraries), and the package that provides each, per package manager. Checked against
#: Debian 12 / Ubuntu 24.04, Fedora 40 / RHEL 9, openSUSE Leap 15.6 / Tumbleweed and Arch.
LIBRARY_PACKAGES: Mapping[str, Mapping[PackageManager, str]] = {
    # xcb-util family: the usual missing ones on a fresh desktop.
    "libxcb-cursor.so.0": {
        "apt": "libxcb-cursor0",
        "dnf": "xcb-util-cursor",
        "zypper": "libxcb-cursor0",
        "pacman": "xcb-util-cursor",
    },
    "libxcb-icccm.so.4": {
        "apt": "libxcb-icccm4",
        "dnf": "xcb-util-wm",
        "zypper": "libxcb-icccm4",
        "pacman": "xcb-util-wm",
    },
    "libxcb-keysyms.so.1": {
        "apt": "libxcb-keysyms1",
        "dnf": "xcb-util-keysyms",
        "zypper": "libxcb-keysyms1",
        "pacman": "xcb-util-keysyms",
    },
    "libxcb-image.so.0": {
        "apt": "libxcb-image0",
        "dnf": "xcb-util-image",
        "zypper": "libxcb-image0",
        "pacman": "xcb-util-image",
    },
    "libxcb-render-util.so.0": {
        "apt": "libxcb-render-util0",
        "dnf": "xcb-util-renderutil",
        "zypper": "libxcb-render-util0",
        "pacman": "xcb-util-renderutil",
    },
    "libxcb-util.so.1": {
        "apt": "libxcb-util1",
        "dnf": "xcb-util",
        "zypper": "libxcb-util1",
        "pacman": "xcb-util",
    },
    # libxcb itself (one package on Fedora and Arch, one per extension on Debian and SUSE).
    "libxcb.so.1": {"apt": "libxcb1", "dnf": "libxcb", "zypper": "libxcb1", "pacman": "libxcb"},
    **{
        f"libxcb-{ext}.so.{ver}": {
            "apt": f"libxcb-{ext}{ver}",
            "dnf": "libxcb",
            "zypper": f"libxcb-{ext}{ver}",
            "pacman": "libxcb",
        }
        for ext, ver in (
            ("randr", 0),
            ("render", 0),
            ("shape", 0),
            ("shm", 0),
            ("sync", 1),
            ("xfixes", 0),
            ("xkb", 1),
            ("xinput", 0),
            ("glx", 0),
            ("xinerama", 0),
        )
    },
    "libX11-xcb.so.1": {
        "apt": "libx11-xcb1",
        "dnf": "libX11-xcb",
        "zypper": "libX11-xcb1",
        "pacman": "libx11",
    },
    "libX11.so.6": {"apt": "libx11-6", "dnf": "libX11", "zypper": "libX11-6", "pacman": "libx11"},
    "libXau.so.6": {"apt": "libxau6", "dnf": "libXau", "zypper": "libXau6", "pacman": "libxau"},
    "libXdmcp.so.6": {
        "apt": "libxdmcp6",
        "dnf": "libXdmcp",
        "zypper": "libXdmcp6",
        "pacman": "libxdmcp",
    },
    "libxkbcommon.so.0": {
        "apt": "libxkbcommon0",
        "dnf": "libxkbcommon",
        "zypper": "libxkbcommon0",
        "pacman": "libxkbcommon",
    },
    "libxkbcommon-x11.so.0": {
        "apt": "libxkbcommon-x11-0",
        "dnf": "libxkbcommon-x11",
        "zypper": "libxkbcommon-x11-0",
        "pacman": "libxkbcommon-x11",
    },
    "libSM.so.6": {"apt": "libsm6", "dnf": "libSM", "zypper": "libSM6", "pacman": "libsm"},
    "libICE.so.6": {"apt": "libice6", "dnf": "libICE", "zypper": "libICE6", "pacman": "libice"},
    # Drawing: OpenGL/EGL through libglvnd, fonts.
    "libGL.so.1": {
        "apt": "libgl1",
        "dnf": "libglvnd-glx",
        "zypper": "libGL1",
        "pacman": "libglvnd",
    },
    "libGLX.so.0": {
        "apt": "libglx0",
        "dnf": "libglvnd-glx",
        "zypper": "libGLX0",
        "pacman": "libglvnd",
    },
    "libEGL.so.1": {
        "apt": "libegl1",
        "dnf": "libglvnd-egl",
        "zypper": "libEGL1",
        "pacman": "libglvnd",
    },
    "libOpenGL.so.0": {
        "apt": "libopengl0",
        "dnf": "libglvnd-opengl",
        "zypper": "libOpenGL0",
        "pacman": "libglvnd",
    },
    "libGLdispatch.so.0": {
        "apt": "libglvnd0",
        "dnf": "libglvnd",
        "zypper": "libglvnd",
        "pacman": "libglvnd",
    },
    "libfontconfig.so.1": {
        "apt": "libfontconfig1",
        "dnf": "fontconfig",
        "zypper": "libfontconfig1",
        "pacman": "fontconfig",
    },
    "libfreetype.so.6": {
        "apt": "libfreetype6",
        "dnf": "freetype",
        "zypper": "libfreetype6",
        "pacman": "freetype2",
    },
    "libdbus-1.so.3": {
        "apt": "libdbus-1-3",
        "dnf": "dbus-libs",
        "zypper": "libdbus-1-3",
        "pacman": "dbus",
    },
    "libglib-2.0.so.0": {
        "apt": "libglib2.0-0",
        "dnf": "glib2",
        "zypper": "libglib-2_0-0",
        "pacman": "glib2",
    },
    "libgthread-2.0.so.0": {
        "apt": "libglib2.0-0",
        "dnf": "glib2",
        "zypper": "libgthread-2_0-0",
        "pacman": "glib2",
    },
    # Wayland.
    "libwayland-client.so.0": {
        "apt": "libwayland-client0",
        "dnf": "libwayland-client",
        "zypper": "libwayland-client0",
        "pacman": "wayland",
    },
    "libwayland-cursor.so.0": {
        "apt": "libwayland-cursor0",
        "dnf": "libwayland-cursor",
        "zypper": "libwayland-cursor0",
        "pacman": "wayland",
    },
    "libwayland-egl.so.1": {
        "apt": "libwayland-egl1",
        "dnf": "libwayland-egl",
        "zypper": "libwayland-egl1",
        "pacman": "wayland",
    },
}

#: What Qt 6's xcb plugin needs beyond a minimal desktop: the full install list for IT
#: (packaging/README.md), in the order the commands name them.
XCB_LIBRARIES: tuple[str, ...] = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-image.so.0",
    "libxcb-render-util.so.0",
    "libxcb-util.so.1",
    "libxcb-randr.so.0",
    "libxcb-shape.so.0",
    "libxcb-shm.so.0",
    "libxcb-sync.so.1",
    "libxcb-xfixes.so.0",
    "libxcb-xkb.so.1",
    "libX11-xcb.so.1",
    "libxkbcommon-x11.so.0",
    "libEGL.so.1",
    "libGL.so.1",
    "libfontconfig.so.1",
)

#: What Qt's Wayland plugin needs (the fallback on Wayland sessions), for packaging/README.md.
WAYLAND_LIBRARIES: tuple[str, ...] = (
    "libwayland-client.so.0",
    "libwayland-cursor.so.0",
    "libwayland-egl.so.1",
)

# How to find the package of a library we have no entry for.
_SEARCH_COMMAND: Mapping[PackageManager, str] = {
    "apt": "apt-file search {name}",
    "dnf": "dnf provides '*/{name}'",
    "zypper": "zypper search --provides {name}",
    "pacman": "pacman -F {name}",
}

# Libraries that come with PySide6 (and the bundle) themselves: if one is missing, the
# program's own files are incomplete and no system package helps.
_OWN_LIBRARY = re.compile(r"^lib(?:Qt6|icu|pyside6|shiboken6)", re.IGNORECASE)


# --- distribution --------------------------------------------------------------------------


@dataclass(frozen=True)
class OsRelease:
    """The parts of ``/etc/os-release`` we use.

    Attributes:
        id: ``ID`` (``"debian"``, ``"fedora"``, ``"opensuse-leap"``), lower case.
        id_like: ``ID_LIKE`` words (``("rhel", "centos", "fedora")``).
        name: ``PRETTY_NAME`` (or ``NAME``), for messages.
        version_id: ``VERSION_ID`` (may be empty on rolling releases).
    """

    id: str
    id_like: tuple[str, ...] = ()
    name: str = ""
    version_id: str = ""


def parse_os_release(text: str) -> OsRelease:
    """Parse an ``os-release`` file (shell-style ``KEY=value`` lines, quoted or not).

    Comments, blank lines and malformed lines are ignored; missing keys are empty.
    """
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, raw = line.partition("=")
        try:
            words = shlex.split(raw, comments=False, posix=True)
        except ValueError:
            words = [raw.strip("\"'")]
        values[key.strip()] = " ".join(words)
    return OsRelease(
        id=values.get("ID", "").lower(),
        id_like=tuple(values.get("ID_LIKE", "").lower().split()),
        name=values.get("PRETTY_NAME") or values.get("NAME", ""),
        version_id=values.get("VERSION_ID", ""),
    )


def read_os_release(paths: Iterable[Path] = OS_RELEASE_PATHS) -> OsRelease | None:
    """This computer's distribution, or ``None`` when no ``os-release`` file can be read."""
    for path in paths:
        try:
            return parse_os_release(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
    return None


def package_manager(release: OsRelease | None) -> PackageManager | None:
    """The package manager of a distribution (``None``: not one we give commands for).

    ``ID`` decides first, then each ``ID_LIKE`` word in order; ``opensuse-leap`` and
    ``opensuse-tumbleweed`` count as ``opensuse``.
    """
    if release is None:
        return None
    for word in (release.id, *release.id_like):
        base = "opensuse" if word.startswith("opensuse") else word
        manager = _MANAGER_BY_ID.get(base)
        if manager is not None:
            return manager
    return None


# --- libraries -----------------------------------------------------------------------------


def parse_ldd(text: str) -> tuple[str, ...]:
    """The libraries ``ldd`` reports as ``not found``, each once, in the order listed."""
    missing: list[str] = []
    for line in text.splitlines():
        name, sep, where = line.strip().partition("=>")
        if sep and where.strip() == "not found":
            name = name.strip()
            if name and name not in missing:
                missing.append(name)
    return tuple(missing)


#: Runs ``ldd`` on a library and returns its output, or ``None`` when it cannot be run.
LddRunner = Callable[[Path, Mapping[str, str] | None], str | None]


def run_ldd(library: Path, env: Mapping[str, str] | None = None) -> str | None:
    """``ldd``'s output for a library, or ``None`` when ``ldd`` is missing or fails.

    ``ldd`` asks the dynamic loader to resolve every dependency without running any of the
    library's code, honouring ``LD_LIBRARY_PATH`` and the library's own ``RUNPATH``, so the
    answer is the one the real load would get.
    """
    ldd = shutil.which("ldd", path=(env or os.environ).get("PATH"))
    if ldd is None:
        log.info("ldd not found; cannot check the libraries of %s", library)
        return None
    try:
        done = subprocess.run(
            [ldd, str(library)],
            env=dict(env) if env is not None else None,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("ldd %s failed: %s", library, exc)
        return None
    if done.returncode != 0 and "=>" not in done.stdout:
        log.warning("ldd %s exited %s: %s", library, done.returncode, done.stderr.strip()[:300])
        return None
    return done.stdout


def missing_libraries(
    library: Path, *, env: Mapping[str, str] | None = None, ldd: LddRunner = run_ldd
) -> tuple[str, ...] | None:
    """Shared libraries that ``library`` needs and this computer cannot find.

    Returns:
        The missing file names (``("libxcb-icccm.so.4", ...)``; empty: all found), or
        ``None`` when it cannot be told (no ``ldd``, not a library).
    """
    output = ldd(library, env)
    return None if output is None else parse_ldd(output)


def is_own_library(name: str) -> bool:
    """True for libraries that ship with PySide6 / the bundle (``libQt6Gui.so.6``)."""
    return bool(_OWN_LIBRARY.match(name))


def packages_for(
    libraries: Iterable[str], manager: PackageManager
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(packages to install, libraries we know no package for)`` for a package manager.

    Packages are listed once each, in the order of the libraries.
    """
    packages: list[str] = []
    unknown: list[str] = []
    for name in libraries:
        package = LIBRARY_PACKAGES.get(name, {}).get(manager)
        if package is None:
            if name not in unknown:
                unknown.append(name)
        elif package not in packages:
            packages.append(package)
    return tuple(packages), tuple(unknown)


def install_command(packages: Sequence[str], manager: PackageManager) -> str:
    """The command that installs ``packages`` (run as administrator, hence ``sudo``)."""
    names = " ".join(packages)
    return {
        "apt": f"sudo apt-get install {names}",
        "dnf": f"sudo dnf install {names}",
        "zypper": f"sudo zypper install {names}",
        "pacman": f"sudo pacman -S --needed {names}",
    }[manager]


def install_commands(libraries: Iterable[str]) -> dict[PackageManager, str]:
    """The install command for ``libraries`` on every package manager we know."""
    names = tuple(libraries)
    commands: dict[PackageManager, str] = {}
    for manager in PACKAGE_MANAGERS:
        packages, _unknown = packages_for(names, manager)
        if packages:
            commands[manager] = install_command(packages, manager)
    return commands


# --- the check -----------------------------------------------------------------------------

Status = Literal["ok", "not-needed", "skipped", "wayland", "missing", "no-display", "unknown"]


@dataclass(frozen=True)
class DisplayCheck:
    """The answer of :func:`check_display`.

    Attributes:
        ok: False only when the window certainly cannot open (then ``message`` and ``hint``
            say why and what to do). Unknowns are ``ok`` (we never block on a guess).
        status: ``"ok"`` (X11 loads), ``"wayland"`` (X11 cannot load, Wayland can: use it),
            ``"missing"`` (libraries missing), ``"no-display"`` (no desktop session),
            ``"skipped"`` (a headless Qt platform was asked for), ``"not-needed"`` (not
            Linux), ``"unknown"`` (plugin or ``ldd`` not found).
        platform: the Qt platform checked (``"xcb"``, ``"wayland"``) or asked for.
        missing: system libraries that cannot be found (file names).
        own_missing: libraries of PySide6 / the bundle itself that cannot be found.
        packages: what to install for ``missing``, for ``package_manager``.
        command: the exact install command, when the distribution is known.
        package_manager: ``"apt"``, ``"dnf"``, ``"zypper"``, ``"pacman"`` or ``None``.
        distribution: the distribution's name, for messages and the log.
        use_platform: a ``QT_QPA_PLATFORM`` value the caller should set before Qt starts
            (``"wayland"`` for the fallback), else ``None``.
        message: plain words for people (empty when there is nothing to say).
        hint: what to do about it.
    """

    ok: bool
    status: Status
    platform: str = ""
    missing: tuple[str, ...] = ()
    own_missing: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    command: str | None = None
    package_manager: PackageManager | None = None
    distribution: str = ""
    use_platform: str | None = None
    message: str = ""
    hint: str = ""
    commands: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for ``selftest --json`` and install scripts)."""
        return {
            "ok": self.ok,
            "status": self.status,
            "platform": self.platform,
            "missing": list(self.missing),
            "own_missing": list(self.own_missing),
            "packages": list(self.packages),
            "command": self.command,
            "package_manager": self.package_manager,
            "distribution": self.distribution,
            "use_platform": self.use_platform,
            "message": self.message,
            "hint": self.hint,
            "commands": dict(self.commands),
        }


def find_plugin(plugins_dir: Path | None, names: Iterable[str]) -> Path | None:
    """The first of ``names`` in ``<plugins_dir>/platforms/``, or ``None``."""
    if plugins_dir is None:
        return None
    for name in names:
        candidate = plugins_dir / "platforms" / name
        if candidate.is_file():
            return candidate
    return None


def _listing(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _missing_advice(
    missing: tuple[str, ...],
    own_missing: tuple[str, ...],
    manager: PackageManager | None,
    distribution: str,
) -> tuple[str, str, tuple[str, ...], str | None, dict[str, str]]:
    """``(message, hint, packages, command, commands for every manager)``."""
    if own_missing and not missing:
        return (
            "SLM Playground cannot open its window: some of its own files are missing "
            f"({_listing(own_missing)}).",
            "Install SLM Playground again (for IT: unpack the archive and run install.sh, "
            "or reinstall the Python package).",
            (),
            None,
            {},
        )
    count = "a system library" if len(missing) == 1 else f"{len(missing)} system libraries"
    message = (
        f"SLM Playground cannot open its window: this computer lacks {count} that the "
        f"window toolkit (Qt) needs to draw on the screen ({_listing(missing)})."
    )
    ask_it = "No administrator rights? Send this message to your IT team."
    if manager is None:
        commands = install_commands(missing)
        lines = [f"    {name}: {cmd}" for name, cmd in commands.items()]
        hint = (
            "Install the packages that provide them with your system's package manager, "
            "then start SLM Playground again. The commands for common distributions:\n"
            + "\n".join(lines)
            + f"\n{ask_it}"
        )
        return message, hint, (), None, {str(k): v for k, v in commands.items()}
    packages, unknown = packages_for(missing, manager)
    parts: list[str] = []
    command = install_command(packages, manager) if packages else None
    on = f" on {distribution}" if distribution else ""
    if command:
        parts.append(f"Install them{on} with:\n    {command}\n")
    if unknown:
        searches = "; ".join(_SEARCH_COMMAND[manager].format(name=name) for name in unknown)
        parts.append(
            f"Also install the packages that provide {_listing(unknown)} (find them with: "
            f"{searches})."
        )
    if own_missing:
        parts.append(
            f"Some of SLM Playground's own files are missing too ({_listing(own_missing)}): "
            "install SLM Playground again."
        )
    parts.append(f"Then start SLM Playground again. {ask_it}")
    return message, "\n".join(parts), packages, command, {manager: command} if command else {}


def check_display(
    plugins_dir: Path | None,
    *,
    env: Mapping[str, str] | None = None,
    os_release: OsRelease | None = None,
    require_display: bool = False,
    system: str | None = None,
    ldd: LddRunner = run_ldd,
) -> DisplayCheck:
    """Check that Qt can open a window on this computer, before any Qt code runs.

    Args:
        plugins_dir: Qt's plugin folder (the one holding ``platforms/``); ``None`` when it
            could not be found (the check then answers "unknown", ``ok``).
        env: the environment Qt will see (``QT_QPA_PLATFORM``, ``DISPLAY``,
            ``WAYLAND_DISPLAY``, ``LD_LIBRARY_PATH``); default ``os.environ``.
        os_release: the distribution; default read from ``/etc/os-release``.
        require_display: also fail when no desktop session is reachable (no ``DISPLAY``
            nor ``WAYLAND_DISPLAY``): right for opening the window, wrong for ``selftest``
            over SSH, which checks the libraries only.
        system: ``sys.platform`` value to check for (tests); only Linux is checked.
        ldd: how ``ldd`` is run (tests may replay a recorded output).

    Returns:
        A :class:`DisplayCheck`. ``QT_QPA_PLATFORM=offscreen`` (or ``minimal``) skips the
        check; an explicit ``xcb`` or ``wayland`` checks that plugin without a fallback.
        When X11 cannot load but ``WAYLAND_DISPLAY`` is set and the Wayland plugin loads,
        the answer is ``ok`` with ``use_platform="wayland"``.
    """
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return DisplayCheck(ok=True, status="not-needed")
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    asked_name = asked.split(":", 1)[0].strip().lower()
    if asked and asked_name not in ("xcb", "wayland"):
        # offscreen, minimal, eglfs, vnc or a fallback list: the person chose; not ours to judge.
        return DisplayCheck(ok=True, status="skipped", platform=asked)
    has_x11 = bool(env.get("DISPLAY", "").strip())
    has_wayland = bool(env.get("WAYLAND_DISPLAY", "").strip())
    if require_display and not (has_x11 or has_wayland):
        return DisplayCheck(
            ok=False,
            status="no-display",
            platform=asked_name or "xcb",
            message="SLM Playground cannot open its window: no desktop screen was found "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set).",
            hint="Start it from the desktop (the applications menu or a terminal in the "
            "desktop session). Over SSH, use `ssh -X`, or use the commands that need no "
            "window: `slm-playground --help`.",
        )
    release = os_release if os_release is not None else read_os_release()
    manager = package_manager(release)
    distribution = release.name if release is not None else ""
    primary = asked_name or "xcb"
    names = (XCB_PLUGIN,) if primary == "xcb" else WAYLAND_PLUGINS
    plugin = find_plugin(plugins_dir, names)
    if plugin is None:
        log.info("Qt %s platform plugin not found under %s; not checked", primary, plugins_dir)
        return DisplayCheck(
            ok=True,
            status="unknown",
            platform=primary,
            package_manager=manager,
            distribution=distribution,
        )
    found = missing_libraries(plugin, env=env, ldd=ldd)
    if not found:
        return DisplayCheck(
            ok=True,
            status="unknown" if found is None else "ok",
            platform=primary,
            package_manager=manager,
            distribution=distribution,
        )
    log.warning("Qt %s plugin %s cannot load; missing: %s", primary, plugin, ", ".join(found))
    if not asked and has_wayland:
        wayland = find_plugin(plugins_dir, WAYLAND_PLUGINS)
        wayland_missing = (
            missing_libraries(wayland, env=env, ldd=ldd) if wayland is not None else None
        )
        if wayland_missing == ():
            log.warning("X11 cannot load; using Qt's Wayland platform instead")
            return DisplayCheck(
                ok=True,
                status="wayland",
                platform="wayland",
                missing=tuple(n for n in found if not is_own_library(n)),
                own_missing=tuple(n for n in found if is_own_library(n)),
                package_manager=manager,
                distribution=distribution,
                use_platform="wayland",
            )
        log.info("Wayland fallback not possible; its plugin misses %s", wayland_missing)
    missing = tuple(n for n in found if not is_own_library(n))
    own_missing = tuple(n for n in found if is_own_library(n))
    message, hint, packages, command, commands = _missing_advice(
        missing, own_missing, manager, distribution
    )
    return DisplayCheck(
        ok=False,
        status="missing",
        platform=primary,
        missing=missing,
        own_missing=own_missing,
        packages=packages,
        command=command,
        package_manager=manager,
        distribution=distribution,
        message=message,
        hint=hint,
        commands=commands,
    )
