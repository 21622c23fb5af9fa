"""`slm-playground hardware` and `slm-playground fit`, run as a person would (a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import make_tiny_gguf

ROOT = Path(__file__).resolve().parent.parent

FIT_KEYS = {
    "need_bytes", "weights_bytes", "kv_cache_bytes", "other_bytes", "context_length", "badge",
    "reason", "tokens_per_s_estimate", "max_context_runs_well",
}
HARDWARE_KEYS = {
    "ram_total_bytes", "ram_available_bytes", "cpu_physical_cores", "cpu_logical_cores",
    "cpu_model", "cpu_features", "gpus", "memory_bandwidth_bytes_per_s", "models_dir",
    "disk_free_bytes",
}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )


def test_hardware_json_has_exactly_the_issue_keys(isolated_home: Path) -> None:
    done = cli("hardware", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == HARDWARE_KEYS
    assert data["models_dir"].startswith(str(isolated_home))
    assert data["ram_total_bytes"] >= data["ram_available_bytes"] > 0
    assert isinstance(data["cpu_features"], list) and isinstance(data["gpus"], list)
    # The bandwidth probe ran; it is cached in the app's cache folder only when the computer
    # was quiet (a reading under load is too low: tests/core/test_fit_trust.py).
    assert data["memory_bandwidth_bytes_per_s"] > 1e8
    cache = isolated_home / "cache" / "memory_bandwidth.json"
    if cache.is_file():
        assert json.loads(cache.read_text())["busy_share"] < 0.25


def test_hardware_plain_words() -> None:
    done = cli("hardware")
    assert done.returncode == 0, done.stderr
    assert "Memory:" in done.stdout and "free right now" in done.stdout
    assert "{" not in done.stdout


def test_fit_starter_json() -> None:
    done = cli("fit", "starter", "--json", "--ctx", "2048")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert FIT_KEYS <= set(data)
    assert data["context_length"] == 2048
    assert data["badge"] == "runs_well"
    assert data["need_bytes"] == data["weights_bytes"] + data["kv_cache_bytes"] + data[
        "other_bytes"]
    assert data["tokens_per_s_estimate"] > 0
    assert data["max_context_runs_well"] == 8192


def test_fit_plain_words_for_a_file(tmp_path: Path) -> None:
    path = make_tiny_gguf(tmp_path / "tiny.gguf", arch="qwen2")
    done = cli("fit", str(path))
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("Runs well. Needs about ") and "free" in first
    assert "words a second" in done.stdout


def test_fit_catalog_id_when_the_catalog_has_one() -> None:
    try:
        from desktop.core.library.catalog import load_catalog

        entry = next(e for e in load_catalog().entries if not e.is_local)
    except (ImportError, StopIteration):
        pytest.skip("no catalog yet")
    done = cli("fit", entry.id, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert FIT_KEYS <= set(data) and data["catalog_id"] == entry.id
    plain = cli("fit", entry.id)
    assert "Suggested file:" in plain.stdout or plain.stdout.startswith(("Too big", "Not enough"))


@pytest.mark.parametrize(
    ("arg", "words"),
    [
        ("no-such-model-id", "neither a model file nor a model in the catalog"),
        ("/no/such/file.gguf", "There is no model file at /no/such/file.gguf"),
    ],
)
def test_fit_errors_are_plain(arg: str, words: str) -> None:
    done = cli("fit", arg)
    assert done.returncode == 1
    assert words in done.stderr and "Traceback" not in done.stderr


def test_fit_rejects_a_damaged_file_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "cut.gguf"
    good = make_tiny_gguf(tmp_path / "ok.gguf")
    bad.write_bytes(good.read_bytes()[:200])
    done = cli("fit", str(bad))
    assert done.returncode == 1
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr
    done = cli("fit", "starter", "--ctx", "0")
    assert done.returncode == 1 and "positive" in done.stderr


def test_fit_a_model_no_engine_runs(tmp_path: Path) -> None:
    import gguf
    import numpy as np

    path = tmp_path / "odd.gguf"
    writer = gguf.GGUFWriter(path, "mamba9")
    writer.add_block_count(2)
    writer.add_context_length(512)
    writer.add_embedding_length(64)
    writer.add_tensor("token_embd.weight", np.zeros((10, 64), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    data = json.loads(cli("fit", str(path), "--json").stdout)
    assert data["badge"] == "unsupported" and "mamba9" in data["reason"]
    assert data["tokens_per_s_estimate"] == 0 and data["max_context_runs_well"] is None
    plain = cli("fit", str(path))
    # issue 14: a model that cannot run here is a failure for scripts too
    assert plain.returncode == 1 and plain.stdout.startswith("Can't run here.")
