"""The history database's schema, version by version, and the steps between versions.

``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``: SQL scripts and Python
steps, run by :class:`desktop.core.history.store.History` in one transaction (a failed upgrade
changes nothing). A new database runs them all, so the upgrade path is the path every
database has taken. To change the schema: append a step, bump ``SCHEMA_VERSION``, and add a
test that opens a database of the previous version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.core.history.records import ModelIdentity

#: The schema this code writes.
SCHEMA_VERSION = 4


V1 = """
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
"""

V1_TO_V2 = """
ALTER TABLE runs ADD COLUMN load_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE runs ADD COLUMN blind INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN blind_seed INTEGER;
ALTER TABLE runs ADD COLUMN blind_order TEXT;
ALTER TABLE runs ADD COLUMN task_tag TEXT;
ALTER TABLE results ADD COLUMN status TEXT NOT NULL DEFAULT 'done';
ALTER TABLE results ADD COLUMN model_key TEXT;
ALTER TABLE results ADD COLUMN model_size INTEGER;
ALTER TABLE results ADD COLUMN model_mtime_ns INTEGER;
ALTER TABLE results ADD COLUMN model_id TEXT;
ALTER TABLE results ADD COLUMN model_quantization TEXT;
ALTER TABLE results ADD COLUMN error_json TEXT;
ALTER TABLE results ADD COLUMN tokens_per_s REAL;
ALTER TABLE results ADD COLUMN peak_rss_bytes INTEGER;
ALTER TABLE results ADD COLUMN total_s REAL;
ALTER TABLE results ADD COLUMN finished_at TEXT;
UPDATE results SET status = 'error' WHERE error IS NOT NULL AND error != '';
UPDATE results SET error_json = json_object('message', error, 'hint', '', 'type', 'SlmError',
                                            'detail', '')
    WHERE error IS NOT NULL AND error != '';
UPDATE results SET
    tokens_per_s = json_extract(metrics_json, '$.tokens_per_s'),
    peak_rss_bytes = json_extract(metrics_json, '$.peak_rss_bytes'),
    total_s = json_extract(metrics_json, '$.total_s')
    WHERE metrics_json IS NOT NULL AND json_valid(metrics_json);
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    voter TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('win', 'tie', 'all_bad')),
    winner_pane INTEGER,
    blind INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (run_id, voter)
);
CREATE INDEX votes_run ON votes(run_id);
CREATE INDEX results_model ON results(model_key);
CREATE INDEX runs_created ON runs(created_at);
"""

#: v3: the context length and CPU threads each answer actually ran with (answers of models
#: sharing the cores are slower; leaderboards must not mix them with solo answers unseen).
V2_TO_V3 = """
ALTER TABLE results ADD COLUMN context_length INTEGER;
ALTER TABLE results ADD COLUMN threads INTEGER;
"""

#: v4: conversations. Each turn of a conversation is a run; ``conversation_id`` is the id of
#: its first turn's run (NULL for a one-shot comparison) and ``turn`` counts from 0. The
#: documents attached to the first turn are kept (names and text) so it can be run again.
V3_TO_V4 = """
ALTER TABLE runs ADD COLUMN conversation_id INTEGER;
ALTER TABLE runs ADD COLUMN turn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN attachments_json TEXT;
CREATE INDEX runs_conversation ON runs(conversation_id, turn);
"""


def v1_to_v2_keys(conn: sqlite3.Connection) -> None:
    """Give every old result the model key new results get (hash, else name+size+time)."""
    rows = conn.execute("SELECT id, model_name, model_path, model_sha256 FROM results").fetchall()
    for row in rows:
        ident = ModelIdentity.from_file(
            row[2], display_name=row[1], sha256=row[3] or None
        )
        conn.execute(
            "UPDATE results SET model_key=?, model_size=?, model_mtime_ns=?, model_sha256=?"
            " WHERE id=?",
            (ident.key, ident.size_bytes, ident.mtime_ns, ident.sha256, row[0]),
        )


Migration = str | Callable[[sqlite3.Connection], None]

#: ``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1`` (SQL scripts and
#: Python steps, all in one transaction). A new database runs them all, so the upgrade path
#: is the path every database has taken.
MIGRATIONS: tuple[tuple[Migration, ...], ...] = (
    (V1,), (V1_TO_V2, v1_to_v2_keys), (V2_TO_V3,), (V3_TO_V4,)
)
assert len(MIGRATIONS) == SCHEMA_VERSION


def statements(script: str) -> list[str]:
    """Split a migration script into statements (``sqlite3.complete_statement`` aware)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
