"""History database: real runs stored and read back, search, votes, threads, crashes, migrations."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.errors import RunnerCrashedError
from desktop.core.history.store import (
    SCHEMA_VERSION,
    ErrorInfo,
    History,
    HistoryError,
    ModelIdentity,
    Vote,
    default_history_path,
)
from desktop.engine.types import GenerationMetrics, LoadSettings, SamplingParams
from tests.core.history_data import fake_model, real_metrics

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def metrics(starter_path: Path) -> list[GenerationMetrics]:
    return real_metrics(starter_path)


def small_metrics(text: str = "Hello there") -> GenerationMetrics:
    return GenerationMetrics(
        text=text, prompt_tokens=12, output_tokens=3, load_s=0.2, ttft_s=0.05,
        tokens_per_s=30.0, total_s=0.3, stop_reason="length", peak_rss_bytes=150_000_000,
        backend="llama.cpp",
    )


@pytest.mark.slow
def test_real_run_round_trip(starter_path: Path, metrics: list[GenerationMetrics]) -> None:
    history = History()
    assert history.path == default_history_path()
    assert history.path.parent == paths.data_dir()
    starter = ModelIdentity.from_file(starter_path, display_name="SmolLM2 starter",
                                      model_id="starter", quantization="Q4_1")
    sampling = SamplingParams(temperature=0, max_tokens=8)
    run_id = history.start_run(
        "Name a colour.", system_prompt="Answer briefly.", sampling=sampling,
        load_settings=LoadSettings(context_length=512, seed=1), models=[starter, starter],
        task_tag="other",
    )
    # before any answer: the run is saved, both panes pending
    pending = history.get_run(run_id)
    assert [r.status for r in pending.results] == ["pending", "pending"]
    history.add_result(run_id, 0, starter, metrics[0])
    history.add_result(run_id, 1, starter, RunnerCrashedError("The model stopped.", detail="sig 9"),
                       text="partial")
    history.close()

    with History() as again:
        run = again.get_run(run_id)
    assert run.prompt == "Name a colour." and run.system_prompt == "Answer briefly."
    assert run.sampling == sampling
    assert run.load_settings["context_length"] == 512
    assert run.task_tag == "other" and not run.blind
    done, failed = run.results
    assert done.status == "done" and done.metrics == metrics[0]  # every real number kept
    assert done.text == metrics[0].text and done.text
    assert done.metrics.peak_rss_bytes > 50_000_000
    assert done.model.display_name == "SmolLM2 starter"
    assert done.model.size_bytes == starter_path.stat().st_size
    assert done.model.key == starter.key and done.model.quantization == "Q4_1"
    assert failed.status == "error" and failed.metrics is None and failed.text == "partial"
    assert failed.error == ErrorInfo("The model stopped.", RunnerCrashedError.default_hint,
                                     "RunnerCrashedError", "sig 9")


def test_identity_prefers_hash_and_falls_back_to_size_and_time(tmp_path: Path) -> None:
    f = tmp_path / "m.gguf"
    f.write_bytes(b"x" * 10)
    plain = ModelIdentity.from_file(f)
    assert plain.sha256 is None and plain.size_bytes == 10 and plain.mtime_ns
    assert plain.key == f"file:m.gguf:10:{plain.mtime_ns}"
    hashed = ModelIdentity.from_file(f, sha256="ABC")
    assert hashed.key == "sha256:abc"

    class Installed:  # shaped like library.InstalledModel / ui ModelChoice
        id = "m"
        display_name = "My model"
        path = f
        sha256 = "def"
        quantization = "Q4_0"

    ident = ModelIdentity.of(Installed())
    assert (ident.display_name, ident.model_id, ident.key) == ("My model", "m", "sha256:def")
    assert ModelIdentity.of(str(f)) == plain


def test_identity_takes_the_hash_the_library_knows(tmp_path: Path) -> None:
    from desktop.core.library.index import ModelIndex

    f = tmp_path / "dl.gguf"
    f.write_bytes(b"y" * 5)
    ModelIndex().put(str(f.absolute()), {"sha256": "feed", "source": "download"})
    assert ModelIdentity.from_file(f).key == "sha256:feed"


def test_search_filter_and_delete(tmp_path: Path) -> None:
    a, b, c = (fake_model(tmp_path, n, size=10 + i) for i, n in enumerate("abc"))
    h = History()
    r1 = h.start_run("Summarise the quarterly email", models=[a, b], task_tag="summarise")
    h.add_result(r1, 0, a, small_metrics("Sales went up"))
    h.add_result(r1, 1, b, small_metrics("Revenue 100%_done"))
    r2 = h.start_run("Translate to French", system_prompt="Be formal", models=[b, c])
    h.add_result(r2, 0, b, small_metrics("Bonjour"))
    assert [s.id for s in h.list_runs()] == [r2, r1]
    assert [s.id for s in h.list_runs(search="quarterly")] == [r1]
    assert [s.id for s in h.list_runs(search="bonjour")] == [r2]  # answers, any case
    assert [s.id for s in h.list_runs(search="formal")] == [r2]  # system prompt
    assert [s.id for s in h.list_runs(search="email sales")] == [r1]  # every word
    assert h.list_runs(search="email bonjour") == []
    assert [s.id for s in h.list_runs(search="100%_")] == [r1]  # LIKE wildcards are literal
    assert h.list_runs(search="e%n") == []  # "%" is not "anything"
    assert [s.id for s in h.list_runs(model=a.key)] == [r1]
    assert [s.id for s in h.list_runs(model="b")] == [r2, r1]  # by name too
    assert [s.id for s in h.list_runs(task_tag="summarise")] == [r1]
    summary = h.list_runs(search="French")[0]
    assert summary.model_names == ("b", "c") and summary.pending == 1
    assert {m.display_name: m.runs for m in h.list_models()} == {"a": 1, "b": 2, "c": 1}
    assert h.list_task_tags() == ["summarise"]
    assert h.delete_run(r1) is True and h.delete_run(r1) is False
    assert [s.id for s in h.list_runs()] == [r2]
    with pytest.raises(HistoryError) as err:
        h.get_run(r1)
    assert "no longer in your history" in err.value.message


def test_votes_replace_and_validate(tmp_path: Path) -> None:
    a, b = fake_model(tmp_path, "a"), fake_model(tmp_path, "b", 99)
    h = History()
    run_id = h.start_run("p", models=[a, b], blind=True, blind_seed=7, blind_order=[1, 0])
    rec = h.record_vote(run_id, Vote("win", 1), voter="ann")
    assert rec.blind and rec.voter == "ann"
    h.record_vote(run_id, Vote("tie"), voter="ann")  # changed her mind: replaced
    h.record_vote(run_id, Vote("all_bad"), voter="bob", blind=False)
    run = h.get_run(run_id)
    assert run.blind_order == (1, 0) and run.blind_seed == 7
    assert {(v.voter, v.vote.outcome, v.blind) for v in run.votes} == {
        ("ann", "tie", True), ("bob", "all_bad", False)}
    assert run.vote_by("ann") is not None and run.voted
    assert h.list_voters() == ["ann", "bob"]
    with pytest.raises(HistoryError):
        h.record_vote(run_id, Vote("win", 3))
    with pytest.raises(HistoryError):
        h.record_vote(run_id + 100, Vote("tie"))
    with pytest.raises(ValueError):
        Vote("win")
    # the default voter is the OS user name
    assert h.record_vote(run_id, Vote("tie")).voter


def test_add_result_to_unknown_run_is_a_plain_error(tmp_path: Path) -> None:
    h = History()
    with pytest.raises(HistoryError) as err:
        h.add_result(42, 0, fake_model(tmp_path, "a"), small_metrics())
    assert err.value.hint
    assert h.count_runs() == 0


def test_threads_write_while_the_window_reads(tmp_path: Path) -> None:
    h = History()
    models = [fake_model(tmp_path, f"m{i}", 10 + i) for i in range(4)]
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for k in range(15):
                run_id = h.start_run(f"thread {n} run {k}", models=models)
                for i, m in enumerate(models):
                    h.add_result(run_id, i, m, small_metrics(f"{n}-{k}-{i}"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        h.list_runs(search="thread")
    for t in threads:
        t.join()
    assert not errors
    runs = h.list_runs(limit=1000)
    assert len(runs) == 60 and all(s.pending == 0 for s in runs)


# --- crashes ------------------------------------------------------------------------------

_CHILD = r"""
import sys, time
from pathlib import Path
from desktop.core.history.store import History, ModelIdentity
from desktop.engine.types import GenerationMetrics

