"""The model index under concurrent writers: threads, separate objects and separate processes.

Each writer adds its own entries with read-modify-write updates; without the shared lock
file the last writer's copy silently drops the others' entries.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.core.errors import StorageError
from desktop.core.library.index import ModelIndex

ROOT = Path(__file__).resolve().parents[2]

_WRITER = """
import sys
from pathlib import Path
from desktop.core.library.index import ModelIndex

path, tag, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
index = ModelIndex(path)  # one object per process, as the window and a CLI command have
for i in range(count):
    index.update(f"/models/{tag}-{i}.gguf", source="download", n=i)
    if i % 3 == 0:
        index.put_many({f"/models/{tag}-{i}-extra.gguf": {"source": "found"}})
"""


def test_processes_updating_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "models-index.json"
    writers, count = 4, 40
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), f"p{w}", str(count)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(writers)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    models = ModelIndex(path).load()
    extras = len(range(0, count, 3))
    assert len(models) == writers * (count + extras)
    for w in range(writers):
        for i in range(count):
            assert models[f"/models/p{w}-{i}.gguf"] == {"source": "download", "n": i}
    # the file is valid JSON and no temp files were left beside it
    json.loads(path.read_text(encoding="utf-8"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "models-index.json",
        "models-index.json.lock",
    ]


def test_separate_objects_in_threads_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "models-index.json"
    errors: list[BaseException] = []

    def writer(tag: str) -> None:
        index = ModelIndex(path)  # a scan, an import and a download each had their own
        try:
            for i in range(30):
                index.put(f"/models/{tag}-{i}.gguf", {"tag": tag})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"t{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    models = ModelIndex(path).load()
    assert len(models) == 4 * 30
    ModelIndex(path).remove(*(k for k in models if k.startswith("/models/t0-")))
    assert len(ModelIndex(path).load()) == 3 * 30


def test_deeply_nested_json_is_damage_not_a_crash(tmp_path: Path) -> None:
    """JSON nested 100,000 deep (RecursionError in the parser) is set aside like any damage."""
    path = tmp_path / "models-index.json"
    path.write_text('{"version": 1, "models": ' + "[" * 100_000 + "]" * 100_000 + "}")
    index = ModelIndex(path)
    assert index.load() == {}
    assert not path.exists()
    assert len(list(tmp_path.glob("models-index.json.corrupt-*"))) == 1
    index.put("/models/a.gguf", {"source": "found"})  # a fresh index works again
    assert index.load() == {"/models/a.gguf": {"source": "found"}}


def test_an_index_needs_no_writable_home_until_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the default index touches nothing: reads are empty, writes say why not."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the home folder should be")
    monkeypatch.setenv("SLM_PLAYGROUND_HOME", str(blocker / "home"))
    index = ModelIndex()  # no StorageError here
    assert index.load() == {}
    with pytest.raises(StorageError) as err:
        index.put("/models/a.gguf", {"source": "found"})
    assert "cannot create its folder" in err.value.message
