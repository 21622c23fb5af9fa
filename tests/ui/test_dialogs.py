"""First-run welcome and the Settings dialog (real settings file, real policy file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.config.settings import load_settings
from desktop.session.config import load_config
from desktop.ui.settings_dialog import MANAGED, SettingsDialog
from desktop.ui.tasks import TaskRunner
from desktop.ui.welcome import WelcomeDialog


def test_welcome_shows_this_computer_and_three_suggestions(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    dialog = WelcomeDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Memory:" in dialog.computer.text(), timeout=30_000)
    assert "cores" in dialog.computer.text() and "free" in dialog.computer.text()
    assert 1 <= len(dialog.suggested) <= 3
    assert all(s.badge == "runs_well" for s in dialog.suggested)
    with qtbot.waitSignal(dialog.try_model) as blocker:
        dialog._try_starter()
    assert blocker.args == ["starter"]
    assert load_settings().first_run_done  # shown once
    tasks.shutdown()


def test_settings_save_and_validate(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(config=load_config())
    qtbot.addWidget(dialog)
    assert not dialog.managed.isVisibleTo(dialog)
    dialog.folders.addItem(str(tmp_path / "shared"))
    dialog.threads.setValue(2)
    dialog.context.setCurrentIndex(dialog.context.findData(8192))
    dialog.endpoint.setText("not a web address")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and dialog.result() == 0
    dialog.endpoint.setText("https://mirror.example.org")
    dialog.save()
    assert dialog.result() == 1
    saved = load_settings()
    assert saved.threads == 2 and saved.context_length == 8192
    assert saved.hf_endpoint == "https://mirror.example.org"
    assert tmp_path / "shared" in saved.models_dirs


def test_policy_locks_fields(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'version = 1\nmessage = "Ask the front desk."\n'
        '[network]\nhub_endpoint = "https://mirror.office.example"\noffline = true\n'
        "[defaults]\nthreads = 2\nlock = true\n"
    )
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(policy))
    monkeypatch.setenv("SLM_PLAYGROUND_SYSTEM_POLICY", "")
    dialog = SettingsDialog(config=load_config())
    qtbot.addWidget(dialog)
    assert dialog.managed.isVisibleTo(dialog)
    assert MANAGED in dialog.managed.text() and "front desk" in dialog.managed.text()
    for w in (dialog.endpoint, dialog.offline, dialog.threads):
        assert not w.isEnabled() and w.toolTip() == MANAGED
    assert dialog.endpoint.text() == "https://mirror.office.example"
    assert dialog.proxy.isEnabled() and dialog.folders.isEnabled()
    dialog.save()
    saved = load_settings()
    assert saved.hf_endpoint is None and saved.threads is None  # policy values never saved