h = History(sys.argv[1])
mode = sys.argv[2]
model = ModelIdentity("child", "/models/child.gguf", sha256="ab" * 32)
m = GenerationMetrics(text="x" * 200_000, prompt_tokens=1, output_tokens=1, load_s=0.1,
    ttft_s=0.1, tokens_per_s=1.0, total_s=1.0, stop_reason="length", peak_rss_bytes=1)
if mode == "stall":
    def trace(sql):
        if sql.strip().upper() == "COMMIT":
            print("inside", flush=True)
            time.sleep(60)
    run_id = h.start_run("the interrupted run", models=[model])
    h._conn.set_trace_callback(trace)
    h.add_result(run_id, 0, model, m)
else:
    n = 0
    while True:
        run_id = h.start_run(f"loop {n}", models=[model, model])
        h.add_result(run_id, 0, model, m)
        h.add_result(run_id, 1, model, m)
        n += 1
        print(n, flush=True)
"""


def _child(db: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(db), mode], cwd=ROOT, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _seed(db: Path, count: int) -> list[int]:
    with History(db) as h:
        ids = []
        for i in range(count):
            run_id = h.start_run(f"earlier {i}", models=["/models/a.gguf"], task_tag="email")
            h.add_result(run_id, 0, "/models/a.gguf", small_metrics(f"answer {i}"))
            h.record_vote(run_id, Vote("tie"), voter="ann")
            ids.append(run_id)
    return ids


def _assert_intact(db: Path, ids: list[int]) -> History:
    h = History(db)
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for i, run_id in enumerate(ids):
        run = h.get_run(run_id)
        assert run.prompt == f"earlier {i}" and run.results[0].text == f"answer {i}"
        assert run.votes[0].voter == "ann"
    return h


@pytest.mark.slow
def test_killed_inside_a_transaction_loses_only_that_write(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    ids = _seed(db, 5)
    child = _child(db, "stall")
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "inside"  # blocked right before COMMIT
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    h = _assert_intact(db, ids)
    # the run row was committed in its own transaction; its answer was not
    last = h.list_runs(search="interrupted")[0]
    assert last.pending == 1
    assert h.get_run(last.id).results[0].text == ""
    # and the database keeps working
    h.add_result(last.id, 0, "/models/child.gguf", small_metrics("late"))
    assert h.get_run(last.id).results[0].status == "done"
    h.close()


@pytest.mark.slow
@pytest.mark.parametrize("after", [3, 11])
def test_killed_at_a_random_point_of_a_write_loop(tmp_path: Path, after: int) -> None:
    db = tmp_path / "history.db"
    ids = _seed(db, 3)
    child = _child(db, "loop")
    assert child.stdout is not None
    for _ in range(after):
        child.stdout.readline()
    time.sleep(0.003 * after)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    h = _assert_intact(db, ids)
    for s in h.list_runs(search="loop", limit=10_000):
        run = h.get_run(s.id)  # every saved run reads back whole
        assert all(r.status == "pending" or len(r.text) == 200_000 for r in run.results)
    assert len(h.list_runs(search="loop", limit=10_000)) >= after
    h.close()


# --- files and schema versions --------------------------------------------------------------

V1_DDL = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    prompt TEXT NOT NULL,
    system_prompt TEXT,
    settings_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE results (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    pane_index INTEGER NOT NULL,
    model_name TEXT NOT NULL,
    model_path TEXT NOT NULL,
    model_sha256 TEXT,
    answer TEXT,
    metrics_json TEXT,
    error TEXT,
    UNIQUE (run_id, pane_index)
);
CREATE INDEX results_run ON results(run_id);
PRAGMA user_version = 1;
"""


