"""`slm-playground download` against the local test Hub (real client, real library)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from tests.factories import make_tiny_gguf
from tests.hubserver import HubServer, hub_server  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
REPO = "acme/Tiny-Llama-GGUF"
NAME = "tiny-llama-F32.gguf"


@pytest.fixture(scope="module")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny_gguf(tmp_path_factory.mktemp("gguf") / NAME, n_layers=2, n_embd=64)


@pytest.fixture
def hub(hub_server: HubServer, tiny_gguf: Path) -> HubServer:  # noqa: F811
    hub_server.add_repo(REPO, files={NAME: tiny_gguf, "README.md": b"# card\n"})
    return hub_server


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_download_repo_file_json_progress(
    hub: HubServer, tiny_gguf: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    code = main(["download", REPO, NAME, "--json-progress", "--endpoint", hub.url])
    out = capsys.readouterr()
    assert code == 0, out.err
    events = _lines(out.out)
    assert all(e["event"] == "progress" for e in events[:-1])
    assert {"starting", "downloading", "verifying", "done"} <= {e["state"] for e in events[:-1]}
    final = events[-1]
    assert final["event"] == "done"
    data = tiny_gguf.read_bytes()
    assert final["sha256"] == hashlib.sha256(data).hexdigest()
    assert final["size_bytes"] == len(data)
    path = Path(final["path"])
    assert path.read_bytes() == data
    assert path.is_relative_to(isolated_home)  # the default models folder
    assert final["registered"] is True
    from desktop.core.library.library import Library

    installed = {m.id: m for m in Library().list()}
    model = installed[final["model_id"]]
    assert model.source == "download" and model.repo_id == REPO and model.sha256 == final["sha256"]


def test_download_picks_the_only_gguf_and_quantization(
    hub: HubServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["download", REPO, "--endpoint", hub.url, "--dest", str(tmp_path)]) == 0
    assert "Saved to" in capsys.readouterr().out
    (tmp_path / NAME).unlink()
    assert (
        main(
            [
                "download",
                REPO,
                "F32",
                "--endpoint",
                hub.url,
                "--dest",
                str(tmp_path),
                "--json-progress",
            ]
        )
        == 0
    )
    assert _lines(capsys.readouterr().out)[-1]["path"] == str(tmp_path / NAME)


def test_download_split_model(
    hub: HubServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add_file(REPO, "big-Q8_0-00001-of-00002.gguf", b"a" * 1000)
    hub.add_file(REPO, "big-Q8_0-00002-of-00002.gguf", b"b" * 2000)
    code = main(
        [
            "download",
            REPO,
            "Q8_0",
            "--endpoint",
            hub.url,
            "--dest",
            str(tmp_path),
            "--json-progress",
            "--no-register",
        ]
    )
    assert code == 0
    final = _lines(capsys.readouterr().out)[-1]
    assert [p["size_bytes"] for p in final["parts"]] == [1000, 2000]
    assert final["total_bytes"] == 3000


def test_download_split_model_registers_it_once(
    hub: HubServer, tiny_gguf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tiny_gguf.read_bytes(), b"\x05" * 4000
    hub.add_file(REPO, "duo-Q8_0-00001-of-00002.gguf", first)
    hub.add_file(REPO, "duo-Q8_0-00002-of-00002.gguf", second)
    assert main(["download", REPO, "Q8_0", "--endpoint", hub.url, "--json-progress"]) == 0
    events = _lines(capsys.readouterr().out)
    final = events[-1]
    assert final["registered"] is True and final["total_bytes"] == len(first) + len(second)
    # progress lines carry the whole model's numbers too
    assert {e.get("part") for e in events[:-1]} == {1, 2}
    assert {e["model_total_bytes"] for e in events[:-1] if e["part"] == 2} == {final["total_bytes"]}
    from desktop.core.library.library import Library

    model = Library().get(final["model_id"])
    assert [p.name for p in model.parts] == [
        "duo-Q8_0-00001-of-00002.gguf",
        "duo-Q8_0-00002-of-00002.gguf",
    ]
    assert model.size_bytes == final["total_bytes"]


def test_download_errors_are_plain(
    hub: HubServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "download",
            REPO,
            "missing.gguf",
            "--endpoint",
            hub.url,
            "--dest",
            str(tmp_path),
            "--json-progress",
        ]
    )
    out = capsys.readouterr()
    assert code == 1
    assert _lines(out.out)[-1]["type"] == "NotFoundError"
    assert "does not exist" in out.err and "Traceback" not in out.err
    hub.add_repo("corp/Gated", files={NAME: b"x" * 10}, gated="auto")
    assert main(["download", "corp/Gated", NAME, "--endpoint", hub.url]) == 1
    assert f"{hub.url}/corp/Gated" in capsys.readouterr().err
    assert main(["download", "not-a-catalog-id"]) == 1
    assert "neither a model in the catalog" in capsys.readouterr().err


def test_download_respects_settings(
    hub: HubServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core.config.settings import Settings, save_settings

    save_settings(Settings(offline=True))
    t0 = time.monotonic()
    assert main(["download", REPO, NAME, "--endpoint", hub.url, "--dest", str(tmp_path)]) == 1
    assert time.monotonic() - t0 < 3
    assert "Offline mode is on" in capsys.readouterr().err
    save_settings(Settings(downloads_enabled=False))
    assert main(["download", REPO, NAME, "--endpoint", hub.url, "--dest", str(tmp_path)]) == 1
    assert "turned off" in capsys.readouterr().err
    save_settings(Settings(hf_endpoint=hub.url))  # the mirror setting, no --endpoint
    assert main(["download", REPO, NAME, "--dest", str(tmp_path)]) == 0
    assert hub.bytes_served(NAME) > 0


def test_catalog_id_resolves_to_repo_file(
    hub: HubServer,
    tiny_gguf: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.core.library.catalog import default_catalog_path, schema_path

    raw = json.loads(default_catalog_path().read_text(encoding="utf-8"))
    entry = next(e for e in raw["entries"] if e.get("repo_id"))
    data = tiny_gguf.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    template = dict(entry["files"][0])
    template.update(
        filename=NAME, size_bytes=len(data), sha256=sha, verified=True, quantization="F32"
    )
    entry["files"] = [template]
    entry["repo_id"] = REPO
    (tmp_path / "catalog.json").write_text(json.dumps(raw), encoding="utf-8")
    shutil.copy(schema_path(), tmp_path / "catalog.schema.json")
    monkeypatch.setenv("SLM_PLAYGROUND_CATALOG", str(tmp_path / "catalog.json"))
    dest = tmp_path / "models"
    code = main(
        ["download", entry["id"], "--endpoint", hub.url, "--dest", str(dest), "--json-progress"]
    )
    final = _lines(capsys.readouterr().out)[-1]
    assert code == 0, final
    assert final["catalog_id"] == entry["id"] and final["sha256"] == sha
    # The catalog's hash protects against a changed file on the Hub: refused before download.
    hub.add_file(REPO, NAME, b"GGUF tampered")
    hub.reset_counters()
    (dest / NAME).unlink()
    assert main(["download", entry["id"], "--endpoint", hub.url, "--dest", str(dest)]) == 1
    assert "not the one the catalog lists" in capsys.readouterr().err
    assert hub.bytes_served() == 0


def test_starter_is_not_downloaded(capsys: pytest.CaptureFixture[str], starter_path: Path) -> None:
    assert main(["download", "starter", "--json-progress"]) == 0
    final = _lines(capsys.readouterr().out)[-1]
    assert Path(final["path"]) == starter_path


def test_ctrl_c_then_resume_in_a_new_process(
    hub: HubServer, tiny_gguf: Path, tmp_path: Path
) -> None:
    size = tiny_gguf.stat().st_size
    hub.throttle_bps = max(50_000, size // 4)  # a few seconds for the whole file
    cmd = [
        sys.executable,
        "-m",
        "desktop",
        "download",
        REPO,
        NAME,
        "--json-progress",
        "--endpoint",
        hub.url,
        "--dest",
        str(tmp_path),
        "--no-register",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            event = json.loads(line)
            if event.get("state") == "downloading" and event["bytes_done"] >= size // 5:
                proc.send_signal(signal.SIGINT)  # Ctrl+C
                break
        rest = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, rest
    part = tmp_path / (NAME + ".part")
    kept = part.stat().st_size
    assert 0 < kept < size
    assert not (tmp_path / NAME).exists()
    hub.throttle_bps = None
    time.sleep(0.2)  # let the server notice the closed connection
    hub.reset_counters()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    final = _lines(done.stdout)[-1]
    assert final["resumed_from"] == kept
    assert final["sha256"] == hashlib.sha256(tiny_gguf.read_bytes()).hexdigest()
    assert hub.bytes_served(NAME) == size - kept  # the first part was not fetched again
