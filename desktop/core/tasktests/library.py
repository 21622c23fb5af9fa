"""Where task-test packs come from: shipped with the app, shared by IT, or the person's own.

* **shipped**: ``desktop/core/tasktests/packs/*.json`` (package data), e.g. the office
  starter pack.
* **shared**: a ``packs`` folder inside, or next to, each shared models folder of the
  organisation's policy (``[models] folders`` in ``policy.toml``), e.g.
  ``\\\\server\\slm\\models\\packs\\`` or ``\\\\server\\slm\\packs\\``. Read only.
* **mine**: ``data_dir()/packs``, where the window saves packs made in its form.

:func:`find_packs` lists them all; a pack that cannot be read is listed with its problem
instead of being hidden, so IT sees why a shared pack does not show up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.core import paths
from desktop.core.i18n import _, current_language
from desktop.core.tasktests.pack import Pack, PackError, load_pack

log = logging.getLogger("desktop.core.tasktests.library")

Origin = Literal["shipped", "shared", "mine"]
PACKS_FOLDER = "packs"
STARTER_PACK = "office-starter"


@dataclass(frozen=True)
class PackInfo:
    """One pack file found.

    Attributes:
        path: the file.
        origin: "shipped", "shared" or "mine".
        pack: the pack, when it could be read.
        problem: why it could not, in plain words.
    """

    path: Path
    origin: Origin
    pack: Pack | None = None
    problem: str | None = None

    @property
    def name(self) -> str:
        """The pack's name (or its file name when it could not be read)."""
        return self.pack.name if self.pack is not None else self.path.stem

    @property
    def key(self) -> str:
        """The file name without ``.json``: what ``slm-playground test NAME`` accepts."""
        return self.path.stem


def shipped_packs_dir() -> Path:
    """The folder of packs shipped with the app."""
    return Path(__file__).resolve().parent / PACKS_FOLDER


def shipped_pack_path(name: str, language: str | None = None) -> Path:
    """A shipped pack in ``language`` (default: the current one) when it has that version
    (``packs/<lang>/<name>.json``: same task ids, checks adapted), else the English one."""
    lang = language or current_language()
    localized = shipped_packs_dir() / lang / f"{name}.json"
    if lang != "en" and localized.is_file():
        return localized
    return shipped_packs_dir() / f"{name}.json"


def starter_pack_path(language: str | None = None) -> Path:
    """The shipped office starter pack, in the current language when it has one."""
    return shipped_pack_path(STARTER_PACK, language)


def my_packs_dir() -> Path:
    """The person's own packs (saved from the window)."""
    folder = paths.data_dir() / PACKS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shared_packs_dirs(models_dirs: Iterable[Path] | None = None) -> list[Path]:
    """Folders IT may share packs in: ``packs`` inside and next to each shared models folder.

    Args:
        models_dirs: the shared models folders; default: the policy's ``models_dirs``.
    """
    if models_dirs is None:
        from desktop.core.config.policy import load_policy

        models_dirs = load_policy().models_dirs
    out: list[Path] = []
    for folder in models_dirs:
        for candidate in (folder / PACKS_FOLDER, folder.parent / PACKS_FOLDER):
            if candidate not in out:
                out.append(candidate)
    return out


def _scan(folder: Path, origin: Origin) -> list[PackInfo]:
    try:
        files = sorted(p for p in folder.glob("*.json") if p.is_file())
    except OSError as exc:  # an unreachable network share
        log.warning("cannot list packs in %s: %r", folder, exc)
        return []
    out = []
    for file in files:
        try:
            out.append(PackInfo(file, origin, pack=load_pack(file)))
        except PackError as exc:
            out.append(PackInfo(file, origin, problem=exc.message))
    return out


def _localized(info: PackInfo) -> PackInfo:
    """The shipped pack in the current language, when there is a version in it."""
    path = shipped_pack_path(info.path.stem)
    if path == info.path:
        return info
    try:
        return PackInfo(path, info.origin, pack=load_pack(path))
    except PackError:
        return info


def find_packs(*, shared_dirs: Sequence[Path] | None = None,
               include_mine: bool = True) -> list[PackInfo]:
    """Every pack: shipped first, then shared, then the person's own.

    Args:
        shared_dirs: folders of shared packs (default: :func:`shared_packs_dirs`).
        include_mine: include :func:`my_packs_dir`.
    """
    found = [
        info if info.pack is None else _localized(info)
        for info in _scan(shipped_packs_dir(), "shipped")
    ]
    for folder in shared_packs_dirs() if shared_dirs is None else shared_dirs:
        if folder.is_dir():
            found += _scan(folder, "shared")
    if include_mine:
        found += _scan(my_packs_dir(), "mine")
    return found


def resolve_pack(arg: str) -> Pack:
    """A pack from a file path or the name of a known pack (file name without ``.json``,
    or the pack's own name, case-insensitive).

    Raises:
        PackError: no such file or pack, or it is not valid.
    """
    path = Path(arg).expanduser()
    if path.is_file() or path.suffix.lower() == ".json" or "/" in arg or "\\" in arg:
        return load_pack(path)
    wanted = arg.strip().casefold()
    for info in find_packs():
        if wanted in (info.key.casefold(), info.name.casefold()):
            if info.pack is None:
                raise PackError(
                    _("The task test {name} cannot be used: {problem}").format(
                        name=info.name, problem=info.problem
                    )
                )
            return info.pack
    raise PackError(
        _("There is no task test called {arg}.").format(arg=arg),
        hint=_("List them with: slm-playground test --list-packs, or give a file path."),
    )