def make_v1(db: Path, model_file: Path, *, extra_sql: str = "") -> None:
    """A database exactly as schema version 1 wrote it (no votes, no blind mode)."""
    with sqlite3.connect(db) as conn:
        conn.executescript(V1_DDL + extra_sql)
        conn.execute("INSERT INTO runs VALUES (1, '2025-01-02T10:00:00+00:00', 'Old prompt',"
                     " 'Be nice', ?)", (json.dumps({"temperature": 0.2, "max_tokens": 64,
                                                    "stop": ["END"], "unknown_later": 1}),))
        metrics = {"prompt_tokens": 5, "output_tokens": 7, "load_s": 1.5, "ttft_s": 0.4,
                   "tokens_per_s": 12.5, "total_s": 2.0, "stop_reason": "length",
                   "peak_rss_bytes": 123_000_000}
        conn.execute("INSERT INTO results (run_id, pane_index, model_name, model_path,"
                     " model_sha256, answer, metrics_json, error) VALUES"
                     " (1, 0, 'Old model', ?, NULL, 'Old answer', ?, NULL)",
                     (str(model_file), json.dumps(metrics)))
        conn.execute("INSERT INTO results (run_id, pane_index, model_name, model_path,"
                     " model_sha256, answer, metrics_json, error) VALUES"
                     " (1, 1, 'Hashed model', '/gone/h.gguf', 'ABCD', NULL, NULL,"
                     " 'It ran out of memory')")
    conn.close()


