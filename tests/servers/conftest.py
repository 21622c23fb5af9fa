"""A real OpenAI-compatible server on 127.0.0.1: llama-cpp-python's own, serving the starter.

``python -m llama_cpp.server`` (the ``llama-cpp-python[server]`` extra) is what many offices
run in front of a GPU; here it serves the starter model on a free local port, so the app's
server client is tested against a real server, over real HTTP and server-sent events.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

#: The model id the server reports (``--model_alias``).
MODEL_ID = "starter"


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LlamaServer:
    """One ``llama_cpp.server`` process; ``url`` is its API's base URL."""

    def __init__(self, model: Path, *, api_key: str | None = None, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.api_key = api_key
        cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model),
               "--host", "127.0.0.1", "--port", str(self.port), "--model_alias", MODEL_ID,
               "--n_ctx", "2048", "--n_threads", "1", "--verbose", "false"]
        if api_key:
            cmd += ["--api_key", api_key]
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        env = dict(os.environ, NO_PROXY="*", no_proxy="*")
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, env=env)
        self._wait_ready()

    def _wait_ready(self, timeout_s: float = 120.0) -> None:
        deadline = time.monotonic() + timeout_s
        request = urllib.request.Request(f"{self.url}/models")
        if self.api_key:
            request.add_header("Authorization", f"Bearer {self.api_key}")
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server ended with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(request, timeout=2) as r:
                    json.load(r)
                    return
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.3)
        raise RuntimeError("llama_cpp.server did not start in time")

    def kill(self) -> None:
        """End the server at once (as a crash or a pulled plug would)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def pause(self) -> None:
        """Freeze the server (it accepts nothing and answers nothing) until :meth:`resume`."""
        os.kill(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.resume()
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._log.close()


@pytest.fixture
def fresh_server(starter_path: Path, tmp_path: Path) -> Iterator[LlamaServer]:
    """A server of this test's own (to kill or freeze)."""
    server = LlamaServer(starter_path, log=tmp_path / "server.log")
    yield server
    server.stop()
