"""Start-up and a comparison with installed models make no network connection.

Each check runs the real code in a child Python process with two guards:

* an audit hook (installed by a ``sitecustomize`` module on ``PYTHONPATH``, so the spawned
  runner processes get it too) that records every ``socket.connect``, ``getaddrinfo``,
  ``gethostbyname``, ``sendto``... aimed at anything but this computer;
* where possible (root, ``unshare``), a fresh network namespace with only loopback, so the
  work must also *succeed* with no network at all (catches native code the hook cannot see).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SITECUSTOMIZE = textwrap.dedent(
    '''
    """Test-only: record non-local network attempts of every Python process in the tree."""
    import json
    import os
    import sys

    _LOG = os.environ.get("SLM_NETAUDIT_LOG")
    _EVENTS = {
        "socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
        "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg",
        "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
    }
    _LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}

    def _is_local(host):
        if host is None:
            return True
        if isinstance(host, bytes):
            host = host.decode(errors="replace")
        if not isinstance(host, str):
            return False
        host = host.strip("[]").lower()
        return (host in _LOCAL_NAMES or host.startswith("127.") or host == "::1"
                or host == "0.0.0.0" or host == "::")

    def _target(event, args):
        if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
            address = args[1] if len(args) > 1 else None
            if isinstance(address, (str, bytes)):  # AF_UNIX path: local by definition
                return None
            if isinstance(address, tuple) and address:
                return None if _is_local(address[0]) else repr(address)
            return None if address is None else repr(address)
        if event == "urllib.Request":
            return repr(args[0])
        if event in ("http.client.connect", "ftplib.connect", "smtplib.connect"):
            return None if _is_local(args[1]) else repr(args[1:3])
        host = args[0] if args else None
        return None if _is_local(host) else repr(host)

    def _hook(event, args):
        if event not in _EVENTS or not _LOG:
            return
        try:
            target = _target(event, args)
        except Exception as exc:  # never break the program under test
            target = f"unparsed {event}: {exc!r}"
        if target is None:
            return
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"pid": os.getpid(), "event": event, "target": target,
                                 "argv": sys.argv[:3]}) + "\\n")

    if _LOG:
        sys.addaudithook(_hook)
        with open(_LOG + ".procs", "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"pid": os.getpid(), "argv": sys.argv[:3]}) + "\\n")
    '''
)

CORE_AND_COMPARE = textwrap.dedent(
    '''
    """Core start-up, then a two-model comparison (llama.cpp + ctransformers) in runners."""
    import json
    import sys
    import threading
    from pathlib import Path

    from desktop.core.machine import cpu_check

    from desktop.core.machine import hardware
    from desktop.core.library.catalog import load_catalog
    from desktop.core.library.library import Library
    from desktop.core.config.policy import effective_settings, load_policy
    from desktop.core.config.settings import get_token, load_settings
    from desktop.core.library.starter import starter_model_path
    from desktop.engine.client import ModelClient
    from desktop.engine.types import GenerateRequest, SamplingParams, TokenEvent

    out = {}
    settings = load_settings()
    policy = load_policy()
    settings, _locked = effective_settings(settings, policy)
    get_token()
    models = Library(settings, policy=policy).list()
    out["models"] = len(models)
    hw = hardware.probe_hardware(measure_bandwidth=True)
    out["cores"] = hw.cpu_logical_cores
    out["catalog"] = len(load_catalog().entries)
    out["cpu_ok"] = cpu_check.check_cpu().ok

    sampling = SamplingParams(temperature=0.0, max_tokens=6)
    texts = {}

    def answer(name, path, request):
        client = ModelClient(path, name=name)
        try:
            texts[name] = "".join(
                e.text for e in client.generate(request) if isinstance(e, TokenEvent))
        finally:
            client.close()

    jobs = [
        ("starter", starter_model_path(), GenerateRequest.chat("Say hi.", sampling=sampling)),
        ("ggml", Path(sys.argv[1]), GenerateRequest(prompt="hello", sampling=sampling)),
    ]
    threads = [threading.Thread(target=answer, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    out["answers"] = {k: len(v) for k, v in texts.items()}
    print("RESULT " + json.dumps(out))
    '''
)

WINDOW_START = textwrap.dedent(
    '''
    """Open the main window offscreen, let it settle, close it."""
    import json
    import time

    from desktop.ui.app import get_app
    from desktop.ui.main_window import MainWindow

    app = get_app()
    window = MainWindow()
    window.show()
    window.maybe_welcome()
    end = time.monotonic() + 3.0
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    window.close()
    window.shutdown()
    print("RESULT " + json.dumps({"shown": True}))
    '''
)


def _can_unshare_net() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    try:
        done = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def run_audited(
    tmp_path: Path, code: str, args: list[str], *, isolate: bool, timeout: float = 280
) -> tuple[dict[str, object], list[dict[str, object]], int]:
    """Run ``code`` in a child Python under the audit hook (and a private network namespace
    when ``isolate``); return its RESULT dict, the recorded non-local attempts, and how many
    Python processes ran with the hook installed."""
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir(exist_ok=True)
    (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE)
    script = tmp_path / "child.py"
    script.write_text(code)
    log = tmp_path / "net.jsonl"
    log.unlink(missing_ok=True)
    procs = Path(str(log) + ".procs")
    procs.unlink(missing_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(hook_dir), str(ROOT)])
    env["SLM_NETAUDIT_LOG"] = str(log)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("HF_HUB_OFFLINE", None)  # the app itself must not reach out, offline flag or not
    command = [sys.executable, str(script), *args]
    if isolate:
        lo_up = "ip link set lo up 2>/dev/null || true; "
        command = ["unshare", "-n", "sh", "-c", lo_up + 'exec "$@"', "sh", *command]
    done = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"child failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, f"no result:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    attempts = []
    if log.exists():
        attempts = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    hooked = len(procs.read_text().splitlines()) if procs.exists() else 0
    return json.loads(lines[-1][len("RESULT ") :]), attempts, hooked


@pytest.fixture
def tiny_ggml(tmp_path: Path) -> Path:
    """A tiny legacy GGML GPT-2 that ctransformers loads."""
    from tests.factories import make_gpt2_ggml

    return make_gpt2_ggml(tmp_path / "tiny-gpt2.bin")


def test_audit_hook_sees_a_real_connection_attempt(tmp_path: Path) -> None:
    """The guard itself works: an attempt to a public address is recorded."""
    code = textwrap.dedent(
        """
        import json, socket
        s = socket.socket()
        s.settimeout(0.01)
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed
        except OSError:
            pass
        print("RESULT " + json.dumps({}))
        """
    )
    _result, attempts, hooked = run_audited(tmp_path, code, [], isolate=False)
    assert [a["target"] for a in attempts] == ["('192.0.2.1', 9)"]
    assert hooked == 1


@pytest.mark.slow
def test_core_start_and_comparison_make_no_network_connection(
    tmp_path: Path, tiny_ggml: Path
) -> None:
    isolate = _can_unshare_net()
    result, attempts, hooked = run_audited(
        tmp_path, CORE_AND_COMPARE, [str(tiny_ggml)], isolate=isolate
    )
    assert attempts == [], f"network attempts: {attempts}"
    assert hooked >= 3, "the spawned runner processes must run under the hook too"
    assert result["catalog"] and result["cpu_ok"] is True
    answers = result["answers"]
    assert isinstance(answers, dict) and set(answers) == {"starter", "ggml"}
    assert answers["starter"] > 0


@pytest.mark.slow
def test_window_start_makes_no_network_connection(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtWidgets")
    try:
        import desktop.ui.main_window  # noqa: F401
    except ImportError as exc:  # the window is still being built
        pytest.skip(f"main window not available: {exc}")
    result, attempts, _hooked = run_audited(tmp_path, WINDOW_START, [], isolate=_can_unshare_net())
    assert result == {"shown": True}
    assert attempts == [], f"network attempts: {attempts}"
