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


def test_allow_list_marks_catalog_rows() -> None:
    from desktop.core.config.policy import Policy
    from desktop.core.library.catalog import load_catalog
    from desktop.core.machine.hardware import probe_hardware
    from desktop.ui.model_rows import build_rows, mark_allowed

    rows = build_rows(load_catalog(), [], probe_hardware(measure_bandwidth=False))
    policy = Policy(allowed_models=("qwen2.5-*",))
    marked = {r.catalog_id: r.allowed for r in mark_allowed(rows, policy) if r.catalog_id}
    assert marked["starter"] is True  # always allowed
    assert any(ok for cid, ok in marked.items() if cid.startswith("qwen2.5"))
    assert not any(ok for cid, ok in marked.items() if cid.startswith("llama"))


def test_invalid_policy_is_explained_not_a_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("this is [not valid toml", encoding="utf-8")
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(policy))
    from desktop.ui.main_window import MainWindow

    w = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(w)
    w.show()
    assert w.org_banner.isVisible()
    text = w.org_banner.text().lower()
    assert "policy" in text and "downloads" in text
    assert "traceback" not in text
    w.close()
