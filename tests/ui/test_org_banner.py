"""The organisation's policy message shows at the top of the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot


def test_policy_message_and_downloads_off_are_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'message = "Questions? Call the IT desk on 4321."\n[network]\ndownloads = false\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(policy))
    from desktop.ui.main_window import MainWindow

    w = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.org_banner.isVisible()
    text = w.org_banner.text()
    assert "Call the IT desk on 4321" in text
    assert "Downloads are turned off" in text
    w.close()


def test_no_banner_without_a_policy(qtbot: QtBot) -> None:
    from desktop.ui.main_window import MainWindow

    w = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(w)
    w.show()
    assert not w.org_banner.isVisible()
    w.close()
