"""A history file with damaged pages: kept aside, readable rows salvaged, the person told once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.history.store import History, Vote
from tests.core.history_data import fake_model

ROOT = Path(__file__).resolve().parents[2]
RUNS = 40


def _filled(db: Path, tmp_path: Path) -> None:
    model = fake_model(tmp_path, "Alpha 1B")
    with History(db) as h:
        for i in range(RUNS):
            run = h.start_run(f"prompt {i} " + "x" * 1500, models=[model])
            h.record_vote(run, Vote("win", 0), voter="ann")


def _damage_a_middle_page(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(db.read_bytes())
    pages = len(data) // page
    assert pages > 10
    middle = pages // 2
    data[middle * page : (middle + 1) * page] = b"\xa5" * page
    db.write_bytes(bytes(data))


def test_damaged_pages_are_set_aside_salvaged_and_told_once(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    _filled(db, tmp_path)
    _damage_a_middle_page(db)
    damaged_bytes = db.read_bytes()

    h = History(db)
    assert h.recovered_from is not None
    assert h.recovered_from.name.startswith("history.db.damaged-")
    assert h.recovered_from.read_bytes() == damaged_bytes  # kept exactly as it was
    saved = h.count_runs()
    assert 0 < saved < RUNS  # what SQLite could read, not nothing
    assert h.salvaged is not None and h.salvaged.runs == saved
    notice = h.notice
    assert notice is not None and h.recovered_from.name in notice and str(tmp_path) in notice
    assert f"{saved} comparisons" in notice
    # The fresh file works: the next comparison is saved.
    h.start_run("after the damage")
    assert h.count_runs() == saved + 1
    h.close()

    # Another program (or the next command) still gets the notice, until it is dismissed.
    with History(db) as again:
        assert again.recovered_from is None
        assert again.notice == notice
        again.dismiss_notice()
    with History(db) as later:
        assert later.notice is None
        assert later.count_runs() == saved + 1


def test_garbage_file_notice_says_nothing_could_be_read(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    with History(db) as h:
        assert h.notice is not None and "none of it could be read" in h.notice
        assert h.recovered_from is not None and h.recovered_from.name in h.notice


def test_a_sound_file_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    _filled(db, tmp_path)
    with History(db) as h:
        assert h.recovered_from is None and h.notice is None
        assert h.count_runs() == RUNS
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []


def test_cli_history_tells_about_the_damage_once() -> None:
    from desktop.core.history.store import default_history_path

    db = default_history_path()
    db.write_bytes(b"garbage, not a database " * 200)
    first = subprocess.run(
        [sys.executable, "-m", "desktop", "history"], capture_output=True, text=True,
        cwd=ROOT, timeout=120,
    )
    assert first.returncode == 0, first.stderr
    assert "damaged" in first.stderr and "history.db.damaged-" in first.stderr
    assert "No saved comparisons yet." in first.stdout
    second = subprocess.run(
        [sys.executable, "-m", "desktop", "history"], capture_output=True, text=True,
        cwd=ROOT, timeout=120,
    )
    assert "damaged" not in second.stderr


def test_a_damaged_file_that_cannot_be_moved_is_a_plain_error(tmp_path: Path) -> None:
    from desktop.core.history.records import now
    from desktop.core.history.store import HistoryError

    db = tmp_path / "history.db"
    db.write_bytes(b"garbage, not a database " * 200)
    # Something in the way of every name it could be moved to (a folder with a file in it:
    # renaming over it fails, even for root).
    start = now()
    for second in range(-2, 30):
        stamp = (start + timedelta(seconds=second)).strftime("%Y%m%d-%H%M%S")
        blocker = tmp_path / f"history.db.damaged-{stamp}"
        blocker.mkdir()
        (blocker / "keep").write_text("x")
    with pytest.raises(HistoryError) as err:
        History(db)
    assert "could not be set aside" in err.value.message
    assert db.read_bytes().startswith(b"garbage")  # nothing lost
