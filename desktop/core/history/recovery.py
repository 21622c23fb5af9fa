"""Damaged history files: detect them, keep them, copy out what can still be read.

:class:`desktop.core.history.store.History` runs SQLite's own consistency check when it opens
a file. A file that fails it is moved aside (``history.db.damaged-<time>``, never deleted), a
fresh database is started, and every run, answer and vote SQLite can still read is copied
into it, table by table and, past a damaged page, row by row (the idea of the ``sqlite3``
shell's ``.recover``, within what Python's ``sqlite3`` offers). A small notice file next to
the database remembers what happened until the person has been told once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.files import atomic_write_text
from desktop.core.i18n import _

log = logging.getLogger("desktop.core.history.store")

NOTICE_SUFFIX = ".notice.json"
#: Tables in the order they are copied (parents first, so foreign keys hold).
TABLES = ("runs", "results", "votes")
#: Row-by-row probing stops after this many ids in a row could not be read.
_MAX_PROBES = 200_000

_DAMAGE_WORDS = ("not a database", "malformed", "corrupt", "file is encrypted")


def is_damage(error: BaseException) -> bool:
    """Whether an SQLite error means the file itself is damaged (not locked or read-only)."""
    text = str(error).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick consistency check: ``None`` when the file is sound, else the first problem.

    Raises:
        sqlite3.DatabaseError: the file is too damaged to even check.
    """
    rows = conn.execute("PRAGMA quick_check").fetchall()
    messages = [str(r[0]) for r in rows]
    if messages == ["ok"]:
        return None
    return messages[0] if messages else "the check gave no answer"


@dataclass(frozen=True)
class Salvage:
    """What was copied out of a damaged file."""

    runs: int = 0
    results: int = 0
    votes: int = 0


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def _readable_rows(
    src: sqlite3.Connection, table: str, columns: Sequence[str]
) -> Iterator[tuple[object, ...]]:
    """Every row of ``table`` SQLite can read: a plain scan, then id by id past the damage."""
    select = f"SELECT {', '.join(columns)} FROM {table}"
    key = columns.index("id")
    seen: set[object] = set()
    try:
        for row in src.execute(select + " ORDER BY id"):
            seen.add(row[key])
            yield tuple(row)
        return
    except sqlite3.DatabaseError as exc:
        log.info("history salvage: scan of %s stopped (%s); reading row by row", table, exc)
    try:
        top = src.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    numbers = [v for v in seen if isinstance(v, int)]
    last = int(top) if isinstance(top, int) else max(numbers, default=0) + _MAX_PROBES
    misses = 0
    for row_id in range(1, last + 1):
        if row_id in seen:
            continue
        try:
            row = src.execute(select + " WHERE id = ?", (row_id,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None:
            misses += 1
            if misses > _MAX_PROBES:
                return
            continue
        misses = 0
        yield tuple(row)


def salvage(damaged: Path, dest: sqlite3.Connection) -> Salvage:
    """Copy every readable run, answer and vote from ``damaged`` into ``dest`` (never raises).

    Rows whose run could not be read are left out (an answer without its question helps
    nobody); each row is its own insert, so one bad row never stops the rest.
    """
    counts = dict.fromkeys(TABLES, 0)
    try:
        src = sqlite3.connect(damaged, timeout=1.0)
    except sqlite3.Error as exc:
        log.warning("history salvage: %s cannot be opened: %s", damaged, exc)
        return Salvage()
    with contextlib.closing(src):
        for table in TABLES:
            try:
                wanted = _columns(dest, table)
                have = set(_columns(src, table))
            except sqlite3.DatabaseError as exc:
                log.info("history salvage: table %s unreadable: %s", table, exc)
                continue
            columns = [c for c in wanted if c in have]
            if "id" not in columns:
                continue
            insert = (
                f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            try:
                for row in _readable_rows(src, table, columns):
                    try:
                        if dest.execute(insert, row).rowcount:
                            counts[table] += 1
                    except sqlite3.Error:
                        continue
            except sqlite3.Error as exc:
                log.info("history salvage: %s: %s", table, exc)
    result = Salvage(runs=counts["runs"], results=counts["results"], votes=counts["votes"])
    log.warning("history salvage from %s: %s", damaged, result)
    return result


# --- the notice ---------------------------------------------------------------------------


def notice_path(db_path: Path) -> Path:
    """Where the pending notice about ``db_path`` is kept."""
    return db_path.with_name(db_path.name + NOTICE_SUFFIX)


def notice_text(moved_to: Path, saved: Salvage | None) -> str:
    """The plain words people read about a damaged history file."""
    name, folder = moved_to.name, str(moved_to.parent)
    if saved is not None and saved.runs:
        if saved.runs == 1:
            text = _(
                "Your comparison history file was damaged. It was kept as {name} in {folder}; "
                "1 comparison could still be read and was copied into a fresh history. "
                "Anything else is only in the old file."
            )
        else:
            text = _(
                "Your comparison history file was damaged. It was kept as {name} in {folder}; "
                "{count} comparisons could still be read and were copied into a fresh "
                "history. Anything else is only in the old file."
            )
        return text.format(name=name, folder=folder, count=saved.runs)
    return _(
        "Your comparison history file was damaged and none of it could be read, so the "
        "history starts fresh. It was kept as {name} in {folder}, in case someone can "
        "repair it."
    ).format(name=name, folder=folder)


def write_notice(db_path: Path, text: str) -> None:
    """Remember ``text`` until the person has seen it (a failure to write is only logged)."""
    try:
        atomic_write_text(notice_path(db_path), json.dumps({"notice": text}) + "\n")
    except OSError as exc:
        log.warning("could not keep the history notice: %s", exc)


def read_notice(db_path: Path) -> str | None:
    """The pending notice about ``db_path``, or ``None``."""
    try:
        data = json.loads(notice_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    text = data.get("notice") if isinstance(data, dict) else None
    return text if isinstance(text, str) and text else None


def clear_notice(db_path: Path) -> None:
    """Forget the notice (the person has seen it)."""
    with contextlib.suppress(OSError):
        notice_path(db_path).unlink()
