"""Issue 14: a named pipe (or device) where a model, the policy or the settings are expected is
refused at once in plain words; before, opening it waited for a writer forever."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import ModelFileError
from desktop.core.files import NotAFileError, open_regular_file, read_regular_bytes

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def finishes(fifo: Path, call: Callable[[], Any], seconds: float = 10) -> Any:
    """Run ``call``; fail (and unblock it) if it is still waiting after ``seconds``."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # let the stuck reader go
        os.close(fd)
        thread.join(5)
        pytest.fail(f"still waiting on the named pipe after {seconds} s")
    if "error" in box:
        raise box["error"]
    return box.get("value")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "x.gguf"
    os.mkfifo(path)
    return path


def test_open_regular_file_refuses_pipes_devices_and_folders(fifo: Path, tmp_path: Path) -> None:
    with pytest.raises(NotAFileError) as info:
        finishes(fifo, lambda: open_regular_file(fifo))
    assert "named pipe" in info.value.message and isinstance(info.value, OSError)
    if Path("/dev/zero").exists():
        with pytest.raises(NotAFileError, match="device"):
            read_regular_bytes("/dev/zero")
    with pytest.raises(IsADirectoryError):
        open_regular_file(tmp_path)
    real = tmp_path / "real.txt"
    real.write_text("hello")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert read_regular_bytes(link) == b"hello"  # a link to a plain file is fine


@pytest.mark.parametrize("reader", ["inspect", "gguf", "ggml", "shape"])
def test_model_readers_refuse_a_named_pipe(fifo: Path, reader: str) -> None:
    from desktop.core.fit.shape import ModelShape
    from desktop.core.modelfiles.detect import inspect_model_file
    from desktop.core.modelfiles.ggml import read_ggml_header
    from desktop.core.modelfiles.gguf import read_gguf_header

    call = {"inspect": inspect_model_file, "gguf": read_gguf_header, "ggml": read_ggml_header,
            "shape": ModelShape.from_file}[reader]
    with pytest.raises(ModelFileError) as info:
        finishes(fifo, lambda: call(fifo))
    assert "named pipe" in info.value.message and "x.gguf" in info.value.message


def test_policy_file_that_is_a_named_pipe_turns_downloads_off(tmp_path: Path) -> None:
    from desktop.core.config.policy import load_policy

    pipe = tmp_path / "policy.toml"
    os.mkfifo(pipe)
    policy = finishes(pipe, lambda: load_policy([pipe]))
    assert policy.downloads_allowed is False
    assert policy.problems and "could not be read" in policy.problems[0].message


def test_settings_file_that_is_a_named_pipe_gives_defaults(tmp_path: Path) -> None:
    from desktop.core.config.settings import Settings, read_settings

    pipe = tmp_path / "settings.json"
    os.mkfifo(pipe)
    loaded = finishes(pipe, lambda: read_settings(pipe))
    assert loaded.settings == Settings()
    assert loaded.problems and "could not be read" in loaded.problems[0].message
