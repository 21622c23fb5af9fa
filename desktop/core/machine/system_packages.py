"""What to install when Qt's platform plugin lacks system libraries: the package of each
library per package manager, the install commands, and the advice shown to people.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desktop.core.i18n import _
from desktop.core.machine.os_release import PackageManager

#: The package managers we give commands for, in the order documentation lists them.
PACKAGE_MANAGERS: tuple[PackageManager, ...] = ("apt", "dnf", "zypper", "pacman")

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


def _listing(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return _("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def missing_advice(
    missing: tuple[str, ...],
    own_missing: tuple[str, ...],
    manager: PackageManager | None,
    distribution: str,
) -> tuple[str, str, tuple[str, ...], str | None, dict[str, str]]:
    """``(message, hint, packages, command, commands for every manager)`` for the missing
    system libraries and the missing files of the program itself."""
    if own_missing and not missing:
        return (
            _("SLM Playground cannot open its window: some of its own files are missing "
              "({files}).").format(files=_listing(own_missing)),
            _("Install SLM Playground again (for IT: unpack the archive and run install.sh, "
              "or reinstall the Python package)."),
            (),
            None,
            {},
        )
    if len(missing) == 1:
        message = _("SLM Playground cannot open its window: this computer lacks a system "
                    "library that the window toolkit (Qt) needs to draw on the screen "
                    "({libraries}).").format(libraries=_listing(missing))
    else:
        message = _("SLM Playground cannot open its window: this computer lacks {count} "
                    "system libraries that the window toolkit (Qt) needs to draw on the screen "
                    "({libraries}).").format(count=len(missing), libraries=_listing(missing))
    ask_it = _("No administrator rights? Send this message to your IT team.")
    if manager is None:
        commands = install_commands(missing)
        lines = [f"    {name}: {cmd}" for name, cmd in commands.items()]
        hint = (
            _("Install the packages that provide them with your system's package manager, "
              "then start SLM Playground again. The commands for common distributions:")
            + "\n" + "\n".join(lines) + f"\n{ask_it}"
        )
        return message, hint, (), None, {str(k): v for k, v in commands.items()}
    packages, unknown = packages_for(missing, manager)
    parts: list[str] = []
    command = install_command(packages, manager) if packages else None
    if command and distribution:
        parts.append(_("Install them on {distribution} with:").format(distribution=distribution)
                     + f"\n    {command}\n")
    elif command:
        parts.append(_("Install them with:") + f"\n    {command}\n")
    if unknown:
        searches = "; ".join(_SEARCH_COMMAND[manager].format(name=name) for name in unknown)
        parts.append(
            _("Also install the packages that provide {libraries} (find them with: "
              "{searches}).").format(libraries=_listing(unknown), searches=searches)
        )
    if own_missing:
        parts.append(
            _("Some of SLM Playground's own files are missing too ({files}): "
              "install SLM Playground again.").format(files=_listing(own_missing))
        )
    parts.append(_("Then start SLM Playground again.") + f" {ask_it}")
    return message, "\n".join(parts), packages, command, {manager: command} if command else {}
