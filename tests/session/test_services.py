"""The app's shared services: built once, one index under the library, history on demand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.config.settings import Settings, save_settings
from desktop.core.history.store import History, HistoryError
from desktop.session.pool import ModelPool
from desktop.session.services import Services, build_services


def test_built_once_with_one_index_and_the_history(tmp_path: Path) -> None:
    models = tmp_path / "models"
    save_settings(Settings(models_dirs=(models,), downloads_enabled=False))
    with build_services(history_path=tmp_path / "h.db") as services:
        assert services.settings.downloads_enabled is False
        assert services.library.folders == (models,)
        assert services.library.index is services.index
        assert services.library.policy is services.policy
        assert isinstance(services.history, History) and services.history_error is None
        assert services.history.path == tmp_path / "h.db"
        assert services.open_history() is services.history
        assert services.hub_config().offline is False
        assert services.pool is None  # the slot the runner pool goes into
        history = services.history
    assert services.history is None  # closed with the services
    with pytest.raises(HistoryError, match="closed"):
        history.count_runs()


def test_history_opens_on_demand_and_a_failure_is_kept() -> None:
    services = build_services(open_history=False)
    assert services.history is None and services.history_error is None
    first = services.open_history()
    assert services.open_history() is first
    services.close()
    db = paths.data_dir() / "history.db"
    with sqlite3.connect(db) as conn:  # "written by a newer version of the app"
        conn.execute("PRAGMA user_version = 999")
    broken = build_services()  # the window: never raises, keeps the reason
    assert broken.history is None and broken.history_error is not None
    assert "newer version" in broken.history_error.message
    with pytest.raises(HistoryError):
        broken.open_history()  # a CLI command gets the plain error
    broken.close()


def test_reconfigure_rebuilds_the_library_over_the_same_index(tmp_path: Path) -> None:
    services = build_services(open_history=False)
    index, history = services.index, services.open_history()
    before = services.library
    save_settings(Settings(models_dirs=(tmp_path / "elsewhere",)))
    services.reconfigure()
    assert services.library is not before
    assert services.library.folders == (tmp_path / "elsewhere",)
    assert services.library.index is index and services.history is history
    services.close()


def test_close_ends_the_pool() -> None:
    pool = ModelPool()
    services = build_services(open_history=False)
    services.pool = pool
    services.close()
    services.close()  # idempotent
    assert services.pool is None and pool.pids() == []
    again = Services(services.config, services.index, pool=ModelPool())
    assert again.library.index is services.index
    again.close()
