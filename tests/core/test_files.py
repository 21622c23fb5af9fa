"""The atomic writer: only regular files are replaced, and permissions stay as people expect."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from desktop.core.files import NotAFileError, atomic_write_text, existing_kind


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "new.txt", "hi")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new.txt") == 0o644  # not 0600 as mkstemp leaves it
    assert (tmp_path / "new.txt").read_text() == "hi"


def test_replacing_a_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert _mode(target) == 0o640


def test_an_explicit_mode_wins(tmp_path: Path) -> None:
    target = tmp_path / "token"
    target.write_text("old")
    target.chmod(0o644)
    atomic_write_text(target, "secret", mode=0o600)
    assert _mode(target) == 0o600


def test_a_symlink_is_refused_and_left_alone(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("keep me")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    with pytest.raises(NotAFileError) as err:
        atomic_write_text(link, "x")
    assert "link" in err.value.message and "link.md" in err.value.message
    assert link.is_symlink() and real.read_text() == "keep me"
    assert {p.name for p in tmp_path.iterdir()} == {"real.txt", "link.md"}  # no temp file left


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.md").mkdir()
    with pytest.raises(NotAFileError) as err:
        atomic_write_text(tmp_path / "out.md", "x")
    assert "a folder" in err.value.message
    assert isinstance(err.value, OSError)  # callers that write softly stay soft


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    done = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            atomic_write_text(fifo, "x")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        done.set()

    threading.Thread(target=write, daemon=True).start()
    assert done.wait(5), "writing to a named pipe hung"
    assert isinstance(errors[0], NotAFileError) and "named pipe" in errors[0].message
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can make device nodes")
def test_a_device_is_refused_and_not_replaced(tmp_path: Path) -> None:
    dev = tmp_path / "full"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # like /dev/full
    with pytest.raises(NotAFileError) as err:
        atomic_write_text(dev, "x")
    assert "a device" in err.value.message
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


def test_existing_kind(tmp_path: Path) -> None:
    assert existing_kind(tmp_path / "nothing") is None
    (tmp_path / "f").write_text("")
    assert existing_kind(tmp_path / "f") is None
    assert existing_kind(tmp_path) == "a folder"