def test_opens_and_migrates_a_version_1_database(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    model_file = tmp_path / "old.gguf"
    model_file.write_bytes(b"z" * 33)
    make_v1(db, model_file)
    h = History(db)
    assert h.schema_version == SCHEMA_VERSION == 4
    assert (tmp_path / "history.db.v1.bak").exists()  # a copy from before the upgrade
    run = h.get_run(1)
    assert run.prompt == "Old prompt" and run.system_prompt == "Be nice"
    assert run.sampling.temperature == 0.2 and run.sampling.stop == ("END",)
    assert not run.blind and run.votes == ()
    old, hashed = run.results
    assert old.status == "done" and old.text == "Old answer"
    assert old.metrics is not None and old.metrics.tokens_per_s == 12.5
    assert old.metrics.peak_rss_bytes == 123_000_000 and old.metrics.text == "Old answer"
    # the old model gets the same key a new run of the same file gets
    assert old.model.key == ModelIdentity.from_file(model_file).key
    assert hashed.status == "error" and hashed.error is not None
    assert hashed.error.message == "It ran out of memory"
    assert hashed.model.key == "sha256:abcd"
    # new features work on the old data
    h.record_vote(1, Vote("win", 0), voter="ann")
    assert [s.id for s in h.list_runs(model=ModelIdentity.from_file(model_file).key)] == [1]
    from desktop.core.history.leaderboard import leaderboard

    board = leaderboard(h)
    assert board.entries[0].display_name == "Old model"
    assert board.entries[0].median_tokens_per_s == 12.5
    h.close()
    with History(db) as again:  # opening again does not migrate again
        assert again.schema_version == 4 and again.count_runs() == 1


def test_a_version_2_database_gains_context_and_threads(tmp_path: Path) -> None:
    """v2 -> v3 adds the context and threads each answer ran with; old answers have none."""
    from desktop.core.history.schema import MIGRATIONS, statements

    db = tmp_path / "history.db"
    model_file = tmp_path / "old.gguf"
    model_file.write_bytes(b"z" * 33)
    make_v1(db, model_file)
    with sqlite3.connect(db) as conn:  # take it to exactly version 2, as v2 apps left it
        for part in MIGRATIONS[1]:
            if isinstance(part, str):
                for statement in statements(part):
                    conn.execute(statement)
            else:
                part(conn)
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    with History(db) as h:
        assert h.schema_version == 4
        old = h.get_run(1).results[0]
        assert old.text == "Old answer" and old.context_length is None and old.threads is None
        run_id = h.start_run("New", models=[model_file])
        metrics = GenerationMetrics(
            text="hi", prompt_tokens=3, output_tokens=1, load_s=0.1, ttft_s=0.1,
            tokens_per_s=None, total_s=0.2, stop_reason="length", peak_rss_bytes=1,
        )
        h.add_result(run_id, 0, model_file, metrics, context_length=2048, threads=2)
        new = h.get_run(run_id).results[0]
        assert (new.context_length, new.threads) == (2048, 2)
    assert (tmp_path / "history.db.v2.bak").exists()


def test_failed_migration_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    model_file = tmp_path / "old.gguf"
    model_file.write_bytes(b"z")
    # an odd v1 file that already has a "votes" table: the upgrade cannot create it
    make_v1(db, model_file, extra_sql="CREATE TABLE votes (x);")
    with pytest.raises(HistoryError) as err:
        History(db)
    assert "Nothing was lost" in err.value.hint
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT prompt FROM runs").fetchone()[0] == "Old prompt"
        cols = [r[1] for r in conn.execute("PRAGMA table_info(runs)")]
    conn.close()
    assert "blind" not in cols  # the half-done upgrade was rolled back


def test_database_from_a_newer_app_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(HistoryError) as err:
        History(db)
    assert "newer version" in err.value.message
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_set_aside(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    h = History(db)
    assert h.recovered_from is not None and h.recovered_from.exists()
    assert h.recovered_from.read_bytes().startswith(b"this is not sqlite")
    assert h.count_runs() == 0
    h.start_run("fresh start")
    assert h.count_runs() == 1
    h.close()


def test_closed_history_says_so(tmp_path: Path) -> None:
    h = History(tmp_path / "h.db")
    h.close()
    h.close()
    with pytest.raises(HistoryError):
        h.list_runs()
